import { spawn, type ChildProcess } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { CREATE, PUBLISH, draftInput } from '../support/announcements.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Two instances behind one load balancer, as docs/operations.md describes them: one database, one
// Redis, no sticky sessions. Instance A runs in this test process (its bus can be watched), B is
// the built server as a process of its own, which the last test stops with SIGTERM while a client
// keeps calling. Both run on the real clock, so the test works on any day.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const PUBLISHED = 'subscription($o: ID) { announcementPublished(officeId: $o) { id } }';
type Published = { announcementPublished: { id: string } };
const SLOTS = `subscription($s: ID!, $o: ID!) {
  slotAvailabilityChanged(serviceId: $s, officeId: $o) { startsAt available }
}`;
type SlotChange = { slotAvailabilityChanged: { startsAt: string; available: number } };

let a: TestServer;
let b: ChildProcess;
let bUrl: string;
let town: BookingFixture;
let admin: Record<string, string>;
const clients: Client[] = [];

beforeAll(async () => {
  a = await startTestServer({ env: { REDIS_URL } });
  b = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: a.orm.config.get('clientUrl') as string,
      REDIS_URL,
      PUBLIC_URL: 'http://rathaus.test',
      LINK_SIGNING_SECRET: a.linkSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    b.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    b.on('exit', (code) => reject(new Error(`instance B exited with ${code}: ${output}`)));
  });
  bUrl = `http://127.0.0.1:${port}`;
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  town = await createBookingFixture(a.orm, {
    counters: 1,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    validFrom: today,
    validUntil: later,
  });
  admin = bearer(await signIn(a, await createAccount(a, { roles: [Role.ADMIN] })));
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  if (b.exitCode === null && b.signalCode === null) {
    b.kill('SIGTERM');
    await new Promise((resolve) => b.once('exit', resolve));
  }
  await a.close();
});

/** A GraphQL request to an instance by its base URL, as a client behind the balancer sends it. */
async function gqlAt<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: T; errors?: unknown[] }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = response.status === 200 ? ((await response.json()) as object) : {};
  return { status: response.status, ...body };
}

function liveAt(url: string | (() => string), options: { retryAttempts?: number } = {}): Client {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: options.retryAttempts ?? 0,
    retryWait: async () => undefined,
    shouldRetry: () => true,
  });
  clients.push(client);
  return client;
}

async function publishAt(base: string): Promise<string> {
  const created = await gqlAt<{ createAnnouncement: { announcement: { id: string } } }>(
    base,
    CREATE,
    { input: draftInput({ officeId: town.office }) },
    admin,
  );
  const id = created.data!.createAnnouncement.announcement.id;
  const published = await gqlAt<{ publishAnnouncement: { userErrors: unknown[] } }>(
    base,
    PUBLISH,
    { input: { id } },
    admin,
  );
  expect(published.data!.publishAnnouncement.userErrors).toEqual([]);
  return id;
}

it('tells the subscribers of one instance what was booked and published through the other', async () => {
  const slotsOnB = subscription<SlotChange>(
    liveAt(`${bUrl.replace('http', 'ws')}/graphql`),
    SLOTS,
    {
      s: town.service,
      o: town.office,
    },
  );
  const noticesOnA = subscription<Published>(a.wsClient(), PUBLISHED, { o: town.office });
  await waitForSubscriptions(a.bus, 1, 5000, 'announcementPublished');

  const from = new Date();
  const { data } = await gqlAt<{ freeSlots: Array<{ startsAt: string }> }>(
    a.url,
    `query($s: ID!, $o: ID!, $from: DateTime!, $to: DateTime!) {
      freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt }
    }`,
    {
      s: town.service,
      o: town.office,
      from: from.toISOString(),
      to: new Date(from.getTime() + 14 * 86_400_000).toISOString(),
    },
  );
  const startsAt = data!.freeSlots[0]!.startsAt;
  // B's subscription reaches Redis a moment after B accepted it: book until B hears of one.
  let booked = 0;
  let heard: SlotChange['slotAvailabilityChanged'] | undefined;
  await waitUntil(async () => {
    const slot = data!.freeSlots[booked]!.startsAt;
    booked += 1;
    const result = await gqlAt<{ bookAppointment: { userErrors: unknown[] } }>(
      a.url,
      `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }`,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: slot,
          name: 'Über A',
          email: `zwei-${booked}@example.org`,
        },
      },
    );
    expect(result.data!.bookAppointment.userErrors).toEqual([]);
    const outcome = await slotsOnB.next(2000).catch(() => undefined);
    heard = outcome?.data?.slotAvailabilityChanged;
    return heard !== undefined;
  }, 'instance B hearing of a booking through instance A');
  expect(heard!.available).toBe(0);
  expect(data!.freeSlots.slice(0, booked).map((slot) => slot.startsAt)).toContain(heard!.startsAt);
  expect(startsAt <= heard!.startsAt).toBe(true);

  const id = await publishAt(bUrl);
  expect((await noticesOnA.next()).data!.announcementPublished.id).toBe(id);
  await Promise.all([slotsOnB.close(), noticesOnA.close()]);
}, 60_000);

it('loses no request of a retrying client and no subscriber when one instance stops (SIGTERM)', async () => {
  // The subscriber's socket is on B; when B goes away (1001) it connects again, to A.
  let target = `${bUrl.replace('http', 'ws')}/graphql`;
  const moving = liveAt(() => target, { retryAttempts: 5 });
  const notices = subscription<Published>(moving, PUBLISHED, { o: town.office });
  const before = await publishAt(a.url);
  expect((await notices.next()).data!.announcementPublished.id).toBe(before);

  const served: Array<'A' | 'B'> = [];
  const failed: string[] = [];
  /** Tries B, then A on a refused connection or a 503, as a load balancer's retry does. */
  const call = async (n: number) => {
    for (const [name, base] of [
      ['B', bUrl],
      ['A', a.url],
    ] as const) {
      try {
        const result = await gqlAt<{ offices: unknown[] }>(base, '{ offices { id } }', {});
        if (result.status === 503) continue;
        if (result.status !== 200 || result.errors) throw new Error(JSON.stringify(result));
        served.push(name);
        return;
      } catch (error) {
        if (name === 'A') failed.push(`request ${n}: ${String(error)}`);
      }
    }
  };
  const exited = new Promise<number | null>((resolve) => b.once('exit', resolve));
  await Promise.all(Array.from({ length: 5 }, (_, n) => call(n)));
  // Ten requests under way when B is told to stop, then more while it drains and after it left.
  const underWay = Promise.all(Array.from({ length: 10 }, (_, n) => call(5 + n)));
  b.kill('SIGTERM');
  target = a.wsUrl;
  await underWay;
  for (let n = 15; n < 40; n += 1) await call(n);
  expect(await exited).toBe(0);
  expect(failed).toEqual([]);
  expect(served).toHaveLength(40);
  // Positive controls: B served before it stopped, A after.
  expect(served.slice(0, 5)).toContain('B');
  expect(served.at(-1)).toBe('A');

  await waitForSubscriptions(a.bus, 1, 10_000, 'announcementPublished');
  const after = await publishAt(a.url);
  expect((await notices.next(10_000)).data!.announcementPublished.id).toBe(after);
  await notices.close();
}, 60_000);
