import { Redis } from 'ioredis';
import {
  startAnnouncementScheduler,
  type AnnouncementScheduler,
} from '../../src/announcements/announcement-scheduler.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createLogger } from '../../src/server/logger.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createDraft, createPublished, publish } from '../support/announcements.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Two instances on one database sharing a Redis bus, as in production: whichever instance's
// scheduler claims an announcement, the subscribers of both hear it, each exactly once.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const PUBLISHED = 'subscription($o: ID) { announcementPublished(officeId: $o) { id } }';
type Event = { announcementPublished: { id: string } };

let first: TestServer;
let second: TestServer;
let office: BookingFixture;
let admin: Record<string, string>;
let redis: Redis;
const schedulers: AnnouncementScheduler[] = [];
const watchers: Array<Subscription<Event>> = [];

beforeAll(async () => {
  first = await startTestServer({ now: T0, env: { REDIS_URL } });
  second = await startTestServer({
    now: T0,
    env: { REDIS_URL },
    databaseName: first.databaseName,
  });
  office = await createBookingFixture(first.orm);
  admin = bearer(await signIn(first, await createAccount(first, { roles: [Role.ADMIN] })));
  redis = new Redis(REDIS_URL);
}, 60_000);

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((scheduler) => scheduler.stop()));
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
});

afterAll(async () => {
  redis.disconnect();
  await second.close();
  await first.close();
});

/** Waits until Redis has `count` subscribers on the channel of the office's announcements. */
async function redisSubscribers(count: number): Promise<void> {
  const channel = `rathaus:announcementPublished:${office.officeId}`;
  let subscribers = 0;
  await waitUntil(
    async () => {
      subscribers = Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);
      return subscribers >= count;
    },
    () => `${channel} has ${subscribers} subscribers`,
    { intervalMs: 20 },
  );
}

it('lets the subscribers of both instances hear each due announcement exactly once', async () => {
  const ids: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    const draft = await createDraft(first, admin, { officeId: office.office });
    await publish(first, admin, draft.id, at(1).toISOString());
    ids.push(draft.id);
  }
  watchers.push(
    ...[first, second].map((server) =>
      subscription<Event>(server.wsClient(), PUBLISHED, { o: office.office }),
    ),
  );
  await Promise.all([waitForSubscriptions(first.bus, 2), waitForSubscriptions(second.bus, 2)]);
  await redisSubscribers(2);
  const logger = createLogger({ logLevel: 'silent' });
  for (const server of [first, second]) {
    schedulers.push(
      startAnnouncementScheduler(server.orm, server.bus, server.clock.now, logger, 10),
    );
  }
  for (const server of [first, second]) server.clock.set(at(1));

  for (const watcher of watchers) {
    const heard: string[] = [];
    for (let index = 0; index < ids.length; index += 1) {
      heard.push((await watcher.next()).data!.announcementPublished.id);
    }
    expect(heard.sort()).toEqual([...ids].sort());
  }
  // Many scheduler runs later, nobody heard anything twice…
  for (let round = 0; round < 10; round += 1) {
    await Promise.all(schedulers.map((scheduler) => scheduler.runNow()));
  }
  await Promise.all(watchers.map((watcher) => watcher.nothingWithin(300)));
  // …and what is published now still reaches both.
  const control = await createPublished(first, admin, { officeId: office.office });
  for (const watcher of watchers) {
    expect((await watcher.next()).data!.announcementPublished.id).toBe(control.id);
  }
});
