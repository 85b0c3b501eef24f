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

// Issue #21, fault 3: a slow database. Another session holds an ACCESS EXCLUSIVE lock on the
// service table, which every catalogue read and every booking needs, while clients keep asking.
// The statement timeout and the pool's bounded wait turn what would be a pile of hanging requests
// into fast 503 SERVICE_UNAVAILABLE answers with Retry-After; /healthz stays up, /readyz reports
// the trouble, the heap stays bounded, no booking is half made, and once the lock goes the same
// requests succeed again. The server runs as a real process on a PostgreSQL cluster of this
// test's own, so nothing shared is slowed.

const POOL_SIZE = 4;
const STATEMENT_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 1000;
const MAX_WAITING = 8;
/** Requests per second while the lock is held, for LOAD_MS. */
const RATE = 40;
const LOAD_MS = 6000;
const BOOKINGS = 10;
/**
 * Every answer comes within the wait for a connection and the statement timeout, which the server
 * controls; the rest is slack for a loaded 2-core machine.
 */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 6000;
/** The client's own deadline: far beyond the bound, so that a hang shows as one. */
const CLIENT_TIMEOUT_MS = 20_000;
/** Generous: 240 requests refused in memory take a few MiB; unbounded queueing would take more. */
const HEAP_GROWTH_BOUND_MB = 64;
const METRICS_TOKEN = 'rathaus-fault-test-metrics-token-0123456789';

let postgres: ThrowawayPostgres | undefined;
let server: ServerProcess | undefined;
let fixture: BookingFixture;
let slots: string[];
let locker: pg.Client | undefined;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 86_400_000;

const SERVICE = `query ($id: ID!) { service(id: $id) { id name } }`;
const BOOK = `mutation ($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id } userErrors { code field message } }
}`;

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  server = await serverProcess({
    DATABASE_URL: postgres.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DATABASE_MAX_WAITING: String(MAX_WAITING),
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
      counters: 2,
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
        to: new Date(tomorrow.getTime() + 14 * DAY).toISOString(),
      },
    },
    timeoutMs: CLIENT_TIMEOUT_MS,
  });
  const free = (answer.body?.data as { freeSlots: Array<{ startsAt: string }> }).freeSlots;
  slots = [...new Set(free.map((slot) => slot.startsAt))];
  expect(slots.length).toBeGreaterThanOrEqual(BOOKINGS);
}, 90_000);

afterAll(async () => {
  await locker?.end().catch(() => {});
  await server?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

const readService = (url: string) =>
  timedRequest(`${url}/graphql`, {
    body: { query: SERVICE, variables: { id: fixture.service } },
    timeoutMs: CLIENT_TIMEOUT_MS,
  });

const book = (url: string, index: number) =>
  timedRequest(`${url}/graphql`, {
    body: {
      query: BOOK,
      variables: {
        input: {
          serviceId: fixture.service,
          officeId: fixture.office,
          startsAt: slots[index],
          name: `Client ${index}`,
          email: `slow.${index}@example.org`,
          idempotencyKey: `slow-${index}`,
        },
      },
    },
    timeoutMs: CLIENT_TIMEOUT_MS,
  });

const heapMb = async (url: string) => {
  const figures = await metricsOf(url, METRICS_TOKEN, ['nodejs_heap_size_used_bytes']);
  return (figures.nodejs_heap_size_used_bytes ?? Number.NaN) / 1024 / 1024;
};

it('a table locked by another session: fast 503s with Retry-After, liveness up, bounded heap, recovery', async () => {
  const url = server!.url;
  // Given a server that answers the catalogue, warmed up (as many at once as the pool has
  // connections: a burst beyond its queue would be refused, which is the point of the queue).
  const warm: Outcome[] = [];
  for (let round = 0; round < 5; round += 1) {
    warm.push(...(await Promise.all(Array.from({ length: POOL_SIZE }, () => readService(url)))));
  }
  expect(tally(warm)).toEqual({ '200': warm.length });
  const heapBefore = await heapMb(url);

  // When another session holds the service table's lock …
  const lock = new pg.Client({ connectionString: postgres!.url });
  locker = lock;
  await lock.connect();
  await lock.query('begin');
  await lock.query('lock table service in access exclusive mode');
  const lockedAt = performance.now();

  // … while clients read the catalogue at RATE per second and some book, and the operator's
  // probes and scraper keep asking.
  const requests: Array<Promise<Outcome>> = [];
  const bookings: Array<Promise<Outcome>> = [];
  const health: Array<Promise<Outcome>> = [];
  const readiness: Array<Promise<Outcome>> = [];
  let poolWaitingMax = 0;
  let heapPeak = heapBefore;
  const total = Math.round((RATE * LOAD_MS) / 1000);
  const probes = (async () => {
    while (performance.now() - lockedAt < LOAD_MS) {
      health.push(timedRequest(`${url}/healthz`, { timeoutMs: CLIENT_TIMEOUT_MS }));
      readiness.push(timedRequest(`${url}/readyz`, { timeoutMs: CLIENT_TIMEOUT_MS }));
      const figures = await metricsOf(url, METRICS_TOKEN, [
        'rathaus_database_pool_waiting',
        'nodejs_heap_size_used_bytes',
      ]);
      poolWaitingMax = Math.max(poolWaitingMax, figures.rathaus_database_pool_waiting ?? 0);
      heapPeak = Math.max(heapPeak, (figures.nodejs_heap_size_used_bytes ?? 0) / 1024 / 1024);
      await sleep(250);
    }
  })();
  for (let index = 0; index < total; index += 1) {
    requests.push(readService(url));
    if (index % Math.floor(total / BOOKINGS) === 0 && bookings.length < BOOKINGS) {
      bookings.push(book(url, bookings.length));
    }
    await sleep(Math.max(0, lockedAt + ((index + 1) * 1000) / RATE - performance.now()));
  }
  await probes;
  const reads = await Promise.all(requests);
  const booked = await Promise.all(bookings);
  const healthz = await Promise.all(health);
  const readyz = await Promise.all(readiness);
  heapPeak = Math.max(heapPeak, await heapMb(url));
  const lockHeldMs = Math.round(performance.now() - lockedAt);

  // Then every request was answered, fast, with 503 SERVICE_UNAVAILABLE and Retry-After …
  const during = [...reads, ...booked];
  expect(tally(during)).toEqual({ '503 SERVICE_UNAVAILABLE': during.length });
  expect(during.every((outcome) => outcome.retryAfter === '5')).toBe(true);
  expect(slowest(during)).toBeLessThanOrEqual(ANSWER_BOUND_MS);
  // … some of them at once, because the pool's queue was full (the server logs why) …
  const refusedAtOnce = server!
    .output()
    .split('\n')
    .filter(
      (line) =>
        line.includes('"msg":"database unavailable"') &&
        line.includes('wait for a database connection already'),
    ).length;
  expect(refusedAtOnce).toBeGreaterThan(0);
  expect(poolWaitingMax).toBeLessThanOrEqual(MAX_WAITING);
  // … the process stayed alive for its supervisor, and its readiness said it could not serve …
  expect(tally(healthz)).toEqual({ '200': healthz.length });
  expect(slowest(healthz)).toBeLessThanOrEqual(ANSWER_BOUND_MS);
  expect(readyz.some((outcome) => outcome.status === 503)).toBe(true);
  expect(readyz.every((outcome) => [200, 503].includes(outcome.status))).toBe(true);
  expect(slowest(readyz)).toBeLessThanOrEqual(ANSWER_BOUND_MS);
  // … and the requests did not pile up in memory.
  expect(heapPeak - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND_MB);

  // When the lock is released,
  await lock.query('rollback');
  const releasedAt = performance.now();
  // then the same requests succeed again, bookings too, and the server is ready.
  await waitUntil(
    async () => (await readService(url)).status === 200,
    'a catalogue read after the lock',
    { timeoutMs: 10_000, intervalMs: 100 },
  );
  const recoveryMs = Math.round(performance.now() - releasedAt);
  const after: Outcome[] = [];
  for (let round = 0; round < 5; round += 1) {
    after.push(...(await Promise.all(Array.from({ length: POOL_SIZE }, () => readService(url)))));
  }
  expect(tally(after)).toEqual({ '200': after.length });
  const rebooked: Outcome[] = [];
  for (let index = 0; index < BOOKINGS; index += 1) rebooked.push(await book(url, index));
  expect(
    rebooked.map(
      (outcome) =>
        !!(outcome.body?.data?.bookAppointment as { appointment?: unknown })?.appointment,
    ),
  ).toEqual(Array.from({ length: BOOKINGS }, () => true));
  expect((await timedRequest(`${url}/readyz`, { timeoutMs: CLIENT_TIMEOUT_MS })).status).toBe(200);

  // No booking was half made while the lock held: the ones made now are the only ones.
  const { rows } = await lock.query<{ count: string }>('select count(*) from appointment');
  expect(Number(rows[0]!.count)).toBe(BOOKINGS);

  console.log(
    `slow database: service table locked ${lockHeldMs} ms (statement timeout ${STATEMENT_TIMEOUT_MS} ms, ` +
      `connect timeout ${CONNECT_TIMEOUT_MS} ms, pool ${POOL_SIZE}, max waiting ${MAX_WAITING}); ` +
      `${reads.length} reads and ${booked.length} bookings all answered 503 SERVICE_UNAVAILABLE with Retry-After, ` +
      `slowest ${slowest(during)} ms (bound ${ANSWER_BOUND_MS} ms), ${refusedAtOnce} requests refused at once, ` +
      `pool waiting max ${poolWaitingMax}; /healthz ${healthz.length}/${healthz.length} 200 (slowest ${slowest(healthz)} ms); ` +
      `/readyz 503 in ${readyz.filter((outcome) => outcome.status === 503).length} of ${readyz.length} polls; ` +
      `heap ${heapBefore.toFixed(1)} -> peak ${heapPeak.toFixed(1)} MiB; ` +
      `after release: first success in ${recoveryMs} ms, 20/20 reads and ${BOOKINGS}/${BOOKINGS} bookings ok`,
  );
}, 60_000);
