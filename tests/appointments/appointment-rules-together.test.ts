import { lapseUnconfirmedBookings } from '../../src/appointments/appointment-jobs.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The rules of issue #19 were built side by side (booking window, rescheduling, the waitlist,
// scarce services' e-mail confirmation); these tests hold them together: a time that a
// rescheduling or a lapsed booking frees, or that a new schedule or a lifted closure opens, goes
// to the first in line, and a rescheduling follows the booking window as a booking does.

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code status } userErrors { code } }
}`;
const RESCHEDULE = `mutation Reschedule($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) { appointment { startsAt } userErrors { code field } }
}`;
const LOOK_UP = `query LookUp($code: String!, $email: String!) {
  appointment(code: $code, email: $email) { startsAt }
}`;
const JOIN = `mutation Join($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { joined userErrors { code } }
}`;
const MINE = `query Mine { myWaitlistEntries { placeInLine offer { startsAt } } }`;
const SCHEDULE = `mutation Schedule($input: SetCounterScheduleInput!) {
  setCounterSchedule(input: $input) { userErrors { code } }
}`;
const CLOSE = `mutation Close($input: CreateClosureInput!) {
  createClosure(input: $input) { closure { id } userErrors { code } }
}`;
const REOPEN = `mutation Reopen($input: DeleteClosureInput!) {
  deleteClosure(input: $input) { userErrors { code } }
}`;

type Entry = { placeInLine: number; offer: { startsAt: string } | null };

// Monday 1 March 2027, 07:00 in Berlin; the office gives 30-minute slots 08:00–12:00 local time.
const NOW = new Date('2027-03-01T06:00:00Z');
// Tuesday 2 March, 09:00 and 10:00 in Berlin; Thursday 4 March, 09:00.
const TUESDAY_NINE = '2027-03-02T08:00:00.000Z';
const TUESDAY_TEN = '2027-03-02T09:00:00.000Z';
const THURSDAY_NINE = '2027-03-04T08:00:00.000Z';

let server: TestServer;
let town: BookingFixture;
let admin: Record<string, string>;
let guests = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
});

beforeEach(async () => {
  // One counter: freeing a time frees exactly one.
  town = await createBookingFixture(server.orm, { counters: 1 });
  server.clock.set(NOW);
});

afterAll(async () => {
  await server.close();
});

/** An admin's call that must succeed. */
async function asAdmin<T>(document: string, input: Record<string, unknown>): Promise<T> {
  const { body } = await server.gql<Record<string, T & { userErrors: unknown[] }>>(
    document,
    { input },
    admin,
  );
  expect(body.errors).toBeUndefined();
  const payload = Object.values(body.data!)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function bookAsGuest(
  startsAt: string,
): Promise<{ code: string; email: string; status: string }> {
  guests += 1;
  const email = `guest-${guests}@example.org`;
  const { body } = await server.gql<{
    bookAppointment: {
      appointment: { code: string; status: string } | null;
      userErrors: unknown[];
    };
  }>(BOOK, {
    input: { serviceId: town.service, officeId: town.office, startsAt, name: 'Max Muster', email },
  });
  expect(body.data!.bookAppointment.userErrors).toEqual([]);
  return { ...body.data!.bookAppointment.appointment!, email };
}

/** A signed-in citizen in line for Tuesday 09:00–09:30 only, which is taken when they join. */
async function waitingForTuesdayNine(): Promise<Record<string, string>> {
  const headers = bearer(await signIn(server, await createAccount(server)));
  const { body } = await server.gql<{ joinWaitlist: { joined: boolean; userErrors: unknown[] } }>(
    JOIN,
    {
      input: {
        serviceId: town.service,
        officeIds: [town.office],
        // Tuesday in Berlin, midnight to midnight.
        startsAfter: '2027-03-01T23:00:00Z',
        endsBefore: '2027-03-02T23:00:00Z',
        earliestTime: '09:00',
        latestTime: '09:30',
        name: 'Erika Mustermann',
      },
    },
    headers,
  );
  expect(body.data!.joinWaitlist).toEqual({ joined: true, userErrors: [] });
  expect(await offerOf(headers)).toBeNull();
  return headers;
}

async function offerOf(headers: Record<string, string>): Promise<string | null> {
  const { body } = await server.gql<{ myWaitlistEntries: Entry[] }>(MINE, {}, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.myWaitlistEntries[0]!.offer?.startsAt ?? null;
}

async function reschedule(booking: { code: string; email: string }, startsAt: string) {
  const { body } = await server.gql<{
    rescheduleAppointment: {
      appointment: { startsAt: string } | null;
      userErrors: Array<{ code: string; field: string[] | null }>;
    };
  }>(RESCHEDULE, { input: { code: booking.code, email: booking.email, startsAt } });
  expect(body.errors).toBeUndefined();
  return body.data!.rescheduleAppointment;
}

async function startOf(booking: { code: string; email: string }): Promise<string> {
  const { body } = await server.gql<{ appointment: { startsAt: string } | null }>(LOOK_UP, booking);
  return body.data!.appointment!.startsAt;
}

it('offers the time a rescheduling gave up to the first in line', async () => {
  const booking = await bookAsGuest(TUESDAY_NINE);
  const waiting = await waitingForTuesdayNine();

  expect(await reschedule(booking, TUESDAY_TEN)).toEqual({
    appointment: { startsAt: TUESDAY_TEN },
    userErrors: [],
  });

  expect(await offerOf(waiting)).toBe(TUESDAY_NINE);
});

it('keeps the old time when the new one lies beyond the booking window', async () => {
  const booking = await bookAsGuest(TUESDAY_NINE);
  // Bookable up to tomorrow (Tuesday) only: Thursday is three days ahead.
  await server.orm.em
    .fork()
    .getConnection()
    .execute('update service set booking_latest_days = 1 where id = ?', [town.serviceId]);

  expect(await reschedule(booking, THURSDAY_NINE)).toEqual({
    appointment: null,
    userErrors: [{ code: 'OUTSIDE_BOOKING_WINDOW', field: ['startsAt'] }],
  });
  expect(await startOf(booking)).toBe(TUESDAY_NINE);
  // The positive control: a time within the window moves it.
  expect((await reschedule(booking, TUESDAY_TEN)).userErrors).toEqual([]);
  expect(await startOf(booking)).toBe(TUESDAY_TEN);
});

it('offers the time of a scarce service’s lapsed guest booking to the first in line', async () => {
  await server.orm.em
    .fork()
    .getConnection()
    .execute('update service set scarce = true where id = ?', [town.serviceId]);
  const unconfirmed = await bookAsGuest(TUESDAY_NINE);
  expect(unconfirmed.status).toBe('UNCONFIRMED');
  const waiting = await waitingForTuesdayNine();

  server.clock.set(new Date(NOW.getTime() + 31 * 60_000));
  const lapsed = await lapseUnconfirmedBookings({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings: server.townSettings,
  });

  expect(lapsed).toBe(1);
  expect(await offerOf(waiting)).toBe(TUESDAY_NINE);
});

it('offers the times of a new schedule to the first in line', async () => {
  // The counter gives Mondays only, until the new schedule adds Tuesdays.
  town = await createBookingFixture(server.orm, { counters: 1, validUntil: '2027-03-01' });
  const waiting = await waitingForTuesdayNine();

  await asAdmin(SCHEDULE, {
    counterId: toGlobalId('Counter', town.counterIds[0]!),
    validFrom: '2027-03-02',
    periods: [{ weekday: 2, opens: '08:00', closes: '12:00' }],
  });

  expect(await offerOf(waiting)).toBe(TUESDAY_NINE);
});

it('offers the times of a lifted closure to the first in line', async () => {
  const { closure } = await asAdmin<{ closure: { id: string } }>(CLOSE, {
    officeId: town.office,
    startsAt: '2027-03-01T23:00:00Z',
    endsAt: '2027-03-02T23:00:00Z',
    reason: { de: 'Betriebsausflug' },
  });
  const waiting = await waitingForTuesdayNine();

  await asAdmin(REOPEN, { closureId: closure.id });

  expect(await offerOf(waiting)).toBe(TUESDAY_NINE);
});
