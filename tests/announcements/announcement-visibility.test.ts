import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  createDraft,
  createPublished,
  list,
  ONE,
  publish,
  titles,
  type AnnouncementView,
} from '../support/announcements.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, sqlStatementsOf, type TestServer } from '../support/test-server.js';

const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

let server: TestServer;
let office1: BookingFixture;
let office2: BookingFixture;
let admin: Record<string, string>;
let staff1: Record<string, string>;
let staff2: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
  office1 = await createBookingFixture(server.orm);
  office2 = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  staff1 = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [office1.officeId] }),
    ),
  );
  staff2 = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [office2.officeId] }),
    ),
  );
}, 60_000);

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  server.clock.set(T0);
  // Each test starts from an empty list; revisions go with their announcements.
  await server.orm.em.fork().execute('delete from announcement');
});

async function visibleTo(
  id: string,
  headers: Record<string, string> = {},
): Promise<AnnouncementView | null> {
  const { body } = await server.gql<{ announcement: AnnouncementView | null }>(
    ONE,
    { id },
    headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.announcement;
}

describe('the validity window', () => {
  it('shows an announcement to the public exactly from publishAt until before expiresAt', async () => {
    // Given a town-wide notice scheduled for 10:00 that ends at 14:00
    const draft = await createDraft(server, admin, {
      title: { de: 'Sperrung Marktplatz' },
      expiresAt: at(6).toISOString(),
    });
    const scheduled = await publish(server, admin, draft.id, at(2).toISOString());
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', publishAt: at(2).toISOString() });

    // Then the public sees it only within [publishAt, expiresAt)
    const expectations: Array<[number, string, boolean]> = [
      [0, 'SCHEDULED', false],
      [2 - 1 / 3_600_000, 'SCHEDULED', false],
      [2, 'PUBLISHED', true],
      [6 - 1 / 3_600_000, 'PUBLISHED', true],
      [6, 'EXPIRED', false],
      [48, 'EXPIRED', false],
    ];
    for (const [hours, status, visible] of expectations) {
      server.clock.set(at(hours));
      expect({ hours, titles: await titles(server) }).toEqual({
        hours,
        titles: visible ? ['Sperrung Marktplatz'] : [],
      });
      expect((await visibleTo(draft.id))?.status ?? null).toBe(visible ? status : null);
      // Its editors see it in every status.
      expect((await visibleTo(draft.id, admin))?.status).toBe(status);
    }
  });

  it('keeps drafts from the public and from staff of other offices, but not from their own', async () => {
    const draft = await createDraft(server, staff1, {
      officeId: office1.office,
      title: { de: 'Entwurf Mitte' },
    });
    expect(draft.status).toBe('DRAFT');
    expect(await titles(server)).toEqual([]);
    expect(await visibleTo(draft.id)).toBeNull();
    expect(await visibleTo(draft.id, staff2)).toBeNull();
    expect(await visibleTo(draft.id, staff1)).toMatchObject({ title: 'Entwurf Mitte' });
    expect(await visibleTo(draft.id, admin)).toMatchObject({ viewerCanEdit: true });

    const node = 'query($id: ID!) { node(id: $id) { ... on Announcement { title status } } }';
    expect((await server.gql(node, { id: draft.id })).body.data).toEqual({ node: null });
    expect((await server.gql(node, { id: draft.id }, staff1)).body.data).toEqual({
      node: { title: 'Entwurf Mitte', status: 'DRAFT' },
    });

    // Listing drafts: only what the caller may edit.
    expect(await titles(server, { statuses: ['DRAFT'] })).toEqual([]);
    expect(await titles(server, { statuses: ['DRAFT'] }, staff2)).toEqual([]);
    expect(await titles(server, { statuses: ['DRAFT'] }, staff1)).toEqual(['Entwurf Mitte']);
    expect(await titles(server, { statuses: ['DRAFT'] }, admin)).toEqual(['Entwurf Mitte']);
  });

  it('lists each status for editors: drafts, scheduled, published and expired ones', async () => {
    const expired = await createPublished(server, admin, {
      title: { de: 'Abgelaufen' },
      expiresAt: at(1).toISOString(),
    });
    await createDraft(server, admin, { title: { de: 'Entwurf' } });
    await publish(
      server,
      admin,
      (await createDraft(server, admin, { title: { de: 'Geplant' } })).id,
      at(5).toISOString(),
    );
    await createPublished(server, admin, { title: { de: 'Aktuell' } });
    server.clock.set(at(2));

    const statuses = async (status: string[]) => titles(server, { statuses: status }, admin);
    expect(await statuses(['DRAFT'])).toEqual(['Entwurf']);
    expect(await statuses(['SCHEDULED'])).toEqual(['Geplant']);
    expect(await statuses(['PUBLISHED'])).toEqual(['Aktuell']);
    expect(await statuses(['EXPIRED'])).toEqual(['Abgelaufen']);
    expect((await statuses(['DRAFT', 'SCHEDULED', 'PUBLISHED', 'EXPIRED'])).sort()).toEqual([
      'Abgelaufen',
      'Aktuell',
      'Entwurf',
      'Geplant',
    ]);
    // The public asking for other statuses sees nothing it could not see anyway.
    expect(await titles(server, { statuses: ['EXPIRED', 'DRAFT', 'SCHEDULED'] })).toEqual([]);
    expect(await visibleTo(expired.id)).toBeNull();
  });
});

describe('scopes', () => {
  it('lists an office’s own and the town-wide announcements for that office, all without one', async () => {
    await createPublished(server, admin, { title: { de: 'Stadtweit' } });
    await createPublished(server, staff1, { officeId: office1.office, title: { de: 'Büro 1' } });
    await createPublished(server, staff2, { officeId: office2.office, title: { de: 'Büro 2' } });

    expect((await titles(server)).sort()).toEqual(['Büro 1', 'Büro 2', 'Stadtweit']);
    expect((await titles(server, { officeId: office1.office })).sort()).toEqual([
      'Büro 1',
      'Stadtweit',
    ]);
    expect((await titles(server, { officeId: office2.office })).sort()).toEqual([
      'Büro 2',
      'Stadtweit',
    ]);

    const { edges } = await list(server, { officeId: office1.office, first: 10 });
    const byTitle = new Map(edges.map((edge) => [edge.node.title, edge.node]));
    expect(byTitle.get('Stadtweit')).toMatchObject({ townWide: true, office: null });
    expect(byTitle.get('Büro 1')).toMatchObject({
      townWide: false,
      office: { id: office1.office },
    });
  });

  it('lists only the town-wide ones, or only the offices’, for the public and for editors', async () => {
    await createPublished(server, admin, { title: { de: 'Stadtweit' } });
    await createPublished(server, staff1, { officeId: office1.office, title: { de: 'Büro 1' } });
    await createDraft(server, admin, { title: { de: 'Stadtweiter Entwurf' } });
    await createDraft(server, staff1, { officeId: office1.office, title: { de: 'Entwurf 1' } });
    const everyStatus = { statuses: ['DRAFT', 'PUBLISHED'] };

    expect(await titles(server, { townWide: true })).toEqual(['Stadtweit']);
    expect(await titles(server, { townWide: false })).toEqual(['Büro 1']);
    expect((await titles(server, { townWide: true, ...everyStatus }, admin)).sort()).toEqual([
      'Stadtweit',
      'Stadtweiter Entwurf',
    ]);
    expect(
      (
        await titles(server, { officeId: office1.office, townWide: false, ...everyStatus }, staff1)
      ).sort(),
    ).toEqual(['Büro 1', 'Entwurf 1']);
    // A clerk may not write town-wide notices: the town-wide draft stays the admins'.
    expect(await titles(server, { townWide: true, ...everyStatus }, staff1)).toEqual(['Stadtweit']);
  });

  it('filters by category and severity, and refuses an ID of another type', async () => {
    await createPublished(server, admin, { title: { de: 'Nachricht' } });
    await createPublished(server, admin, {
      title: { de: 'Warnung' },
      category: 'WARNING',
      severity: 'EMERGENCY',
    });
    expect(await titles(server, { category: 'WARNING' })).toEqual(['Warnung']);
    expect(await titles(server, { severity: 'EMERGENCY' })).toEqual(['Warnung']);
    expect(await titles(server, { category: 'CLOSURE' })).toEqual([]);

    const { body } = await server.gql(
      'query($o: ID) { announcements(officeId: $o) { totalCount } }',
      {
        o: office1.service,
      },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'officeId',
    });
  });
});

describe('languages', () => {
  it('answers in the requested language, says which one, and falls back to German', async () => {
    const both = await createPublished(server, admin, {
      title: { de: 'Wasserrohrbruch', en: 'Burst water main', deLs: 'Ein Wasser-Rohr ist kaputt' },
      body: {
        de: 'Bitte umfahren.',
        en: 'Please drive around.',
        deLs: 'Fahren Sie bitte außen herum.',
      },
    });
    await createPublished(server, admin, { title: { de: 'Nur Deutsch' } });

    const english = await list(server, { lang: 'EN' });
    expect(english.edges.map(({ node }) => [node.title, node.language])).toEqual(
      expect.arrayContaining([
        ['Burst water main', 'EN'],
        ['Nur Deutsch', 'DE'],
      ]),
    );
    const easy = await visibleTo(both.id, {});
    expect(easy?.title).toBe('Wasserrohrbruch');
    const { body } = await server.gql<{ announcement: AnnouncementView }>(ONE, {
      id: both.id,
      lang: 'DE_LS',
    });
    expect(body.data!.announcement).toMatchObject({
      title: 'Ein Wasser-Rohr ist kaputt',
      body: 'Fahren Sie bitte außen herum.',
      language: 'DE_LS',
    });
    // Without `lang`, Accept-Language decides.
    const header = await server.gql<{ announcement: AnnouncementView }>(
      ONE,
      { id: both.id },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(header.body.data!.announcement.title).toBe('Burst water main');

    const translations = await server.gql<{
      announcement: { availableLanguages: string[]; translations: Array<{ language: string }> };
    }>(
      'query($id: ID!) { announcement(id: $id) { availableLanguages translations { language title } } }',
      {
        id: both.id,
      },
    );
    expect(translations.body.data!.announcement.availableLanguages).toEqual(['DE', 'EN', 'DE_LS']);
  });
});

describe('order and paging', () => {
  it('puts emergencies first, then important ones, then the newest, and pages with stable cursors', async () => {
    // Given notices published an hour apart, of every severity
    const published: string[] = [];
    const plan: Array<[string, string]> = [
      ['Info alt', 'INFO'],
      ['Notfall alt', 'EMERGENCY'],
      ['Wichtig', 'IMPORTANT'],
      ['Info neu', 'INFO'],
      ['Notfall neu', 'EMERGENCY'],
    ];
    for (const [index, [title, severity]] of plan.entries()) {
      server.clock.set(at(index));
      await createPublished(server, admin, {
        title: { de: title },
        severity,
        category: 'WARNING',
      });
      published.push(title);
    }
    server.clock.set(at(10));

    const all = await list(server, { first: 100 });
    expect(all.edges.map((edge) => edge.node.title)).toEqual([
      'Notfall neu',
      'Notfall alt',
      'Wichtig',
      'Info neu',
      'Info alt',
    ]);
    expect(all.edges.filter((edge) => edge.node.emergency)).toHaveLength(2);

    // When walking page by page
    const seen: string[] = [];
    let page = await list(server, { first: 2 });
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasPreviousPage: false } });
    seen.push(...page.edges.map((edge) => edge.node.title));
    // An emergency published between two pages sorts before the cursor: with keyset cursors it
    // neither shifts the next page (as an offset would, repeating "Notfall alt") nor appears in it.
    server.clock.set(at(11));
    await createPublished(server, admin, { title: { de: 'Notfall neuer' }, severity: 'EMERGENCY' });
    while (page.pageInfo.hasNextPage) {
      page = await list(server, { first: 2, after: page.pageInfo.endCursor });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      seen.push(...page.edges.map((edge) => edge.node.title));
    }
    expect(seen).toEqual(['Notfall neu', 'Notfall alt', 'Wichtig', 'Info neu', 'Info alt']);
    expect(page.totalCount).toBe(6);

    const beyond = await list(server, { first: 2, after: page.pageInfo.endCursor });
    expect(beyond).toMatchObject({ edges: [], totalCount: 6, pageInfo: { hasNextPage: false } });
  });

  it('refuses cursors it did not issue and page sizes over 100', async () => {
    const forged = Buffer.from('announcement:3:0:not-a-uuid').toString('base64url');
    for (const variables of [
      { after: 'bogus' },
      { after: forged },
      { first: 101 },
      { first: -1 },
    ]) {
      const { body } = await server.gql(
        'query($first: Int, $after: String) { announcements(first: $first, after: $after) { totalCount } }',
        variables,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first' in variables ? 'first' : 'after',
      });
    }
  });
});

describe('batching', () => {
  const DEEP = `query($first: Int) {
    announcements(first: $first) { edges { node { title office { name } revisions { revision editedBy } } } }
  }`;

  it('answers a page with offices in 2 statements, whatever its size', async () => {
    for (let index = 0; index < 12; index += 1) {
      const [headers, officeId] = index % 2 ? [staff1, office1.office] : [staff2, office2.office];
      await createPublished(server, headers, { officeId });
    }
    for (const first of [3, 12]) {
      const requestId = `announcements-batching-${first}`;
      const { body } = await server.gql<{ announcements: { edges: unknown[] } }>(
        DEEP.replace(' revisions { revision editedBy }', ''),
        { first },
        { 'x-request-id': requestId },
      );
      expect(body.data!.announcements.edges).toHaveLength(first);
      expect(sqlStatementsOf(server.logs, requestId)).toBe(2);
    }
  });

  it('adds one statement for the histories of a whole page, which only editors get', async () => {
    for (let index = 0; index < 6; index += 1) await createPublished(server, admin);
    const counts: number[] = [];
    for (const first of [2, 6]) {
      const requestId = `announcements-history-${first}`;
      const { body } = await server.gql<{
        announcements: { edges: Array<{ node: { revisions: unknown[] | null } }> };
      }>(DEEP, { first }, { ...admin, 'x-request-id': requestId });
      expect(
        body.data!.announcements.edges.every((edge) => edge.node.revisions?.length === 2),
      ).toBe(true);
      counts.push(sqlStatementsOf(server.logs, requestId));
    }
    expect(counts[0]).toBe(counts[1]);
    const { body } = await server.gql<{
      announcements: { edges: Array<{ node: { revisions: unknown[] | null } }> };
    }>(DEEP, { first: 6 });
    expect(body.data!.announcements.edges.map((edge) => edge.node.revisions)).toEqual(
      Array(6).fill(null),
    );
  });
});
