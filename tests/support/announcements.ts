import type { TestServer } from './test-server.js';

// GraphQL documents and helpers shared by the announcement tests.

export const ANNOUNCEMENT_FIELDS = `id title body language category severity emergency townWide
  publishAt expiresAt status revision viewerCanEdit url office { id name }`;

export const CREATE = `mutation($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) { announcement { ${ANNOUNCEMENT_FIELDS} } userErrors { code field message } }
}`;
export const UPDATE = `mutation($input: UpdateAnnouncementInput!) {
  updateAnnouncement(input: $input) { announcement { ${ANNOUNCEMENT_FIELDS} } userErrors { code field message } }
}`;
export const PUBLISH = `mutation($input: PublishAnnouncementInput!) {
  publishAnnouncement(input: $input) { announcement { ${ANNOUNCEMENT_FIELDS} } userErrors { code field message } }
}`;
export const WITHDRAW = `mutation($input: AnnouncementIdInput!) {
  withdrawAnnouncement(input: $input) { announcement { ${ANNOUNCEMENT_FIELDS} } userErrors { code field message } }
}`;
export const DELETE = `mutation($input: AnnouncementIdInput!) {
  deleteAnnouncement(input: $input) { deletedAnnouncementId userErrors { code field message } }
}`;
export const LIST = `query($first: Int, $after: String, $officeId: ID, $townWide: Boolean,
    $category: AnnouncementCategory, $severity: AnnouncementSeverity,
    $statuses: [AnnouncementStatus!], $lang: Language) {
  announcements(first: $first, after: $after, officeId: $officeId, townWide: $townWide,
      category: $category, severity: $severity, statuses: $statuses, lang: $lang) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${ANNOUNCEMENT_FIELDS} } }
  }
}`;
export const ONE = `query($id: ID!, $lang: Language) { announcement(id: $id, lang: $lang) { ${ANNOUNCEMENT_FIELDS} } }`;

export type AnnouncementView = {
  id: string;
  title: string;
  body: string;
  language: string;
  category: string;
  severity: string;
  emergency: boolean;
  townWide: boolean;
  publishAt: string | null;
  expiresAt: string | null;
  status: string;
  revision: number;
  viewerCanEdit: boolean;
  url: string;
  office: { id: string; name: string } | null;
};

export type UserErrorView = { code: string; field: string[] | null; message: string };

export type AnnouncementList = {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: Array<{ cursor: string; node: AnnouncementView }>;
};

export type Draft = {
  officeId?: string | null;
  category?: string;
  severity?: string;
  title?: Record<string, string>;
  body?: Record<string, string>;
  expiresAt?: string | null;
  eventStartsAt?: string | null;
  eventEndsAt?: string | null;
  eventLocation?: string | null;
};

let sequence = 0;

/** The input of createAnnouncement; a German title and body unless given. */
export function draftInput(draft: Draft = {}) {
  sequence += 1;
  const { officeId, ...announcement } = draft;
  return {
    officeId: officeId ?? null,
    announcement: {
      category: 'NEWS',
      severity: 'INFO',
      title: { de: `Bekanntmachung ${sequence}` },
      body: { de: `Text der Bekanntmachung ${sequence}.` },
      ...announcement,
    },
  };
}

type Mutation<K extends string, T> = { [key in K]: T & { userErrors: UserErrorView[] } };

/** Calls a mutation and returns its payload; fails on top-level errors. */
export async function mutate<K extends string, T>(
  server: TestServer,
  document: string,
  name: K,
  input: unknown,
  headers: Record<string, string>,
): Promise<T & { userErrors: UserErrorView[] }> {
  const { body } = await server.gql<Mutation<K, T>>(document, { input }, headers);
  if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  return body.data![name];
}

/** Creates a draft through the API and returns it; fails on user errors. */
export async function createDraft(
  server: TestServer,
  headers: Record<string, string>,
  draft: Draft = {},
): Promise<AnnouncementView> {
  const payload = await mutate<'createAnnouncement', { announcement: AnnouncementView | null }>(
    server,
    CREATE,
    'createAnnouncement',
    draftInput(draft),
    headers,
  );
  expect(payload.userErrors).toEqual([]);
  return payload.announcement!;
}

/** Publishes (now, or at `publishAt`) through the API; fails on user errors. */
export async function publish(
  server: TestServer,
  headers: Record<string, string>,
  id: string,
  publishAt?: string,
): Promise<AnnouncementView> {
  const payload = await mutate<'publishAnnouncement', { announcement: AnnouncementView | null }>(
    server,
    PUBLISH,
    'publishAnnouncement',
    { id, publishAt },
    headers,
  );
  expect(payload.userErrors).toEqual([]);
  return payload.announcement!;
}

/** A published announcement, created and published by the caller. */
export async function createPublished(
  server: TestServer,
  headers: Record<string, string>,
  draft: Draft = {},
  publishAt?: string,
): Promise<AnnouncementView> {
  const created = await createDraft(server, headers, draft);
  return publish(server, headers, created.id, publishAt);
}

/** The public list (or what the caller sees) with the given arguments. */
export async function list(
  server: TestServer,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<AnnouncementList> {
  const { body } = await server.gql<{ announcements: AnnouncementList }>(LIST, variables, headers);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.announcements;
}

export async function titles(
  server: TestServer,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string[]> {
  return (await list(server, { first: 100, ...variables }, headers)).edges.map(
    (edge) => edge.node.title,
  );
}
