import { announceDueAnnouncements } from '../../src/announcements/announcement-scheduler.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  createDraft,
  createPublished,
  draftInput,
  mutate,
  publish,
  UPDATE,
  WITHDRAW,
} from '../support/announcements.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const PUBLISHED = `subscription($officeId: ID, $lang: Language) {
  announcementPublished(officeId: $officeId, lang: $lang) {
    id title language emergency townWide status office { id }
  }
}`;

type Event = {
  announcementPublished: {
    id: string;
    title: string;
    language: string;
    emergency: boolean;
    townWide: boolean;
    status: string;
    office: { id: string } | null;
  };
};

let server: TestServer;
let office1: BookingFixture;
let office2: BookingFixture;
let admin: Record<string, string>;
let staff1: Record<string, string>;
let staff2: Record<string, string>;
/** Every subscriber a test opened, of whichever subscription: closed after it. */
const watching: Array<Pick<Subscription<unknown>, 'close'>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
  office1 = await createBookingFixture(server.orm);
  office2 = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  const staffOf = async (officeId: string) =>
    bearer(
      await signIn(
        server,
        await createAccount(server, { roles: [Role.STAFF], officeIds: [officeId] }),
      ),
    );
  staff1 = await staffOf(office1.officeId);
  staff2 = await staffOf(office2.officeId);
}, 60_000);

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  server.clock.set(T0);
  await Promise.all(watching.splice(0).map((watcher) => watcher.close()));
  // Closed subscriptions end on the server a moment later; the next test counts from zero.
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed').catch(
    () => undefined,
  );
  expect(server.bus.activeSubscriptions()).toBe(0);
});

/** A subscriber of announcementPublished; closed after the test. */
function watch(variables: Record<string, unknown>): Subscription<Event> {
  const watcher = subscription<Event>(server.wsClient(), PUBLISHED, variables);
  watching.push(watcher);
  return watcher;
}

/** Subscribers of office 1, of office 2 and of everything; resolves once all are listening. */
async function subscribers() {
  const watchers = {
    office1: watch({ officeId: office1.office }),
    office2: watch({ officeId: office2.office }),
    everyone: watch({}),
  };
  // An office's subscriber listens to its office and to the town; the other to everything.
  await waitForSubscriptions(server.bus, 5);
  return watchers;
}

/**
 * The positive control after a quiet check: an announcement published now for `officeId` (null:
 * town-wide) is the next event of each watcher.
 */
async function expectDelivered(officeId: string | null, ...watchers: Array<Subscription<Event>>) {
  const author =
    officeId === office1.office ? staff1 : officeId === office2.office ? staff2 : admin;
  const control = await createPublished(server, author, { officeId });
  for (const watcher of watchers) {
    expect((await watcher.next()).data?.announcementPublished.id).toBe(control.id);
  }
}

it('tells the office’s subscribers and those of everything when an office publishes, and no one else', async () => {
  const watchers = await subscribers();
  const draft = await createDraft(server, staff1, {
    officeId: office1.office,
    title: { de: 'Neue Öffnungszeiten' },
  });
  await mutate(
    server,
    UPDATE,
    'updateAnnouncement',
    {
      id: draft.id,
      announcement: { ...draftInput().announcement, title: { de: 'Neue Öffnungszeiten ab Mai' } },
    },
    staff1,
  );
  await publish(server, staff1, draft.id);
  // The first event is the publication: writing and editing the draft announced nothing.
  const expected = {
    data: {
      announcementPublished: {
        id: draft.id,
        title: 'Neue Öffnungszeiten ab Mai',
        language: 'DE',
        emergency: false,
        townWide: false,
        status: 'PUBLISHED',
        office: { id: office1.office },
      },
    },
  };
  expect(await watchers.office1.next()).toEqual(expected);
  expect(await watchers.everyone.next()).toEqual(expected);
  await Promise.all([watchers.office2.nothingWithin(300), watchers.office1.nothingWithin(100)]);
  await expectDelivered(office2.office, watchers.office2);
  await expectDelivered(office1.office, watchers.office1);
});

it('tells every office’s subscribers of a town-wide emergency', async () => {
  const watchers = await subscribers();
  const emergency = await createPublished(server, admin, {
    category: 'WARNING',
    severity: 'EMERGENCY',
    title: { de: 'Unwetterwarnung' },
  });
  for (const watcher of [watchers.office1, watchers.office2, watchers.everyone]) {
    expect((await watcher.next()).data?.announcementPublished).toMatchObject({
      id: emergency.id,
      emergency: true,
      townWide: true,
      office: null,
    });
  }
  // Exactly once each.
  await Promise.all(
    [watchers.office1, watchers.office2, watchers.everyone].map((watcher) =>
      watcher.nothingWithin(200),
    ),
  );
  await expectDelivered(null, watchers.office1, watchers.office2, watchers.everyone);
});

it('announces a scheduled one when its time comes, once, and only to its subscribers', async () => {
  const watchers = await subscribers();
  const draft = await createDraft(server, staff2, {
    officeId: office2.office,
    title: { de: 'Bürgerbüro 2 schließt früher', en: 'Office 2 closes early' },
    body: { de: 'Heute schon um 12 Uhr.', en: 'At noon today.' },
  });
  await publish(server, staff2, draft.id, at(1).toISOString());

  // Not due yet: nothing is claimed.
  const deps = { em: server.orm.em.fork(), bus: server.bus, clock: server.clock.now };
  expect(await announceDueAnnouncements(deps)).toEqual([]);

  server.clock.set(at(1));
  expect(await announceDueAnnouncements({ ...deps, em: server.orm.em.fork() })).toHaveLength(1);
  expect(await announceDueAnnouncements({ ...deps, em: server.orm.em.fork() })).toEqual([]);
  // The first event is this one: scheduling it announced nothing.
  expect((await watchers.office2.next()).data?.announcementPublished).toMatchObject({
    id: draft.id,
    status: 'PUBLISHED',
  });
  expect((await watchers.everyone.next()).data?.announcementPublished.id).toBe(draft.id);
  await Promise.all([watchers.office1.nothingWithin(300), watchers.everyone.nothingWithin(100)]);
  await expectDelivered(office1.office, watchers.office1, watchers.everyone);
});

it('sends no event for an announcement that is not visible when the event is delivered', async () => {
  const watcher = watch({ officeId: office1.office });
  await waitForSubscriptions(server.bus, 2);
  // E.g. withdrawn between the claim and the delivery: here a draft, which is not visible either.
  const draft = await createDraft(server, staff1, { officeId: office1.office });
  server.bus.publish('announcementPublished', office1.officeId, {
    announcementId: Buffer.from(draft.id, 'base64').toString().split(':')[1]!,
    officeId: office1.officeId,
  });
  await watcher.nothingWithin(300);
  await expectDelivered(office1.office, watcher);
});

it('tells the same subscribers when a visible one is withdrawn, and nobody of a scheduled one', async () => {
  // Given subscribers of withdrawals for office 1, office 2 and everything
  const WITHDRAWN = 'subscription($officeId: ID) { announcementWithdrawn(officeId: $officeId) }';
  type Withdrawn = { announcementWithdrawn: string };
  const withdrawals = (variables: Record<string, unknown>) => {
    const watcher = subscription<Withdrawn>(server.wsClient(), WITHDRAWN, variables);
    watching.push(watcher);
    return watcher;
  };
  const office1Watcher = withdrawals({ officeId: office1.office });
  const office2Watcher = withdrawals({ officeId: office2.office });
  const everyone = withdrawals({});
  await waitForSubscriptions(server.bus, 5);
  const withdraw = (id: string, headers: Record<string, string>) =>
    mutate(server, WITHDRAW, 'withdrawAnnouncement', { id }, headers);

  // When office 1 withdraws a scheduled notice (nobody saw it) and then one in force
  const scheduled = await createPublished(
    server,
    staff1,
    { officeId: office1.office },
    at(5).toISOString(),
  );
  expect(await withdraw(scheduled.id, staff1)).toMatchObject({ userErrors: [] });
  const visible = await createPublished(server, staff1, { officeId: office1.office });
  expect(await withdraw(visible.id, staff1)).toMatchObject({ userErrors: [] });

  // Then office 1's and everyone's subscribers hear of the visible one first, office 2's of none
  expect((await office1Watcher.next()).data).toEqual({ announcementWithdrawn: visible.id });
  expect((await everyone.next()).data).toEqual({ announcementWithdrawn: visible.id });
  await office2Watcher.nothingWithin(300);
  // And office 2's hear of its own (the positive control)
  const own = await createPublished(server, staff2, { officeId: office2.office });
  expect(await withdraw(own.id, staff2)).toMatchObject({ userErrors: [] });
  expect((await office2Watcher.next()).data).toEqual({ announcementWithdrawn: own.id });
});

it('sends the texts in the language the subscriber asks for', async () => {
  const watcher = watch({ lang: 'EN' });
  await waitForSubscriptions(server.bus, 1);
  await createPublished(server, admin, {
    title: { de: 'Stadtfest', en: 'Town festival' },
    body: { de: 'Am Wochenende.', en: 'At the weekend.' },
  });
  expect((await watcher.next()).data?.announcementPublished).toMatchObject({
    title: 'Town festival',
    language: 'EN',
  });
});

it('refuses a subscription with a malformed office ID, naming the argument', async () => {
  const watcher = watch({ officeId: 'garbage' });
  const result = await watcher.next();
  expect(result.errors?.[0]).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', argument: 'officeId' },
  });
});
