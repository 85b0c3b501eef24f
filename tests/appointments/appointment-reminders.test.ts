import { paths } from '../../clients/web/src/lib/routes.js';
import { linkToken } from '../support/appointment-links.js';
import { sendAppointmentReminders } from '../../src/appointments/appointment-jobs.js';
import { emailsTo } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id code calendarUrl }
    userErrors { code }
  }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { userErrors { code } }
}`;

type Booked = {
  bookAppointment: {
    appointment: { id: string; code: string; calendarUrl: string } | null;
    userErrors: Array<{ code: string }>;
  };
};

// Monday 1 March 2027, 07:00 in Berlin (CET, UTC+1).
const NOW = new Date('2027-03-01T06:00:00Z');
const GERMAN = { 'accept-language': 'de-DE,de;q=0.9' };
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };
const settings = {
  publicUrl: 'http://rathaus.test',
  townName: 'Musterstadt',
  timeZone: 'Europe/Berlin',
  mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
  get linkSecret() {
    return server.linkSecret;
  },
};
const hours = (at: string, n: number) => new Date(new Date(at).getTime() + n * 60 * 60_000);

let server: TestServer;
let town: BookingFixture;
let addresses = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createBookingFixture(server.orm, { counters: 1, durationMinutes: 30 });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => server.clock.set(NOW));

async function book(startsAt: string, headers = GERMAN, name = 'Erika Mustermann') {
  addresses += 1;
  const email = `reminded-${addresses}@example.org`;
  const { status, body } = await server.gql<Booked>(
    BOOK,
    { input: { serviceId: town.service, officeId: town.office, startsAt, name, email } },
    headers,
  );
  expect(status).toBe(200);
  expect(body.data!.bookAppointment.userErrors).toEqual([]);
  return { email, ...body.data!.bookAppointment.appointment! };
}

function remind(at: Date) {
  server.clock.set(at);
  return sendAppointmentReminders({ em: server.orm.em.fork(), clock: server.clock.now, settings });
}

/** The reminders queued for the address, oldest first. */
async function remindersTo(address: string) {
  return (await emailsTo(server, address)).filter((email) =>
    /^(Erinnerung|Reminder):/.test(email.subject),
  );
}

/** When the appointment was reminded, from the table. */
async function remindedAt(code: string): Promise<Date | null> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ reminded_at: string | null }>>(
      'select reminded_at from appointment where code = ?',
      [code],
    );
  return row!.reminded_at === null ? null : new Date(row!.reminded_at);
}

async function expectNoReminder(booked: { email: string; code: string }) {
  expect(await remindersTo(booked.email)).toEqual([]);
  expect(await remindedAt(booked.code)).toBeNull();
}

it('reminds a booking made days ahead once, in German, when it is less than 24 hours away', async () => {
  // Thursday 4 March 2027, 09:00 in Berlin.
  const startsAt = '2027-03-04T08:00:00.000Z';
  const { email, id, code, calendarUrl } = await book(startsAt, GERMAN);

  await remind(hours(startsAt, -25));
  await expectNoReminder({ email, code });

  await remind(hours(startsAt, -23));
  const reminders = await remindersTo(email);
  expect(reminders).toHaveLength(1);
  const [mail] = reminders;
  expect(mail!.subject).toMatch(
    /^Erinnerung: Testleistung \d+ am Donnerstag, 4\. März 2027 um 09:00 Uhr – Rathaus Musterstadt$/,
  );
  expect(mail!.body).toMatch(/^Guten Tag Erika Mustermann,\n\nwir erinnern Sie an Ihren Termin/);
  expect(mail!.body).toContain('Wann: Donnerstag, 4. März 2027, 09:00–09:30 Uhr');
  expect(mail!.body).toMatch(/^Wo: Teststelle \d+, Teststraße 1, 12345 Musterstadt$/m);
  expect(mail!.body).toContain(`Buchungsnummer: ${code}`);
  expect(mail!.body).toContain('Bitte bringen Sie mit:\n- Personalausweis');
  expect(mail!.body).toContain(
    `http://rathaus.test${paths.appointment({ token: linkToken(server, id, 'MANAGE') })}\n`,
  );
  expect(mail!.body).toContain(calendarUrl);
  expect(await remindedAt(code)).toEqual(hours(startsAt, -23));

  await remind(hours(startsAt, -1));
  expect(await remindersTo(email)).toHaveLength(1);
});

it('reminds in English when the booking was made in English, at the local summer time', async () => {
  // Tuesday 6 April 2027, 09:00 in Berlin: summer time (CEST, UTC+2) by then.
  const startsAt = '2027-04-06T07:00:00.000Z';
  const { email, code, calendarUrl } = await book(startsAt, ENGLISH, 'Jane Doe');

  await remind(hours(startsAt, -20));

  const reminders = await remindersTo(email);
  expect(reminders).toHaveLength(1);
  const [mail] = reminders;
  expect(mail!.subject).toMatch(
    /^Reminder: Test service \d+ on Tuesday,? 6 April 2027 at 09:00 – Musterstadt town hall$/,
  );
  expect(mail!.body).toMatch(/^Hello Jane Doe,\n\nthis is a reminder of your appointment/);
  expect(mail!.body).toMatch(/^When: Tuesday,? 6 April 2027, 09:00–09:30$/m);
  expect(mail!.body).toContain(`Booking code: ${code}`);
  expect(mail!.body).toContain('Please bring:\n- Identity card');
  expect(calendarUrl).toContain('lang=en');
  expect(mail!.body).toContain(calendarUrl);
});

it('reminds each appointment once when several jobs run at the same time', async () => {
  const starts = [
    '2027-03-10T08:00:00.000Z',
    '2027-03-10T08:30:00.000Z',
    '2027-03-10T09:00:00.000Z',
  ];
  const booked = [];
  for (const startsAt of starts) booked.push(await book(startsAt));
  server.clock.set(hours(starts[0]!, -12));

  const counts = await Promise.all(
    Array.from({ length: 4 }, () =>
      sendAppointmentReminders({ em: server.orm.em.fork(), clock: server.clock.now, settings }),
    ),
  );

  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(starts.length);
  for (const { email } of booked) expect(await remindersTo(email)).toHaveLength(1);
});

it('skips the appointments another job has claimed and not yet committed, instead of waiting', async () => {
  const startsAt = '2027-03-10T10:00:00.000Z';
  const { email } = await book(startsAt);
  server.clock.set(hours(startsAt, -12));
  const job = () =>
    sendAppointmentReminders({ em: server.orm.em.fork(), clock: server.clock.now, settings });

  await server.orm.em.fork().transactional(async (tx) => {
    expect(await sendAppointmentReminders({ em: tx, clock: server.clock.now, settings })).toBe(1);
    expect(await job()).toBe(0);
  });

  expect(await job()).toBe(0);
  expect(await remindersTo(email)).toHaveLength(1);
});

it('sends no reminder for a cancelled appointment', async () => {
  const startsAt = '2027-03-11T08:00:00.000Z';
  const { email, code } = await book(startsAt);
  const { body } = await server.gql<{ cancelAppointment: { userErrors: unknown[] } }>(
    CANCEL,
    { input: { code, email } },
    GERMAN,
  );
  expect(body.data!.cancelAppointment.userErrors).toEqual([]);

  await remind(hours(startsAt, -12));

  await expectNoReminder({ email, code });
});

it('sends no reminder for a booking made less than 24 hours before the appointment', async () => {
  const startsAt = '2027-03-12T08:00:00.000Z';
  server.clock.set(hours(startsAt, -20));
  const booked = await book(startsAt);

  await remind(hours(startsAt, -19));
  await remind(hours(startsAt, -1));

  await expectNoReminder(booked);
});

it('sends no reminder for an appointment that has already begun', async () => {
  const startsAt = '2027-03-15T08:00:00.000Z';
  const booked = await book(startsAt);

  await remind(hours(startsAt, 0.25));

  await expectNoReminder(booked);
});
