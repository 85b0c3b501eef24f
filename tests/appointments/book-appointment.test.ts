import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id code status startsAt endsAt name email phone service { name } office { name } calendarUrl }
    userErrors { code field message }
  }
}`;

const SLOTS = `query Slots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt endsAt available }
}`;

type Slot = { startsAt: string; endsAt: string; available: number };
type BookResult = {
  bookAppointment: {
    appointment: null | {
      id: string;
      code: string;
      status: string;
      startsAt: string;
      endsAt: string;
      email: string;
      calendarUrl: string;
      service: { name: string };
    };
    userErrors: Array<{ code: string; field: string[] | null; message: string }>;
  };
};

// Monday 1 March 2027, 07:00 in Berlin (CET, UTC+1).
const NOW = new Date('2027-03-01T06:00:00Z');
// Tuesday 2 March 2027, 09:00 local = 08:00Z.
const TUESDAY_NINE = '2027-03-02T08:00:00.000Z';

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createBookingFixture(server.orm, { counters: 2, durationMinutes: 30 });
});

afterEach(() => {
  server.clock.set(NOW);
});

afterAll(async () => {
  await server.close();
});

function guest(overrides: Record<string, unknown> = {}) {
  return guestBooking(town, TUESDAY_NINE, overrides);
}

async function slotsOn(day: string, fixture = town): Promise<Slot[]> {
  const from = new Date(`${day}T00:00:00+01:00`);
  const to = new Date(from.getTime() + 24 * 3600_000);
  const { body } = await server.gql<{ freeSlots: Slot[] }>(SLOTS, {
    serviceId: fixture.service,
    officeId: fixture.office,
    from: from.toISOString(),
    to: to.toISOString(),
  });
  expect(body.errors).toBeUndefined();
  return body.data!.freeSlots;
}

async function appointmentRows(email: string) {
  return server.orm.em
    .fork()
    .execute<Array<{ code: string; status: string }>>(
      'select code, status from appointment where email = ?',
      [email.toLowerCase()],
    );
}

describe('freeSlots', () => {
  it('lists the slots of a day in local opening hours with the number of free counters', async () => {
    const slots = await slotsOn('2027-03-02');
    // 08:00–12:00 local in 30-minute slots: 8 slots, both counters free.
    expect(slots).toHaveLength(8);
    expect(slots[0]).toEqual({
      startsAt: '2027-03-02T07:00:00.000Z',
      endsAt: '2027-03-02T07:30:00.000Z',
      available: 2,
    });
    expect(slots.at(-1)?.startsAt).toBe('2027-03-02T10:30:00.000Z');
  });

  it('has no slots outside opening hours: weekends and before the schedule starts', async () => {
    expect(await slotsOn('2027-03-06')).toEqual([]);
    expect(await slotsOn('2027-02-26')).toEqual([]);
  });

  it('offers no time that has already passed', async () => {
    server.clock.set(new Date('2027-03-02T09:10:00Z'));
    const slots = await slotsOn('2027-03-02');
    expect(slots[0]?.startsAt).toBe('2027-03-02T09:30:00.000Z');
  });

  it('refuses a period longer than 31 days, naming the argument', async () => {
    const { status, body } = await server.gql(SLOTS, {
      serviceId: town.service,
      officeId: town.office,
      from: '2027-03-01T00:00:00Z',
      to: '2027-05-01T00:00:00Z',
    });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });
});

describe('bookAppointment', () => {
  it('books a free slot and returns the appointment with an 8-character code', async () => {
    const input = guest({ phone: '+49 30 1234567' });
    const { status, body } = await server.gql<BookResult>(BOOK, { input });

    expect(status).toBe(200);
    const { appointment, userErrors } = body.data!.bookAppointment;
    expect(userErrors).toEqual([]);
    expect(appointment).toMatchObject({
      status: 'BOOKED',
      startsAt: TUESDAY_NINE,
      endsAt: '2027-03-02T08:30:00.000Z',
      email: input.email,
      service: { name: expect.stringMatching(/^Testleistung/) },
    });
    expect(appointment!.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(await appointmentRows(input.email)).toEqual([
      { code: appointment!.code, status: 'BOOKED' },
    ]);
    const slot = (await slotsOn('2027-03-02')).find((s) => s.startsAt === TUESDAY_NINE);
    expect(slot?.available).toBe(1);
  });

  it('answers SLOT_TAKEN when every counter is booked at that time, and keeps nothing', async () => {
    const time = '2027-03-02T09:00:00.000Z';
    for (let i = 0; i < 2; i += 1) {
      const { body } = await server.gql<BookResult>(BOOK, { input: guest({ startsAt: time }) });
      expect(body.data!.bookAppointment.userErrors).toEqual([]);
    }
    const late = guest({ startsAt: time });
    const { body } = await server.gql<BookResult>(BOOK, { input: late });
    expect(body.data!.bookAppointment).toEqual({
      appointment: null,
      userErrors: [{ code: 'SLOT_TAKEN', field: ['startsAt'], message: expect.any(String) }],
    });
    expect(await appointmentRows(late.email)).toEqual([]);
  });

  it('returns the first booking for a retry with the same idempotency key', async () => {
    const input = guest({ startsAt: '2027-03-03T08:00:00.000Z', idempotencyKey: 'retry-key-1' });
    const first = await server.gql<BookResult>(BOOK, { input });
    const second = await server.gql<BookResult>(BOOK, { input });

    expect(second.body.data!.bookAppointment.appointment?.id).toBe(
      first.body.data!.bookAppointment.appointment?.id,
    );
    expect(await appointmentRows(input.email)).toHaveLength(1);
  });

  it('returns the first booking to retries sent at once, even when it took the last free counter', async () => {
    const single = await createBookingFixture(server.orm, { counters: 1 });
    const input = guest({
      serviceId: single.service,
      officeId: single.office,
      startsAt: '2027-03-03T10:00:00.000Z',
      idempotencyKey: 'retry-key-3',
    });

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => server.gql<BookResult>(BOOK, { input })),
    );

    const answers = responses.map((response) => response.body.data!.bookAppointment);
    expect(answers.flatMap((answer) => answer.userErrors)).toEqual([]);
    expect(new Set(answers.map((answer) => answer.appointment?.id)).size).toBe(1);
    expect(await appointmentRows(input.email)).toHaveLength(1);
  });

  it('refuses an idempotency key reused for a different booking', async () => {
    const input = guest({ startsAt: '2027-03-03T08:30:00.000Z', idempotencyKey: 'retry-key-2' });
    await server.gql<BookResult>(BOOK, { input });
    const { body } = await server.gql<BookResult>(BOOK, {
      input: { ...input, startsAt: '2027-03-03T09:00:00.000Z' },
    });
    expect(body.data!.bookAppointment.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'], message: expect.any(String) },
    ]);
    expect(await appointmentRows(input.email)).toHaveLength(1);
  });

  it('allows three open bookings per e-mail address and refuses the fourth', async () => {
    const email = 'MAX.Limit@Example.org';
    const times = ['2027-03-04T07:00:00Z', '2027-03-04T07:30:00Z', '2027-03-04T08:00:00Z'];
    for (const startsAt of times) {
      const { body } = await server.gql<BookResult>(BOOK, { input: guest({ email, startsAt }) });
      expect(body.data!.bookAppointment.userErrors).toEqual([]);
    }
    const { body } = await server.gql<BookResult>(BOOK, {
      input: guest({ email: 'max.limit@example.org', startsAt: '2027-03-04T08:30:00Z' }),
    });
    expect(body.data!.bookAppointment.userErrors).toEqual([
      { code: 'LIMIT_REACHED', field: ['email'], message: expect.stringContaining('3') },
    ]);
    expect(await appointmentRows(email)).toHaveLength(3);
  });

  it('refuses a time outside the opening hours as INVALID_INPUT on startsAt', async () => {
    const input = guest({ startsAt: '2027-03-02T13:00:00Z' });
    const { body } = await server.gql<BookResult>(BOOK, { input });
    expect(body.data!.bookAppointment.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['startsAt'], message: expect.any(String) },
    ]);
  });

  it('refuses a time that is not on the slot grid', async () => {
    const { body } = await server.gql<BookResult>(BOOK, {
      input: guest({ startsAt: '2027-03-02T08:10:00Z' }),
    });
    expect(body.data!.bookAppointment.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['startsAt'],
    });
  });

  it('refuses a time in the past', async () => {
    const { body } = await server.gql<BookResult>(BOOK, {
      input: guest({ startsAt: '2027-02-26T08:00:00Z' }),
    });
    expect(body.data!.bookAppointment.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['startsAt'],
    });
  });

  it('books a time shown as free that starts this very moment (what is shown can be booked)', async () => {
    // Given the town hall's clock at Tuesday 9:00 sharp, where free slots still list 9:00
    server.clock.set(new Date(TUESDAY_NINE));
    const slots = await slotsOn('2027-03-02');
    expect(slots.find((slot) => slot.startsAt === TUESDAY_NINE)?.available).toBeGreaterThan(0);

    // When a citizen books it, then it is booked
    const { body } = await server.gql<BookResult>(BOOK, { input: guest() });
    expect(body.data!.bookAppointment.userErrors).toEqual([]);

    // And a minute later it is gone from the list and refused as past
    server.clock.set(new Date(Date.parse(TUESDAY_NINE) + 60_000));
    expect((await slotsOn('2027-03-02')).some((slot) => slot.startsAt === TUESDAY_NINE)).toBe(
      false,
    );
    const late = await server.gql<BookResult>(BOOK, { input: guest() });
    expect(late.body.data!.bookAppointment.userErrors[0]).toMatchObject({ field: ['startsAt'] });
  });

  it('reports every invalid field at once, in the requested language', async () => {
    const { body } = await server.gql<BookResult>(
      BOOK,
      { input: guest({ name: '  ', email: 'not-an-email', phone: 'call me' }) },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    const errors = body.data!.bookAppointment.userErrors;
    expect(errors.map((error) => error.field)).toEqual([['name'], ['email'], ['phone']]);
    expect(errors.every((error) => error.code === 'INVALID_INPUT')).toBe(true);
    expect(errors[1]?.message).toMatch(/valid e-mail address/);
  });

  it('answers NOT_FOUND for an unknown service and INVALID_INPUT for a malformed ID', async () => {
    const unknown = Buffer.from('Service:00000000-0000-4000-8000-000000000000').toString('base64');
    const notFound = await server.gql<BookResult>(BOOK, { input: guest({ serviceId: unknown }) });
    expect(notFound.body.data!.bookAppointment.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['serviceId'], message: expect.any(String) },
    ]);
    const malformed = await server.gql<BookResult>(BOOK, {
      input: guest({ officeId: 'nonsense' }),
    });
    expect(malformed.body.data!.bookAppointment.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['officeId'], message: expect.any(String) },
    ]);
  });
});

describe('closures and daylight saving', () => {
  it('offers no slot on a closure day and none that overlaps a partial closure', async () => {
    const closed = await createBookingFixture(server.orm, {
      counters: 1,
      closures: [
        // Thursday 4 March is a holiday; on Friday 5 March the office closes from 10:00 local.
        { startsAt: new Date('2027-03-03T23:00:00Z'), endsAt: new Date('2027-03-04T23:00:00Z') },
        { startsAt: new Date('2027-03-05T09:00:00Z'), endsAt: new Date('2027-03-05T11:00:00Z') },
      ],
    });
    expect(await slotsOn('2027-03-04', closed)).toEqual([]);
    const friday = await slotsOn('2027-03-05', closed);
    expect(friday.map((slot) => slot.startsAt)).toEqual([
      '2027-03-05T07:00:00.000Z',
      '2027-03-05T07:30:00.000Z',
      '2027-03-05T08:00:00.000Z',
      '2027-03-05T08:30:00.000Z',
    ]);
    const { body } = await server.gql<BookResult>(BOOK, {
      input: guest({
        serviceId: closed.service,
        officeId: closed.office,
        startsAt: '2027-03-04T08:00:00Z',
      }),
    });
    expect(body.data!.bookAppointment.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('keeps local opening times across the switch to summer time', async () => {
    // Sunday 28 March 2027: at 02:00 local the clocks jump to 03:00.
    const night = await createBookingFixture(server.orm, {
      counters: 1,
      weekdays: [1, 7],
      opens: '01:00',
      closes: '04:00',
    });
    const from = '2027-03-28T00:00:00+01:00';
    const { body } = await server.gql<{ freeSlots: Slot[] }>(SLOTS, {
      serviceId: night.service,
      officeId: night.office,
      from: new Date(from).toISOString(),
      to: '2027-03-29T12:00:00Z',
    });
    expect(body.data!.freeSlots.map((slot) => slot.startsAt)).toEqual([
      // Sunday: 01:00 and 01:30 CET, 03:00 and 03:30 CEST; 02:00–03:00 does not exist.
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-03-28T01:30:00.000Z',
      // Monday: 01:00–04:00 CEST (UTC+2) gives six slots from 23:00Z.
      '2027-03-28T23:00:00.000Z',
      '2027-03-28T23:30:00.000Z',
      '2027-03-29T00:00:00.000Z',
      '2027-03-29T00:30:00.000Z',
      '2027-03-29T01:00:00.000Z',
      '2027-03-29T01:30:00.000Z',
    ]);
  });
});
