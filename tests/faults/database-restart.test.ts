import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createLogger } from '../../src/server/logger.js';
import { openDatabase } from '../../src/server/database.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { waitUntil } from '../support/wait.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import { metricsOf, slowest, tally, timedRequest, type Outcome } from './support/timed-requests.js';

// Issue #21, fault 1: PostgreSQL restarts under load. Clients read the catalogue and book at a
// steady rate while the test's own cluster is stopped and started again, once with a fast
// shutdown (clients disconnected, a checkpoint) and once with an immediate one (every process
// quits at once, as in a crash; recovery from the WAL). The server process must survive, answer
// every request during the outage quickly with 503 SERVICE_UNAVAILABLE and Retry-After (never a
// hang, never a 500), report the outage on /readyz and be ready again within 5 s of the database
// accepting connections; every booking confirmed to a client must exist afterwards.

/** Requests per second (a tenth of them bookings). */
const RATE = 200;
const BOOKING_SHARE = 0.1;
const MAX_IN_FLIGHT = 16;
/** Load before, between and after the restarts. */
const STEADY_MS = 2000;
/** How long the cluster stays down once /readyz has reported it. */
const DOWN_MS = 1500;
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;
/**
 * Every answer comes within the wait for a connection and the statement timeout, which the server
 * controls; the rest is slack for a loaded 2-core machine (the test sends the load itself).
 */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 6000;
/** The clients' own deadline: beyond it a request counts as hanging. */
const CLIENT_TIMEOUT_MS = 20_000;
/** From the database accepting connections again to the first 200 of /readyz. */
const READY_BOUND_MS = 5000;
const READYZ_TIMEOUT_MS = 2000;
const METRICS_TOKEN = 'rathaus-fault-test-metrics-token-0123456789';

let postgres: ThrowawayPostgres | undefined;
let server: ServerProcess | undefined;
let fixture: BookingFixture;
let slots: string[];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 86_400_000;

const READS = [
  `query ($id: ID!) { service(id: $id) { id name } }`,
  `{ services(first: 10) { edges { node { id name } } } }`,
];
const BOOK = `mutation ($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id } userErrors { code field message } }
}`;

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  server = await serverProcess({
    DATABASE_URL: postgres.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    // Every catalogue read goes to the database.
    CATALOGUE_CACHE_SECONDS: '0',
    METRICS_TOKEN,
  });
  // The first start migrates the new database.
  await server.start({ readyTimeoutMs: 60_000 });
  const orm = await openDatabase({
    url: postgres.url,
    poolSize: 2,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    fixture = await createBookingFixture(orm, {
      counters: 4,
      durationMinutes: 15,
      opens: '07:00',
      closes: '19:00',
      validFrom: isoDate(new Date(Date.now() - DAY)),
      validUntil: isoDate(new Date(Date.now() + 40 * DAY)),
    });
  } finally {
    await orm.close();
  }
  const tomorrow = new Date(Math.ceil(Date.now() / DAY) * DAY + DAY);
  const answer = await timedRequest(`${server.url}/graphql`, {
    body: {
      query: `query ($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
        freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt }
      }`,
      variables: {
        serviceId: fixture.service,
        officeId: fixture.office,
        from: tomorrow.toISOString(),
        to: new Date(tomorrow.getTime() + 21 * DAY).toISOString(),
      },
    },
    timeoutMs: CLIENT_TIMEOUT_MS,
  });
  const free = (answer.body?.data as { freeSlots: Array<{ startsAt: string }> }).freeSlots;
  slots = [...new Set(free.map((slot) => slot.startsAt))];
}, 90_000);

afterAll(async () => {
  await server?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

type Sent = Outcome & { kind: 'read' | 'booking'; key: string | null; sentAt: number };

it('PostgreSQL restarts under load (fast, then immediate): fast 503s, /readyz follows, no confirmed booking lost', async () => {
  const url = server!.url;
  const cluster = postgres!;
  const started = performance.now();
  const sent: Array<Promise<Sent>> = [];
  let bookingsSent = 0;
  let running = true;

  // The load: RATE requests per second, paced by the clock, each with the client's deadline; at
  // most MAX_IN_FLIGHT at once, so that a machine too slow for RATE gets fewer requests rather
  // than a growing backlog (the figures say how many were sent).
  let inFlight = 0;
  let skipped = 0;
  const load = (async () => {
    for (let index = 0; running; index += 1) {
      await sleep(Math.max(0, started + (index * 1000) / RATE - performance.now()));
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped += 1;
        continue;
      }
      inFlight += 1;
      const sentAt = performance.now();
      const booking =
        index % Math.round(1 / BOOKING_SHARE) === 0 && bookingsSent < slots.length * 4;
      if (booking) {
        const number = bookingsSent;
        bookingsSent += 1;
        const key = `restart-${number}`;
        sent.push(
          timedRequest(`${url}/graphql`, {
            body: {
              query: BOOK,
              variables: {
                input: {
                  serviceId: fixture.service,
                  officeId: fixture.office,
                  // Four counters: each time can be booked four times.
                  startsAt: slots[number % slots.length],
                  name: `Client ${number}`,
                  email: `restart.${number}@example.org`,
                  idempotencyKey: key,
                },
              },
            },
            timeoutMs: CLIENT_TIMEOUT_MS,
          }).then((outcome) => {
            inFlight -= 1;
            return { ...outcome, kind: 'booking' as const, key, sentAt };
          }),
        );
      } else {
        sent.push(
          timedRequest(`${url}/graphql`, {
            body: { query: READS[index % READS.length], variables: { id: fixture.service } },
            timeoutMs: CLIENT_TIMEOUT_MS,
          }).then((outcome) => {
            inFlight -= 1;
            return { ...outcome, kind: 'read' as const, key: null, sentAt };
          }),
        );
      }
    }
  })();

  // /readyz, polled as a load balancer would, each poll with a deadline of its own.
  const polls: Array<Outcome & { at: number }> = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const at = performance.now();
      polls.push({
        ...(await timedRequest(`${url}/readyz`, { timeoutMs: READYZ_TIMEOUT_MS })),
        at,
      });
      await sleep(100);
    }
  })();
  const readyzSince = (since: number, status: number) =>
    polls.find((poll) => poll.at >= since && poll.status === status);

  /** Stops the cluster, waits for /readyz to report it, starts it again; the figures. */
  const restart = async (mode: 'fast' | 'immediate') => {
    const stoppingAt = performance.now();
    await cluster.stop(mode);
    await waitUntil(
      () => readyzSince(stoppingAt, 503) !== undefined,
      `/readyz 503 after the ${mode} shutdown`,
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    await sleep(DOWN_MS);
    // The database is back when it accepts a connection, which the test tries every 20 ms.
    const starting = cluster.start();
    let backAt = 0;
    await waitUntil(
      async () => {
        const probe = new pg.Client({
          connectionString: cluster.url,
          connectionTimeoutMillis: 1000,
        });
        probe.on('error', () => {});
        const accepted = await probe.connect().then(
          () => true,
          () => false,
        );
        await probe.end().catch(() => {});
        if (accepted) backAt = performance.now();
        return accepted;
      },
      `the cluster accepting connections after the ${mode} shutdown`,
      { timeoutMs: 30_000, intervalMs: 20 },
    );
    await starting;
    await waitUntil(
      () => readyzSince(backAt, 200) !== undefined,
      () =>
        `/readyz 200 after the ${mode} restart; polls since: ${JSON.stringify(
          polls
            .filter((poll) => poll.at >= backAt)
            .map((poll) => [poll.status, Math.round(poll.ms), poll.body]),
        ).slice(0, 1500)}\n${server!.output().slice(-3000)}`,
      { timeoutMs: 20_000, intervalMs: 20 },
    );
    const ready = readyzSince(backAt, 200)!;
    return {
      mode,
      stoppingAt,
      backAt,
      // The poll that answered 200 was sent at `at`: the server was ready by the time it answered.
      readyMs: Math.round(Math.max(0, ready.at + ready.ms - backAt)),
      outageMs: Math.round(backAt - stoppingAt),
    };
  };

  // The phases of the load: steady, a fast restart, steady, an immediate restart, steady.
  await sleep(STEADY_MS);
  const fast = await restart('fast');
  await sleep(STEADY_MS);
  const immediate = await restart('immediate');
  await sleep(STEADY_MS);
  running = false;
  await load;
  const outcomes = await Promise.all(sent);
  polling = false;
  await poller;
  const durationS = (performance.now() - started) / 1000;

  // Then the server process survived both restarts and is ready, with its whole pool: no
  // connection that broke in a transaction stays taken …
  await server!.ready(10_000);
  let poolUsed: number | undefined;
  await waitUntil(
    async () => {
      const used = 'rathaus_database_pool_connections{state=used}';
      poolUsed = (await metricsOf(url, METRICS_TOKEN, [used]))[used];
      return poolUsed === 0;
    },
    () => `no connection of the pool taken once the load is over (${poolUsed} taken)`,
    { timeoutMs: 10_000, intervalMs: 100 },
  );

  // … every request was answered before the client's deadline: a success (or a user error such as
  // SLOT_TAKEN in a payload), or 503 SERVICE_UNAVAILABLE with Retry-After, never a 500 …
  const counts = tally(outcomes);
  expect(
    Object.keys(counts).filter((key) => !['200', '503 SERVICE_UNAVAILABLE'].includes(key)),
  ).toEqual([]);
  const refused = outcomes.filter((outcome) => outcome.status === 503);
  expect(refused.every((outcome) => outcome.retryAfter === '5')).toBe(true);
  // … the restarts were felt …
  const inOutage = (outcome: Sent) =>
    [fast, immediate].some(
      (restarted) => outcome.sentAt >= restarted.stoppingAt && outcome.sentAt <= restarted.backAt,
    );
  expect(refused.length).toBeGreaterThan(0);
  // … and quickly: within the server's timeouts, with slack for the machine.
  const outageOutcomes = outcomes.filter(inOutage);
  expect(slowest(outageOutcomes)).toBeLessThanOrEqual(ANSWER_BOUND_MS);
  expect(slowest(outcomes)).toBeLessThanOrEqual(ANSWER_BOUND_MS);

  // /readyz reported each outage and was ready again within READY_BOUND_MS of the database.
  for (const restarted of [fast, immediate]) {
    expect([restarted.mode, restarted.readyMs <= READY_BOUND_MS]).toEqual([restarted.mode, true]);
  }
  expect(polls.every((poll) => [200, 503].includes(poll.status))).toBe(true);

  // Every booking confirmed to a client exists, once.
  const confirmed = outcomes.filter(
    (outcome) =>
      outcome.kind === 'booking' &&
      outcome.status === 200 &&
      !!(outcome.body?.data?.bookAppointment as { appointment?: unknown } | undefined)?.appointment,
  );
  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  let lost: number;
  try {
    const { rows } = await db.query<{ key: string; count: string }>(
      'select idempotency_key as key, count(*) from appointment group by idempotency_key',
    );
    const stored = new Map(rows.map((row) => [row.key, Number(row.count)]));
    lost = confirmed.filter((outcome) => !stored.has(outcome.key!)).length;
    expect(lost).toBe(0);
    expect([...stored.values()].every((count) => count === 1)).toBe(true);
  } finally {
    await db.end();
  }
  // The load kept coming through the restarts: bookings were confirmed before and after.
  expect(confirmed.some((outcome) => outcome.sentAt < fast.stoppingAt)).toBe(true);
  expect(confirmed.some((outcome) => outcome.sentAt > immediate.backAt)).toBe(true);

  const bookings = outcomes.filter((outcome) => outcome.kind === 'booking');
  console.log(
    `database restart: ${outcomes.length} requests in ${durationS.toFixed(1)} s (${(outcomes.length / durationS).toFixed(0)}/s of ${RATE}/s asked, ` +
      `${skipped} not sent with ${MAX_IN_FLIGHT} in flight, ${bookings.length} bookings); fast shutdown: outage ${fast.outageMs} ms, /readyz 200 ${fast.readyMs} ms after the database; ` +
      `immediate: outage ${immediate.outageMs} ms, /readyz 200 ${immediate.readyMs} ms after (bound ${READY_BOUND_MS}); ` +
      `answers ${JSON.stringify(counts)}; ${outageOutcomes.length} sent during the outages, slowest ${slowest(outageOutcomes)} ms, ` +
      `slowest overall ${slowest(outcomes)} ms (bound ${ANSWER_BOUND_MS} ms); ` +
      `/readyz ${polls.filter((poll) => poll.status === 503).length} of ${polls.length} polls 503, slowest ${slowest(polls)} ms; ` +
      `pool connections taken afterwards ${poolUsed}; ${confirmed.length} bookings confirmed, lost=${lost}`,
  );
}, 90_000);
