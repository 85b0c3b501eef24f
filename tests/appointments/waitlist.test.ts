import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  forgetEndedWaitlistEntries,
  releaseExpiredHolds,
} from '../../src/appointments/appointment-jobs.js';
import { bearer, createAccount, emailsTo, signIn, type TestAccount } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  type TestServer,
  waitForSubscriptions,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// The waitlist with offers (issue #19, docs/decisions/0025-waitlist.md): real HTTP, a real
// graphql-ws client for waitlistOffer, and the server's clock moved by the test; the release job
// is run as the server runs it.

const JOIN = `mutation Join($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { joined confirmationSent userErrors { code field } }
}`;
const CONFIRM = `mutation Confirm($input: ConfirmWaitlistEntryInput!) {
  confirmWaitlistEntry(input: $input) { confirmed userErrors { code } }
}`;
const LEAVE = `mutation Leave($input: LeaveWaitlistInput!) {
  leaveWaitlist(input: $input) { left userErrors { code } }
}`;
const MINE = `query Mine {
  myWaitlistEntries {
    id placeInLine earliestTime latestTime service { name } offices { id }
    offer { startsAt endsAt expiresAt office { id } }
  }
}`;
const ACCEPT = `mutation Accept($input: WaitlistOfferInput!) {
  acceptWaitlistOffer(input: $input) {
    appointment { code status startsAt email }
    userErrors { code }
  }
}`;
const DECLINE = `mutation Decline($input: WaitlistOfferInput!) {
  declineWaitlistOffer(input: $input) { declined userErrors { code } }
}`;
const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code } userErrors { code } }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { userErrors { code } }
}`;
const FREE = `query Free($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;
const OFFERS = `subscription { waitlistOffer { startsAt expiresAt office { id } service { name } } }`;

type Entry = {
  id: string;
  placeInLine: number;
  earliestTime: string;
  latestTime: string;
  offer: { startsAt: string; expiresAt: string; office: { id: string } } | null;
};
type OfferEvent = {
  waitlistOffer: { startsAt: string; expiresAt: string; office: { id: string } };
};

// Monday 1 March 2027, 07:00 in Berlin; the office gives 30-minute slots 08:00–12:00 local time.
const NOW = new Date('2027-03-01T06:00:00Z');
// Tuesday 2 March, 09:00 and 10:00 in Berlin.
const NINE = '2027-03-02T08:00:00.000Z';
const TEN = '2027-03-02T09:00:00.000Z';
const minutesLater = (n: number) => new Date(NOW.getTime() + n * 60_000);

let server: TestServer;
let town: BookingFixture;
let guests = 0;
const clients: Client[] = [];
const watchers: Array<Subscription<OfferEvent>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW, env: { TRUST_PROXY: '1' } });
});

beforeEach(async () => {
  // One counter: a cancellation frees exactly one time.
  town = await createBookingFixture(server.orm, { counters: 1 });
  server.clock.set(NOW);
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

const settings = () => ({
  publicUrl: 'http://rathaus.test',
  townName: 'Musterstadt',
  mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
  timeZone: 'Europe/Berlin',
  linkSecret: server.linkSecret,
});

function runReleaseJob() {
  return releaseExpiredHolds({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings: settings(),
  });
}

/** A guest at a client address of their own. */
function guest(): Record<string, string> {
  guests += 1;
  return { 'x-forwarded-for': `203.0.113.${guests}` };
}

async function citizen(): Promise<{ account: TestAccount; headers: Record<string, string> }> {
  const account = await createAccount(server);
  return { account, headers: bearer(await signIn(server, account)) };
}

function joinInput(extra: Record<string, unknown> = {}) {
  return {
    serviceId: town.service,
    officeIds: [town.office],
    startsAfter: NOW.toISOString(),
    endsBefore: '2027-03-06T00:00:00Z',
    earliestTime: '08:00',
    latestTime: '12:00',
    name: 'Erika Mustermann',
    ...extra,
  };
}

async function join(headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const { status, body } = await server.gql<{
    joinWaitlist: {
      joined: boolean;
      confirmationSent: boolean;
      userErrors: Array<{ code: string; field: string[] }>;
    };
  }>(JOIN, { input: joinInput(extra) }, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data!.joinWaitlist;
}

async function mine(headers: Record<string, string>): Promise<Entry[]> {
  const { body } = await server.gql<{ myWaitlistEntries: Entry[] }>(MINE, {}, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.myWaitlistEntries;
}

/** Books the time for a guest; the booking's code and e-mail cancel it. */
async function booked(startsAt: string, place: BookingFixture = town) {
  const email = `booker-${(guests += 1)}@example.org`;
  const { body } = await server.gql<{
    bookAppointment: { appointment: { code: string } | null; userErrors: unknown[] };
  }>(
    BOOK,
    {
      input: {
        serviceId: place.service,
        officeId: place.office,
        startsAt,
        name: 'Max Muster',
        email,
      },
    },
    guest(),
  );
  expect(body.data!.bookAppointment.userErrors).toEqual([]);
  return { code: body.data!.bookAppointment.appointment!.code, email };
}

async function cancel(booking: { code: string; email: string }) {
  const { body } = await server.gql<{ cancelAppointment: { userErrors: unknown[] } }>(
    CANCEL,
    { input: booking },
    guest(),
  );
  expect(body.data!.cancelAppointment.userErrors).toEqual([]);
}

async function available(startsAt: string): Promise<number> {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: number }> }>(
    FREE,
    {
      serviceId: town.service,
      officeId: town.office,
      from: startsAt,
      to: new Date(new Date(startsAt).getTime() + 1).toISOString(),
    },
  );
  return body.data!.freeSlots[0]!.available;
}

async function offersTo(headers: Record<string, string>) {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: headers.authorization },
  });
  clients.push(client);
  const watcher = subscription<OfferEvent>(client, OFFERS, {});
  watchers.push(watcher);
  await waitForSubscriptions(server.bus, watchers.length, 15_000, 'waitlistOffer');
  return watcher;
}

/** The token of the link in the newest waitlist e-mail to the address. */
async function linkToken(address: string, path: string): Promise<string> {
  const mails = await emailsTo(server, address);
  const body = mails.at(-1)?.body ?? '';
  const token = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(body)?.[1];
  if (!token) throw new Error(`no ${path} link in ${JSON.stringify(mails)}`);
  return token;
}

async function offerAction(
  query: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const { body } = await server.gql<Record<string, { userErrors: Array<{ code: string }> }>>(
    query,
    { input },
    headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!;
}

it('offers a cancelled time to the first in line, live and by e-mail; accepting books it', async () => {
  // Given a booked time, and two citizens in line, the first watching their offers
  const booking = await booked(NINE);
  const first = await citizen();
  const second = await citizen();
  expect(await join(first.headers)).toEqual({
    joined: true,
    confirmationSent: false,
    userErrors: [],
  });
  await join(second.headers);
  expect((await mine(first.headers)).map((entry) => entry.placeInLine)).toEqual([1]);
  expect((await mine(second.headers)).map((entry) => entry.placeInLine)).toEqual([2]);
  const firstOffers = await offersTo(first.headers);
  const secondOffers = await offersTo(second.headers);

  // When the booking is cancelled
  await cancel(booking);

  // Then the time is held for the first in line for 15 minutes: the event, the e-mail, the entry
  const event = await firstOffers.next();
  expect(event.data?.waitlistOffer).toMatchObject({
    startsAt: NINE,
    expiresAt: minutesLater(15).toISOString(),
    office: { id: town.office },
  });
  await secondOffers.nothingWithin(200);
  expect(await available(NINE)).toBe(0);
  const [entry] = await mine(first.headers);
  expect(entry!.offer).toMatchObject({ startsAt: NINE, office: { id: town.office } });
  const mail = (await emailsTo(server, first.account.email)).at(-1)!;
  expect(mail.subject).toContain('Ein Termin ist frei geworden');
  expect(mail.body).toMatch(/waitlist\/offer\?token=[A-Za-z0-9_-]{43}/);

  // And the second cannot take it, but the first can, by entry
  expect(
    (await offerAction(ACCEPT, { entryId: entry!.id }, second.headers)).acceptWaitlistOffer!
      .userErrors,
  ).toEqual([{ code: 'NOT_FOUND' }]);
  const accepted = await server.gql<{
    acceptWaitlistOffer: {
      appointment: { status: string; startsAt: string; email: string } | null;
      userErrors: unknown[];
    };
  }>(ACCEPT, { input: { entryId: entry!.id } }, first.headers);
  expect(accepted.body.data!.acceptWaitlistOffer).toEqual({
    appointment: expect.objectContaining({
      status: 'BOOKED',
      startsAt: NINE,
      email: first.account.email,
    }),
    userErrors: [],
  });
  expect((await emailsTo(server, first.account.email)).at(-1)!.subject).toContain(
    'Terminbestätigung',
  );
  // The entry did its job and left the line; the second moves up.
  expect(await mine(first.headers)).toEqual([]);
  expect((await mine(second.headers)).map((line) => line.placeInLine)).toEqual([1]);
});

it('passes a declined or expired offer to the next in line, and releases what nobody matches', async () => {
  // Given a signed-in citizen and a confirmed guest in line, in that order
  const booking = await booked(TEN);
  const first = await citizen();
  await join(first.headers);
  const guestEmail = `wartend-${guests}@example.org`;
  const guestHeaders = guest();
  expect(await join(guestHeaders, { email: guestEmail })).toEqual({
    joined: true,
    confirmationSent: true,
    userErrors: [],
  });
  const confirmToken = await linkToken(guestEmail, 'waitlist/confirm');
  expect(
    (await offerAction(CONFIRM, { token: confirmToken }, guestHeaders)).confirmWaitlistEntry,
  ).toEqual({ confirmed: true, userErrors: [] });

  // When the first declines the offered time
  await cancel(booking);
  const [entry] = await mine(first.headers);
  expect(entry!.offer?.startsAt).toBe(TEN);
  expect(
    (await offerAction(DECLINE, { entryId: entry!.id }, first.headers)).declineWaitlistOffer,
  ).toEqual({ declined: true, userErrors: [] });

  // Then the guest is offered it by e-mail, and the first keeps their place without an offer
  const offerToken = await linkToken(guestEmail, 'waitlist/offer');
  expect((await mine(first.headers))[0]).toMatchObject({ placeInLine: 1, offer: null });
  expect(await available(TEN)).toBe(0);

  // When the guest lets it expire (the release job, by the server's clock)
  server.clock.set(minutesLater(16));
  expect(await runReleaseJob()).toBe(1);

  // Then nobody else matches (the first declined it): the time is free for everyone
  expect(await available(TEN)).toBe(1);
  expect(
    (await offerAction(ACCEPT, { token: offerToken }, guestHeaders)).acceptWaitlistOffer!
      .userErrors,
  ).toEqual([{ code: 'NOT_FOUND' }]);
});

it('lets a guest accept an offer by the link in its e-mail', async () => {
  const booking = await booked(NINE);
  const guestEmail = `gast-${guests}@example.org`;
  const headers = guest();
  await join(headers, { email: guestEmail });
  // Unconfirmed, the guest is not in line: the cancelled time stays free.
  await cancel(booking);
  expect(await available(NINE)).toBe(1);
  await offerAction(CONFIRM, { token: await linkToken(guestEmail, 'waitlist/confirm') }, headers);

  const again = await booked(NINE);
  await cancel(again);
  const token = await linkToken(guestEmail, 'waitlist/offer');
  const { body } = await server.gql<{
    acceptWaitlistOffer: { appointment: { email: string; startsAt: string } | null };
  }>(ACCEPT, { input: { token } }, guest());
  expect(body.data!.acceptWaitlistOffer.appointment).toEqual({
    code: expect.any(String),
    status: 'BOOKED',
    startsAt: NINE,
    email: guestEmail,
  });
  expect((await emailsTo(server, guestEmail)).at(-1)!.subject).toContain('Terminbestätigung');
});

const BY_TOKEN = `query ByToken($token: String!) {
  waitlistEntryByToken(token: $token) { id placeInLine service { name } offer { startsAt } }
}`;

async function entryByToken(token: string, headers: Record<string, string>) {
  const { body } = await server.gql<{
    waitlistEntryByToken: {
      id: string;
      placeInLine: number;
      offer: { startsAt: string } | null;
    } | null;
  }>(BY_TOKEN, { token }, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.waitlistEntryByToken;
}

it('shows a guest their place in line by the confirmation link, and lets them leave by it, passing their offer on', async () => {
  const booking = await booked(NINE);
  const first = `gast-first-${guests}@example.org`;
  const firstHeaders = guest();
  await join(firstHeaders, { email: first });
  const token = await linkToken(first, 'waitlist/confirm');
  // The confirmation e-mail links the entry's page with the same token.
  expect(await linkToken(first, 'waitlist/entry')).toBe(token);
  // Unconfirmed, the entry is not in line yet.
  expect(await entryByToken(token, guest())).toBeNull();
  await offerAction(CONFIRM, { token }, firstHeaders);
  const second = await citizen();
  await join(second.headers);
  expect(await entryByToken(token, guest())).toMatchObject({ placeInLine: 1, offer: null });
  expect((await mine(second.headers))[0]!.placeInLine).toBe(2);

  // The guest is offered the cancelled time, then leaves: the offer passes to the next in line.
  await cancel(booking);
  expect((await entryByToken(token, guest()))!.offer).toEqual({ startsAt: NINE });
  expect(
    (await offerAction(LEAVE, { entryId: (await mine(second.headers))[0]!.id, token }, guest()))
      .leaveWaitlist,
  ).toEqual({ left: false, userErrors: [{ code: 'INVALID_INPUT' }] });
  expect((await offerAction(LEAVE, { token }, guest())).leaveWaitlist).toEqual({
    left: true,
    userErrors: [],
  });
  expect(await entryByToken(token, guest())).toBeNull();
  const [next] = await mine(second.headers);
  expect(next).toMatchObject({ placeInLine: 1, offer: { startsAt: NINE } });
  // Left once, the link takes nothing out again; a changed token names nothing.
  expect((await offerAction(LEAVE, { token }, guest())).leaveWaitlist).toEqual({
    left: false,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
  expect(
    (
      await offerAction(
        LEAVE,
        { token: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` },
        guest(),
      )
    ).leaveWaitlist,
  ).toEqual({
    left: false,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
  // Left, the guest may join again; joining once more e-mails the entry's link anew, and only
  // the newest link works.
  expect((await join(guest(), { email: first })).joined).toBe(true);
  const joinedToken = await linkToken(first, 'waitlist/entry');
  expect((await join(guest(), { email: first })).userErrors).toEqual([
    { code: 'ALREADY_WAITING', field: ['serviceId'] },
  ]);
  const sentAgain = await linkToken(first, 'waitlist/entry');
  expect(sentAgain).not.toBe(joinedToken);
  expect((await offerAction(LEAVE, { token: joinedToken }, guest())).leaveWaitlist).toEqual({
    left: false,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
  expect((await offerAction(CONFIRM, { token: sentAgain }, guest())).confirmWaitlistEntry).toEqual({
    confirmed: true,
    userErrors: [],
  });
});

it('lets a guest take out an entry made with their address that they never confirmed', async () => {
  const address = `gast-not-me-${guests}@example.org`;
  await join(guest(), { email: address });
  const token = await linkToken(address, 'waitlist/entry');
  expect((await offerAction(LEAVE, { token }, guest())).leaveWaitlist).toEqual({
    left: true,
    userErrors: [],
  });
  expect((await offerAction(CONFIRM, { token }, guest())).confirmWaitlistEntry).toEqual({
    confirmed: false,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
});

it('offers nothing outside an entry’s times of day, and keeps one live entry per person and service', async () => {
  const booking = await booked(NINE);
  const early = await citizen();
  // 09:00–09:30 local does not end by 09:15.
  await join(early.headers, { earliestTime: '08:00', latestTime: '09:15' });
  expect((await join(early.headers)).userErrors).toEqual([
    { code: 'ALREADY_WAITING', field: ['serviceId'] },
  ]);
  await cancel(booking);
  expect(await available(NINE)).toBe(1);
  expect((await mine(early.headers))[0]!.offer).toBeNull();
});

it('refuses invalid entries with the fields at fault, and lets citizens leave the line', async () => {
  const someone = await citizen();
  const other = await citizen();
  const refused = await join(someone.headers, {
    endsBefore: '2029-01-01T00:00:00Z',
    latestTime: '7 Uhr',
  });
  expect(refused.userErrors.map((error) => error.field)).toEqual([['endsBefore'], ['latestTime']]);
  expect((await join(guest(), { email: '' })).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['email'] },
  ]);

  await join(someone.headers);
  const [entry] = await mine(someone.headers);
  expect((await offerAction(LEAVE, { entryId: entry!.id }, other.headers)).leaveWaitlist).toEqual({
    left: false,
    userErrors: [{ code: 'NOT_FOUND' }],
  });
  expect((await offerAction(LEAVE, { entryId: entry!.id }, someone.headers)).leaveWaitlist).toEqual(
    { left: true, userErrors: [] },
  );
  expect(await mine(someone.headers)).toEqual([]);
  // Left, the citizen may join again.
  expect((await join(someone.headers)).joined).toBe(true);
});

it('refuses the waitlistOffer subscription to guests', async () => {
  const watcher = subscription<OfferEvent>(server.wsClient(), OFFERS, {});
  watchers.push(watcher);
  const result = await watcher.next();
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
});

it('deletes a citizen’s places in line with the account, and frees the time offered to them', async () => {
  const booking = await booked(NINE);
  const leaving = await citizen();
  await join(leaving.headers);
  await cancel(booking);
  expect((await mine(leaving.headers))[0]!.offer?.startsAt).toBe(NINE);

  const { body } = await server.gql<{ deleteMyAccount: { deleted: boolean } }>(
    'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }',
    { input: { confirmEmail: leaving.account.email, password: leaving.account.password } },
    leaving.headers,
  );
  expect(body.data!.deleteMyAccount.deleted).toBe(true);
  const rows = await server.orm.em
    .fork()
    .execute('select id from waitlist_entry where account_id = ?', [leaving.account.id]);
  expect(rows).toEqual([]);
  expect(await available(NINE)).toBe(1);
});

it('offers a person at most one time at once: the next in line gets the second', async () => {
  // Given a person in line at two offices' services, and another behind them at the second
  const second = await createBookingFixture(server.orm, { counters: 1 });
  const firstBooking = await booked(NINE);
  const both = await citizen();
  const behind = await citizen();
  await join(both.headers);
  await join(both.headers, { serviceId: second.service, officeIds: [second.office] });
  await join(behind.headers, { serviceId: second.service, officeIds: [second.office] });
  const secondBooking = await booked(NINE, second);

  // When both booked times are cancelled
  await cancel(firstBooking);
  await cancel(secondBooking);

  // Then the person holds the first, and the second went to the one behind them
  const offered = await mine(both.headers);
  expect(offered.map((entry) => entry.offer?.office.id ?? null)).toEqual([town.office, null]);
  expect((await mine(behind.headers))[0]!.offer?.office.id).toBe(second.office);
});

it('forgets entries whose period ended, and guests’ entries left unconfirmed for a day', async () => {
  const staying = await citizen();
  await join(staying.headers, { endsBefore: '2027-03-10T00:00:00Z' });
  await join(guest(), { email: `unbestaetigt-${guests}@example.org` });
  const count = async () =>
    (
      await server.orm.em
        .fork()
        .execute<Array<{ n: string }>>(
          'select count(*) as n from waitlist_entry where service_id = ?',
          [town.serviceId],
        )
    )[0]!.n;
  const forget = () =>
    forgetEndedWaitlistEntries({ em: server.orm.em.fork(), clock: server.clock.now });

  server.clock.set(minutesLater(23 * 60));
  await forget();
  expect(await count()).toBe('2');
  server.clock.set(minutesLater(25 * 60));
  await forget();
  expect(await count()).toBe('1');
  server.clock.set(new Date('2027-03-10T00:00:00Z'));
  await forget();
  expect(await count()).toBe('0');
});
