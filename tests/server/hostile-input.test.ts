import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Issue #13, finding 10: a variables object nested 3,000 deep answered 500 (the catalogue
// cache's key recursed into it, and keyed on undeclared variables too, so unused variables could
// fill the cache); a NUL byte in an e-mail address and freeSlots from the year 0 answered
// INTERNAL_SERVER_ERROR. Each is now refused as the client's mistake, naming where, or ignored.

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await server.close();
});

/** `{ a: { a: … { a: 1 } } }`, `depth` levels. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: 1 };
  for (let level = 1; level < depth; level += 1) value = { a: value };
  return value;
}

async function appointmentCount(): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>('select count(*) as n from appointment');
  return Number(row?.n);
}

const OFFICES = 'query Offices { offices { id name } }';
const SEARCH =
  'query Search($q: String) { services(query: $q, first: 5) { edges { node { id } } } }';
const BOOK =
  'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } userErrors { code field } } }';

describe('deeply nested variables', () => {
  it('answers a catalogue query whose unused variable is nested 3,000 deep', async () => {
    const response = await server.gql<{ offices: unknown[] }>(OFFICES, { deep: nested(3000) });

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.offices).toHaveLength(1);
  });

  it('refuses a declared variable nested 3,000 deep as BAD_USER_INPUT naming it', async () => {
    const response = await server.gql(SEARCH, { q: nested(3000) });

    expect(response.status).toBe(400);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('$q'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('keeps one catalogue answer whatever unused variables come with it', async () => {
    const first = await gqlCounted(server, OFFICES, { unused: 'one' });
    expect(first.status).toBe(200);
    const again = await gqlCounted(server, OFFICES, { unused: 'two', other: [1, 2, 3] });

    expect(again.body.data).toEqual(first.body.data);
    // Answered from the cache: the second answer cost the database nothing.
    expect(again.sqlStatements).toBe(0);
    // Positive control: a declared variable that changes does reach the database.
    const search = await gqlCounted(server, SEARCH, { q: 'pass' });
    const otherSearch = await gqlCounted(server, SEARCH, { q: 'ausweis' });
    expect(search.sqlStatements).toBeGreaterThan(0);
    expect(otherSearch.sqlStatements).toBeGreaterThan(0);
  });
});

describe('control characters in texts', () => {
  const booking = (email: string) => ({
    serviceId: town.service,
    officeId: town.office,
    startsAt: '2027-03-02T08:00:00Z',
    name: 'Erika Mustermann',
    email,
  });

  it('refuses a NUL byte in an e-mail variable as BAD_USER_INPUT naming the field, and books nothing', async () => {
    const before = await appointmentCount();

    const response = await server.gql(BOOK, { input: booking('erika\u0000@example.org') });

    expect(response.status).toBe(400);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('"input.email"'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await appointmentCount()).toBe(before);
  });

  it('refuses a control character written in the document, naming the argument', async () => {
    const response = await server.gql(
      '{ appointment(code: "ABCDEFGH", email: "erika\\u0000@example.org") { id } }',
    );

    expect(response.status).toBe(400);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('"email"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps tabs and line breaks, which multi-line texts need', async () => {
    const response = await server.gql(SEARCH, { q: 'pass\tport\r\n' });

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});

describe('instants outside the years 1 to 9999', () => {
  const FREE_SLOTS = (from: string, to: string) =>
    `{ freeSlots(serviceId: "${town.service}", officeId: "${town.office}", from: "${from}", to: "${to}") { startsAt } }`;

  it('refuses freeSlots from the year 0 written in the document', async () => {
    const response = await server.gql(FREE_SLOTS('0000-01-01T00:00:00Z', '0000-01-02T00:00:00Z'));

    expect(response.status).toBe(400);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('years 1 to 9999'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses them in variables as BAD_USER_INPUT naming the variable', async () => {
    const response = await server.gql(
      'query($from: DateTime!, $to: DateTime!, $s: ID!, $o: ID!) { freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt } }',
      {
        s: town.service,
        o: town.office,
        from: '0001-01-01T00:30:00+01:00',
        to: '0001-01-02T00:00:00Z',
      },
    );

    expect(response.status).toBe(400);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('$from'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers the first and the last storable day', async () => {
    const first = await server.gql(FREE_SLOTS('0001-01-01T00:00:00Z', '0001-01-02T00:00:00Z'));
    const last = await server.gql(FREE_SLOTS('9999-12-30T00:00:00Z', '9999-12-31T00:00:00Z'));

    expect(first.body.errors).toBeUndefined();
    expect(first.body.data).toEqual({ freeSlots: [] });
    expect(last.body.errors).toBeUndefined();
    expect(last.body.data).toEqual({ freeSlots: [] });
  });
});
