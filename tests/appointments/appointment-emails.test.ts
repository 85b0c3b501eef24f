import { paths } from '../../clients/web/src/lib/routes.js';
import { linkToken } from '../support/appointment-links.js';
import { bearer, createAccount, emailsTo, lastEmailTo, signIn } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id code email calendarUrl }
    userErrors { code field }
  }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { appointment { status } userErrors { code } }
}`;

type Booked = {
  bookAppointment: {
    appointment: { id: string; code: string; email: string; calendarUrl: string } | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};
type Cancelled = {
  cancelAppointment: {
    appointment: { status: string } | null;
    userErrors: Array<{ code: string }>;
  };
};

// Monday 1 March 2027, 07:00 in Berlin (CET, UTC+1).
const NOW = new Date('2027-03-01T06:00:00Z');
// Tuesday 2 March 2027, 09:00 in Berlin (CET).
const TUESDAY_NINE = '2027-03-02T08:00:00.000Z';
// Tuesday 6 April 2027, 09:00 in Berlin: summer time (CEST, UTC+2) by then.
const APRIL_NINE = '2027-04-06T07:00:00.000Z';
const GERMAN = { 'accept-language': 'de-DE,de;q=0.9' };
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };

let server: TestServer;
let town: BookingFixture;
let addresses = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  // One counter: a time booked once is taken.
  town = await createBookingFixture(server.orm, { counters: 1, durationMinutes: 30 });
});

afterAll(async () => {
  await server.close();
});

function newAddress(label: string): string {
  addresses += 1;
  return `${label}-${addresses}@example.org`;
}

function guest(overrides: Record<string, unknown> = {}) {
  return guestBooking(town, TUESDAY_NINE, overrides);
}

async function book(input: Record<string, unknown>, headers: Record<string, string> = GERMAN) {
  const { status, body } = await server.gql<Booked>(BOOK, { input }, headers);
  expect(status).toBe(200);
  return body.data!.bookAppointment;
}

async function cancel(input: Record<string, unknown>, headers: Record<string, string> = GERMAN) {
  const { status, body } = await server.gql<Cancelled>(CANCEL, { input }, headers);
  expect(status).toBe(200);
  return body.data!.cancelAppointment;
}

describe('booking confirmation', () => {
  it('confirms a booking in German: service, office and address, local time, code, documents and links', async () => {
    const input = guest();

    const { appointment, userErrors } = await book(input, GERMAN);

    expect(userErrors).toEqual([]);
    const { id, code, calendarUrl } = appointment!;
    const mails = await emailsTo(server, input.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toMatch(
      /^Terminbestätigung: Testleistung \d+ am Dienstag, 2\. März 2027 um 09:00 Uhr – Rathaus Musterstadt$/,
    );
    expect(mail!.body).toMatch(/^Guten Tag Erika Mustermann,/);
    expect(mail!.body).toMatch(/^Leistung: Testleistung \d+$/m);
    expect(mail!.body).toContain('Wann: Dienstag, 2. März 2027, 09:00–09:30 Uhr');
    expect(mail!.body).toMatch(/^Wo: Teststelle \d+, Teststraße 1, 12345 Musterstadt$/m);
    expect(mail!.body).toContain(`Buchungsnummer: ${code}`);
    expect(mail!.body).toContain('Bitte bringen Sie mit:\n- Personalausweis');
    expect(mail!.body).toContain(
      `http://rathaus.test${paths.appointment({ token: linkToken(server, id, 'MANAGE') })}\n`,
    );
    expect(mail!.body).toContain(calendarUrl);
    expect(calendarUrl).toContain('lang=de');
  });

  it('confirms in English when the booking was made in English, in summer time as the town’s clock shows it', async () => {
    const input = guest({ startsAt: APRIL_NINE, name: 'Jane Doe' });

    const { appointment, userErrors } = await book(input, ENGLISH);

    expect(userErrors).toEqual([]);
    const { id, code, calendarUrl } = appointment!;
    const mail = await lastEmailTo(server, input.email);
    expect(mail?.subject).toMatch(
      /^Appointment confirmed: Test service \d+ on Tuesday,? 6 April 2027 at 09:00 – Musterstadt town hall$/,
    );
    expect(mail?.body).toMatch(/^Hello Jane Doe,/);
    expect(mail?.body).toMatch(/^When: Tuesday,? 6 April 2027, 09:00–09:30$/m);
    expect(mail?.body).toMatch(/^Where: Test office \d+, Teststraße 1, 12345 Musterstadt$/m);
    expect(mail?.body).toContain(`Booking code: ${code}`);
    expect(mail?.body).toContain('Please bring:\n- Identity card');
    expect(mail?.body).toContain(
      `http://rathaus.test${paths.appointment({ token: linkToken(server, id, 'MANAGE') })}\n`,
    );
    expect(mail?.body).toContain(calendarUrl);
    expect(calendarUrl).toContain('lang=en');
  });

  it('links to a calendar file that the server serves for this appointment', async () => {
    const input = guest({ startsAt: '2027-03-03T08:00:00.000Z' });
    const { appointment } = await book(input);
    const mail = await lastEmailTo(server, input.email);
    const link = /http:\/\/rathaus\.test(\/appointments\/\S+\.ics\?\S+)/.exec(mail!.body);

    const response = await server.http().get(link![1]!);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.text).toContain(appointment!.code);
  });
});

describe('no confirmation for a booking that does not happen', () => {
  it('sends nothing to the one who lost a time to another booking (SLOT_TAKEN)', async () => {
    const startsAt = '2027-03-02T09:00:00.000Z';
    const first = guest({ startsAt });
    const second = guest({ startsAt });
    expect((await book(first)).userErrors).toEqual([]);

    const { appointment, userErrors } = await book(second);

    expect(appointment).toBeNull();
    expect(userErrors).toEqual([{ code: 'SLOT_TAKEN', field: ['startsAt'] }]);
    expect(await emailsTo(server, first.email)).toHaveLength(1);
    expect(await emailsTo(server, second.email)).toEqual([]);
  });

  it('sends nothing for invalid input, a time without appointments, or an unknown office', async () => {
    const invalid = guest({ startsAt: '2027-03-02T09:30:00.000Z', phone: 'call me' });
    const saturday = guest({ startsAt: '2027-03-06T09:00:00.000Z' });
    const unknownOffice = guest({
      startsAt: '2027-03-02T09:30:00.000Z',
      officeId: Buffer.from('Office:00000000-0000-4000-8000-000000000000').toString('base64'),
    });

    expect((await book(invalid)).userErrors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
    expect((await book(saturday)).userErrors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
    expect((await book(unknownOffice)).userErrors.map((error) => error.code)).toEqual([
      'NOT_FOUND',
    ]);
    for (const input of [invalid, saturday, unknownOffice]) {
      expect(await emailsTo(server, input.email)).toEqual([]);
    }
  });

  it('sends nothing for a booking over the limit of upcoming bookings (LIMIT_REACHED)', async () => {
    const email = newAddress('busy');
    for (const startsAt of [
      '2027-03-04T08:00:00.000Z',
      '2027-03-04T08:30:00.000Z',
      '2027-03-04T09:00:00.000Z',
    ]) {
      expect((await book(guest({ email, startsAt }))).userErrors).toEqual([]);
    }

    const { userErrors } = await book(guest({ email, startsAt: '2027-03-04T09:30:00.000Z' }));

    expect(userErrors.map((error) => error.code)).toEqual(['LIMIT_REACHED']);
    expect(await emailsTo(server, email)).toHaveLength(3);
  });

  it('confirms only the one booking that wins a race for the same time', async () => {
    const inputs = Array.from({ length: 6 }, () => guest({ startsAt: '2027-03-05T08:00:00.000Z' }));

    const results = await Promise.all(inputs.map((input) => book(input)));

    const winners = inputs.filter((_, index) => results[index]!.appointment !== null);
    expect(winners).toHaveLength(1);
    const mailed = await Promise.all(
      inputs.map(async (input) => (await emailsTo(server, input.email)).length),
    );
    expect(mailed.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await emailsTo(server, winners[0]!.email)).toHaveLength(1);
  });
});

describe('retries with an idempotency key', () => {
  it('sends one confirmation however often the same booking is sent', async () => {
    const input = guest({ startsAt: '2027-03-08T08:00:00.000Z', idempotencyKey: 'mail-retry-1' });

    const first = await book(input);
    const again = await book(input);

    expect(again.appointment?.code).toBe(first.appointment?.code);
    expect(await emailsTo(server, input.email)).toHaveLength(1);
  });

  it('sends one confirmation when the same booking arrives several times at once', async () => {
    const input = guest({ startsAt: '2027-03-08T08:30:00.000Z', idempotencyKey: 'mail-retry-2' });

    const results = await Promise.all(Array.from({ length: 5 }, () => book(input)));

    const codes = new Set(results.map((result) => result.appointment?.code));
    expect(codes.size).toBe(1);
    expect([...codes][0]).toEqual(expect.any(String));
    expect(await emailsTo(server, input.email)).toHaveLength(1);
  });

  it('sends nothing when the key is reused for another booking (IDEMPOTENCY_KEY_REUSED)', async () => {
    const input = guest({ startsAt: '2027-03-08T09:00:00.000Z', idempotencyKey: 'mail-retry-3' });
    await book(input);

    const { userErrors } = await book({ ...input, startsAt: '2027-03-08T09:30:00.000Z' });

    expect(userErrors.map((error) => error.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await emailsTo(server, input.email)).toHaveLength(1);
  });
});

describe('cancellation confirmation', () => {
  it('confirms a guest’s cancellation by code and e-mail, once', async () => {
    const input = guest({ startsAt: '2027-03-09T08:00:00.000Z', name: 'Max Muster' });
    const { appointment } = await book(input);
    const code = appointment!.code;

    const { userErrors } = await cancel({ code, email: input.email });

    expect(userErrors).toEqual([]);
    const mails = await emailsTo(server, input.email);
    expect(mails).toHaveLength(2);
    const mail = mails[1]!;
    expect(mail.subject).toMatch(
      /^Termin abgesagt: Testleistung \d+ am Dienstag, 9\. März 2027 um 09:00 Uhr – Rathaus Musterstadt$/,
    );
    expect(mail.body).toMatch(
      /^Guten Tag Max Muster,\n\nIhr Termin beim Rathaus Musterstadt ist abgesagt/,
    );
    expect(mail.body).toContain('Wann: Dienstag, 9. März 2027, 09:00–09:30 Uhr');
    expect(mail.body).toMatch(/^Wo: Teststelle \d+, Teststraße 1, 12345 Musterstadt$/m);
    expect(mail.body).toContain(`Buchungsnummer: ${code}`);
    expect(mail.body).toContain('http://rathaus.test/');

    const again = await cancel({ code, email: input.email });

    expect(again.userErrors).toEqual([{ code: 'ALREADY_CANCELLED' }]);
    expect(await emailsTo(server, input.email)).toHaveLength(2);
  });

  it('confirms an account holder’s cancellation by ID in the language of the request', async () => {
    const citizen = await createAccount(server, { name: 'Jane Doe' });
    const auth = { ...bearer(await signIn(server, citizen)), ...ENGLISH };
    const { appointment } = await book(
      guest({ startsAt: '2027-03-09T08:30:00.000Z', name: 'Jane Doe', email: citizen.email }),
      auth,
    );

    const { userErrors } = await cancel({ id: appointment!.id }, auth);

    expect(userErrors).toEqual([]);
    const mail = await lastEmailTo(server, citizen.email);
    expect(mail?.subject).toMatch(
      /^Appointment cancelled: Test service \d+ on Tuesday,? 9 March 2027 at 09:30 – Musterstadt town hall$/,
    );
    expect(mail?.body).toMatch(
      /^Hello Jane Doe,\n\nyour appointment at Musterstadt town hall is cancelled/,
    );
    expect(mail?.body).toContain(`Booking code: ${appointment!.code}`);
  });

  it('sends nothing when a cancellation is refused because the appointment has begun', async () => {
    const input = guest({ startsAt: '2027-03-09T09:00:00.000Z' });
    const { appointment } = await book(input);
    server.clock.set(new Date('2027-03-09T09:10:00Z'));
    try {
      const { userErrors } = await cancel({ code: appointment!.code, email: input.email });

      expect(userErrors).toEqual([{ code: 'TOO_LATE' }]);
      expect(await emailsTo(server, input.email)).toHaveLength(1);
    } finally {
      server.clock.set(NOW);
    }
  });
});
