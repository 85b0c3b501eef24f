import { appointmentToken } from '../../src/appointments/appointment-links.js';
import { lastEmailTo } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Security review #13, finding 14: the links in appointment e-mails carried the booking code and
// the e-mail address as proof (in URLs that end up in logs, browser histories and forwarded
// calendar entries). They carry a token instead that the server signed for the appointment and
// one purpose; a changed token opens nothing, and never answers 500.

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id code email calendarUrl } userErrors { code } }
}`;
const BY_TOKEN = `query ByToken($token: String!, $lang: Language) {
  appointmentByToken(token: $token, lang: $lang) {
    id code status email startsAt calendarUrl service { name } office { name }
  }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { appointment { code status } userErrors { code field } }
}`;

type Booked = {
  bookAppointment: {
    appointment: { id: string; code: string; email: string; calendarUrl: string };
    userErrors: Array<{ code: string }>;
  };
};
type ByToken = {
  appointmentByToken: {
    id: string;
    code: string;
    status: string;
    email: string;
    calendarUrl: string;
  } | null;
};
type Cancelled = {
  cancelAppointment: {
    appointment: { code: string; status: string } | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};

const NOW = new Date('2027-03-01T06:00:00Z');

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createBookingFixture(server.orm, { counters: 2 });
});

afterAll(async () => {
  await server?.close();
});

let slot = 0;

/** A guest booking and the two links of its confirmation e-mail, as path and query. */
async function bookAndReadMail() {
  slot += 1;
  const input = guestBooking(town, new Date(Date.UTC(2027, 2, 2, 7, slot * 30)).toISOString());
  const { body } = await server.gql<Booked>(BOOK, { input }, { 'accept-language': 'de' });
  expect(body.data!.bookAppointment.userErrors).toEqual([]);
  const appointment = body.data!.bookAppointment.appointment;
  const mail = await lastEmailTo(server, input.email);
  const links = [...(mail?.body ?? '').matchAll(/http:\/\/rathaus\.test(\/\S*)/g)].map(
    ([, path]) => path!,
  );
  const page = links.find((link) => link.startsWith('/appointment?'));
  const calendar = links.find((link) => link.startsWith('/appointments/'));
  if (!page || !calendar) throw new Error(`no appointment links in: ${mail?.body}`);
  const token = new URLSearchParams(page.split('?')[1]).get('token') ?? '';
  const calendarToken = /^\/appointments\/([^.]+)\.ics/.exec(calendar)?.[1] ?? '';
  return { appointment, links, page, calendar, token, calendarToken, mail: mail!.body };
}

/** The token with one character of its signature changed. */
function tampered(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1)}`;
}

/**
 * The same bytes, spelled otherwise: the last character's lowest bit is one of the two that
 * base64url decoding ignores in 43 characters.
 */
function otherSpelling(token: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet[alphabet.indexOf(token.at(-1)!) ^ 1]!;
  expect(Buffer.from(`${token.slice(0, -1)}${last}`, 'base64url')).toEqual(
    Buffer.from(token, 'base64url'),
  );
  return `${token.slice(0, -1)}${last}`;
}

it('e-mails links that carry a signed token, neither the booking code nor the e-mail address', async () => {
  const { appointment, links, page, calendar, token, calendarToken } = await bookAndReadMail();
  expect(links.length).toBeGreaterThanOrEqual(2);
  for (const link of links) {
    expect(decodeURIComponent(link)).not.toContain(appointment.email);
    expect(link).not.toContain(appointment.code);
  }
  expect(page).toBe(`/appointment?token=${token}`);
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(calendar).toBe(`/appointments/${calendarToken}.ics?lang=de`);
  expect(calendarToken).not.toBe(token);
  // The API's calendarUrl is the e-mail's.
  expect(appointment.calendarUrl).toBe(`http://rathaus.test${calendar}`);
});

it('opens the appointment for the e-mail’s token, and its calendar file for the calendar link', async () => {
  const { appointment, calendar, token } = await bookAndReadMail();

  const { status, body } = await server.gql<ByToken>(BY_TOKEN, { token, lang: 'EN' });
  expect(status).toBe(200);
  expect(body.data!.appointmentByToken).toMatchObject({
    id: appointment.id,
    code: appointment.code,
    status: 'BOOKED',
    email: appointment.email,
    calendarUrl: appointment.calendarUrl.replace('lang=de', 'lang=en'),
  });

  const file = await server.http().get(calendar);
  expect(file.status).toBe(200);
  expect(file.headers['content-type']).toMatch(/^text\/calendar/);
  const ics = file.text.replace(/\r\n /g, '');
  expect(ics).toContain(appointment.code);
  expect(ics).toContain('STATUS:CONFIRMED');
  // The calendar entry (often shared) points to the page that asks for the e-mail address.
  expect(ics).toContain(`/appointment?code=${appointment.code}`);
  expect(ics).not.toContain(token);
});

it('refuses a changed token, one signed with another key, and one made for the other purpose', async () => {
  const { appointment, token, calendarToken } = await bookAndReadMail();
  const uuid = Buffer.from(appointment.id, 'base64url').toString().split(':')[1]!;
  const forged = appointmentToken('another-key-of-at-least-32-characters', uuid, 'MANAGE');
  const refused = [
    tampered(token),
    otherSpelling(token),
    forged,
    calendarToken,
    `${token}A`,
    token.slice(1),
    'x',
    '',
    '%'.repeat(43),
    'A'.repeat(10_000),
  ];
  for (const wrong of refused) {
    const { status, body } = await server.gql<ByToken>(BY_TOKEN, { token: wrong });
    expect({ wrong, status, data: body.data, errors: body.errors }).toEqual({
      wrong,
      status: 200,
      data: { appointmentByToken: null },
      errors: undefined,
    });
  }
  for (const wrong of [tampered(calendarToken), token, forged]) {
    const file = await server.http().get(`/appointments/${wrong}.ics`);
    expect(file.status).toBe(404);
  }
  // Positive control: the right tokens still open it.
  expect(
    (await server.gql<ByToken>(BY_TOKEN, { token })).body.data!.appointmentByToken,
  ).not.toBeNull();
  expect((await server.http().get(`/appointments/${calendarToken}.ics`)).status).toBe(200);
});

it('cancels with the e-mail’s token; a changed or calendar token is NOT_FOUND and cancels nothing', async () => {
  const { appointment, token, calendarToken } = await bookAndReadMail();
  for (const wrong of [tampered(token), calendarToken, 'x']) {
    const { status, body } = await server.gql<Cancelled>(CANCEL, { input: { token: wrong } });
    expect(status).toBe(200);
    expect(body.data!.cancelAppointment).toEqual({
      appointment: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['token'] }],
    });
  }
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [
      appointment.code,
    ]);
  expect(row!.status).toBe('BOOKED');

  const { body } = await server.gql<Cancelled>(CANCEL, { input: { token } });
  expect(body.data!.cancelAppointment).toEqual({
    appointment: { code: appointment.code, status: 'CANCELLED' },
    userErrors: [],
  });
  const again = await server.gql<Cancelled>(CANCEL, { input: { token } });
  expect(again.body.data!.cancelAppointment.userErrors).toEqual([
    { code: 'ALREADY_CANCELLED', field: null },
  ]);
});

it('keeps the links of e-mails sent before tokens working: code and e-mail', async () => {
  const { appointment } = await bookAndReadMail();
  const old = await server
    .http()
    .get(`/appointments/${appointment.code}.ics`)
    .query({ email: appointment.email, lang: 'de' });
  expect(old.status).toBe(200);
  expect(old.text).toContain(appointment.code);
  const { body } = await server.gql<{ appointment: { code: string } | null }>(
    'query($code: String!, $email: String!) { appointment(code: $code, email: $email) { code } }',
    { code: appointment.code, email: appointment.email },
  );
  expect(body.data!.appointment).toEqual({ code: appointment.code });
});
