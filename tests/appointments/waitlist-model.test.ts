import fc from 'fast-check';
import { releaseExpiredHolds } from '../../src/appointments/appointment-jobs.js';
import { bookAppointment, cancelAppointment } from '../../src/appointments/appointment.service.js';
import {
  acceptWaitlistOffer,
  declineWaitlistOffer,
  joinWaitlist,
  leaveWaitlist,
} from '../../src/appointments/waitlist.service.js';
import type { Principal } from '../../src/auth/principal.js';
import { DomainError } from '../../src/common/domain-error.js';
import { Language } from '../../src/common/language.js';
import { AccountEntity, Role } from '../../src/entities/accounts/account.entity.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A model test of the waitlist (issue #19, docs/decisions/0025-waitlist.md) against the real
// database, through the service functions: people join, then random cancellations, accepts,
// declines, leaves and the passing of time (the release job) follow. After every step:
// - no double offer: a person holds at most one live offer, and no two live rows of the counter
//   overlap;
// - FIFO: a new offer skipped nobody earlier in line who could have taken it;
// - every freed time is offered or released, and released only when nobody in line matches it;
// - no booking outside the rules: a booking from the waitlist lies within its entry's times.

// Monday 1 March 2027, 07:00 in Berlin; one counter gives 30-minute slots 08:00–12:00 on Tuesday.
const NOW = new Date('2027-03-01T06:00:00Z');
const SLOTS = 8;
const slotStart = (index: number) => new Date(Date.UTC(2027, 2, 2, 7, 30 * index));
/** Local (CET) minute of the day at which a slot starts. */
const localMinute = (startsAt: Date) => startsAt.getUTCHours() * 60 + startsAt.getUTCMinutes() + 60;
const PEOPLE = 4;

const settings = {
  publicUrl: 'http://rathaus.test',
  townName: 'Musterstadt',
  mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
  timeZone: 'Europe/Berlin',
  linkSecret: 'model-test-link-secret',
};
const noLimits = { take: async () => ({ giveBack: async () => undefined }) };

type Command =
  | { kind: 'cancel'; slot: number }
  | { kind: 'accept' | 'decline' | 'leave'; person: number }
  | { kind: 'advance'; minutes: number };

type Window = { earliest: number; latest: number };

type EntryRow = { id: string; seq: number; person: string; status: string } & Window;
type TimeRow = {
  id: string;
  status: string;
  starts_at: Date;
  entry: string | null;
  held_until: Date | null;
};
type State = { entries: EntryRow[]; rows: TimeRow[]; passes: Array<{ entry: string; at: number }> };

let server: TestServer;
let run = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});

afterAll(async () => {
  await server.close();
});

function context(principal: Principal) {
  return {
    principal,
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    limits: noLimits,
    settings,
  };
}

const guest: Principal = { kind: 'anonymous' };

function citizen(accountId: string): Principal {
  return { kind: 'account', accountId, roles: [Role.CITIZEN], officeIds: [], sessionId: null };
}

async function state(town: BookingFixture): Promise<State> {
  const em = server.orm.em.fork();
  const entries = await em.execute<
    Array<{
      id: string;
      seq: string;
      person_key: string;
      status: string;
      earliest_start_minute: number;
      latest_end_minute: number;
    }>
  >(
    `select id, seq, person_key, status, earliest_start_minute, latest_end_minute
       from waitlist_entry where service_id = ? order by seq`,
    [town.serviceId],
  );
  const rows = await em.execute<
    Array<{
      id: string;
      status: string;
      starts_at: Date;
      waitlist_entry_id: string | null;
      held_until: Date | null;
    }>
  >(
    `select id, status, starts_at, waitlist_entry_id, held_until from appointment
      where service_id = ? and status <> 'CANCELLED'`,
    [town.serviceId],
  );
  const passes = await em.execute<Array<{ entry_id: string; starts_at: Date }>>(
    `select p.entry_id, p.starts_at from waitlist_pass p
       join waitlist_entry e on e.id = p.entry_id where e.service_id = ?`,
    [town.serviceId],
  );
  return {
    entries: entries.map((row) => ({
      id: row.id,
      seq: Number(row.seq),
      person: row.person_key,
      status: row.status,
      earliest: row.earliest_start_minute,
      latest: row.latest_end_minute,
    })),
    rows: rows.map((row) => ({
      id: row.id,
      status: row.status,
      starts_at: new Date(row.starts_at),
      entry: row.waitlist_entry_id,
      held_until: row.held_until && new Date(row.held_until),
    })),
    passes: passes.map((row) => ({
      entry: row.entry_id,
      at: new Date(row.starts_at).getTime(),
    })),
  };
}

function liveOffers(state: State, now: Date): TimeRow[] {
  return state.rows.filter((row) => row.status === 'HELD' && row.entry && row.held_until! > now);
}

function matches(entry: Window, startsAt: Date): boolean {
  const start = localMinute(startsAt);
  return start >= entry.earliest && start + 30 <= entry.latest;
}

/** The entries that could take this freed time: in line, no offer, never let it go. */
function eligibleFor(state: State, startsAt: Date, now: Date, except: Set<string>): EntryRow[] {
  const offered = new Set(liveOffers(state, now).map((row) => row.entry));
  return state.entries.filter(
    (entry) =>
      entry.status === 'WAITING' &&
      !offered.has(entry.id) &&
      !except.has(entry.id) &&
      matches(entry, startsAt) &&
      !state.passes.some((pass) => pass.entry === entry.id && pass.at === startsAt.getTime()),
  );
}

function checkInvariants(before: State, after: State, now: Date): void {
  const offers = liveOffers(after, now);
  // No double offer: one live offer per person; the counter's live rows never overlap.
  const persons = offers.map(
    (row) => after.entries.find((entry) => entry.id === row.entry)!.person,
  );
  expect(new Set(persons).size).toBe(persons.length);
  const live = after.rows.filter((row) => row.status !== 'HELD' || row.held_until! > now);
  const starts = live.map((row) => row.starts_at.getTime());
  expect(new Set(starts).size).toBe(starts.length);

  // FIFO: a new offer skipped nobody eligible before it who got nothing in this step.
  const known = new Set(before.rows.map((row) => row.id));
  const fresh = offers.filter((row) => !known.has(row.id));
  const offeredNow = new Set(fresh.map((row) => row.entry!));
  for (const offer of fresh) {
    const entry = after.entries.find((candidate) => candidate.id === offer.entry)!;
    const skipped = eligibleFor(before, offer.starts_at, now, offeredNow).filter(
      (candidate) =>
        candidate.seq < entry.seq &&
        after.entries.find((row) => row.id === candidate.id)!.status === 'WAITING' &&
        !after.passes.some(
          (pass) => pass.entry === candidate.id && pass.at === offer.starts_at.getTime(),
        ),
    );
    expect(skipped).toEqual([]);
  }

  // Every time freed in this step is offered or, when nobody in line can take it, free.
  const takenAfter = new Set(live.map((row) => row.starts_at.getTime()));
  for (const row of before.rows) {
    const stillThere = after.rows.some((other) => other.id === row.id);
    if (stillThere && row.status !== 'HELD') continue;
    if (row.status === 'HELD' && stillThere && row.held_until! > now) continue;
    if (takenAfter.has(row.starts_at.getTime())) continue;
    expect(eligibleFor(after, row.starts_at, now, new Set())).toEqual([]);
  }

  // No booking outside the rules: a booking from the waitlist lies within its entry's times.
  for (const row of after.rows.filter((candidate) => candidate.status === 'BOOKED')) {
    if (!row.entry) continue;
    const entry = after.entries.find((candidate) => candidate.id === row.entry)!;
    expect(entry.status).toBe('BOOKED');
    expect(matches(entry, row.starts_at)).toBe(true);
  }
}

const windowArbitrary: fc.Arbitrary<Window> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }))
  .map(([from, hours]) => ({
    earliest: 480 + from * 60,
    latest: Math.min(720, 480 + (from + hours) * 60),
  }))
  .filter((window) => window.latest > window.earliest);

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('cancel' as const), slot: fc.integer({ min: 0, max: SLOTS - 1 }) }),
  fc.record({
    kind: fc.constantFrom('accept' as const, 'decline' as const, 'leave' as const),
    person: fc.integer({ min: 0, max: PEOPLE - 1 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 20 }) }),
);

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Runs a use case whose expected refusals (no offer, too late) are part of the model. */
async function refusalsAllowed(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}

it('keeps the waitlist fair and the times single under random arrivals and departures', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(windowArbitrary, { minLength: PEOPLE, maxLength: PEOPLE }),
      fc.array(commandArbitrary, { minLength: 5, maxLength: 25 }),
      async (windows, commands) => {
        run += 1;
        server.clock.set(NOW);
        const town = await createBookingFixture(server.orm, { counters: 1 });
        const em = server.orm.em.fork();
        const accounts = windows.map((_, index) =>
          em.create(AccountEntity, {
            email: `model-${run}-${index}@example.org`,
            name: `Person ${index}`,
          }),
        );
        await em.flush();
        // Every time is booked; the people join the line in order.
        const bookings = [];
        for (let slot = 0; slot < SLOTS; slot += 1) {
          const email = `booked-${run}-${slot}@example.org`;
          const booked = await bookAppointment(context(guest), {
            serviceId: town.serviceId,
            officeId: town.officeId,
            startsAt: slotStart(slot),
            name: 'Max Muster',
            email,
            language: Language.DE,
          });
          bookings.push({ code: booked.code, email, cancelled: false });
        }
        const entryIds: string[] = [];
        for (const [index, window] of windows.entries()) {
          await joinWaitlist(context(citizen(accounts[index]!.id)), {
            serviceId: town.serviceId,
            officeIds: [town.officeId],
            startsAfter: NOW,
            endsBefore: new Date('2027-03-03T00:00:00Z'),
            earliestTime: hhmm(window.earliest),
            latestTime: hhmm(window.latest),
            name: `Person ${index}`,
            email: null,
            language: Language.DE,
          });
          const [entry] = await em
            .fork()
            .execute<Array<{ id: string }>>(
              `select id from waitlist_entry where account_id = ? and service_id = ?`,
              [accounts[index]!.id, town.serviceId],
            );
          entryIds.push(entry!.id);
        }

        for (const command of commands) {
          const before = await state(town);
          switch (command.kind) {
            case 'cancel': {
              const booking = bookings[command.slot]!;
              if (booking.cancelled) break;
              booking.cancelled = true;
              await cancelAppointment(context(guest), {
                code: booking.code,
                email: booking.email,
                language: Language.DE,
              });
              break;
            }
            case 'accept':
            case 'decline':
            case 'leave': {
              const ctx = context(citizen(accounts[command.person]!.id));
              const entryId = entryIds[command.person]!;
              await refusalsAllowed(() =>
                command.kind === 'accept'
                  ? acceptWaitlistOffer(ctx, { entryId, language: Language.DE })
                  : command.kind === 'decline'
                    ? declineWaitlistOffer(ctx, { entryId })
                    : leaveWaitlist(ctx, { entryId }),
              );
              break;
            }
            case 'advance':
              server.clock.set(new Date(server.clock.now().getTime() + command.minutes * 60_000));
              await releaseExpiredHolds({ ...context(guest), em: server.orm.em.fork() });
              break;
          }
          checkInvariants(before, await state(town), server.clock.now());
        }
      },
    ),
    { numRuns: 25 },
  );
}, 120_000);
