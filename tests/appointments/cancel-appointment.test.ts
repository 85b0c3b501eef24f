import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code email calendarUrl } userErrors { code } }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) {
    appointment { code status cancelledAt }
    userErrors { code field message }
  }
}`;
const LOOKUP = `query Lookup($code: String!, $email: String!) {
  appointment(code: $code, email: $email) { code status startsAt service { name } office { name } }
}`;
const SLOTS = `query Slots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;

type Booked = {
  bookAppointment: { appointment: { code: string; email: string; calendarUrl: string } };
};
type Cancelled = {
  cancelAppointment: {
    appointment: { code: string; status: string; cancelledAt: string } | null;
    userErrors: Array<{ code: string; field: string[] | null; message: string }>;
  };
};

const NOW = new Date('2027-03-01T06:00:00Z');
const STARTS_AT = '2027-03-02T08:00:00.000Z';

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createBookingFixture(server.orm, { counters: 1 });
});

afterEach(() => {
  server.clock.set(NOW);
});

afterAll(async () => {
  await server.close();
});

async function book(email: string, startsAt = STARTS_AT) {
  const { body } = await server.gql<Booked>(BOOK, {
    input: { serviceId: town.service, officeId: town.office, startsAt, name: 'Max Muster', email },
  });
  return body.data!.bookAppointment.appointment;
}

async function availableAt(startsAt: string): Promise<number | undefined> {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: number }> }>(
    SLOTS,
    { serviceId: town.service, officeId: town.office, from: startsAt, to: '2027-03-03T00:00:00Z' },
  );
  return body.data!.freeSlots.find((slot) => slot.startsAt === startsAt)?.available;
}

it('finds a booking by code and e-mail, whatever their case and spacing', async () => {
  const { code } = await book('lookup@example.org', '2027-03-02T10:00:00Z');
  const spaced = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
  const { body } = await server.gql(LOOKUP, { code: spaced, email: ' LOOKUP@example.org ' });
  expect(body.data).toEqual({
    appointment: {
      code,
      status: 'BOOKED',
      startsAt: '2027-03-02T10:00:00.000Z',
      service: { name: expect.any(String) },
      office: { name: expect.any(String) },
    },
  });
});

it('gives nothing for a code with another e-mail address', async () => {
  const { code } = await book('owner@example.org', '2027-03-02T10:30:00Z');
  const { body } = await server.gql(LOOKUP, { code, email: 'someone.else@example.org' });
  expect(body.data).toEqual({ appointment: null });
});

it('cancels a booking and frees its slot', async () => {
  const { code } = await book('cancel@example.org');
  expect(await availableAt(STARTS_AT)).toBe(0);

  const { body } = await server.gql<Cancelled>(CANCEL, {
    input: { code, email: 'cancel@example.org' },
  });

  expect(body.data!.cancelAppointment).toEqual({
    appointment: { code, status: 'CANCELLED', cancelledAt: NOW.toISOString() },
    userErrors: [],
  });
  expect(await availableAt(STARTS_AT)).toBe(1);
  const rebooked = await book('next@example.org');
  expect(rebooked.code).not.toBe(code);
});

it('refuses to cancel twice', async () => {
  const { code } = await book('twice@example.org', '2027-03-02T09:00:00Z');
  await server.gql<Cancelled>(CANCEL, { input: { code, email: 'twice@example.org' } });
  const { body } = await server.gql<Cancelled>(CANCEL, {
    input: { code, email: 'twice@example.org' },
  });
  expect(body.data!.cancelAppointment.userErrors).toEqual([
    { code: 'ALREADY_CANCELLED', field: null, message: expect.any(String) },
  ]);
});

it('answers NOT_FOUND for a wrong e-mail, and the booking stays', async () => {
  const { code } = await book('keep@example.org', '2027-03-02T09:30:00Z');
  const { body } = await server.gql<Cancelled>(CANCEL, {
    input: { code, email: 'thief@example.org' },
  });
  expect(body.data!.cancelAppointment.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['code'], message: expect.any(String) },
  ]);
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [code]);
  expect(row?.status).toBe('BOOKED');
});

it('refuses to cancel an appointment that has begun', async () => {
  const { code } = await book('late@example.org', '2027-03-02T07:00:00Z');
  server.clock.set(new Date('2027-03-02T07:05:00Z'));
  const { body } = await server.gql<Cancelled>(CANCEL, {
    input: { code, email: 'late@example.org' },
  });
  expect(body.data!.cancelAppointment.userErrors).toEqual([
    { code: 'TOO_LATE', field: null, message: expect.any(String) },
  ]);
});

describe('the iCalendar invitation', () => {
  it('is served for its calendar link, with the local time and the booking code', async () => {
    const { code, calendarUrl } = await book('ics@example.org', '2027-03-03T07:00:00Z');
    const path = new URL(calendarUrl).pathname + new URL(calendarUrl).search;
    const response = await server.http().get(path);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = response.text.replace(/\r\n /g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20270303T070000Z');
    expect(ics).toContain('DTEND:20270303T073000Z');
    expect(ics).toContain(code);
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('is not found without the matching e-mail', async () => {
    const { code } = await book('ics2@example.org', '2027-03-03T07:30:00Z');
    expect((await server.http().get(`/appointments/${code}.ics?email=x@example.org`)).status).toBe(
      404,
    );
    expect((await server.http().get(`/appointments/${code}.ics`)).status).toBe(404);
    expect((await server.http().get('/appointments/%ff.ics?email=a')).status).toBe(400);
  });

  it('speaks the language of its link, and ignores one it does not know', async () => {
    const { code } = await book('ics3@example.org', '2027-03-03T08:00:00Z');
    const calendar = async (lang: string) =>
      (
        await server
          .http()
          .get(`/appointments/${code}.ics`)
          .query({ email: 'ics3@example.org', lang })
          .set('accept-language', 'en')
      ).text;
    const english = /SUMMARY:.* appointment at /;
    const german = /SUMMARY:.* Termin /;
    expect(await calendar('en')).toMatch(english);
    expect(await calendar('de')).toMatch(german);
    // Leichte Sprache: its own texts where it has them, German otherwise; `de_ls` is how links
    // sent before 3 December 2026 spelled it.
    expect(await calendar('de-ls')).toMatch(german);
    expect(await calendar('de_ls')).toMatch(german);
    for (const unknown of ['constructor', 'fr']) expect(await calendar(unknown)).toMatch(english);
  });
});
