import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, guestBooking } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The administration's view of closures (the `closures` query), how many booked appointments a
// new closure leaves standing, and the list of offices that keeps retired ones (`allOffices`).

const NOW = new Date('2027-03-01T06:00:00Z');

const CLOSURES = `query($officeId: ID!, $from: DateTime!, $to: DateTime!) {
  closures(officeId: $officeId, from: $from, to: $to) {
    id startsAt endsAt reason office { id } counter { id name }
  }
}`;
const CREATE_CLOSURE = `mutation($input: CreateClosureInput!) {
  createClosure(input: $input) {
    closure { id } bookedAppointments userErrors { code field message }
  }
}`;
const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id } userErrors { code } }
}`;
const ALL_OFFICES = `query { allOffices(lang: EN) { id name names { de en deLs } retiredAt } }`;

type Closure = {
  id: string;
  startsAt: string;
  endsAt: string;
  reason: string;
  office: { id: string };
  counter: { id: string; name: string } | null;
};

let server: TestServer;
let admin: Record<string, string>;
let clerk: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  clerk = bearer(await signIn(server, await createAccount(server, { roles: [Role.STAFF] })));
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function createClosure(input: Record<string, unknown>) {
  const { body } = await server.gql<{
    createClosure: {
      closure: { id: string } | null;
      bookedAppointments: number | null;
      userErrors: Array<{ code: string; field: string[] | null }>;
    };
  }>(CREATE_CLOSURE, { input }, admin);
  expect(body.errors).toBeUndefined();
  return body.data!.createClosure;
}

async function closures(officeId: string, from: string, to: string, headers = admin) {
  return server.gql<{ closures: Closure[] }>(CLOSURES, { officeId, from, to }, headers);
}

describe('closures', () => {
  it('lists the closures of the office and of its counters in the period, earliest first', async () => {
    // Given an office closed for a holiday, one counter closed for a training, and a closure
    // outside the period asked for
    const town = await createBookingFixture(server.orm, { counters: 2 });
    const counter = toGlobalId('Counter', town.counterIds[0]!);
    const training = await createClosure({
      officeId: town.office,
      counterId: counter,
      startsAt: '2027-03-03T08:00:00Z',
      endsAt: '2027-03-03T10:00:00Z',
      reason: { de: 'Schulung', en: 'Training' },
    });
    const holiday = await createClosure({
      officeId: town.office,
      startsAt: '2027-03-01T23:00:00Z',
      endsAt: '2027-03-02T23:00:00Z',
      reason: { de: 'Feiertag' },
    });
    await createClosure({
      officeId: town.office,
      startsAt: '2027-06-01T08:00:00Z',
      endsAt: '2027-06-01T10:00:00Z',
      reason: { de: 'Später' },
    });

    // When staff ask for March
    const { body } = await closures(town.office, '2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z', {
      ...clerk,
      'accept-language': 'en',
    });

    // Then both March closures come, the office's first, each with its counter (or none)
    expect(body.errors).toBeUndefined();
    expect(body.data!.closures).toEqual([
      {
        id: holiday.closure!.id,
        startsAt: '2027-03-01T23:00:00.000Z',
        endsAt: '2027-03-02T23:00:00.000Z',
        reason: 'Feiertag',
        office: { id: town.office },
        counter: null,
      },
      {
        id: training.closure!.id,
        startsAt: '2027-03-03T08:00:00.000Z',
        endsAt: '2027-03-03T10:00:00.000Z',
        reason: 'Training',
        office: { id: town.office },
        counter: { id: counter, name: 'Schalter 1' },
      },
    ]);
  });

  it('refuses a period longer than 366 days, naming `to`', async () => {
    const town = await createBookingFixture(server.orm);
    const { body } = await closures(town.office, '2027-01-01T00:00:00Z', '2028-01-03T00:00:00Z');
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });

  it('is not for citizens or anonymous callers', async () => {
    const town = await createBookingFixture(server.orm);
    const citizen = bearer(await signIn(server, await createAccount(server)));
    for (const headers of [citizen, {}]) {
      const { body } = await closures(
        town.office,
        '2027-03-01T00:00:00Z',
        '2027-04-01T00:00:00Z',
        headers,
      );
      expect(body.data).toBeNull();
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(body.errors?.[0]?.extensions?.code);
    }
  });
});

describe('createClosure', () => {
  it('tells how many booked appointments stay in the closed period, and they stay booked', async () => {
    // Given two appointments on Tuesday morning, at two counters
    const town = await createBookingFixture(server.orm, { counters: 2 });
    for (let n = 0; n < 2; n += 1) {
      const { body } = await server.gql<{
        bookAppointment: { appointment: { id: string } | null };
      }>(BOOK, { input: guestBooking(town, '2027-03-02T08:00:00.000Z') });
      expect(body.data!.bookAppointment.appointment).not.toBeNull();
    }

    // When one counter is closed that morning, then the whole office for the day
    const counterWide = await createClosure({
      officeId: town.office,
      counterId: toGlobalId('Counter', town.counterIds[0]!),
      startsAt: '2027-03-02T07:00:00Z',
      endsAt: '2027-03-02T11:00:00Z',
      reason: { de: 'Schulung' },
    });
    const officeWide = await createClosure({
      officeId: town.office,
      startsAt: '2027-03-01T23:00:00Z',
      endsAt: '2027-03-02T23:00:00Z',
      reason: { de: 'Feiertag' },
    });

    // Then the counter's closure has its one appointment, the office's both; none is cancelled
    expect(counterWide).toMatchObject({ bookedAppointments: 1, userErrors: [] });
    expect(officeWide).toMatchObject({ bookedAppointments: 2, userErrors: [] });
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ booked: string }>>(
        "select count(*) as booked from appointment where office_id = ? and status = 'BOOKED'",
        [town.officeId],
      );
    expect(Number(row!.booked)).toBe(2);
  });

  it('has no count when refused', async () => {
    const town = await createBookingFixture(server.orm);
    const refused = await createClosure({
      officeId: town.office,
      startsAt: '2027-03-02T10:00:00Z',
      endsAt: '2027-03-02T09:00:00Z',
      reason: { de: 'Rückwärts' },
    });
    expect(refused).toMatchObject({
      closure: null,
      bookedAppointments: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['endsAt'] }],
    });
  });
});

describe('allOffices', () => {
  it('lists retired offices too, with when they retired, where `offices` leaves them out', async () => {
    // Given an office that was retired
    const town = await createBookingFixture(server.orm, { counters: 1 });
    const { body: retired } = await server.gql<{ retireOffice: { userErrors: unknown[] } }>(
      'mutation($input: RetireOfficeInput!) { retireOffice(input: $input) { userErrors { code } } }',
      { input: { officeId: town.office } },
      admin,
    );
    expect(retired.data!.retireOffice.userErrors).toEqual([]);

    // When an admin lists all offices, and anyone the public ones
    const { body: all } = await server.gql<{
      allOffices: Array<{
        id: string;
        name: string;
        names: { de: string; en: string | null; deLs: string | null };
        retiredAt: string | null;
      }>;
    }>(ALL_OFFICES, {}, admin);
    const { body: open } = await server.gql<{ offices: Array<{ id: string }> }>(
      '{ offices { id retiredAt } }',
    );

    // Then the admin's list has it, marked retired, with its names in every language written;
    // the public list does not
    expect(all.errors).toBeUndefined();
    const office = all.data!.allOffices.find((entry) => entry.id === town.office);
    expect(office).toEqual({
      id: town.office,
      name: expect.stringMatching(/^Test office \d+$/),
      names: { de: expect.stringMatching(/^Teststelle \d+$/), en: office!.name, deLs: null },
      retiredAt: NOW.toISOString(),
    });
    expect(all.data!.allOffices.some((entry) => entry.retiredAt === null)).toBe(true);
    expect(open.data!.offices.map((entry) => entry.id)).not.toContain(town.office);
  });

  it('is for admins only', async () => {
    const { body } = await server.gql(ALL_OFFICES, {}, clerk);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
