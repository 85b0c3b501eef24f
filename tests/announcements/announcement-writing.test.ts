import { Role } from '../../src/entities/accounts/account.entity.js';
import { CALLERS, mintCallers, type Caller } from '../support/accounts.js';
import {
  CREATE,
  createDraft,
  createPublished,
  DELETE,
  draftInput,
  mutate,
  publish,
  PUBLISH,
  titles,
  UPDATE,
  WITHDRAW,
  type AnnouncementView,
  type UserErrorView,
} from '../support/announcements.js';
import { createAccount, bearer, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

let server: TestServer;
let office1: BookingFixture;
let office2: BookingFixture;
let callers: Awaited<ReturnType<typeof mintCallers>>;
let headers: Record<Caller, Record<string, string>>;

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
  office1 = await createBookingFixture(server.orm);
  office2 = await createBookingFixture(server.orm);
  callers = await mintCallers(server, [office1.officeId, office2.officeId]);
  headers = callers.headers;
}, 60_000);

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.clock.set(T0);
});

type Payload = { announcement: AnnouncementView | null; userErrors: UserErrorView[] };

async function attempt(
  document: string,
  name: string,
  input: unknown,
  caller: Record<string, string>,
) {
  const { body } = await server.gql<Record<string, Payload>>(document, { input }, caller);
  return {
    errors: body.errors?.map((error) => String(error.extensions?.code)) ?? [],
    payload: body.data?.[name] ?? null,
  };
}

async function revisionsOf(id: string, caller: Record<string, string>) {
  const { body } = await server.gql<{
    announcement: {
      revisions: Array<{
        revision: number;
        action: string;
        editedBy: string | null;
        translations: Array<{ language: string; title: string }>;
      }> | null;
    };
  }>(
    'query($id: ID!) { announcement(id: $id) { revisions { revision action editedBy translations { language title } } } }',
    { id },
    caller,
  );
  return body.data!.announcement.revisions;
}

describe('who may write', () => {
  it('lets staff write for their own office and admins for any office and the whole town', async () => {
    // Every kind of caller tries to write for office 1 and for the whole town.
    const outcomes: Record<string, string> = {};
    for (const caller of CALLERS) {
      for (const [scope, officeId] of [
        ['office1', office1.office],
        ['town', null],
      ] as const) {
        const { errors, payload } = await attempt(
          CREATE,
          'createAnnouncement',
          draftInput({ officeId }),
          headers[caller],
        );
        outcomes[`${caller} ${scope}`] =
          errors[0] ?? (payload?.userErrors[0]?.code || (payload?.announcement ? 'created' : '?'));
      }
    }
    expect(outcomes).toEqual({
      'anonymous office1': 'UNAUTHENTICATED',
      'anonymous town': 'UNAUTHENTICATED',
      'citizenA office1': 'FORBIDDEN',
      'citizenA town': 'FORBIDDEN',
      'citizenB office1': 'FORBIDDEN',
      'citizenB town': 'FORBIDDEN',
      'staffOffice1 office1': 'created',
      'staffOffice1 town': 'FORBIDDEN',
      'staffOffice2 office1': 'FORBIDDEN',
      'staffOffice2 town': 'FORBIDDEN',
      'admin office1': 'created',
      'admin town': 'created',
      'apiKey office1': 'FORBIDDEN',
      'apiKey town': 'FORBIDDEN',
      'kiosk office1': 'FORBIDDEN',
      'kiosk town': 'FORBIDDEN',
    });
  });

  it('lets only the office’s staff and admins change, publish, withdraw and delete', async () => {
    const draft = await createDraft(server, headers.staffOffice1, { officeId: office1.office });
    const published = await createPublished(server, headers.staffOffice1, {
      officeId: office1.office,
    });
    const content = draftInput().announcement;

    // Staff of another office: a draft of office 1 does not exist for them, a published one is
    // visible but not theirs to change.
    for (const [document, name, input] of [
      [UPDATE, 'updateAnnouncement', { id: draft.id, announcement: content }],
      [PUBLISH, 'publishAnnouncement', { id: draft.id }],
      [DELETE, 'deleteAnnouncement', { id: draft.id }],
    ] as const) {
      const { payload } = await attempt(document, name, input, headers.staffOffice2);
      expect({ name, codes: payload?.userErrors.map((error) => error.code) }).toEqual({
        name,
        codes: ['NOT_FOUND'],
      });
    }
    for (const [document, name, input] of [
      [UPDATE, 'updateAnnouncement', { id: published.id, announcement: content }],
      [WITHDRAW, 'withdrawAnnouncement', { id: published.id }],
    ] as const) {
      const { payload } = await attempt(document, name, input, headers.staffOffice2);
      expect({ name, codes: payload?.userErrors.map((error) => error.code) }).toEqual({
        name,
        codes: ['FORBIDDEN'],
      });
    }
    // Staff may not touch town-wide announcements; admins may touch everything.
    const townWide = await createPublished(server, headers.admin);
    const { payload } = await attempt(
      UPDATE,
      'updateAnnouncement',
      { id: townWide.id, announcement: content },
      headers.staffOffice1,
    );
    expect(payload?.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const byAdmin = await attempt(
      WITHDRAW,
      'withdrawAnnouncement',
      { id: published.id },
      headers.admin,
    );
    expect(byAdmin.payload?.announcement?.status).toBe('EXPIRED');

    // Nothing changed for the refused attempts.
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ revision: number; publish_at: Date | null }>>(
        'select revision, publish_at from announcement where id = ?',
        [Buffer.from(draft.id, 'base64').toString().split(':')[1]],
      );
    expect(row).toEqual({ revision: 1, publish_at: null });
  });

  it('refuses an unknown office and a staff member without offices', async () => {
    const { payload } = await attempt(
      CREATE,
      'createAnnouncement',
      draftInput({
        officeId: Buffer.from('Office:00000000-0000-4000-8000-000000000000').toString('base64'),
      }),
      headers.admin,
    );
    expect(payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['officeId'] }),
    ]);
    const officeless = bearer(
      await signIn(server, await createAccount(server, { roles: [Role.STAFF] })),
    );
    const refused = await attempt(
      CREATE,
      'createAnnouncement',
      draftInput({ officeId: office1.office }),
      officeless,
    );
    expect(refused.payload?.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    expect(await titles(server, { statuses: ['DRAFT'] }, officeless)).toEqual([]);
  });
});

describe('input', () => {
  it('reports every wrong field at once, in the caller’s language', async () => {
    const { payload } = await attempt(
      CREATE,
      'createAnnouncement',
      {
        officeId: office1.office,
        announcement: {
          category: 'NEWS',
          severity: 'INFO',
          title: { de: '  ', en: 'Only an English title' },
          body: { de: 'x'.repeat(10_001) },
          expiresAt: at(-1).toISOString(),
          eventStartsAt: at(5).toISOString(),
        },
      },
      { ...headers.staffOffice1, 'accept-language': 'en' },
    );
    expect(payload?.announcement).toBeNull();
    expect(payload?.userErrors.map((error) => error.field?.join('.')).sort()).toEqual(
      ['body.de', 'body.en', 'eventStartsAt', 'expiresAt', 'title.de'].sort(),
    );
    expect(payload?.userErrors.every((error) => error.code === 'INVALID_INPUT')).toBe(true);
    expect(payload?.userErrors.find((error) => error.field?.[0] === 'expiresAt')?.message).toBe(
      'The end of validity must be in the future.',
    );
  });

  it('requires a start for events, and an end after it', async () => {
    const event = (extra: Record<string, unknown>) =>
      attempt(
        CREATE,
        'createAnnouncement',
        draftInput({ officeId: office1.office, category: 'EVENT', ...extra }),
        headers.staffOffice1,
      );
    expect((await event({})).payload?.userErrors.map((error) => error.field)).toEqual([
      ['eventStartsAt'],
    ]);
    expect(
      (
        await event({ eventStartsAt: at(10).toISOString(), eventEndsAt: at(9).toISOString() })
      ).payload?.userErrors.map((error) => error.field),
    ).toEqual([['eventEndsAt']]);
    const ok = await event({
      eventStartsAt: at(10).toISOString(),
      eventEndsAt: at(12).toISOString(),
      eventLocation: 'Ratssaal',
    });
    expect(ok.payload?.userErrors).toEqual([]);
  });

  it('keeps the rules in the database too', async () => {
    const em = server.orm.em.fork();
    const insert = (columns: string, values: string) =>
      em.execute(
        `insert into announcement (id, category, severity, title, body, created_at, updated_at${columns})
         values (gen_random_uuid(), 'NEWS', 'INFO', '{"de":"T"}', '{"de":"B"}', now(), now()${values})`,
      );
    await expect(
      insert(', publish_at, expires_at', ", now(), now() - interval '1 hour'"),
    ).rejects.toMatchObject({ constraint: 'announcement_validity_order' });
    await expect(insert(', severity', '')).rejects.toThrow();
    await expect(
      em.execute(
        `insert into announcement (id, category, severity, title, body, created_at, updated_at)
         values (gen_random_uuid(), 'RUMOUR', 'INFO', '{"de":"T"}', '{"de":"B"}', now(), now())`,
      ),
    ).rejects.toMatchObject({ constraint: 'announcement_category_known' });
    await expect(
      em.execute(
        `insert into announcement (id, category, severity, title, body, created_at, updated_at)
         values (gen_random_uuid(), 'EVENT', 'INFO', '{"de":"T"}', '{"de":"B"}', now(), now())`,
      ),
    ).rejects.toMatchObject({ constraint: 'announcement_event_has_start' });
    await expect(
      em.execute(
        `insert into announcement (id, category, severity, title, body, created_at, updated_at)
         values (gen_random_uuid(), 'NEWS', 'INFO', '{"en":"T"}', '{"de":"B"}', now(), now())`,
      ),
    ).rejects.toMatchObject({ constraint: 'announcement_title_has_german' });
  });
});

describe('the life of an announcement', () => {
  it('publishes, edits with a history, refuses stale edits, withdraws and keeps the record', async () => {
    const staff = headers.staffOffice1;
    const draft = await createDraft(server, staff, {
      officeId: office1.office,
      title: { de: 'Heizungsausfall' },
    });
    expect(draft).toMatchObject({ status: 'DRAFT', revision: 1, viewerCanEdit: true });

    server.clock.set(at(1));
    const live = await publish(server, staff, draft.id);
    expect(live).toMatchObject({
      status: 'PUBLISHED',
      publishAt: at(1).toISOString(),
      revision: 2,
    });
    const again = await attempt(PUBLISH, 'publishAnnouncement', { id: draft.id }, staff);
    expect(again.payload?.userErrors.map((error) => error.code)).toEqual(['ALREADY_PUBLISHED']);

    server.clock.set(at(2));
    const edited = await mutate<'updateAnnouncement', { announcement: AnnouncementView }>(
      server,
      UPDATE,
      'updateAnnouncement',
      {
        id: draft.id,
        expectedRevision: 2,
        announcement: {
          ...draftInput().announcement,
          severity: 'IMPORTANT',
          title: { de: 'Heizungsausfall im Bürgerbüro', en: 'Heating failure' },
          body: { de: 'Bitte warm anziehen.', en: 'Please dress warmly.' },
          expiresAt: at(30).toISOString(),
        },
      },
      staff,
    );
    expect(edited.userErrors).toEqual([]);
    expect(edited.announcement).toMatchObject({
      title: 'Heizungsausfall im Bürgerbüro',
      severity: 'IMPORTANT',
      revision: 3,
      status: 'PUBLISHED',
      publishAt: at(1).toISOString(),
      expiresAt: at(30).toISOString(),
    });
    // An editor who loaded revision 2 does not overwrite revision 3.
    const stale = await attempt(
      UPDATE,
      'updateAnnouncement',
      { id: draft.id, expectedRevision: 2, announcement: draftInput().announcement },
      headers.admin,
    );
    expect(stale.payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'EDIT_CONFLICT', field: ['expectedRevision'] }),
    ]);

    server.clock.set(at(3));
    const withdrawn = await mutate<'withdrawAnnouncement', { announcement: AnnouncementView }>(
      server,
      WITHDRAW,
      'withdrawAnnouncement',
      { id: draft.id },
      staff,
    );
    expect(withdrawn.announcement).toMatchObject({
      status: 'EXPIRED',
      expiresAt: at(3).toISOString(),
      revision: 4,
    });
    expect(await titles(server)).not.toContain('Heizungsausfall im Bürgerbüro');
    for (const [document, name, code] of [
      [WITHDRAW, 'withdrawAnnouncement', 'ALREADY_EXPIRED'],
      [PUBLISH, 'publishAnnouncement', 'ALREADY_EXPIRED'],
      [DELETE, 'deleteAnnouncement', 'ALREADY_PUBLISHED'],
    ] as const) {
      const { payload } = await attempt(document, name, { id: draft.id }, staff);
      expect({ name, codes: payload?.userErrors.map((error) => error.code) }).toEqual({
        name,
        codes: [code],
      });
    }
    const archived = await attempt(
      UPDATE,
      'updateAnnouncement',
      { id: draft.id, announcement: draftInput().announcement },
      staff,
    );
    expect(archived.payload?.userErrors.map((error) => error.code)).toEqual(['ALREADY_EXPIRED']);

    // The history: every version, who made it, and what it said.
    const history = await revisionsOf(draft.id, staff);
    expect(history?.map((revision) => [revision.revision, revision.action])).toEqual([
      [1, 'CREATED'],
      [2, 'PUBLISHED'],
      [3, 'UPDATED'],
      [4, 'WITHDRAWN'],
    ]);
    expect(history?.[0]?.translations).toEqual([{ language: 'DE', title: 'Heizungsausfall' }]);
    expect(history?.[2]?.translations.map((translation) => translation.title)).toEqual([
      'Heizungsausfall im Bürgerbüro',
      'Heating failure',
    ]);
    expect(new Set(history?.map((revision) => revision.editedBy))).toEqual(
      new Set([callers.accounts.staff1.name]),
    );
    // Only editors see the history.
    expect(await revisionsOf(draft.id, headers.admin)).toHaveLength(4);
    await expect(revisionsOf(draft.id, headers.staffOffice2)).rejects.toThrow();
  });

  it('schedules, reschedules, unschedules and deletes what was never published', async () => {
    const staff = headers.staffOffice1;
    const draft = await createDraft(server, staff, {
      officeId: office1.office,
      expiresAt: at(10).toISOString(),
    });
    const scheduled = await publish(server, staff, draft.id, at(4).toISOString());
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', publishAt: at(4).toISOString() });
    const moved = await publish(server, staff, draft.id, at(5).toISOString());
    expect(moved.publishAt).toBe(at(5).toISOString());
    const tooLate = await attempt(
      PUBLISH,
      'publishAnnouncement',
      { id: draft.id, publishAt: at(11).toISOString() },
      staff,
    );
    expect(tooLate.payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['publishAt'] }),
    ]);

    const unscheduled = await mutate<'withdrawAnnouncement', { announcement: AnnouncementView }>(
      server,
      WITHDRAW,
      'withdrawAnnouncement',
      { id: draft.id },
      staff,
    );
    expect(unscheduled.announcement).toMatchObject({ status: 'DRAFT', publishAt: null });
    const nothingToWithdraw = await attempt(
      WITHDRAW,
      'withdrawAnnouncement',
      { id: draft.id },
      staff,
    );
    expect(nothingToWithdraw.payload?.userErrors.map((error) => error.code)).toEqual([
      'NOT_PUBLISHED',
    ]);

    const deleted = await mutate<'deleteAnnouncement', { deletedAnnouncementId: string }>(
      server,
      DELETE,
      'deleteAnnouncement',
      { id: draft.id },
      staff,
    );
    expect(deleted).toEqual({ deletedAnnouncementId: draft.id, userErrors: [] });
    const uuid = Buffer.from(draft.id, 'base64').toString().split(':')[1];
    const [left] = await server.orm.em
      .fork()
      .execute<Array<{ announcements: string; revisions: string }>>(
        `select (select count(*) from announcement where id = ?) as announcements,
                (select count(*) from announcement_revision where announcement_id = ?) as revisions`,
        [uuid, uuid],
      );
    expect(left).toEqual({ announcements: '0', revisions: '0' });
    const gone = await attempt(DELETE, 'deleteAnnouncement', { id: draft.id }, staff);
    expect(gone.payload?.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses IDs of other types as input errors', async () => {
    const { payload } = await attempt(
      PUBLISH,
      'publishAnnouncement',
      { id: office1.office },
      headers.admin,
    );
    expect(payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['id'] }),
    ]);
  });
});
