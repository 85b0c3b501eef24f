import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { linkToken } from '../support/appointment-links.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id code startsAt calendarUrl } userErrors { code } }
}`;
const RESCHEDULE = `mutation Reschedule($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    appointment { id code status startsAt endsAt }
    userErrors { code field }
  }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { appointment { status } userErrors { code } }
}`;
const HOLD = `mutation Hold($input: HoldSlotInput!) {
  holdSlot(input: $input) { hold { token } userErrors { code } }
}`;

type Appointment = { id: string; code: string; status: string; startsAt: string; endsAt: string };
type Rescheduled = {
  rescheduleAppointment: {
    appointment: Appointment | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};

const NOW = new Date('2027-03-01T06:00:00Z');

let server: TestServer;
let town: BookingFixture;
let guests = 0;
/** Subscriptions a test opened; closed after it. */
const watchers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  // One counter: every time is taken by one appointment.
  town = await createBookingFixture(server.orm, { counters: 1, closes: '20:00' });
});

afterEach(async () => {
  server.clock.set(NOW);
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
});

afterAll(async () => {
  await server.close();
});

function newEmail(): string {
  guests += 1;
  return `guest${guests}@example.org`;
}

async function book(
  startsAt: string,
  email = newEmail(),
  headers: Record<string, string> = {},
): Promise<{ id: string; code: string; email: string; calendarUrl: string }> {
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string; calendarUrl: string } | null };
  }>(
    BOOK,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt,
        name: 'Max Muster',
        email,
      },
    },
    headers,
  );
  const appointment = body.data!.bookAppointment.appointment;
  if (!appointment) throw new Error(`could not book ${startsAt}`);
  return { ...appointment, email };
}

async function reschedule(
  input: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Rescheduled['rescheduleAppointment']> {
  const { body } = await server.gql<Rescheduled>(RESCHEDULE, { input }, headers);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.rescheduleAppointment;
}

/** The live (booked or held) rows of the fixture's counter, by start. */
async function liveRows(): Promise<Array<{ status: string; startsAt: string }>> {
  const rows = await server.orm.em.fork().execute<Array<{ status: string; starts_at: string }>>(
    `select status, starts_at from appointment
        where counter_id = ? and status <> 'CANCELLED' order by starts_at`,
    [town.counterIds[0]],
  );
  return rows.map((row) => ({
    status: row.status,
    startsAt: new Date(row.starts_at).toISOString(),
  }));
}

async function startsOf(appointmentId: string): Promise<string | null> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ starts_at: string; status: string }>>(
      'select starts_at, status from appointment where id = ?',
      [Buffer.from(appointmentId, 'base64url').toString().split(':')[1]],
    );
  return row && row.status === 'BOOKED' ? new Date(row.starts_at).toISOString() : null;
}

/** The fields of a calendar file that say which entry it is and how it changes it. */
function calendarFields(content: string) {
  const ics = content.replace(/\r\n[ \t]/g, '');
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(ics)?.[1]?.trim();
  return {
    method: field('METHOD'),
    uid: field('UID'),
    sequence: Number(field('SEQUENCE')),
    status: field('STATUS'),
    start: field('DTSTART(?:;[^:]*)?'),
    organizer: field('ORGANIZER(?:;[^:]*)?'),
  };
}

/** The calendar files of the e-mails to the address, oldest first. */
async function calendarsTo(email: string) {
  const rows = await server.orm.em
    .fork()
    .execute<
      Array<{ attachment: { filename: string; contentType: string; content: string } | null }>
    >('select attachment from outbox_message where recipient = ? order by created_at, id', [email]);
  return rows.map(({ attachment }) => {
    if (!attachment) throw new Error('an e-mail without a calendar file');
    return { contentType: attachment.contentType, ...calendarFields(attachment.content) };
  });
}

describe('a guest', () => {
  it('moves an appointment by code and e-mail: same ID and code, the old time free again', async () => {
    const appointment = await book('2027-03-02T08:00:00Z');

    const result = await reschedule({
      code: appointment.code,
      email: appointment.email,
      startsAt: '2027-03-02T09:00:00Z',
    });

    expect(result).toEqual({
      appointment: {
        id: appointment.id,
        code: appointment.code,
        status: 'BOOKED',
        startsAt: '2027-03-02T09:00:00.000Z',
        endsAt: '2027-03-02T09:30:00.000Z',
      },
      userErrors: [],
    });
    const live = await liveRows();
    expect(live.filter((row) => row.startsAt === '2027-03-02T08:00:00.000Z')).toEqual([]);
    expect(await startsOf(appointment.id)).toBe('2027-03-02T09:00:00.000Z');
  });

  it('moves an appointment by the token of the link in its e-mails', async () => {
    const appointment = await book('2027-03-02T10:00:00Z');

    const result = await reschedule({
      token: linkToken(server, appointment.id, 'MANAGE'),
      startsAt: '2027-03-02T10:30:00Z',
    });

    expect(result.userErrors).toEqual([]);
    expect(result.appointment?.startsAt).toBe('2027-03-02T10:30:00.000Z');
  });

  it('gets NOT_FOUND with another e-mail address, and the appointment keeps its time', async () => {
    const appointment = await book('2027-03-02T11:00:00Z');

    const result = await reschedule({
      code: appointment.code,
      email: 'someone.else@example.org',
      startsAt: '2027-03-02T11:30:00Z',
    });

    expect(result).toEqual({
      appointment: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['code'] }],
    });
    expect(await startsOf(appointment.id)).toBe('2027-03-02T11:00:00.000Z');
  });
});

describe('a signed-in owner', () => {
  it('moves an appointment by its ID; another citizen gets NOT_FOUND', async () => {
    const owner = await createAccount(server);
    const other = await createAccount(server);
    const ownerHeaders = bearer(await signIn(server, owner));
    const appointment = await book('2027-03-02T12:00:00Z', owner.email, ownerHeaders);

    const byOther = await reschedule(
      { id: appointment.id, startsAt: '2027-03-02T12:30:00Z' },
      bearer(await signIn(server, other)),
    );
    const byOwner = await reschedule(
      { id: appointment.id, startsAt: '2027-03-02T12:30:00Z' },
      ownerHeaders,
    );

    expect(byOther.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect(byOwner.userErrors).toEqual([]);
    expect(byOwner.appointment).toMatchObject({
      id: appointment.id,
      startsAt: '2027-03-02T12:30:00.000Z',
    });
  });

  it('moves onto a time held for it (holdToken), which then is the appointment’s', async () => {
    const owner = await createAccount(server);
    const headers = bearer(await signIn(server, owner));
    const appointment = await book('2027-03-02T13:00:00Z', owner.email, headers);
    const { body } = await server.gql<{ holdSlot: { hold: { token: string } } }>(
      HOLD,
      {
        input: { serviceId: town.service, officeId: town.office, startsAt: '2027-03-02T14:00:00Z' },
      },
      headers,
    );

    const result = await reschedule(
      {
        id: appointment.id,
        startsAt: '2027-03-02T14:00:00Z',
        holdToken: body.data!.holdSlot.hold.token,
      },
      headers,
    );

    expect(result.userErrors).toEqual([]);
    expect(result.appointment?.startsAt).toBe('2027-03-02T14:00:00.000Z');
    const at14 = (await liveRows()).filter((row) => row.startsAt === '2027-03-02T14:00:00.000Z');
    expect(at14.map((row) => row.status)).toEqual(['BOOKED']);
  });
});

describe('a refusal leaves the old appointment as it was', () => {
  it('SLOT_TAKEN when the new time is booked', async () => {
    const taken = await book('2027-03-02T15:00:00Z');
    const appointment = await book('2027-03-02T15:30:00Z');

    const result = await reschedule({
      code: appointment.code,
      email: appointment.email,
      startsAt: '2027-03-02T15:00:00Z',
    });

    expect(result).toEqual({
      appointment: null,
      userErrors: [{ code: 'SLOT_TAKEN', field: ['startsAt'] }],
    });
    expect(await startsOf(appointment.id)).toBe('2027-03-02T15:30:00.000Z');
    expect(await startsOf(taken.id)).toBe('2027-03-02T15:00:00.000Z');
  });

  it('HOLD_EXPIRED for a hold that expired', async () => {
    const appointment = await book('2027-03-02T16:00:00Z');
    const { body } = await server.gql<{ holdSlot: { hold: { token: string } } }>(HOLD, {
      input: { serviceId: town.service, officeId: town.office, startsAt: '2027-03-02T16:30:00Z' },
    });
    server.clock.set(new Date(NOW.getTime() + 11 * 60_000));

    const result = await reschedule({
      code: appointment.code,
      email: appointment.email,
      startsAt: '2027-03-02T16:30:00Z',
      holdToken: body.data!.holdSlot.hold.token,
    });

    expect(result.userErrors).toEqual([{ code: 'HOLD_EXPIRED', field: ['holdToken'] }]);
    expect(await startsOf(appointment.id)).toBe('2027-03-02T16:00:00.000Z');
  });

  it('INVALID_INPUT for a cancelled appointment, a begun one, a time the office does not give, a past time', async () => {
    const cancelled = await book('2027-03-02T17:00:00Z');
    await server.gql(CANCEL, { input: { code: cancelled.code, email: cancelled.email } });
    const begun = await book('2027-03-01T17:00:00Z');
    const open = await book('2027-03-02T17:30:00Z');
    const named = (appointment: { code: string; email: string }, startsAt: string) => ({
      code: appointment.code,
      email: appointment.email,
      startsAt,
    });

    const ofCancelled = await reschedule(named(cancelled, '2027-03-02T18:00:00Z'));
    server.clock.set(new Date('2027-03-01T17:05:00Z'));
    const ofBegun = await reschedule(named(begun, '2027-03-02T18:00:00Z'));
    const atNight = await reschedule(named(open, '2027-03-02T23:00:00Z'));
    const inPast = await reschedule(named(open, '2027-03-01T08:00:00Z'));

    expect(ofCancelled.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['code'] }]);
    expect(ofBegun.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['code'] }]);
    expect(atNight.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['startsAt'] }]);
    expect(inPast.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['startsAt'] }]);
    expect(await startsOf(begun.id)).toBe('2027-03-01T17:00:00.000Z');
    expect(await startsOf(open.id)).toBe('2027-03-02T17:30:00.000Z');
  });
});

it('answers a retry with the same idempotency key with the appointment, not a second move', async () => {
  const appointment = await book('2027-03-03T08:00:00Z');
  const input = {
    code: appointment.code,
    email: appointment.email,
    startsAt: '2027-03-03T08:30:00Z',
    idempotencyKey: 'move-1',
  };

  const first = await reschedule(input);
  // Meanwhile moved elsewhere: the retry of the first request must not move it back.
  await reschedule({ ...input, startsAt: '2027-03-03T09:00:00Z', idempotencyKey: 'move-2' });
  const retry = await reschedule(input);
  const reused = await reschedule({ ...input, startsAt: '2027-03-03T10:00:00Z' });

  expect(first.appointment?.startsAt).toBe('2027-03-03T08:30:00.000Z');
  expect(retry).toEqual({
    appointment: expect.objectContaining({ startsAt: '2027-03-03T09:00:00.000Z' }),
    userErrors: [],
  });
  expect(reused.userErrors).toEqual([
    { code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'] },
  ]);
  expect(await calendarsTo(appointment.email)).toHaveLength(3);
});

it('e-mails calendar files with one UID, a rising SEQUENCE and the right METHOD', async () => {
  const appointment = await book('2027-03-03T11:00:00Z');
  await reschedule({
    code: appointment.code,
    email: appointment.email,
    startsAt: '2027-03-03T11:30:00Z',
  });
  await server.gql(CANCEL, { input: { code: appointment.code, email: appointment.email } });

  const [booked, moved, cancelled] = await calendarsTo(appointment.email);

  expect(booked).toMatchObject({
    contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
    method: 'REQUEST',
    status: 'CONFIRMED',
    organizer: expect.stringMatching(/^mailto:\S+@\S+$/i),
  });
  expect(moved).toMatchObject({ method: 'REQUEST', status: 'CONFIRMED' });
  expect(moved!.start).toMatch(/^20270303T1130/);
  expect(cancelled).toMatchObject({
    contentType: 'text/calendar; method=CANCEL; charset=UTF-8',
    method: 'CANCEL',
    status: 'CANCELLED',
  });
  expect(new Set([booked!.uid, moved!.uid, cancelled!.uid]).size).toBe(1);
  expect(booked!.sequence).toBeLessThan(moved!.sequence);
  expect(moved!.sequence).toBeLessThan(cancelled!.sequence);
});

it('moves 50 citizens into 5 free times at once: each keeps exactly one appointment', async () => {
  // Their own day, on a counter of its own.
  const office = await createBookingFixture(server.orm, { counters: 1, closes: '20:00' });
  const days = ['2027-03-08', '2027-03-09', '2027-03-10'];
  const starts = days.flatMap((day) =>
    Array.from(
      { length: 24 },
      (_, slot) => new Date(`${day}T07:00:00Z`).getTime() + slot * 30 * 60_000,
    ),
  );
  const citizens: Array<{ code: string; email: string; id: string }> = [];
  for (const start of starts.slice(0, 50)) {
    const email = newEmail();
    const { body } = await server.gql<{
      bookAppointment: { appointment: { id: string; code: string } };
    }>(BOOK, {
      input: {
        serviceId: office.service,
        officeId: office.office,
        startsAt: new Date(start).toISOString(),
        name: 'Max Muster',
        email,
      },
    });
    citizens.push({ ...body.data!.bookAppointment.appointment, email });
  }
  const before = new Map(
    await Promise.all(citizens.map(async (c) => [c.id, await startsOf(c.id)] as const)),
  );
  const targets = Array.from({ length: 5 }, (_, i) =>
    new Date(Date.parse('2027-03-11T07:00:00Z') + i * 60 * 60_000).toISOString(),
  );

  const results = await Promise.all(
    citizens.map((citizen, i) =>
      reschedule({ code: citizen.code, email: citizen.email, startsAt: targets[i % 5] }),
    ),
  );

  const moved = results.filter((result) => result.appointment !== null);
  const refused = results.flatMap((result) => result.userErrors.map((error) => error.code));
  expect(moved).toHaveLength(5);
  expect(refused).toEqual(Array(45).fill('SLOT_TAKEN'));
  expect(moved.map((result) => result.appointment!.startsAt).sort()).toEqual(targets);
  const rows = await server.orm.em.fork().execute<Array<{ email: string; live: string }>>(
    `select email, count(*) filter (where status = 'BOOKED') as live
         from appointment where office_id = ? group by email`,
    [office.officeId],
  );
  expect(rows).toHaveLength(50);
  expect(rows.every((row) => Number(row.live) === 1)).toBe(true);
  for (const [index, citizen] of citizens.entries()) {
    const result = results[index]!;
    const now = await startsOf(citizen.id);
    if (result.appointment) expect(now).toBe(targets[index % 5]);
    else expect(now).toBe(before.get(citizen.id));
  }
});

it('serves the current SEQUENCE by the calendar link, and the office’s cancellation e-mails a CANCEL', async () => {
  const appointment = await book('2027-03-04T08:00:00Z');
  await reschedule({
    code: appointment.code,
    email: appointment.email,
    startsAt: '2027-03-04T08:30:00Z',
  });
  const clerk = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );

  const file = await server.http().get(new URL(appointment.calendarUrl).pathname);
  await server.gql(
    `mutation($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { cancelledCount } }`,
    {
      input: {
        officeId: town.office,
        from: '2027-03-04T08:30:00Z',
        to: '2027-03-04T09:00:00Z',
        message: 'Wegen einer Erkrankung fällt der Termin aus.',
      },
    },
    clerk,
  );

  expect(calendarFields(file.text)).toMatchObject({
    method: 'PUBLISH',
    sequence: 1,
    status: 'CONFIRMED',
  });
  const byOffice = (await calendarsTo(appointment.email)).at(-1);
  expect(byOffice).toMatchObject({ method: 'CANCEL', sequence: 2, status: 'CANCELLED' });
});

it('tells the viewers of the service that the old time is free and the new one taken', async () => {
  const office = await createBookingFixture(server.orm, { counters: 1 });
  const email = newEmail();
  const { body } = await server.gql<{ bookAppointment: { appointment: { code: string } } }>(BOOK, {
    input: {
      serviceId: office.service,
      officeId: office.office,
      startsAt: '2027-03-05T08:00:00Z',
      name: 'Max Muster',
      email,
    },
  });
  const watcher = subscription<{
    slotAvailabilityChanged: { startsAt: string; available: number };
  }>(
    server.wsClient(),
    `subscription($serviceId: ID!, $officeId: ID!) {
      slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt available }
    }`,
    { serviceId: office.service, officeId: office.office },
  );
  watchers.push(watcher);
  await waitForSubscriptions(server.bus, 1);

  await reschedule({
    code: body.data!.bookAppointment.appointment.code,
    email,
    startsAt: '2027-03-05T09:00:00Z',
  });

  const changes = [await watcher.next(), await watcher.next()].map(
    (event) => event.data!.slotAvailabilityChanged,
  );
  expect(changes).toEqual(
    expect.arrayContaining([
      { startsAt: '2027-03-05T08:00:00.000Z', available: 1 },
      { startsAt: '2027-03-05T09:00:00.000Z', available: 0 },
    ]),
  );
});
