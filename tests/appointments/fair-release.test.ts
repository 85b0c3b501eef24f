import { drawDueReleases } from '../../src/appointments/appointment-jobs.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Fair release (issue #19, docs/fair-release.md): times released in bulk are requested during a
// window and drawn by lot. Time moves by the server's clock; the draw job runs as the server
// runs it.

const CREATE = `mutation Create($input: CreateAppointmentReleaseInput!) {
  createAppointmentRelease(input: $input) {
    release { id state opensAt closesAt seed rulesUrl service { name } office { name } }
    userErrors { code field }
  }
}`;
const REQUEST = `mutation Request($input: RequestReleasedTimeInput!) {
  requestReleasedTime(input: $input) {
    request { id status drawPosition bookingCode release { state } }
    token
    userErrors { code field }
  }
}`;
const BY_TOKEN = `query ByToken($token: String!) {
  releaseRequest(token: $token) {
    status drawPosition bookingCode appointmentStartsAt release { state seed }
  }
}`;
const JOIN = `mutation Join($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { joined userErrors { code } }
}`;
const MINE = `query { myReleaseRequests { status bookingCode release { id } } }`;
const FREE = `query Free($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available }
}`;
const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code } userErrors { code field } }
}`;
const SERVICE = `query Service($id: ID!) {
  service(id: $id) { upcomingRelease { id state rulesUrl } }
}`;

// Monday 1 March 2027, 07:00 in Berlin. The office gives 30-minute slots 08:00–12:00 local time
// on two counters: Tuesday 2 March has 16 times (8 slots × 2 counters).
const NOW = new Date('2027-03-01T06:00:00Z');
const OPENS = new Date('2027-03-01T07:00:00Z');
const TUESDAY = '2027-03-02T07:00:00.000Z';
const WEDNESDAY = '2027-03-03T07:00:00.000Z';
const minutesAfterOpening = (n: number) => new Date(OPENS.getTime() + n * 60_000);
const settings = {
  publicUrl: 'http://rathaus.test',
  townName: 'Musterstadt',
  mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
  timeZone: 'Europe/Berlin',
  get linkSecret() {
    return server.linkSecret;
  },
};

type Release = { id: string; state: string; seed: string | null; rulesUrl: string };
type Created = {
  createAppointmentRelease: {
    release: Release | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};
type Requested = {
  requestReleasedTime: {
    request: { id: string; status: string; release: { state: string } } | null;
    token: string | null;
    userErrors: Array<{ code: string; field: string[] | null }>;
  };
};
type ByToken = {
  releaseRequest: {
    status: string;
    drawPosition: number | null;
    bookingCode: string | null;
    appointmentStartsAt: string | null;
    release: { state: string; seed: string | null };
  } | null;
};

let server: TestServer;
let town: BookingFixture;
let staffHeaders: Record<string, string>;
let addresses = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW, env: { TRUST_PROXY: '1' } });
});

beforeEach(async () => {
  server.clock.set(NOW);
  town = await createBookingFixture(server.orm, { counters: 2 });
  const clerk = await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] });
  staffHeaders = bearer(await signIn(server, clerk));
});

afterEach(async () => {
  // The releases a test left are drawn, so that the next test's job counts only its own.
  server.clock.set(minutesAfterOpening(60));
  await draw();
});

afterAll(async () => {
  await server.close();
});

/** A guest at a client address of their own. */
function newGuest(): Record<string, string> {
  addresses += 1;
  return { 'x-forwarded-for': `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}` };
}

async function createRelease(
  headers = staffHeaders,
  times: { startsAt: string; endsAt: string } = { startsAt: TUESDAY, endsAt: WEDNESDAY },
) {
  const { status, body } = await server.gql<Created>(
    CREATE,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        ...times,
        opensAt: OPENS.toISOString(),
        windowMinutes: 10,
      },
    },
    headers,
  );
  expect(status).toBe(200);
  return body.data!.createAppointmentRelease;
}

async function released(): Promise<Release> {
  const { release, userErrors } = await createRelease();
  expect(userErrors).toEqual([]);
  return release!;
}

async function request(
  releaseId: string,
  email: string,
  extra: { headers?: Record<string, string>; timeOfDay?: string; preferredDays?: string[] } = {},
) {
  const { status, body } = await server.gql<Requested>(
    REQUEST,
    {
      input: {
        releaseId,
        name: 'Erika Mustermann',
        email,
        timeOfDay: extra.timeOfDay,
        preferredDays: extra.preferredDays,
      },
    },
    extra.headers ?? newGuest(),
  );
  expect(status).toBe(200);
  return body.data!.requestReleasedTime;
}

async function freeOnTuesday(): Promise<Array<{ startsAt: string; available: number }>> {
  const { body } = await server.gql<{
    freeSlots: Array<{ startsAt: string; available: number }>;
  }>(FREE, { serviceId: town.service, officeId: town.office, from: TUESDAY, to: WEDNESDAY });
  return body.data!.freeSlots;
}

function draw() {
  return drawDueReleases({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings,
  });
}

async function bookedRows() {
  return server.orm.em
    .fork()
    .execute<Array<{ email: string; counter_id: string; starts_at: Date }>>(
      `select email, counter_id, starts_at from appointment
        where service_id = ? and status = 'BOOKED' order by starts_at, counter_id`,
      [town.serviceId],
    );
}

describe('before and during the window', () => {
  it('offers none of the released times before the draw, and no request before opensAt', async () => {
    // Given: free slots on Tuesday
    expect(await freeOnTuesday()).toHaveLength(8);
    // When: a release of Tuesday is defined
    const release = await released();
    // Then: nothing of Tuesday is offered, bookable or requestable yet
    expect(release.state).toBe('UPCOMING');
    expect(release.rulesUrl).toBe('http://rathaus.test/fair-release');
    expect(await freeOnTuesday()).toEqual([]);
    const { body } = await server.gql<{
      bookAppointment: { userErrors: Array<{ code: string }> };
    }>(
      BOOK,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: TUESDAY,
          name: 'Schnell Skript',
          email: 'fast@example.org',
        },
      },
      newGuest(),
    );
    expect(body.data!.bookAppointment.userErrors.map((error) => error.code)).toEqual([
      'INVALID_INPUT',
    ]);
    const early = await request(release.id, 'early@example.org');
    expect(early.userErrors.map((error) => error.code)).toEqual(['NOT_OPEN']);
    // And the service page links the rule while the release is upcoming
    const page = await server.gql<{ service: { upcomingRelease: Release | null } }>(SERVICE, {
      id: town.service,
    });
    expect(page.body.data!.service.upcomingRelease).toMatchObject({ id: release.id });
  });

  it('collects one request per person and refuses duplicates with a code', async () => {
    const release = await released();
    server.clock.set(minutesAfterOpening(1));
    // When: a guest asks, then asks again with the same address written otherwise
    const first = await request(release.id, 'anna.berg@example.org');
    const again = await request(release.id, ' Anna.Berg+second@Example.org ');
    // Then: the first is collected, the second refused
    expect(first.userErrors).toEqual([]);
    expect(first.request).toMatchObject({ status: 'PENDING', release: { state: 'OPEN' } });
    expect(again.userErrors).toEqual([{ code: 'DUPLICATE_REQUEST', field: ['email'] }]);
    // And a signed-in citizen can ask once, whatever address they give
    const citizen = await createAccount(server);
    const headers = bearer(await signIn(server, citizen));
    expect((await request(release.id, 'own@example.org', { headers })).userErrors).toEqual([]);
    const second = await request(release.id, 'other@example.org', { headers });
    expect(second.userErrors.map((error) => error.code)).toEqual(['DUPLICATE_REQUEST']);
    const mine = await server.gql<{ myReleaseRequests: Array<{ status: string }> }>(
      MINE,
      {},
      headers,
    );
    expect(mine.body.data!.myReleaseRequests).toEqual([
      { status: 'PENDING', bookingCode: null, release: { id: release.id } },
    ]);
    // And deleting the account forgets its request
    const deleted = await server.gql<{ deleteMyAccount: { deleted: boolean } }>(
      'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }',
      { input: { confirmEmail: citizen.email } },
      headers,
    );
    expect(deleted.body.data!.deleteMyAccount.deleted).toBe(true);
    const left = await server.orm.em
      .fork()
      .execute(`select 1 from release_request where email = 'own@example.org'`);
    expect(left).toEqual([]);
    // And after the window nobody can ask any more
    server.clock.set(minutesAfterOpening(10));
    const late = await request(release.id, 'late@example.org');
    expect(late.userErrors.map((error) => error.code)).toEqual(['CLOSED']);
  });

  it('lets only staff of the office define a release', async () => {
    const citizen = await createAccount(server);
    const other = await createBookingFixture(server.orm);
    const stranger = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [other.officeId],
    });
    const byStranger = await createRelease(bearer(await signIn(server, stranger)));
    expect(byStranger.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
    const byCitizen = await server.gql(
      CREATE,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: TUESDAY,
          endsAt: WEDNESDAY,
          opensAt: OPENS.toISOString(),
          windowMinutes: 10,
        },
      },
      bearer(await signIn(server, citizen)),
    );
    expect(byCitizen.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // And two undrawn releases never share a time
    await released();
    const overlapping = await createRelease();
    expect(overlapping.userErrors.map((error) => error.code)).toEqual(['OVERLAPPING']);
  });
});

describe('the draw', () => {
  it('assigns each time once, each person at most one, everyone when there are enough', async () => {
    // Given: 16 times and 12 requests for any time, 3 for Tuesday afternoon only (there is none)
    const release = await released();
    server.clock.set(minutesAfterOpening(2));
    const tokens: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const { token, userErrors } = await request(release.id, `any-${index}@example.org`);
      expect(userErrors).toEqual([]);
      tokens.push(token!);
    }
    const picky: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const { token } = await request(release.id, `afternoon-${index}@example.org`, {
        timeOfDay: 'AFTERNOON',
        preferredDays: ['2027-03-02'],
      });
      picky.push(token!);
    }
    // When: the window ends and the job runs twice at once, and once more
    server.clock.set(minutesAfterOpening(10));
    const runs = await Promise.all([draw(), draw()]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await draw()).toBe(0);
    // Then: every "any" request has a time, no time twice, nobody twice
    const rows = await bookedRows();
    expect(rows).toHaveLength(12);
    const times = new Set(
      rows.map((row) => `${row.counter_id}@${new Date(row.starts_at).toISOString()}`),
    );
    expect(times.size).toBe(12);
    expect(new Set(rows.map((row) => row.email)).size).toBe(12);
    for (const token of tokens) {
      const { body } = await server.gql<ByToken>(BY_TOKEN, { token });
      expect(body.data!.releaseRequest).toMatchObject({
        status: 'WON',
        release: { state: 'DRAWN', seed: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(body.data!.releaseRequest!.bookingCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    }
    const positions: number[] = [];
    for (const token of [...tokens, ...picky]) {
      const { body } = await server.gql<ByToken>(BY_TOKEN, { token });
      positions.push(body.data!.releaseRequest!.drawPosition!);
    }
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const token of picky) {
      const { body } = await server.gql<ByToken>(BY_TOKEN, { token });
      expect(body.data!.releaseRequest).toMatchObject({ status: 'NOT_DRAWN', bookingCode: null });
    }
    // And the winners got their confirmation with the code, the others "not this time"
    const winnerMail = await emailsTo(server, 'any-0@example.org');
    const { body: won } = await server.gql<ByToken>(BY_TOKEN, { token: tokens[0] });
    expect(winnerMail).toHaveLength(1);
    expect(winnerMail[0]!.body).toContain(won.data!.releaseRequest!.bookingCode!);
    const loserMail = await emailsTo(server, 'afternoon-0@example.org');
    expect(loserMail).toHaveLength(1);
    expect(loserMail[0]!.body).toContain('http://rathaus.test/fair-release');
    // And the 4 times left are bookable as usual
    const free = await freeOnTuesday();
    expect(free.reduce((sum, slot) => sum + slot.available, 0)).toBe(4);
    const leftover = free.find((slot) => slot.available > 0)!;
    const { body: booked } = await server.gql<{
      bookAppointment: { appointment: { code: string } | null };
    }>(
      BOOK,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: leftover.startsAt,
          name: 'Spät Kommer',
          email: 'later@example.org',
        },
      },
      newGuest(),
    );
    expect(booked.data!.bookAppointment.appointment).not.toBeNull();
  });

  it('gives out the times only once when there are more requests than times', async () => {
    // Given: 2 times (one slot, two counters) and 5 requests
    const { release } = await createRelease(staffHeaders, {
      startsAt: '2027-03-02T07:00:00.000Z',
      endsAt: '2027-03-02T07:30:00.000Z',
    });
    server.clock.set(minutesAfterOpening(3));
    for (let index = 0; index < 5; index += 1) {
      expect((await request(release!.id, `few-${index}@example.org`)).userErrors).toEqual([]);
    }
    // When
    server.clock.set(minutesAfterOpening(11));
    expect(await draw()).toBe(1);
    // Then: two winners on two counters, three told "not this time", in their language
    const rows = await bookedRows();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.counter_id)).size).toBe(2);
    const subjects = (
      await Promise.all(
        Array.from({ length: 5 }, (_, index) => emailsTo(server, `few-${index}@example.org`)),
      )
    ).map((mails) => mails.map((mail) => mail.subject)[0] ?? '');
    expect(subjects.filter((subject) => subject.startsWith('Terminbestätigung'))).toHaveLength(2);
    expect(subjects.filter((subject) => subject.startsWith('Diesmal kein Termin'))).toHaveLength(3);
  });

  it('offers the times nobody drew to the waitlist first', async () => {
    // Given: 2 times (08:00 on two counters), 1 request, and a citizen in line for Tuesday 08:00
    const { release } = await createRelease(staffHeaders, {
      startsAt: '2027-03-02T07:00:00.000Z',
      endsAt: '2027-03-02T07:30:00.000Z',
    });
    const waiting = await createAccount(server);
    const { body: joined } = await server.gql<{
      joinWaitlist: { joined: boolean; userErrors: unknown[] };
    }>(
      JOIN,
      {
        input: {
          serviceId: town.service,
          officeIds: [town.office],
          startsAfter: NOW.toISOString(),
          endsBefore: WEDNESDAY,
          earliestTime: '08:00',
          latestTime: '08:30',
          name: 'Wartende Person',
        },
      },
      bearer(await signIn(server, waiting)),
    );
    expect(joined.data!.joinWaitlist).toEqual({ joined: true, userErrors: [] });
    server.clock.set(minutesAfterOpening(3));
    expect((await request(release!.id, 'drawn@example.org')).userErrors).toEqual([]);

    // When
    server.clock.set(minutesAfterOpening(11));
    expect(await draw()).toBe(1);

    // Then: the request has one time, the citizen in line is offered the other, held for them
    expect((await bookedRows()).map((row) => row.email)).toEqual(['drawn@example.org']);
    const offered = await server.orm.em
      .fork()
      .execute<Array<{ counter_id: string; starts_at: Date }>>(
        `select a.counter_id, a.starts_at from appointment a
           join waitlist_entry w on w.id = a.waitlist_entry_id
          where w.account_id = ? and a.status = 'HELD'`,
        [waiting.id],
      );
    expect(offered.map((row) => new Date(row.starts_at).toISOString())).toEqual([
      '2027-03-02T07:00:00.000Z',
    ]);
    const mail = await emailsTo(server, waiting.email);
    expect(mail.map((each) => each.subject)).toEqual([
      expect.stringContaining('Ein Termin ist frei geworden'),
    ]);
    // And nothing of the release is left to book first-come
    expect((await freeOnTuesday()).find((slot) => slot.startsAt === TUESDAY)?.available ?? 0).toBe(
      0,
    );
  });
});
