import {
  announceDueAnnouncements,
  startAnnouncementScheduler,
  type AnnouncementScheduler,
} from '../../src/announcements/announcement-scheduler.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createDraft, createPublished, publish } from '../support/announcements.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Two server instances on one database, as behind a load balancer: each runs its own scheduler,
// and the claim in the database decides which of them announces what. Their in-process buses do
// not reach each other (Redis does that), so each instance's subscribers hear exactly what that
// instance claimed, and the two together hear every announcement once.

const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const PUBLISHED = 'subscription { announcementPublished { id } }';
type Event = { announcementPublished: { id: string } };

let first: TestServer;
let second: TestServer;
let admin: Record<string, string>;
const schedulers: AnnouncementScheduler[] = [];
const watchers: Array<{ close(): Promise<void> }> = [];
const logger = createLogger({ logLevel: 'silent' });

beforeAll(async () => {
  first = await startTestServer({ now: T0 });
  second = await startTestServer({ now: T0, databaseName: first.databaseName });
  admin = bearer(await signIn(first, await createAccount(first, { roles: [Role.ADMIN] })));
}, 60_000);

/** A subscriber of every announcement on the server; closed after the test. */
function watch(server: TestServer) {
  const watcher = subscription<Event>(server.wsClient(), PUBLISHED, {});
  watchers.push(watcher);
  return watcher;
}

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((scheduler) => scheduler.stop()));
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  // Closed subscriptions end on the server a moment later; the next test counts from zero.
  await waitUntil(
    () => first.bus.activeSubscriptions() + second.bus.activeSubscriptions() === 0,
    'subscriptions closed',
  );
  for (const server of [first, second]) server.clock.set(T0);
  await first.orm.em.fork().execute('delete from announcement');
});

afterAll(async () => {
  // The second instance shares the first one's database, which the first drops.
  await second.close();
  await first.close();
});

function setClocks(now: Date): void {
  for (const server of [first, second]) server.clock.set(now);
}

async function scheduleMany(count: number, publishAt: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const draft = await createDraft(first, admin);
    await publish(first, admin, draft.id, publishAt.toISOString());
    ids.push(draft.id);
  }
  return ids;
}

/** Reads events until `count` arrived or a quiet `ms` passed. */
async function collect(watcher: ReturnType<typeof watch>, count: number) {
  const ids: string[] = [];
  while (ids.length < count) ids.push((await watcher.next()).data!.announcementPublished.id);
  return ids;
}

async function claimedInDatabase(): Promise<number> {
  const [row] = await first.orm.em
    .fork()
    .execute<Array<{ count: string }>>(
      'select count(*) as count from announcement where announced_at is not null',
    );
  return Number(row?.count);
}

const globalIdOf = (uuid: string) => Buffer.from(`Announcement:${uuid}`).toString('base64');

/** A scheduler's logger that keeps the ids of what it announced. */
function announcedLog() {
  const ids: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const record = JSON.parse(line) as { announcementIds?: string[] };
        ids.push(...(record.announcementIds ?? []).map(globalIdOf));
      }
      done();
    },
  });
  return { logger: createLogger({ logLevel: 'info' }, destination), ids };
}

/** The positive control after a quiet check: what is published now reaches the watcher. */
async function expectDelivered(server: TestServer, watcher: ReturnType<typeof watch>) {
  const control = await createPublished(server, admin);
  expect((await watcher.next()).data!.announcementPublished.id).toBe(control.id);
}

it('claims each due announcement exactly once when both instances race for it', async () => {
  const ids = await scheduleMany(8, at(1));
  const [onFirst, onSecond] = [watch(first), watch(second)];
  await Promise.all([waitForSubscriptions(first.bus, 1), waitForSubscriptions(second.bus, 1)]);
  setClocks(at(1));

  // Given ten concurrent runs per instance
  const runs = await Promise.all(
    [first, second].flatMap((server) =>
      Array.from({ length: 10 }, () =>
        announceDueAnnouncements({
          em: server.orm.em.fork(),
          bus: server.bus,
          clock: server.clock.now,
        }),
      ),
    ),
  );
  // Then every announcement was claimed by exactly one run
  const claimed = runs.flat().map(globalIdOf);
  expect(claimed.sort()).toEqual([...ids].sort());
  expect(await claimedInDatabase()).toBe(8);

  // and each instance's subscriber heard exactly what its instance claimed, once.
  const byFirst = runs.slice(0, 10).flat().map(globalIdOf);
  const bySecond = runs.slice(10).flat().map(globalIdOf);
  expect((await collect(onFirst, byFirst.length)).sort()).toEqual(byFirst.sort());
  expect((await collect(onSecond, bySecond.length)).sort()).toEqual(bySecond.sort());
  await Promise.all([onFirst.nothingWithin(300), onSecond.nothingWithin(300)]);
  await expectDelivered(first, onFirst);
  await expectDelivered(second, onSecond);
});

it('publishes exactly once with both schedulers running, and not again later', async () => {
  const ids = await scheduleMany(5, at(1));
  const [onFirst, onSecond] = [watch(first), watch(second)];
  await Promise.all([waitForSubscriptions(first.bus, 1), waitForSubscriptions(second.bus, 1)]);
  const logs = [announcedLog(), announcedLog()];
  [first, second].forEach((server, index) =>
    schedulers.push(
      startAnnouncementScheduler(server.orm, server.bus, server.clock.now, logs[index]!.logger, 10),
    ),
  );
  const runOfEach = () => Promise.all(schedulers.map((scheduler) => scheduler.runNow()));
  // Nothing is due yet: a whole run of each scheduler claims nothing.
  await runOfEach();
  expect(await claimedInDatabase()).toBe(0);

  setClocks(at(1));
  await waitUntil(async () => (await claimedInDatabase()) >= 5, 'five announcements claimed');
  expect(await claimedInDatabase()).toBe(5);
  // Many more runs of both schedulers later, each announcement was heard exactly once in all:
  // each instance's subscriber hears what its scheduler announced, and nothing after that.
  for (let round = 0; round < 10; round += 1) await runOfEach();
  const heard = [
    ...(await collect(onFirst, logs[0]!.ids.length)),
    ...(await collect(onSecond, logs[1]!.ids.length)),
  ];
  await Promise.all([onFirst.nothingWithin(200), onSecond.nothingWithin(200)]);
  expect(heard.sort()).toEqual([...ids].sort());
  await expectDelivered(first, onFirst);
  await expectDelivered(second, onSecond);
});

it('announces at start what came due while no instance ran', async () => {
  const [id] = await scheduleMany(1, at(1));
  // Both instances are "down" (no scheduler) when the time comes.
  setClocks(at(2));
  const watcher = watch(second);
  await waitForSubscriptions(second.bus, 1);
  // An instance starting afterwards announces it in its first run, without waiting an interval.
  schedulers.push(
    startAnnouncementScheduler(second.orm, second.bus, second.clock.now, logger, 60_000),
  );
  expect((await watcher.next()).data?.announcementPublished.id).toBe(id);
  await watcher.nothingWithin(200);
  await expectDelivered(second, watcher);
});

it('does not announce again what was published at once, or what expired unannounced', async () => {
  // Published now: claimed by the publishing request itself.
  await createPublished(first, admin);
  // Scheduled for 09:00, valid until 10:00, while every instance was down until 11:00.
  const late = await createDraft(first, admin, { expiresAt: at(2).toISOString() });
  await publish(first, admin, late.id, at(1).toISOString());
  expect(await claimedInDatabase()).toBe(1);

  const watcher = watch(first);
  await waitForSubscriptions(first.bus, 1);
  setClocks(at(3));
  const deps = { em: first.orm.em.fork(), bus: first.bus, clock: first.clock.now };
  // The late one is claimed (it will never be due again) but not announced: it is not visible.
  expect(await announceDueAnnouncements(deps)).toEqual([]);
  expect(await claimedInDatabase()).toBe(2);
  await watcher.nothingWithin(300);
  await expectDelivered(first, watcher);
});
