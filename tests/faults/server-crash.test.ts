import 'reflect-metadata';
import pg from 'pg';
import { createLogger } from '../../src/server/logger.js';
import { openDatabase } from '../../src/server/database.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 2: the server is killed (kill -9) while bookings are in flight. Clients retry
// every booking they got no answer for, with the same idempotency key, against the restarted
// server, as the API tells them to. Every booking must then exist exactly once, with one
// confirmation, and each key must have been answered with one appointment only. The server runs
// as a real process on a PostgreSQL cluster of this test's own, so nothing shared is stopped.

const CLIENTS = 20;
/** Each client books this many times, one after another: the limit of open bookings per address. */
const BOOKINGS_PER_CLIENT = 3;
/** The kill comes when this many bookings were answered: the rest are in flight or still to come. */
const KILL_AFTER_ANSWERS = 15;
const MAX_ATTEMPTS = 10;

let postgres: ThrowawayPostgres | undefined;
let server: ServerProcess | undefined;
let fixture: BookingFixture;
let slots: string[];
/** The test's own connection that watches the bookings' rows. */
let watcher: pg.Client | undefined;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 86_400_000;

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  server = await serverProcess({
    DATABASE_URL: postgres.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
  });
  // The first start migrates the new database.
  await server.start();

  // The server's clock is the real one: an office open on weekdays around now, and the slots
  // freeSlots offers from tomorrow on (weekends skipped by the schedule, not by the test).
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
  const answer = await graphql(server.url, {
    query: `query ($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
      freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt }
    }`,
    variables: {
      serviceId: fixture.service,
      officeId: fixture.office,
      from: tomorrow.toISOString(),
      to: new Date(tomorrow.getTime() + 21 * DAY).toISOString(),
    },
  });
  const starts = (answer.data as { freeSlots: Array<{ startsAt: string }> }).freeSlots.map(
    (slot) => slot.startsAt,
  );
  slots = [...new Set(starts)];
  expect(slots.length).toBeGreaterThanOrEqual(CLIENTS * BOOKINGS_PER_CLIENT);
}, 90_000);

afterAll(async () => {
  // Each step runs even when one before it failed, so that no process and no cluster is left.
  await watcher?.end().catch(() => {});
  await server?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: unknown[] };

async function graphql(url: string, body: object): Promise<GraphQLAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status !== 200) {
    throw Object.assign(new Error(`HTTP ${response.status}: ${await response.text()}`), {
      status: response.status,
    });
  }
  return (await response.json()) as GraphQLAnswer;
}

const BOOK = `mutation ($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id } userErrors { code field message } }
}`;

type Booking = {
  key: string;
  email: string;
  startsAt: string;
  /** Every appointment id an answer named for this key. */
  ids: Set<string>;
  attempts: number;
  /** The first attempt was sent before the kill and failed without an answer. */
  lostInCrash: boolean;
};

it('kill -9 during bookings: retried with their keys, every booking exists exactly once', async () => {
  const crashServer = server!;
  let answered = 0;
  let failedRequests = 0;
  let killedAt = 0;
  let recoveryMs = 0;
  let restart: Promise<void> | null = null;

  const answeredKeys = new Set<string>();
  const watch = new pg.Client({ connectionString: postgres!.url });
  watcher = watch;
  await watch.connect();

  // The worst moment: a booking is committed and its answer not yet sent. The test watches the
  // table for one (briefly: should the answers always win the race, it kills anyway).
  const crash = async () => {
    await waitUntil(
      async () => {
        const { rows } = await watch.query<{ key: string }>(
          'select idempotency_key as key from appointment',
        );
        return rows.some((row) => !answeredKeys.has(row.key));
      },
      'a committed booking not yet answered',
      { timeoutMs: 2000, intervalMs: 0 },
    ).catch(() => {});
    killedAt = Date.now();
    await crashServer.kill9();
    await crashServer.start();
    recoveryMs = Date.now() - killedAt;
  };

  // Given CLIENTS clients, each with its own address and BOOKINGS_PER_CLIENT distinct free slots.
  const bookings: Booking[][] = Array.from({ length: CLIENTS }, (_, client) =>
    Array.from({ length: BOOKINGS_PER_CLIENT }, (_, index) => ({
      key: `crash-${client}-${index}-${Date.now()}`,
      email: `client.${client}@example.org`,
      startsAt: slots[client * BOOKINGS_PER_CLIENT + index]!,
      ids: new Set<string>(),
      attempts: 0,
      lostInCrash: false,
    })),
  );

  /** Sends the booking until an answer comes; a connection error waits for the restart. */
  const book = async (booking: Booking, client: number) => {
    for (;;) {
      booking.attempts += 1;
      if (booking.attempts > MAX_ATTEMPTS) {
        throw new Error(`booking ${booking.key} not answered in ${MAX_ATTEMPTS} attempts`);
      }
      const sentBeforeKill = killedAt === 0;
      let answer: GraphQLAnswer;
      try {
        answer = await graphql(crashServer.url, {
          query: BOOK,
          variables: {
            input: {
              serviceId: fixture.service,
              officeId: fixture.office,
              startsAt: booking.startsAt,
              name: `Client ${client}`,
              email: booking.email,
              idempotencyKey: booking.key,
            },
          },
        });
      } catch (error) {
        // No answer: the connection broke or was refused, or an unready server said 503.
        const status = (error as { status?: number }).status;
        if (status !== undefined && status !== 503) throw error;
        failedRequests += 1;
        if (sentBeforeKill && killedAt !== 0 && booking.attempts === 1) booking.lostInCrash = true;
        if (!restart) throw error;
        await restart;
        continue;
      }
      const payload = (answer.data?.bookAppointment ?? null) as {
        appointment: { id: string } | null;
        userErrors: unknown[];
      } | null;
      if (!payload?.appointment) {
        throw new Error(`booking ${booking.key} refused: ${JSON.stringify(answer)}`);
      }
      booking.ids.add(payload.appointment.id);
      answeredKeys.add(booking.key);
      answered += 1;
      if (answered === KILL_AFTER_ANSWERS) restart = crash();
      return;
    }
  };

  // When they book at once and the server is killed after KILL_AFTER_ANSWERS answers.
  await Promise.all(
    bookings.map(async (ofClient, client) => {
      for (const booking of ofClient) await book(booking, client);
    }),
  );
  await restart;

  // Then the kill came while requests were in flight, and the server came back.
  const all = bookings.flat();
  const lostInCrash = all.filter((booking) => booking.lostInCrash);
  expect(killedAt).toBeGreaterThan(0);
  expect(lostInCrash.length).toBeGreaterThan(0);
  const retried = all.filter((booking) => booking.attempts > 1).length;

  // Every key was answered with one appointment only …
  for (const booking of all) expect([booking.key, booking.ids.size]).toEqual([booking.key, 1]);

  // … which is the one row with that key; no other row was made, none is missing.
  const db = new pg.Client({ connectionString: postgres!.url });
  await db.connect();
  try {
    const { rows } = await db.query<{
      id: string;
      idempotency_key: string | null;
      email: string;
      starts_at: Date;
      created_at: Date;
    }>('select id, idempotency_key, email, starts_at, created_at from appointment');
    const byKey = new Map<string | null, typeof rows>();
    for (const row of rows)
      byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row]);
    const lost = all.filter((booking) => !byKey.has(booking.key)).length;
    const duplicates = [...byKey.values()].filter((same) => same.length > 1).length;
    expect({ lost, duplicates, rows: rows.length }).toEqual({
      lost: 0,
      duplicates: 0,
      rows: all.length,
    });
    for (const booking of all) {
      const [row] = byKey.get(booking.key)!;
      expect(toGlobalId('Appointment', row!.id)).toBe([...booking.ids][0]);
      expect(row!.starts_at.toISOString()).toBe(new Date(booking.startsAt).toISOString());
      expect(row!.email).toBe(booking.email);
    }

    // … and each booking was confirmed once: one e-mail per booking of each client.
    const { rows: mails } = await db.query<{ recipient: string; count: string }>(
      'select recipient, count(*) from outbox_message group by recipient',
    );
    expect(Object.fromEntries(mails.map((mail) => [mail.recipient, Number(mail.count)]))).toEqual(
      Object.fromEntries(bookings.map((ofClient) => [ofClient[0]!.email, BOOKINGS_PER_CLIENT])),
    );

    // Bookings the killed server had committed but could not answer: the keys saved them.
    const committedUnanswered = lostInCrash.filter(
      (booking) => byKey.get(booking.key)![0]!.created_at.getTime() <= killedAt,
    ).length;
    console.log(
      `server crash: ${all.length} bookings by ${CLIENTS} clients, kill -9 after ${KILL_AFTER_ANSWERS} answers; ` +
        `${lostInCrash.length} in flight lost their answer (${committedUnanswered} of them committed), ` +
        `${failedRequests} requests failed during the crash, ${retried} bookings retried, ` +
        `recovery ${recoveryMs} ms, lost=${lost}, duplicates=${duplicates}`,
    );
  } finally {
    await db.end();
  }
}, 60_000);
