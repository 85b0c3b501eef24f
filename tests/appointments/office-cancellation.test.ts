import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { linkToken } from '../support/appointment-links.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// An office cancels a day's (or a counter's) appointments with a message (issue #19): every
// citizen is told by e-mail in their language, with a link that offers the nearest free times
// to book one in its place with one click.

// Monday 1 March 2027, 07:00 in Berlin.
const NOW = new Date('2027-03-01T06:00:00Z');
const TUESDAY = { from: '2027-03-01T23:00:00.000Z', to: '2027-03-02T23:00:00.000Z' };
const GERMAN = { 'accept-language': 'de-DE,de;q=0.9' };
const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9' };
const MESSAGE = 'Wegen einer Erkrankung bleibt das Bürgerbüro am Dienstag geschlossen.';

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id code } userErrors { code } }
}`;
const CANCEL_PERIOD = `mutation($input: CancelOfficeAppointmentsInput!) {
  cancelOfficeAppointments(input: $input) { cancelledCount userErrors { code field } }
}`;
const OFFER = `query($token: String!) {
  rebookOffer(token: $token) {
    cancelledAppointment { code status startsAt }
    message
    times { startsAt available }
    rebookedAppointment { id code startsAt }
  }
}`;
const REBOOK = `mutation($input: RebookAppointmentInput!) {
  rebookAppointment(input: $input) {
    appointment { id code email startsAt status }
    userErrors { code field }
  }
}`;

type Offer = {
  cancelledAppointment: { code: string; status: string; startsAt: string };
  message: string;
  times: Array<{ startsAt: string; available: number }>;
  rebookedAppointment: { id: string; code: string; startsAt: string } | null;
};
type Rebooked = {
  appointment: { id: string; code: string; email: string; startsAt: string; status: string } | null;
  userErrors: Array<{ code: string; field: string[] | null }>;
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function book(
  town: BookingFixture,
  startsAt: string,
  email: string,
  headers: Record<string, string> = GERMAN,
) {
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } | null };
  }>(BOOK, { input: guestBooking(town, startsAt, { email }) }, headers);
  const appointment = body.data?.bookAppointment.appointment;
  if (!appointment) throw new Error(`not booked: ${JSON.stringify(body)}`);
  return appointment;
}

async function cancelPeriod(input: Record<string, unknown>, headers: Record<string, string>) {
  const { body } = await server.gql<{
    cancelOfficeAppointments: {
      cancelledCount: number | null;
      userErrors: Array<{ code: string; field: string[] | null }>;
    };
  }>(CANCEL_PERIOD, { input }, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.cancelOfficeAppointments;
}

async function offer(token: string): Promise<Offer | null> {
  const { body } = await server.gql<{ rebookOffer: Offer | null }>(OFFER, { token }, GERMAN);
  expect(body.errors).toBeUndefined();
  return body.data!.rebookOffer;
}

async function rebook(token: string, startsAt: string): Promise<Rebooked> {
  const { body } = await server.gql<{ rebookAppointment: Rebooked }>(
    REBOOK,
    { input: { token, startsAt } },
    GERMAN,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.rebookAppointment;
}

async function statusRows(town: BookingFixture) {
  return server.orm.em
    .fork()
    .execute<
      Array<{ email: string; status: string; cancellation_note: string | null; account_id: string }>
    >(
      'select email, status, cancellation_note, account_id from appointment where office_id = ? order by starts_at',
      [town.officeId],
    );
}

/** The token of the rebooking link in the newest e-mail to the address. */
async function rebookToken(address: string): Promise<string> {
  const mail = (await emailsTo(server, address)).at(-1);
  const token = /\/appointment\/rebook\?token=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no rebooking link in ${JSON.stringify(mail)}`);
  return token;
}

async function clerkOf(officeId: string) {
  return bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [officeId] }),
    ),
  );
}

it('cancels a day with one e-mail per citizen in their language, and the link rebooks in one click', async () => {
  // Given three appointments on Tuesday (a German guest, an English guest, a signed-in citizen)
  // and one on Wednesday
  const town = await createBookingFixture(server.orm, { counters: 2 });
  await book(town, '2027-03-02T08:00:00.000Z', 'anna@example.org', GERMAN);
  await book(town, '2027-03-02T08:30:00.000Z', 'ben@example.org', ENGLISH);
  const citizen = await createAccount(server, { name: 'Carla Citizen' });
  const citizenHeaders = { ...bearer(await signIn(server, citizen)), ...GERMAN };
  const { body: booked } = await server.gql<{
    bookAppointment: { appointment: { id: string } | null };
  }>(
    BOOK,
    { input: guestBooking(town, '2027-03-02T09:00:00.000Z', { email: citizen.email }) },
    citizenHeaders,
  );
  expect(booked.data?.bookAppointment.appointment).not.toBeNull();
  const wednesday = await book(town, '2027-03-03T08:00:00.000Z', 'dora@example.org');

  // When a clerk of another office tries, then nothing is cancelled
  const stranger = await clerkOf((await createBookingFixture(server.orm)).officeId);
  const refused = await cancelPeriod(
    { officeId: town.office, ...TUESDAY, message: MESSAGE },
    stranger,
  );
  expect(refused).toEqual({
    cancelledCount: null,
    userErrors: [{ code: 'FORBIDDEN', field: ['officeId'] }],
  });

  // When the office's clerk cancels Tuesday with a message
  const clerk = await clerkOf(town.officeId);
  const done = await cancelPeriod({ officeId: town.office, ...TUESDAY, message: MESSAGE }, clerk);

  // Then Tuesday's three are cancelled with the message, Wednesday's stands
  expect(done).toEqual({ cancelledCount: 3, userErrors: [] });
  expect((await statusRows(town)).map((row) => [row.status, row.cancellation_note])).toEqual([
    ['CANCELLED', MESSAGE],
    ['CANCELLED', MESSAGE],
    ['CANCELLED', MESSAGE],
    ['BOOKED', null],
  ]);

  // And each citizen got one e-mail about it, in the language they booked in, with the message
  const anna = await emailsTo(server, 'anna@example.org');
  expect(anna.map((mail) => mail.subject)).toEqual([
    expect.stringMatching(/^Terminbestätigung: Testleistung/),
    expect.stringMatching(/^Termin abgesagt vom Rathaus: Testleistung/),
  ]);
  expect(anna[1]!.body).toContain(`> ${MESSAGE}`);
  const ben = await emailsTo(server, 'ben@example.org');
  expect(ben).toHaveLength(2);
  expect(ben[1]!.subject).toMatch(/^Appointment cancelled by the town hall: Test service/);
  expect(ben[1]!.body).toContain('With one click you can book one of the next free times');
  expect((await emailsTo(server, 'dora@example.org')).map((mail) => mail.subject)).toHaveLength(1);

  // When Anna follows her link, then it offers the nearest free times of the same service
  const token = await rebookToken('anna@example.org');
  const offered = await offer(token);
  expect(offered).toMatchObject({
    cancelledAppointment: { status: 'CANCELLED', startsAt: '2027-03-02T08:00:00.000Z' },
    message: MESSAGE,
    rebookedAppointment: null,
  });
  expect(offered!.times).toHaveLength(6);
  expect(offered!.times[0]).toEqual({ startsAt: '2027-03-01T07:00:00.000Z', available: 2 });

  // And one click books the first for her, confirmed by e-mail
  const rebooked = await rebook(token, offered!.times[0]!.startsAt);
  expect(rebooked.userErrors).toEqual([]);
  expect(rebooked.appointment).toMatchObject({
    email: 'anna@example.org',
    startsAt: '2027-03-01T07:00:00.000Z',
    status: 'BOOKED',
  });
  expect(await emailsTo(server, 'anna@example.org')).toHaveLength(3);

  // And the link books once: a retry answers the same booking, another time is refused
  expect((await rebook(token, offered!.times[0]!.startsAt)).appointment?.id).toBe(
    rebooked.appointment!.id,
  );
  expect(await rebook(token, offered!.times[1]!.startsAt)).toEqual({
    appointment: null,
    userErrors: [{ code: 'ALREADY_REBOOKED', field: ['token'] }],
  });
  expect(await offer(token)).toMatchObject({
    times: [],
    rebookedAppointment: { id: rebooked.appointment!.id },
  });

  // And the signed-in citizen's new appointment is hers again
  const carla = await rebook(await rebookToken(citizen.email), '2027-03-01T08:00:00.000Z');
  expect(carla.userErrors).toEqual([]);
  const rows = await server.orm.em
    .fork()
    .execute<Array<{ account_id: string | null }>>(
      'select account_id from appointment where id = ?',
      [Buffer.from(carla.appointment!.id, 'base64').toString().split(':')[1]],
    );
  expect(rows[0]!.account_id).toBe(citizen.id);

  // And a link of another kind, or a changed one, offers and books nothing
  const manage = linkToken(server, wednesday.id, 'MANAGE');
  expect(await offer(manage)).toBeNull();
  expect(await offer(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
  expect(await rebook(manage, offered!.times[2]!.startsAt)).toEqual({
    appointment: null,
    userErrors: [{ code: 'NOT_FOUND', field: ['token'] }],
  });
  // (and Wednesday's appointment, never cancelled, has no offer either)
  expect(await offer(linkToken(server, wednesday.id, 'REBOOK'))).toBeNull();
}, 60_000);

it('cancels one counter only, and names what is wrong with the request', async () => {
  // Given a one-counter office's neighbour: two counters, each with one appointment at 9:00
  const town = await createBookingFixture(server.orm, { counters: 2 });
  await book(town, '2027-03-02T08:00:00.000Z', 'erik@example.org');
  await book(town, '2027-03-02T08:00:00.000Z', 'frida@example.org');
  const clerk = await clerkOf(town.officeId);
  const [first] = await server.orm.em
    .fork()
    .execute<Array<{ counter_id: string }>>(
      "select counter_id from appointment where email = 'erik@example.org'",
    );

  // When the request has no message, a period too long, or another office's counter
  expect(await cancelPeriod({ officeId: town.office, ...TUESDAY, message: '  ' }, clerk)).toEqual({
    cancelledCount: null,
    userErrors: [{ code: 'INVALID_INPUT', field: ['message'] }],
  });
  expect(
    await cancelPeriod(
      { officeId: town.office, from: TUESDAY.from, to: '2027-05-01T00:00:00Z', message: MESSAGE },
      clerk,
    ),
  ).toEqual({ cancelledCount: null, userErrors: [{ code: 'INVALID_INPUT', field: ['to'] }] });
  const other = await createBookingFixture(server.orm);
  expect(
    await cancelPeriod(
      {
        officeId: town.office,
        counterId: toGlobalId('Counter', other.counterIds[0]!),
        ...TUESDAY,
        message: MESSAGE,
      },
      clerk,
    ),
  ).toEqual({ cancelledCount: null, userErrors: [{ code: 'NOT_FOUND', field: ['counterId'] }] });
  expect((await statusRows(town)).map((row) => row.status)).toEqual(['BOOKED', 'BOOKED']);

  // When the clerk cancels Erik's counter only, then Frida's appointment stands
  const done = await cancelPeriod(
    {
      officeId: town.office,
      counterId: toGlobalId('Counter', first!.counter_id),
      ...TUESDAY,
      message: MESSAGE,
    },
    clerk,
  );
  expect(done).toEqual({ cancelledCount: 1, userErrors: [] });
  expect((await statusRows(town)).map((row) => [row.email, row.status]).sort()).toEqual([
    ['erik@example.org', 'CANCELLED'],
    ['frida@example.org', 'BOOKED'],
  ]);
}, 60_000);
