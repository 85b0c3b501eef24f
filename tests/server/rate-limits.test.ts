import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { USE_LIMITS } from '../../src/auth/caller-limits.js';
import { MAX_GUARDED_MUTATIONS } from '../../src/server/mutation-limits.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { insertForm } from '../support/application-rows.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Issue #13, finding 6: one anonymous request with 30 aliased bookAppointment booked every free
// time of a service; 30 aliased registerAccount sent 30 e-mails to one address, with the
// attacker's text (a URL) in the town's official mail. Nothing limited either.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Monday 1 March 2027, 07:00 in Berlin; the fixture's counters open on weekdays 08:00–12:00.
const NOW = new Date('2027-03-01T06:00:00Z');

type UserError = { code: string; field: string[] | null; message: string };
type Payload = {
  appointment?: { code: string } | null;
  emailSent?: boolean;
  userErrors: UserError[];
};

let server: TestServer;
let town: BookingFixture;
let addresses = 0;

beforeAll(async () => {
  // Behind a proxy, so that every test speaks from client addresses of its own.
  server = await startTestServer({
    now: NOW,
    env: { TRUST_PROXY: '1', RATE_LIMIT_FACTOR: '1' },
  });
  town = await createBookingFixture(server.orm, { counters: 2, durationMinutes: 30 });
});

afterAll(async () => {
  await server.close();
});

function newAddress(): Record<string, string> {
  addresses += 1;
  return { 'x-forwarded-for': `198.51.100.${addresses}` };
}

/** The n-th bookable time of the fixture: Tuesday to Friday, 08:00–12:00 local, 30 minutes. */
function slot(n: number): string {
  const day = 2 + Math.floor(n / 8);
  const minutes = 7 * 60 + (n % 8) * 30;
  return new Date(Date.UTC(2027, 2, day, 0, minutes)).toISOString();
}

/** One operation with a `bookAppointment` field per input, aliased b0, b1, … */
function aliasedBookings(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$i${i}: BookAppointmentInput!`);
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `b${i}: bookAppointment(input: $i${i}) { appointment { code } userErrors { code field message } }`,
  );
  return `mutation(${variables.join(', ')}) { ${fields.join(' ')} }`;
}

function aliasedRegistrations(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `r${i}: registerAccount(input: $input) { emailSent userErrors { code field message } }`,
  );
  return `mutation($input: RegisterAccountInput!) { ${fields.join(' ')} }`;
}

async function bookings(emailPart: string): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>('select count(*) as n from appointment where email like ?', [
      `%${emailPart}%`,
    ]);
  return Number(row?.n);
}

function codes(data: Record<string, Payload> | null | undefined): string[] {
  return Object.values(data ?? {}).map((payload) => payload.userErrors[0]?.code ?? 'OK');
}

describe('aliased mutations', () => {
  it('refuses 30 aliased bookAppointment before booking anything, and allows 3', async () => {
    // given 30 bookings for 30 free times, each with an address of its own
    const inputs = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `i${i}`,
        guestBooking(town, slot(i), { email: `hoarder-${i}@example.org` }),
      ]),
    );

    // when they come in one operation
    const flood = await server.gql(aliasedBookings(30), inputs, newAddress());

    // then the operation is refused as a whole and nothing is booked
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(`at most ${MAX_GUARDED_MUTATIONS} of bookAppointment`),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await bookings('hoarder-')).toBe(0);

    // also when hidden in fragments on Mutation
    const hidden = await server.gql(
      `mutation($i0: BookAppointmentInput!, $i1: BookAppointmentInput!) { ...A ... on Mutation { ...B } }
       fragment A on Mutation { a: bookAppointment(input: $i0) { userErrors { code } } b: bookAppointment(input: $i1) { userErrors { code } } }
       fragment B on Mutation { c: bookAppointment(input: $i0) { userErrors { code } } d: bookAppointment(input: $i1) { userErrors { code } } }`,
      { i0: inputs.i0, i1: inputs.i1 },
      newAddress(),
    );
    expect(hidden.status).toBe(400);
    expect(await bookings('hoarder-')).toBe(0);

    // and in a chain of 30 fragments that each spread the next twice (2^30 bookings written in
    // 2 kB): the rule counts each fragment once, so the refusal comes at once instead of never
    const chain = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const doubled = await server.gql(
      `mutation($i0: BookAppointmentInput!) { ...F0 }
       ${chain}
       fragment F30 on Mutation { bookAppointment(input: $i0) { userErrors { code } } }`,
      { i0: inputs.i0 },
      newAddress(),
    );
    expect(doubled.status).toBe(400);
    expect(await bookings('hoarder-')).toBe(0);

    // while a family's three bookings in one operation go through
    const family = await server.gql<Record<string, Payload>>(
      aliasedBookings(3),
      { i0: inputs.i0, i1: inputs.i1, i2: inputs.i2 },
      newAddress(),
    );
    expect(codes(family.body.data)).toEqual(['OK', 'OK', 'OK']);
    expect(await bookings('hoarder-')).toBe(3);
  });

  it('books no more than 10 an hour for one address, and answers the rest with 429 and Retry-After', async () => {
    // given an address that has booked 9 times
    const from = newAddress();
    for (let i = 0; i < 3; i += 1) {
      const { body } = await server.gql<Record<string, Payload>>(
        aliasedBookings(3),
        Object.fromEntries(
          [0, 1, 2].map((j) => [
            `i${j}`,
            guestBooking(town, slot(8 + i * 3 + j), { email: `family-${i}-${j}@example.org` }),
          ]),
        ),
        from,
      );
      expect(codes(body.data)).toEqual(['OK', 'OK', 'OK']);
    }

    // when it asks for three more
    const more = await server.gql<Record<string, Payload>>(
      aliasedBookings(3),
      Object.fromEntries(
        [0, 1, 2].map((j) => [
          `i${j}`,
          guestBooking(town, slot(20 + j), { email: `family-3-${j}@example.org` }),
        ]),
      ),
      from,
    );

    // then the tenth is booked and the others are refused, with when to try again
    expect(codes(more.body.data)).toEqual(['OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(more.body.data!.b1!.userErrors[0]).toEqual({
      code: 'RATE_LIMITED',
      field: null,
      message: expect.stringMatching(/^Zu viele Anfragen in kurzer Zeit\. .* in \d+ Minuten/),
    });
    expect(more.status).toBe(429);
    const retryAfter = Number(more.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(USE_LIMITS.bookingsPerHour.durationSeconds);
    expect(await bookings('family-')).toBe(10);

    // and another address books as before
    const other = await server.gql<Record<string, Payload>>(
      aliasedBookings(1),
      { i0: guestBooking(town, slot(23), { email: 'family-other@example.org' }) },
      newAddress(),
    );
    expect(other.status).toBe(200);
    expect(codes(other.body.data)).toEqual(['OK']);
  });
  it('does not count a booking the town refused, so losing races on a busy morning costs nothing', async () => {
    // given a time whose two counters are taken
    for (const email of ['first-at-31@example.org', 'second-at-31@example.org']) {
      const { body } = await server.gql<Record<string, Payload>>(
        aliasedBookings(1),
        { i0: guestBooking(town, slot(31), { email }) },
        newAddress(),
      );
      expect(codes(body.data)).toEqual(['OK']);
    }

    // when one citizen tries for it 11 times
    const from = newAddress();
    for (let i = 0; i < 11; i += 1) {
      const { status, body } = await server.gql<Record<string, Payload>>(
        aliasedBookings(1),
        { i0: guestBooking(town, slot(31), { email: `racer-${i}@example.org` }) },
        from,
      );
      expect(status).toBe(200);
      expect(codes(body.data)).toEqual(['SLOT_TAKEN']);
    }

    // then she still books another time
    const { body } = await server.gql<Record<string, Payload>>(
      aliasedBookings(1),
      { i0: guestBooking(town, slot(27), { email: 'racer-done@example.org' }) },
      from,
    );
    expect(codes(body.data)).toEqual(['OK']);
  });
});

describe('holds', () => {
  const HOLD = `mutation($input: HoldSlotInput!) {
    holdSlot(input: $input) { hold { token } userErrors { code field } }
  }`;

  it('holds at most 30 times an hour for one address, then RATE_LIMITED with 429', async () => {
    // given an office of its own, and an address that held (and re-held) 30 times
    const office = await createBookingFixture(server.orm, { counters: 1 });
    const from = newAddress();
    const hold = (n: number, headers: Record<string, string>) =>
      server.gql<{ holdSlot: Payload }>(
        HOLD,
        { input: { serviceId: office.service, officeId: office.office, startsAt: slot(n % 2) } },
        headers,
      );
    for (let i = 0; i < USE_LIMITS.holdsPerHour.points; i += 1) {
      const { body } = await hold(i, from);
      expect(body.data!.holdSlot.userErrors).toEqual([]);
    }

    // when it holds once more
    const more = await hold(USE_LIMITS.holdsPerHour.points, from);

    // then it is refused with when to try again, and another address holds as before
    expect(more.status).toBe(429);
    expect(more.body.data!.holdSlot.userErrors).toEqual([{ code: 'RATE_LIMITED', field: null }]);
    expect(Number(more.headers['retry-after'])).toBeGreaterThan(0);
    const other = await hold(USE_LIMITS.holdsPerHour.points, newAddress());
    expect(other.body.data!.holdSlot.userErrors).toEqual([]);
  });
});

describe('e-mails to one address', () => {
  it('sends at most 8 an hour to an address whatever the registrations, with the name made inert', async () => {
    // given a victim's address and a name that carries a link
    const victim = 'victim@example.org';
    const input = { email: victim, name: 'Visit https://evil.example/win now', password: null };

    // when 30 aliased registrations are sent in one operation
    const aliased = await server.gql(aliasedRegistrations(30), { input }, newAddress());

    // then the operation is refused before anything is sent
    expect(aliased.status).toBe(400);
    expect(await emailsTo(server, victim)).toEqual([]);

    // and when they come 3 at a time from rotating addresses
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const { body } = await server.gql<Record<string, Payload>>(
        aliasedRegistrations(3),
        { input },
        newAddress(),
      );
      outcomes.push(...codes(body.data));
    }

    // then the address got 8 e-mails, and the other 22 registrations were refused
    const mails = await emailsTo(server, victim);
    expect(mails).toHaveLength(USE_LIMITS.mailsToAddressPerHour.points);
    expect(outcomes.filter((code) => code === 'OK')).toHaveLength(8);
    expect(outcomes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(22);
    // and no mail carries the link: the name is printed without what makes it one
    expect(mails[0]!.body).toMatch(/^Guten Tag Visit https evil\. example win now,/);
    for (const mail of mails) {
      expect(mail.body).not.toMatch(/evil\.example|:\/\/evil/);
    }
  });

  it('stops booking and cancelling in turns to fill someone’s mailbox', async () => {
    // given a victim's address that an attacker books and cancels, from ever new addresses
    const victim = 'cycled-victim@example.org';
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const booked = await server.gql<Record<string, Payload>>(
        aliasedBookings(1),
        { i0: guestBooking(town, slot(26), { email: victim }) },
        newAddress(),
      );
      outcomes.push(...codes(booked.body.data));
      const code = booked.body.data!.b0!.appointment?.code;
      if (!code) break;
      const cancelled = await server.gql<{ cancelAppointment: Payload }>(
        'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code field message } } }',
        { input: { code, email: victim } },
        newAddress(),
      );
      outcomes.push(cancelled.body.data!.cancelAppointment.userErrors[0]?.code ?? 'OK');
    }

    // then the fifth booking is refused: four confirmations and four cancellations were sent
    expect(outcomes).toEqual([...Array(8).fill('OK'), 'RATE_LIMITED']);
    expect(await emailsTo(server, victim)).toHaveLength(USE_LIMITS.mailsToAddressPerHour.points);
  });

  it('prints a guest’s name in the booking confirmation without links, and a plain name as it is', async () => {
    const linked = `linked-${Date.now()}@example.org`;
    const plain = `plain-${Date.now()}@example.org`;
    for (const [email, name, n] of [
      [linked, 'Dr. Evil <a href="https://evil.example">www.evil.example</a>', 24],
      [plain, "Dr. Anna-Lena O'Brien", 25],
    ] as const) {
      const { body } = await server.gql<Record<string, Payload>>(
        aliasedBookings(1),
        { i0: guestBooking(town, slot(n), { email, name }) },
        newAddress(),
      );
      expect(codes(body.data)).toEqual(['OK']);
    }
    const [confirmation] = await emailsTo(server, linked);
    expect(confirmation!.body).toMatch(/^Guten Tag Dr\. Evil a href https evil\. example/);
    expect(confirmation!.body).not.toMatch(/evil\.example|<a|:\/\/evil/);
    expect((await emailsTo(server, plain))[0]!.body).toMatch(/^Guten Tag Dr\. Anna-Lena O'Brien,/);
  });
});

describe('single requests', () => {
  it('answers a flood of registrations from one address with 429 and Retry-After, in the caller’s language', async () => {
    // given an address that registers 10 times
    const from = newAddress();
    for (let i = 0; i < USE_LIMITS.registrationsPerHour.points; i += 1) {
      const { status } = await server.gql(
        aliasedRegistrations(1),
        { input: { email: `flood-${i}@example.org`, name: 'Flut' } },
        from,
      );
      expect(status).toBe(200);
    }

    // when it sends the 11th
    const refused = await server.gql<Record<string, Payload>>(
      aliasedRegistrations(1),
      { input: { email: 'flood-11@example.org', name: 'Flut' } },
      { ...from, 'accept-language': 'en' },
    );

    // then it is refused with 429, when to try again, and no e-mail
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.data!.r0).toEqual({
      emailSent: false,
      userErrors: [
        {
          code: 'RATE_LIMITED',
          field: null,
          message: expect.stringMatching(/^Too many requests in a short time\. .* \d+ minutes\.$/),
        },
      ],
    });
    expect(await emailsTo(server, 'flood-11@example.org')).toEqual([]);
    // while another address registers as before
    const other = await server.gql(
      aliasedRegistrations(1),
      { input: { email: 'flood-11@example.org', name: 'Flut' } },
      newAddress(),
    );
    expect(other.status).toBe(200);
    expect(await emailsTo(server, 'flood-11@example.org')).toHaveLength(1);
  });

  it('counts the address the proxy saw, however the client fills X-Forwarded-For', async () => {
    // given a client behind the one trusted proxy that writes a new address into every request
    const register = (i: number) =>
      server.gql(
        aliasedRegistrations(1),
        { input: { email: `spoof-${i}@example.org`, name: 'Falsch' } },
        { 'x-forwarded-for': `10.0.${i}.1, 192.0.2.200` },
      );
    for (let i = 0; i < USE_LIMITS.registrationsPerHour.points; i += 1) {
      expect((await register(i)).status).toBe(200);
    }

    // when it sends one more
    const refused = await register(USE_LIMITS.registrationsPerHour.points);

    // then it is counted as the proxy's client address, whatever it wrote
    expect(refused.status).toBe(429);
  });

  it('hands out at most 60 passkey challenges per address in 15 minutes', async () => {
    const from = newAddress();
    const answers = [];
    for (let i = 0; i <= USE_LIMITS.passkeyChallengesPerAddress.points; i += 1) {
      answers.push(
        await server.gql<{ startPasskeySignIn: { options: unknown; userErrors: UserError[] } }>(
          'mutation { startPasskeySignIn { options userErrors { code } } }',
          {},
          from,
        ),
      );
    }
    const last = answers.pop()!;
    expect(answers.every((answer) => answer.body.data!.startPasskeySignIn.options)).toBe(true);
    expect(last.status).toBe(429);
    expect(last.body.data!.startPasskeySignIn).toEqual({
      options: null,
      userErrors: [{ code: 'RATE_LIMITED' }],
    });
  });
});

describe('upload tickets', () => {
  it('hands out at most 40 upload tickets an hour to a citizen, then RATE_LIMITED with 429', async () => {
    // given a citizen's draft for a service with an online form
    await insertForm(server, town.serviceId);
    const citizen = bearer(await signIn(server, await createAccount(server)));
    const started = await server.gql<{ startApplication: { application: { id: string } } }>(
      'mutation($input: StartApplicationInput!) { startApplication(input: $input) { application { id } } }',
      { input: { serviceId: town.service } },
      citizen,
    );
    const applicationId = started.body.data!.startApplication.application.id;
    const ticket = () =>
      server.gql<{
        createApplicationUpload: { uploadUrl: string | null; userErrors: UserError[] };
      }>(
        `mutation($input: CreateApplicationUploadInput!) { createApplicationUpload(input: $input) {
            uploadUrl userErrors { code field message } } }`,
        { input: { applicationId, requirement: 'proofOfAddress', fileName: 'meldung.pdf' } },
        citizen,
      );

    // when it asks for 40 tickets, then one more
    for (let i = 0; i < USE_LIMITS.uploadTicketsPerHour.points; i += 1) {
      expect((await ticket()).body.data!.createApplicationUpload.userErrors).toEqual([]);
    }
    const refused = await ticket();

    // then the 41st is refused, with when to try again
    expect(refused.status).toBe(429);
    expect(refused.body.data!.createApplicationUpload).toEqual({
      uploadUrl: null,
      userErrors: [expect.objectContaining({ code: 'RATE_LIMITED', field: null })],
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('over WebSocket', () => {
  it('counts bookings by the client address the proxy forwarded, as over HTTP', async () => {
    // given an address that booked 10 times over HTTP (at times the other tests left free)
    const address = '192.0.2.150';
    const FREE = [3, 4, 5, 6, 7, 17, 18, 19, 28, 29];
    for (let i = 0; i < 10; i += 1) {
      const { body } = await server.gql<Record<string, Payload>>(
        aliasedBookings(1),
        { i0: guestBooking(town, slot(FREE[i]!), { email: `ws-family-${i}@example.org` }) },
        { 'x-forwarded-for': address },
      );
      expect(codes(body.data)).toEqual(['OK']);
    }

    // when it books once more over a WebSocket through the same proxy
    class ForwardedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': address } });
      }
    }
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: ForwardedWebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{ data?: Record<string, Payload> | null }>(
        (resolve, reject) => {
          let value: { data?: Record<string, Payload> | null } = {};
          client.subscribe<Record<string, Payload>>(
            {
              query: aliasedBookings(1),
              variables: {
                i0: guestBooking(town, slot(30), { email: 'ws-family-x@example.org' }),
              },
            },
            {
              next: (next) => {
                value = next;
              },
              error: reject,
              complete: () => resolve(value),
            },
          );
        },
      );

      // then it is the same caller, and refused
      expect(codes(result.data)).toEqual(['RATE_LIMITED']);
    } finally {
      await client.dispose();
    }
    expect(await bookings('ws-family-x')).toBe(0);
  });
});

describe('several instances', () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    const env = { REDIS_URL, TRUST_PROXY: '1', RATE_LIMIT_FACTOR: '1' };
    first = await startTestServer({ now: NOW, env });
    second = await startTestServer({ now: NOW, env, databaseName: first.databaseName });
    // Until its first connection to Redis is ready (which takes a while on a loaded machine),
    // an instance counts in memory by design: wait until each counts in Redis.
    const redis = new Redis(REDIS_URL);
    try {
      let probes = 0;
      for (const instance of [first, second]) {
        await waitUntil(
          async () => {
            probes += 1;
            const address = `203.0.113.${probes}`;
            await instance.gql('{ offices { id } }', {}, { 'x-forwarded-for': address });
            const keys = await redis.keys(`rathaus:${first.databaseName}:limit:*${address}*`);
            return keys.length > 0;
          },
          'the instance counts in Redis',
          { timeoutMs: 30_000, intervalMs: 100 },
        );
      }
    } finally {
      await redis.quit();
    }
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('count in one bucket through Redis: what one instance allowed, the other refuses', async () => {
    // given an address that used its registrations on the first instance
    const from = { 'x-forwarded-for': '192.0.2.77' };
    for (let i = 0; i < USE_LIMITS.registrationsPerHour.points; i += 1) {
      const { status } = await first.gql(
        aliasedRegistrations(1),
        { input: { email: `shared-${i}@example.org`, name: 'Geteilt' } },
        from,
      );
      expect(status).toBe(200);
    }

    // when it registers on the second instance
    const refused = await second.gql(
      aliasedRegistrations(1),
      { input: { email: 'shared-next@example.org', name: 'Geteilt' } },
      from,
    );

    // then the second instance refuses it
    expect(refused.status).toBe(429);
    // and lets another address register
    const other = await second.gql(
      aliasedRegistrations(1),
      { input: { email: 'shared-next@example.org', name: 'Geteilt' } },
      { 'x-forwarded-for': '192.0.2.78' },
    );
    expect(other.status).toBe(200);
  });
});

describe('requests for released times', () => {
  const REQUEST = `mutation($input: RequestReleasedTimeInput!) {
    requestReleasedTime(input: $input) { token userErrors { code field } }
  }`;

  it('takes at most 10 requests an hour from one address, then RATE_LIMITED with 429', async () => {
    // given a fair release of an office of its own, open now, and an address that asked 10 times
    const office = await createBookingFixture(server.orm, { counters: 1 });
    const [release] = await server.orm.em.fork().execute<Array<{ id: string }>>(
      `insert into appointment_release (id, service_id, office_id, starts_at, ends_at, opens_at, closes_at)
       values (gen_random_uuid(), ?, ?, '2027-03-02T07:00:00Z', '2027-03-03T07:00:00Z',
               '2027-03-01T05:00:00Z', '2027-03-01T07:00:00Z')
       returning id`,
      [office.serviceId, office.officeId],
    );
    const releaseId = Buffer.from(`AppointmentRelease:${release!.id}`).toString('base64');
    const from = newAddress();
    const ask = (n: number, headers: Record<string, string>) =>
      server.gql<{ requestReleasedTime: Payload }>(
        REQUEST,
        { input: { releaseId, name: 'Erika Mustermann', email: `release-${n}@example.org` } },
        headers,
      );
    for (let i = 0; i < USE_LIMITS.releaseRequestsPerHour.points; i += 1) {
      const { body } = await ask(i, from);
      expect(body.data!.requestReleasedTime.userErrors).toEqual([]);
    }

    // when it asks once more, for yet another address
    const more = await ask(USE_LIMITS.releaseRequestsPerHour.points, from);

    // then it is refused with when to try again, and another address asks as before
    expect(more.status).toBe(429);
    expect(more.body.data!.requestReleasedTime.userErrors).toEqual([
      { code: 'RATE_LIMITED', field: null },
    ]);
    const other = await ask(USE_LIMITS.releaseRequestsPerHour.points + 1, newAddress());
    expect(other.body.data!.requestReleasedTime.userErrors).toEqual([]);
  });
});
