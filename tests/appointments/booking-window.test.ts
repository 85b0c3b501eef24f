import { Role } from '../../src/entities/accounts/account.entity.js';
import { CounterEntity } from '../../src/entities/appointments/counter.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { ServiceEntity } from '../../src/entities/catalogue/service.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { linkToken } from '../support/appointment-links.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  type TestServer,
  waitForSubscriptions,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// The booking window of a service (issue #19, docs/decisions/0023-booking-window.md): each rule
// is seen the same in freeSlots and refused the same by holdSlot and bookAppointment. Time moves
// by the server's clock.

const FREE = `query Free($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;
const HOLD = `mutation Hold($input: HoldSlotInput!) {
  holdSlot(input: $input) { hold { token startsAt } userErrors { code field message } }
}`;
const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id startsAt }
    userErrors { code field message }
  }
}`;
const CHANGES = `subscription Changes($serviceId: ID!, $officeId: ID!) {
  slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt available }
}`;
const SERVICE = `query Service($id: ID!) {
  service(id: $id) {
    bookingWindow {
      earliestDaysAhead latestDaysAhead minimumNoticeMinutes bufferMinutes dailyLimit
    }
  }
}`;
const UPDATE_SERVICE = `mutation Update($input: UpdateServiceInput!) {
  updateService(input: $input) {
    service { bookingWindow { earliestDaysAhead latestDaysAhead minimumNoticeMinutes bufferMinutes dailyLimit } }
    userErrors { code field message }
  }
}`;

const OFFER = `query($token: String!) {
  rebookOffer(token: $token) { times { startsAt available } }
}`;
const REBOOK = `mutation($input: RebookAppointmentInput!) {
  rebookAppointment(input: $input) { appointment { id } userErrors { code field } }
}`;

type UserError = { code: string; field: string[] | null; message: string };
type Slot = { startsAt: string; available: number };
type Window = {
  earliestDaysAhead: number;
  latestDaysAhead: number;
  minimumNoticeMinutes: number;
  bufferMinutes: number;
  dailyLimit: number | null;
};

// Monday 1 March 2027, 07:00 in Berlin (UTC+1); the fixture's office gives 30-minute slots
// 08:00–12:00 local time (07:00–11:00 UTC) on weekdays.
const NOW = new Date('2027-03-01T06:00:00Z');

let server: TestServer;
let town: BookingFixture;
let addresses = 0;
const watchers: Array<Subscription<{ slotAvailabilityChanged: Slot }>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW, env: { TRUST_PROXY: '1' } });
});

beforeEach(async () => {
  server.clock.set(NOW);
  town = await createBookingFixture(server.orm, { counters: 1 });
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

async function setWindow(serviceId: string, window: Partial<Window>): Promise<void> {
  const columns = {
    booking_earliest_days: window.earliestDaysAhead ?? 0,
    booking_latest_days: window.latestDaysAhead ?? 90,
    booking_notice_minutes: window.minimumNoticeMinutes ?? 0,
    booking_buffer_minutes: window.bufferMinutes ?? 0,
    daily_cap: window.dailyLimit ?? null,
  };
  await server.orm.em
    .fork()
    .execute(
      'update service set booking_earliest_days = ?, booking_latest_days = ?, booking_notice_minutes = ?, booking_buffer_minutes = ?, daily_cap = ? where id = ?',
      [...Object.values(columns), serviceId],
    );
}

/** A guest at a client address of their own (holds are one per caller and service). */
function newGuest(): Record<string, string> {
  addresses += 1;
  return { 'x-forwarded-for': `203.0.113.${addresses % 250}` };
}

async function freeSlots(from: string, to: string, place: BookingFixture = town): Promise<Slot[]> {
  const { body } = await server.gql<{ freeSlots: Slot[] }>(FREE, {
    serviceId: place.service,
    officeId: place.office,
    from,
    to,
  });
  expect(body.errors).toBeUndefined();
  return body.data!.freeSlots;
}

async function hold(startsAt: string, place: BookingFixture = town) {
  const { body } = await server.gql<{
    holdSlot: { hold: { token: string; startsAt: string } | null; userErrors: UserError[] };
  }>(HOLD, { input: { serviceId: place.service, officeId: place.office, startsAt } }, newGuest());
  return body.data!.holdSlot;
}

async function book(
  startsAt: string,
  place: BookingFixture = town,
  extra: Record<string, unknown> = {},
) {
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string } | null; userErrors: UserError[] };
  }>(BOOK, { input: guestBooking(place, startsAt, extra) }, newGuest());
  return body.data!.bookAppointment;
}

function codes(payload: { userErrors: UserError[] }) {
  return payload.userErrors.map(({ code, field }) => ({ code, field }));
}

const OUTSIDE = [{ code: 'OUTSIDE_BOOKING_WINDOW', field: ['startsAt'] }];
const CAPPED = [{ code: 'DAILY_CAP_REACHED', field: ['startsAt'] }];

describe('the minimum notice', () => {
  it('leaves out the slots that start sooner, and refuses to hold or book them', async () => {
    // Given a service that needs two hours' notice, at 07:00 local time
    await setWindow(town.serviceId, { minimumNoticeMinutes: 120 });

    // Then today's slots before 09:00 local are not offered; 09:00 is
    const today = await freeSlots('2027-03-01T06:00:00Z', '2027-03-01T09:00:00Z');
    expect(today.map((slot) => slot.startsAt)).toEqual([
      '2027-03-01T08:00:00.000Z',
      '2027-03-01T08:30:00.000Z',
    ]);
    const tooSoon = await hold('2027-03-01T07:30:00.000Z');
    expect(codes(tooSoon)).toEqual(OUTSIDE);
    expect(tooSoon.userErrors[0]!.message).toContain('120');
    expect(codes(await book('2027-03-01T07:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await book('2027-03-01T08:00:00.000Z'))).toEqual([]);
  });
});

describe('the earliest and latest day ahead', () => {
  it('offers only the days from the earliest to the latest, and refuses the others', async () => {
    // Given a service bookable from tomorrow to a week ahead
    await setWindow(town.serviceId, { earliestDaysAhead: 1, latestDaysAhead: 7 });

    // Then nothing today, tomorrow from its first slot, the 8th to its last, the 9th nothing
    expect(await freeSlots('2027-03-01T06:00:00Z', '2027-03-02T00:00:00Z')).toEqual([]);
    expect((await freeSlots('2027-03-02T00:00:00Z', '2027-03-03T00:00:00Z'))[0]).toEqual({
      startsAt: '2027-03-02T07:00:00.000Z',
      available: 1,
    });
    const late = await freeSlots('2027-03-08T00:00:00Z', '2027-03-10T00:00:00Z');
    expect(late.at(-1)!.startsAt).toBe('2027-03-08T10:30:00.000Z');
    expect(codes(await hold('2027-03-01T09:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await book('2027-03-01T09:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await hold('2027-03-09T07:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await book('2027-03-09T07:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await book('2027-03-08T10:30:00.000Z'))).toEqual([]);
  });

  it('counts days in the town’s time zone', async () => {
    // Given 00:30 on Tuesday in Berlin, still Monday in UTC, and a service bookable from tomorrow
    server.clock.set(new Date('2027-03-01T23:30:00Z'));
    await setWindow(town.serviceId, { earliestDaysAhead: 1 });

    // Then Tuesday is today: not offered; Wednesday is tomorrow
    expect(await freeSlots('2027-03-02T00:00:00Z', '2027-03-03T00:00:00Z')).toEqual([]);
    expect(codes(await book('2027-03-02T07:00:00.000Z'))).toEqual(OUTSIDE);
    expect(codes(await book('2027-03-03T07:00:00.000Z'))).toEqual([]);
  });

  it('holds for rebooking: the offer leaves out what is outside, and booking it is refused', async () => {
    // Given an appointment the office cancelled, and a service bookable from the day after tomorrow
    const booked = await book('2027-03-01T09:00:00.000Z');
    expect(codes(booked)).toEqual([]);
    await server.orm.em
      .fork()
      .execute(
        "update appointment set status = 'CANCELLED', cancelled_at = ?, cancellation_note = 'Krank' where id = ?",
        [NOW, Buffer.from(booked.appointment!.id, 'base64url').toString().split(':')[1]],
      );
    await setWindow(town.serviceId, { earliestDaysAhead: 2 });
    const token = linkToken(server, booked.appointment!.id, 'REBOOK');

    // Then the offered times start on the 3rd, and the 2nd is refused
    const { body } = await server.gql<{ rebookOffer: { times: Slot[] } }>(OFFER, { token });
    expect(body.data!.rebookOffer.times[0]).toEqual({
      startsAt: '2027-03-03T07:00:00.000Z',
      available: 1,
    });
    const refused = await server.gql<{
      rebookAppointment: { appointment: unknown; userErrors: UserError[] };
    }>(REBOOK, { input: { token, startsAt: '2027-03-02T07:00:00.000Z' } });
    expect(refused.body.data!.rebookAppointment).toEqual({
      appointment: null,
      userErrors: OUTSIDE,
    });
  });

  it('keeps a hold confirmable that the notice allowed when it was taken', async () => {
    // Given a time held exactly at the notice
    await setWindow(town.serviceId, { minimumNoticeMinutes: 60 });
    const held = await hold('2027-03-01T07:00:00.000Z');
    expect(codes(held)).toEqual([]);

    // When it is confirmed five minutes later, within the notice by then
    server.clock.set(new Date(NOW.getTime() + 5 * 60_000));
    const booked = await book('2027-03-01T07:00:00.000Z', town, { holdToken: held.hold!.token });

    // Then it is booked all the same
    expect(codes(booked)).toEqual([]);
  });
});

describe('the buffer between appointments', () => {
  /** A second service of 30 minutes at the fixture's counter, without a buffer. */
  async function neighbourService(): Promise<BookingFixture> {
    const em = server.orm.em.fork();
    const first = await em.findOneOrFail(
      ServiceEntity,
      { id: town.serviceId },
      {
        populate: ['category'],
      },
    );
    const service = em.create(ServiceEntity, {
      slug: `neighbour-${town.serviceId.slice(0, 8)}`,
      name: { de: 'Nachbarleistung' },
      description: { de: 'Teilt sich den Schalter.' },
      documents: { de: [] },
      durationMinutes: 30,
      category: first.category,
    });
    service.offices.add(em.getReference(OfficeEntity, town.officeId));
    const counter = await em.findOneOrFail(
      CounterEntity,
      { id: town.counterIds[0]! },
      {
        populate: ['services'],
      },
    );
    counter.services.add(service);
    await em.flush();
    return { ...town, serviceId: service.id, service: toGlobalId('Service', service.id) };
  }

  it('spaces the slots by the buffer and keeps other appointments on the counter that far away', async () => {
    // Given a 30-minute service with 15 minutes of buffer sharing its counter with one without
    await setWindow(town.serviceId, { bufferMinutes: 15 });
    const neighbour = await neighbourService();

    // Then its slots follow each other every 45 minutes
    const morning = await freeSlots('2027-03-02T07:00:00Z', '2027-03-02T11:00:00Z');
    expect(morning.map((slot) => slot.startsAt)).toEqual([
      '2027-03-02T07:00:00.000Z',
      '2027-03-02T07:45:00.000Z',
      '2027-03-02T08:30:00.000Z',
      '2027-03-02T09:15:00.000Z',
      '2027-03-02T10:00:00.000Z',
    ]);

    // When the other service is booked 08:00–08:30 UTC on the counter
    expect(codes(await book('2027-03-02T08:00:00.000Z', neighbour))).toEqual([]);

    // Then 08:30, right after it, is within the buffer: not free, and refused
    const after = await freeSlots('2027-03-02T08:30:00Z', '2027-03-02T09:30:00Z');
    expect(after).toEqual([
      { startsAt: '2027-03-02T08:30:00.000Z', available: 0 },
      { startsAt: '2027-03-02T09:15:00.000Z', available: 1 },
    ]);
    expect(codes(await hold('2027-03-02T08:30:00.000Z'))).toEqual([
      { code: 'SLOT_TAKEN', field: ['startsAt'] },
    ]);
    expect(codes(await book('2027-03-02T08:30:00.000Z'))).toEqual([
      { code: 'SLOT_TAKEN', field: ['startsAt'] },
    ]);

    // And the buffered service's appointment keeps the other service's slots next to it free
    expect(codes(await book('2027-03-02T10:00:00.000Z'))).toEqual([]);
    const neighbourSlots = await freeSlots(
      '2027-03-02T09:30:00Z',
      '2027-03-02T11:00:00Z',
      neighbour,
    );
    expect(neighbourSlots).toEqual([
      { startsAt: '2027-03-02T09:30:00.000Z', available: 0 },
      { startsAt: '2027-03-02T10:00:00.000Z', available: 0 },
      { startsAt: '2027-03-02T10:30:00.000Z', available: 0 },
    ]);
    expect(codes(await book('2027-03-02T10:30:00.000Z', neighbour))).toEqual([
      { code: 'SLOT_TAKEN', field: ['startsAt'] },
    ]);
  });
});

describe('the daily cap per office', () => {
  it('stops offering a day when it is reached, live too, and refuses the rest of it', async () => {
    // Given a service of two counters that an office gives twice a day
    town = await createBookingFixture(server.orm, { counters: 2 });
    await setWindow(town.serviceId, { dailyLimit: 2 });
    expect(codes(await book('2027-03-02T07:00:00.000Z'))).toEqual([]);
    const watcher = subscription<{ slotAvailabilityChanged: Slot }>(server.wsClient(), CHANGES, {
      serviceId: town.service,
      officeId: town.office,
    });
    watchers.push(watcher);
    await waitForSubscriptions(server.bus, 1);

    // When the second of the day is booked
    expect(codes(await book('2027-03-02T07:00:00.000Z'))).toEqual([]);

    // Then every slot of that day is gone, as the subscription says at once for the whole day
    const day = await freeSlots('2027-03-02T00:00:00Z', '2027-03-03T00:00:00Z');
    expect(day).toHaveLength(8);
    expect(day.every((slot) => slot.available === 0)).toBe(true);
    const seen = new Map<string, number>();
    while (seen.size < 8) {
      const change = (await watcher.next()).data!.slotAvailabilityChanged;
      seen.set(change.startsAt, change.available);
    }
    expect([...seen.values()]).toEqual(Array(8).fill(0));
    expect(codes(await hold('2027-03-02T10:00:00.000Z'))).toEqual(CAPPED);
    const refused = await book('2027-03-02T10:00:00.000Z');
    expect(codes(refused)).toEqual(CAPPED);
    expect(refused.userErrors[0]!.message).toContain('2');
    // And the next day is not affected
    expect((await freeSlots('2027-03-03T07:00:00Z', '2027-03-03T07:30:00Z'))[0]!.available).toBe(2);
  });

  it('counts a hold, which its holder can still confirm', async () => {
    // Given a service given once a day, and that one held
    await setWindow(town.serviceId, { dailyLimit: 1 });
    const held = await hold('2027-03-03T07:00:00.000Z');
    expect(codes(held)).toEqual([]);

    // Then nobody else gets the day, and the holder books it
    expect(codes(await book('2027-03-03T09:00:00.000Z'))).toEqual(CAPPED);
    const confirmed = await book('2027-03-03T07:00:00.000Z', town, {
      holdToken: held.hold!.token,
    });
    expect(codes(confirmed)).toEqual([]);
  });

  it('lets exactly one of twenty bookings racing for the last appointment of the day win', async () => {
    // Given a day with one appointment left and two free counters at two different times
    town = await createBookingFixture(server.orm, { counters: 2 });
    await setWindow(town.serviceId, { dailyLimit: 3 });
    expect(codes(await book('2027-03-04T07:00:00.000Z'))).toEqual([]);
    expect(codes(await book('2027-03-04T07:00:00.000Z'))).toEqual([]);

    // When twenty guests book different times of that day at once
    const times = Array.from({ length: 20 }, (_, i) =>
      new Date(Date.parse('2027-03-04T07:30:00Z') + (i % 7) * 30 * 60_000).toISOString(),
    );
    const results = await Promise.all(times.map((startsAt) => book(startsAt)));

    // Then one is booked and every other one is told the day is full
    expect(results.filter((result) => result.appointment !== null)).toHaveLength(1);
    expect(
      results.flatMap((result) => result.userErrors.map((error) => error.code)).sort(),
    ).toEqual(Array(19).fill('DAILY_CAP_REACHED'));
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ count: string }>>(
        "select count(*) as count from appointment where service_id = ? and status = 'BOOKED'",
        [town.serviceId],
      );
    expect(Number(row!.count)).toBe(3);
  });
});

describe('the settings', () => {
  let admin: Record<string, string>;

  beforeAll(async () => {
    const account = await createAccount(server, { roles: [Role.ADMIN] });
    admin = bearer(await signIn(server, account));
  });

  async function update(window: Window | null) {
    const { body } = await server.gql<{ service: { category: { id: string } } }>(
      'query($id: ID!) { service(id: $id) { category { id } } }',
      { id: town.service },
    );
    const response = await server.gql<{
      updateService: { service: { bookingWindow: Window } | null; userErrors: UserError[] };
    }>(
      UPDATE_SERVICE,
      {
        input: {
          serviceId: town.service,
          service: {
            slug: `leistung-${town.serviceId.slice(0, 8)}`,
            name: { de: 'Leistung mit Fenster' },
            description: { de: 'Mit Buchungsfenster.' },
            documents: { de: [] },
            durationMinutes: 30,
            bookingWindow: window,
            categoryId: body.data!.service.category.id,
            officeIds: [town.office],
          },
        },
      },
      admin,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.updateService;
  }

  it('are the defaults of before for a service nobody set them for', async () => {
    const { body } = await server.gql<{ service: { bookingWindow: Window } }>(SERVICE, {
      id: town.service,
    });
    expect(body.data!.service.bookingWindow).toEqual({
      earliestDaysAhead: 0,
      latestDaysAhead: 90,
      minimumNoticeMinutes: 0,
      bufferMinutes: 0,
      dailyLimit: null,
    });
  });

  it('are changed by an admin, shown to everyone and applied at once', async () => {
    const window = {
      earliestDaysAhead: 2,
      latestDaysAhead: 14,
      minimumNoticeMinutes: 30,
      bufferMinutes: 10,
      dailyLimit: 20,
    };
    expect(await update(window)).toEqual({ service: { bookingWindow: window }, userErrors: [] });

    const { body } = await server.gql<{ service: { bookingWindow: Window } }>(SERVICE, {
      id: town.service,
    });
    expect(body.data!.service.bookingWindow).toEqual(window);
    expect(codes(await book('2027-03-02T07:00:00.000Z'))).toEqual(OUTSIDE);
  });

  it('refuse what is out of range, naming each field', async () => {
    const refused = await update({
      earliestDaysAhead: 10,
      latestDaysAhead: 5,
      minimumNoticeMinutes: -1,
      bufferMinutes: 241,
      dailyLimit: 0,
    });
    expect(refused.service).toBeNull();
    expect(codes(refused)).toEqual([
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'latestDaysAhead'] },
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'minimumNoticeMinutes'] },
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'bufferMinutes'] },
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'dailyLimit'] },
    ]);
    expect(codes(await update({ ...defaults(), earliestDaysAhead: -1 }))).toEqual([
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'earliestDaysAhead'] },
    ]);
    expect(codes(await update({ ...defaults(), latestDaysAhead: 366 }))).toEqual([
      { code: 'INVALID_INPUT', field: ['bookingWindow', 'latestDaysAhead'] },
    ]);
  });

  it('are refused by the database too when written around the application', async () => {
    await expect(
      setWindow(town.serviceId, { earliestDaysAhead: 10, latestDaysAhead: 5 }),
    ).rejects.toThrow(/service_booking_window_range/);
    await expect(setWindow(town.serviceId, { dailyLimit: 0 })).rejects.toThrow(
      /service_daily_cap_range/,
    );
  });
});

function defaults(): Window {
  return {
    earliestDaysAhead: 0,
    latestDaysAhead: 90,
    minimumNoticeMinutes: 0,
    bufferMinutes: 0,
    dailyLimit: null,
  };
}
