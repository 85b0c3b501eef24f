import { releaseExpiredHolds } from '../../src/appointments/appointment-jobs.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { ClosureEntity } from '../../src/entities/appointments/closure.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
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

// Hold, then confirm (issue #19, docs/decisions/0022-slot-holds.md). Time moves by the server's
// clock; the release job is run as the server runs it.

const HOLD = `mutation Hold($input: HoldSlotInput!) {
  holdSlot(input: $input) {
    hold { id token startsAt endsAt expiresAt }
    userErrors { code field }
  }
}`;
const RELEASE = `mutation Release($input: ReleaseHoldInput!) {
  releaseHold(input: $input) { released userErrors { code field } }
}`;
const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { id code status startsAt endsAt email }
    userErrors { code field }
  }
}`;
const FREE = `query Free($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;
const CHANGES = `subscription Changes($serviceId: ID!, $officeId: ID!) {
  slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt available }
}`;

type Hold = { id: string; token: string; startsAt: string; endsAt: string; expiresAt: string };
type Held = { holdSlot: { hold: Hold | null; userErrors: Array<{ code: string }> } };
type Booked = {
  bookAppointment: {
    appointment: { id: string; code: string; status: string; startsAt: string } | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
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
let addresses = 0;
const watchers: Array<Subscription<Change>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW, env: { TRUST_PROXY: '1' } });
});

beforeEach(async () => {
  // One counter: a hold takes the whole time.
  town = await createBookingFixture(server.orm, { counters: 1 });
});

afterEach(async () => {
  // The holds a test left expire and go, so that the next test's job counts only its own.
  server.clock.set(minutesLater(24 * 60));
  await runReleaseJob();
  server.clock.set(NOW);
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

/** A guest at a client address of their own. */
function newGuest(): Record<string, string> {
  addresses += 1;
  return { 'x-forwarded-for': `198.51.100.${addresses}` };
}

async function hold(startsAt: string, headers: Record<string, string>) {
  const { status, body } = await server.gql<Held>(
    HOLD,
    { input: { serviceId: town.service, officeId: town.office, startsAt } },
    headers,
  );
  expect(status).toBe(200);
  return body.data!.holdSlot;
}

async function heldBy(startsAt: string, headers: Record<string, string>): Promise<Hold> {
  const { hold: held, userErrors } = await hold(startsAt, headers);
  expect(userErrors).toEqual([]);
  return held!;
}

async function book(
  startsAt: string,
  headers: Record<string, string>,
  extra: { holdToken?: string; email?: string } = {},
) {
  addresses += 1;
  const { status, body } = await server.gql<Booked>(
    BOOK,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt,
        name: 'Erika Mustermann',
        email: extra.email ?? `holder-${addresses}@example.org`,
        holdToken: extra.holdToken,
      },
    },
    headers,
  );
  expect(status).toBe(200);
  return body.data!.bookAppointment;
}

async function available(startsAt: string): Promise<number> {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: number }> }>(
    FREE,
    { serviceId: town.service, officeId: town.office, from: startsAt, to: HALF_PAST_NINE },
  );
  return body.data!.freeSlots.find((slot) => slot.startsAt === startsAt)!.available;
}

async function release(token: string, headers: Record<string, string>) {
  const { body } = await server.gql<{
    releaseHold: { released: boolean; userErrors: Array<{ code: string }> };
  }>(RELEASE, { input: { token } }, headers);
  return body.data!.releaseHold;
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

function runReleaseJob() {
  return releaseExpiredHolds({
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

async function rowsAt(startsAt: string) {
  const rows = await server.orm.em
    .fork()
    .execute<Array<{ id: string; status: string; name: string | null; held_until: string | null }>>(
      'select id, status, name, held_until from appointment where office_id = ? and starts_at = ?',
      [town.officeId, startsAt],
    );
  return rows.map((row) => ({
    ...row,
    held_until: row.held_until === null ? null : new Date(row.held_until),
  }));
}

it('holds a time for 10 minutes: others see it taken in freeSlots and live, and cannot book or hold it', async () => {
  const watcher = await watch();

  const held = await heldBy(NINE, newGuest());

  expect(held).toMatchObject({
    startsAt: NINE,
    endsAt: '2027-03-02T08:30:00.000Z',
    expiresAt: minutesLater(10).toISOString(),
  });
  expect(held.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((await watcher.next()).data?.slotAvailabilityChanged).toEqual({
    startsAt: NINE,
    available: 0,
  });
  expect(await available(NINE)).toBe(0);
  expect((await book(NINE, newGuest())).userErrors).toEqual([
    { code: 'SLOT_TAKEN', field: ['startsAt'] },
  ]);
  expect((await hold(NINE, newGuest())).userErrors).toEqual([
    { code: 'SLOT_TAKEN', field: ['startsAt'] },
  ]);
  // The row has no personal details while held.
  expect(await rowsAt(NINE)).toEqual([
    { id: expect.any(String), status: 'HELD', name: null, held_until: minutesLater(10) },
  ]);
});

it('lets exactly one of many concurrent holds of the last free counter win', async () => {
  const results = await Promise.all(Array.from({ length: 12 }, () => hold(NINE, newGuest())));

  expect(results.filter((result) => result.hold !== null)).toHaveLength(1);
  expect(results.flatMap((result) => result.userErrors.map((error) => error.code))).toEqual(
    Array(11).fill('SLOT_TAKEN'),
  );
  expect(await rowsAt(NINE)).toHaveLength(1);
});

it('books the held time on the same row when confirmed within 10 minutes, and e-mails a confirmation', async () => {
  const guest = newGuest();
  const held = await heldBy(NINE, guest);
  const watcher = await watch();
  server.clock.set(minutesLater(9));

  const { appointment, userErrors } = await book(NINE, guest, {
    holdToken: held.token,
    email: 'confirmed@example.org',
  });

  expect(userErrors).toEqual([]);
  expect(appointment).toMatchObject({ id: held.id, status: 'BOOKED', startsAt: NINE });
  expect(await rowsAt(NINE)).toEqual([
    { id: expect.any(String), status: 'BOOKED', name: 'Erika Mustermann', held_until: null },
  ]);
  expect(await emailsTo(server, 'confirmed@example.org')).toHaveLength(1);
  // The time was taken while held: nothing changed for the viewers; the token is spent.
  await watcher.nothingWithin(300);
  expect((await book(NINE, guest, { holdToken: held.token })).userErrors).toEqual([
    { code: 'HOLD_EXPIRED', field: ['holdToken'] },
  ]);
});

it('frees an expired hold: the time shows free, the job tells the viewers, and the token no longer books', async () => {
  const guest = newGuest();
  const held = await heldBy(NINE, guest);
  const watcher = await watch();

  server.clock.set(minutesLater(10));
  expect(await available(NINE)).toBe(1);
  expect((await book(NINE, guest, { holdToken: held.token })).userErrors).toEqual([
    { code: 'HOLD_EXPIRED', field: ['holdToken'] },
  ]);
  expect(await runReleaseJob()).toBe(1);

  expect((await watcher.next()).data?.slotAvailabilityChanged).toEqual({
    startsAt: NINE,
    available: 1,
  });
  expect(await rowsAt(NINE)).toEqual([]);
  expect(await runReleaseJob()).toBe(0);
});

it('lets a booking take a time whose hold expired before the job ran', async () => {
  await heldBy(NINE, newGuest());
  server.clock.set(minutesLater(11));

  const { userErrors } = await book(NINE, newGuest());

  expect(userErrors).toEqual([]);
  expect(await rowsAt(NINE)).toEqual([
    { id: expect.any(String), status: 'BOOKED', name: 'Erika Mustermann', held_until: null },
  ]);
});

it('releases a hold at once for its token only, and tells the viewers', async () => {
  const guest = newGuest();
  const held = await heldBy(NINE, guest);
  const watcher = await watch();

  expect(await release('not-a-token', guest)).toEqual({
    released: false,
    userErrors: [{ code: 'NOT_FOUND', field: ['token'] }],
  });
  expect(await release(held.token, guest)).toEqual({ released: true, userErrors: [] });

  expect((await watcher.next()).data?.slotAvailabilityChanged).toEqual({
    startsAt: NINE,
    available: 1,
  });
  expect(await available(NINE)).toBe(1);
  expect(await release(held.token, guest)).toEqual({
    released: false,
    userErrors: [{ code: 'NOT_FOUND', field: ['token'] }],
  });
});

it('keeps a signed-in citizen’s hold theirs: another account or a guest with the token can neither book nor release it', async () => {
  const owner = bearer(await signIn(server, await createAccount(server)));
  const other = bearer(await signIn(server, await createAccount(server)));
  const held = await heldBy(NINE, owner);

  for (const stranger of [other, newGuest()]) {
    expect((await book(NINE, stranger, { holdToken: held.token })).userErrors).toEqual([
      { code: 'HOLD_EXPIRED', field: ['holdToken'] },
    ]);
    expect((await release(held.token, stranger)).userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['token'] },
    ]);
  }
  expect(await rowsAt(NINE)).toEqual([expect.objectContaining({ status: 'HELD' })]);

  const { appointment, userErrors } = await book(NINE, owner, { holdToken: held.token });
  expect(userErrors).toEqual([]);
  expect(appointment).toMatchObject({ id: held.id, status: 'BOOKED' });
});

it('never shows a hold as an appointment: not in the citizen’s appointments, not in the staff’s plan', async () => {
  const owner = bearer(await signIn(server, await createAccount(server)));
  const staff = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );
  await heldBy(NINE, owner);

  const mine = await server.gql<{ me: { appointments: { edges: unknown[] } } }>(
    '{ me { appointments { edges { node { id } } } } }',
    {},
    owner,
  );
  expect(mine.body.data!.me.appointments.edges).toEqual([]);
  const plan = await server.gql<{ officeAppointments: unknown[] }>(
    `query($o: ID!) { officeAppointments(officeId: $o, from: "2027-03-02T00:00:00Z",
       to: "2027-03-03T00:00:00Z", reason: HANDLING_APPOINTMENT) { code name } }`,
    { o: town.office },
    staff,
  );
  expect(plan.body.errors).toBeUndefined();
  expect(plan.body.data).toEqual({ officeAppointments: [] });
  expect(await rowsAt(NINE)).toEqual([expect.objectContaining({ status: 'HELD' })]);
});

it('does not book a held time that a closure made meanwhile covers', async () => {
  const guest = newGuest();
  const held = await heldBy(NINE, guest);
  const em = server.orm.em.fork();
  em.create(ClosureEntity, {
    office: em.getReference(OfficeEntity, town.officeId),
    counter: null,
    startsAt: new Date(NINE),
    endsAt: new Date(HALF_PAST_NINE),
    reason: { de: 'Geschlossen', en: 'Closed' },
  });
  await em.flush();

  expect((await book(NINE, guest, { holdToken: held.token })).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['startsAt'] },
  ]);
  expect(await rowsAt(NINE)).toEqual([expect.objectContaining({ status: 'HELD' })]);
});

it('refuses a hold token for another time than the one held', async () => {
  const guest = newGuest();
  const held = await heldBy(NINE, guest);

  expect((await book(HALF_PAST_NINE, guest, { holdToken: held.token })).userErrors).toEqual([
    { code: 'HOLD_EXPIRED', field: ['holdToken'] },
  ]);
  expect(await rowsAt(HALF_PAST_NINE)).toEqual([]);
});

it('keeps one hold per caller and service: a new hold frees the old one and tells the viewers', async () => {
  const guest = newGuest();
  const first = await heldBy(NINE, guest);
  const watcher = await watch();

  const second = await heldBy(HALF_PAST_NINE, guest);

  const changes = [(await watcher.next()).data, (await watcher.next()).data];
  expect(changes).toEqual(
    expect.arrayContaining([
      { slotAvailabilityChanged: { startsAt: NINE, available: 1 } },
      { slotAvailabilityChanged: { startsAt: HALF_PAST_NINE, available: 0 } },
    ]),
  );
  expect(await rowsAt(NINE)).toEqual([]);
  expect((await book(NINE, guest, { holdToken: first.token })).userErrors).toEqual([
    { code: 'HOLD_EXPIRED', field: ['holdToken'] },
  ]);
  // Another caller's hold is not touched by it.
  await heldBy(NINE, newGuest());
  expect(await rowsAt(HALF_PAST_NINE)).toEqual([expect.objectContaining({ status: 'HELD' })]);
  expect((await book(HALF_PAST_NINE, guest, { holdToken: second.token })).userErrors).toEqual([]);
});

it('refuses holds of a past time, an unknown service and a time the office does not give', async () => {
  const guest = newGuest();
  expect((await hold('2027-02-28T08:00:00.000Z', guest)).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['startsAt'] },
  ]);
  expect((await hold('2027-03-02T08:10:00.000Z', guest)).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['startsAt'] },
  ]);
  const { body } = await server.gql<Held>(
    HOLD,
    { input: { serviceId: town.office, officeId: town.office, startsAt: NINE } },
    guest,
  );
  expect(body.data!.holdSlot.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['serviceId'] }]);
});
