import { lapseUnconfirmedBookings } from '../../src/appointments/appointment-jobs.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { ServiceEntity } from '../../src/entities/catalogue/service.entity.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  type TestServer,
  waitForSubscriptions,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Scarce services (issue #19, docs/decisions/0026-scarce-guest-confirmation.md): a guest's
// booking waits for the link in its e-mail. Time moves by the server's clock; the lapse job is run
// as the server runs it.

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id code status }
    confirmBy
    userErrors { code field }
  }
}`;
const CONFIRM = `mutation Confirm($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) {
    appointment { id code status }
    userErrors { code field message }
  }
}`;
const FREE = `query Free($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;
const CHANGES = `subscription Changes($serviceId: ID!, $officeId: ID!) {
  slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt available }
}`;

type Booked = {
  bookAppointment: {
    appointment: { id: string; code: string; status: string } | null;
    confirmBy: string | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};
type Confirmed = {
  confirmBooking: {
    appointment: { id: string; code: string; status: string } | null;
    userErrors: Array<{ code: string; field: string[] | null; message: string }>;
  };
};
type Change = { slotAvailabilityChanged: { startsAt: string; available: number } };

// Monday 1 March 2027, 07:00 in Berlin; the office gives 30-minute slots 08:00–12:00 local time.
const NOW = new Date('2027-03-01T06:00:00Z');
const NINE = '2027-03-02T08:00:00.000Z';
const HALF_PAST_NINE = '2027-03-02T08:30:00.000Z';
const minutesLater = (n: number) => new Date(NOW.getTime() + n * 60_000);

let server: TestServer;
let town: BookingFixture;
let guests = 0;
const watchers: Array<Subscription<Change>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});

beforeEach(async () => {
  // One counter, so that an unconfirmed booking takes the whole time; a scarce service.
  town = await createBookingFixture(server.orm, { counters: 1 });
  const em = server.orm.em.fork();
  await em.nativeUpdate(ServiceEntity, { id: town.serviceId }, { scarce: true });
});

afterEach(async () => {
  // What a test left unconfirmed lapses, so that the next test's job counts only its own.
  server.clock.set(minutesLater(24 * 60));
  await runLapseJob();
  server.clock.set(NOW);
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

function runLapseJob() {
  return lapseUnconfirmedBookings({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings: {
      publicUrl: 'http://rathaus.test',
      townName: 'Musterstadt',
      mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
      timeZone: 'Europe/Berlin',
      linkSecret: server.linkSecret,
    },
  });
}

function newAddress(): string {
  guests += 1;
  return `guest-${guests}@example.org`;
}

async function book(email: string, headers: Record<string, string> = {}) {
  const { status, body } = await server.gql<Booked>(
    BOOK,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt: NINE,
        name: 'Erika Mustermann',
        email,
      },
    },
    headers,
  );
  expect(status).toBe(200);
  return body.data!.bookAppointment;
}

async function confirm(token: string) {
  const { status, body } = await server.gql<Confirmed>(CONFIRM, { input: { token } });
  expect(status).toBe(200);
  return body.data!.confirmBooking;
}

/** The token of the confirmation link in the newest e-mail to the address. */
async function linkTokenFor(email: string): Promise<string> {
  const mail = (await emailsTo(server, email)).at(-1);
  const token = /\/appointment\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link in ${JSON.stringify(mail)}`);
  return token;
}

async function available(): Promise<number> {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: number }> }>(
    FREE,
    { serviceId: town.service, officeId: town.office, from: NINE, to: HALF_PAST_NINE },
  );
  return body.data!.freeSlots.find((slot) => slot.startsAt === NINE)!.available;
}

async function statusOf(code: string): Promise<string | undefined> {
  const rows = await server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [code]);
  return rows[0]?.status;
}

async function watch(): Promise<Subscription<Change>> {
  const watcher = subscription<Change>(server.wsClient(), CHANGES, {
    serviceId: town.service,
    officeId: town.office,
  });
  watchers.push(watcher);
  await waitForSubscriptions(server.bus, watchers.length);
  return watcher;
}

it('keeps a guest’s booking of a scarce service unconfirmed until the link in its e-mail is opened', async () => {
  // Given a guest who books a scarce service
  const email = newAddress();
  const booked = await book(email);

  // Then the booking waits, its time is taken, and the e-mail asks to open the link in 30 minutes
  expect(booked.userErrors).toEqual([]);
  expect(booked.appointment?.status).toBe('UNCONFIRMED');
  expect(booked.confirmBy).toBe(minutesLater(30).toISOString());
  expect(await statusOf(booked.appointment!.code)).toBe('UNCONFIRMED');
  expect(await available()).toBe(0);
  const mails = await emailsTo(server, email);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.subject).toMatch(/^Bitte bestätigen: /);
  expect(mails[0]!.body).toContain('innerhalb von 30 Minuten');

  // When the guest opens the link within the half hour
  server.clock.set(minutesLater(29));
  const confirmed = await confirm(await linkTokenFor(email));

  // Then it is booked, and only now the confirmation goes out
  expect(confirmed).toEqual({
    appointment: { id: booked.appointment!.id, code: booked.appointment!.code, status: 'BOOKED' },
    userErrors: [],
  });
  expect(await statusOf(booked.appointment!.code)).toBe('BOOKED');
  const after = await emailsTo(server, email);
  expect(after).toHaveLength(2);
  expect(after[1]!.subject).toMatch(/^Terminbestätigung: /);
  expect(after[1]!.body).toContain(booked.appointment!.code);

  // And the job lets nothing lapse that was confirmed
  server.clock.set(minutesLater(31));
  expect(await runLapseJob()).toBe(0);
  expect(await statusOf(booked.appointment!.code)).toBe('BOOKED');
});

it('lets an unconfirmed booking lapse after 30 minutes: the time is free, viewers and the guest are told', async () => {
  // Given a guest's unconfirmed booking and someone watching the times
  const email = newAddress();
  const booked = await book(email);
  const token = await linkTokenFor(email);
  const watcher = await watch();

  // When its half hour passes without the link being opened, and the job runs
  server.clock.set(minutesLater(30));
  expect(await runLapseJob()).toBe(1);

  // Then the booking is gone, the viewer sees the time free again, and the guest is told
  expect(await statusOf(booked.appointment!.code)).toBeUndefined();
  expect((await watcher.next()).data?.slotAvailabilityChanged).toEqual({
    startsAt: NINE,
    available: 1,
  });
  expect(await available()).toBe(1);
  const mails = await emailsTo(server, email);
  expect(mails.map((mail) => mail.subject.split(':')[0])).toEqual([
    'Bitte bestätigen',
    'Buchung verfallen',
  ]);
  expect(mails[1]!.body).toContain('Die Zeit ist wieder frei.');

  // And the link opened too late confirms nothing
  const late = await confirm(token);
  expect(late.appointment).toBeNull();
  expect(late.userErrors).toEqual([
    expect.objectContaining({ code: 'NOT_FOUND', field: ['token'] }),
  ]);
  expect(await emailsTo(server, email)).toHaveLength(2);
});

it('does not let a job lapse a booking before its half hour is over', async () => {
  const booked = await book(newAddress());
  server.clock.set(minutesLater(29));
  expect(await runLapseJob()).toBe(0);
  expect(await statusOf(booked.appointment!.code)).toBe('UNCONFIRMED');
});

it('books a signed-in citizen with a verified address at once, but not for another address', async () => {
  // Given a citizen with a verified address
  const verified = await createAccount(server, { verified: true });
  const headers = bearer(await signIn(server, verified));

  // When they book the scarce service with it
  const booked = await book(verified.email, headers);

  // Then it is booked at once, with the confirmation e-mail
  expect(booked.appointment?.status).toBe('BOOKED');
  expect(booked.confirmBy).toBeNull();
  expect((await emailsTo(server, verified.email)).map((mail) => mail.subject)).toEqual([
    expect.stringMatching(/^Terminbestätigung: /),
  ]);

  // But for someone else's address the booking waits as a guest's does
  server.clock.set(NOW);
  const other = newAddress();
  const forOther = await bookAt(HALF_PAST_NINE, other, headers);
  expect(forOther.appointment?.status).toBe('UNCONFIRMED');
});

async function bookAt(startsAt: string, email: string, headers: Record<string, string>) {
  const { body } = await server.gql<Booked>(
    BOOK,
    {
      input: { serviceId: town.service, officeId: town.office, startsAt, name: 'Max', email },
    },
    headers,
  );
  return body.data!.bookAppointment;
}

it('books a guest at once when the service is not scarce', async () => {
  const em = server.orm.em.fork();
  await em.nativeUpdate(ServiceEntity, { id: town.serviceId }, { scarce: false });
  const email = newAddress();
  const booked = await book(email);
  expect(booked.appointment?.status).toBe('BOOKED');
  expect(booked.confirmBy).toBeNull();
  expect((await emailsTo(server, email)).map((mail) => mail.subject)).toEqual([
    expect.stringMatching(/^Terminbestätigung: /),
  ]);
});

it('treats a link opened twice as harmless: the booking stays, no second confirmation', async () => {
  const email = newAddress();
  const booked = await book(email);
  const token = await linkTokenFor(email);
  expect((await confirm(token)).appointment?.status).toBe('BOOKED');

  const again = await confirm(token);

  expect(again).toEqual({
    appointment: { id: booked.appointment!.id, code: booked.appointment!.code, status: 'BOOKED' },
    userErrors: [],
  });
  expect(await emailsTo(server, email)).toHaveLength(2);
});

it('refuses a malformed or altered link', async () => {
  const email = newAddress();
  await book(email);
  const token = await linkTokenFor(email);
  const altered = `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`;
  for (const bad of ['nonsense', altered]) {
    expect((await confirm(bad)).userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  }
});

it('leaves an unconfirmed booking out of the office’s appointments until it is confirmed', async () => {
  // Given a clerk of the office and a guest's unconfirmed booking
  const clerk = await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] });
  const staff = bearer(await signIn(server, clerk));
  const email = newAddress();
  const booked = await book(email);
  const plan = async () => {
    const { body } = await server.gql<{ officeAppointments: Array<{ code: string }> }>(
      `query($o: ID!) { officeAppointments(officeId: $o, from: "2027-03-02T00:00:00Z",
         to: "2027-03-03T00:00:00Z", reason: HANDLING_APPOINTMENT) { code } }`,
      { o: town.office },
      staff,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.officeAppointments.map((appointment) => appointment.code);
  };

  // Then the clerk's plan does not show it, and does once confirmed
  expect(await plan()).toEqual([]);
  await confirm(await linkTokenFor(email));
  expect(await plan()).toEqual([booked.appointment!.code]);
});
