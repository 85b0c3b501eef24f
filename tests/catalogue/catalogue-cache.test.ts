import pg from 'pg';
import { bearer, mintCallers } from '../support/accounts.js';
import { databaseUrl } from '../support/database.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { DEMO_SEED_DAY } from '../support/templates.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// The catalogue response cache (docs/decisions/0009-catalogue-response-cache.md) through the real
// endpoint: what it keeps, for whom, and that it never answers with what a write has changed.

const PAGE = `query Page($first: Int!) {
  services(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name description durationMinutes
        fee { amountCents currency }
        category { id name }
        offices { id name address { street postalCode city } openingHours { weekday opens closes } }
      }
    }
  }
}`;

const OFFICE_HOURS = `query Hours { offices { slug name openingHours { weekday opens closes } } }`;
const RACE = `query Race { offices { slug name openingHours { weekday } } }`;

type Offices = { offices: Array<{ slug: string; name: string; openingHours: unknown[] }> };

let server: TestServer;
let fixture: BookingFixture;
let fixtureSlug: string;
let callers: Awaited<ReturnType<typeof mintCallers>>;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo', now: DEMO_SEED_DAY });
  // Written straight to the database before anything is asked, so nothing kept can predate it.
  fixture = await createBookingFixture(server.orm, {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    validFrom: '2027-01-04',
    validUntil: '2027-01-11',
  });
  const second = await createBookingFixture(server.orm);
  callers = await mintCallers(server, [fixture.officeId, second.officeId]);
  const { body } = await server.gql<Offices>(OFFICE_HOURS);
  fixtureSlug = body.data!.offices.find((office) => office.slug.startsWith('fixture-'))!.slug;
}, 60_000);

afterAll(async () => {
  await server.close();
});

const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  server.clock.set(DEMO_SEED_DAY);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The headers an answer's content decides; the date and the request id differ on every one. */
function contentHeaders(headers: Record<string, string>) {
  // The budget left (RateLimit) differs from one request to the next, as the date does.
  const { date: _date, 'x-request-id': _requestId, ratelimit: _rateLimit, ...rest } = headers;
  return rest;
}

describe('keeping answers', () => {
  it('answers a repeated catalogue query without SQL, byte for byte as computed', async () => {
    const computed = await gqlCounted(server, PAGE, { first: 50 });
    const kept = await gqlCounted(server, PAGE, { first: 50 });

    expect(computed.status).toBe(200);
    expect(computed.body.errors).toBeUndefined();
    expect(computed.sqlStatements).toBeGreaterThan(0);
    expect(kept.sqlStatements).toBe(0);
    expect(kept.text).toBe(computed.text);
    expect(contentHeaders(kept.headers)).toEqual(contentHeaders(computed.headers));
  });

  it('shares an answer between documents that differ only in layout and variable order', async () => {
    const query = `query Filtered($first: Int!, $lang: Language) { services(first: $first, lang: $lang) { totalCount edges { node { name } } } }`;
    const computed = await gqlCounted(server, query, { first: 3, lang: 'EN' });
    const relaid = await gqlCounted(server, query.replace(/ +/g, '\n  '), { lang: 'EN', first: 3 });
    expect(computed.sqlStatements).toBeGreaterThan(0);
    expect(relaid.sqlStatements).toBe(0);
    expect(relaid.text).toBe(computed.text);
  });

  it('keeps an answer per language, as Accept-Language chooses it', async () => {
    const query = '{ categories { id name } }';
    const answers = new Map<string, string>();
    for (const language of ['en', 'de', 'en-GB,en;q=0.9', 'de-DE']) {
      const answer = await gqlCounted(server, query, {}, { 'accept-language': language });
      const base = language.slice(0, 2);
      if (answers.has(base)) {
        expect(answer.sqlStatements).toBe(0);
        expect(answer.text).toBe(answers.get(base));
      } else {
        expect(answer.sqlStatements).toBeGreaterThan(0);
        answers.set(base, answer.text);
      }
    }
    expect(answers.get('en')).not.toBe(answers.get('de'));
    expect(answers.get('en')).toMatch(/"name":"Test category/);
    expect(answers.get('de')).toMatch(/"name":"Testkategorie/);
  });

  it('follows fragments, inline fragments and __typename', async () => {
    const query = `query Fragments { ...Page }
      fragment Page on Query { services(first: 4) { edges { node { __typename ... on Node { id } ...Names } } } }
      fragment Names on Service { name category { name } }`;
    expect((await gqlCounted(server, query)).sqlStatements).toBeGreaterThan(0);
    expect((await gqlCounted(server, query)).sqlStatements).toBe(0);
  });
});

describe('who shares an answer', () => {
  it('gives signed-in, API-key and kiosk callers the kept answer, after authenticating them', async () => {
    const anonymous = await gqlCounted(server, PAGE, { first: 20 });
    for (const caller of ['citizenA', 'admin', 'apiKey', 'kiosk'] as const) {
      const headers = callers.headers[caller];
      // The first request of a credential may also record its last use.
      await gqlCounted(server, '{ __typename }', {}, headers);
      const authentication = await gqlCounted(server, '{ __typename }', {}, headers);
      const answer = await gqlCounted(server, PAGE, { first: 20 }, headers);
      expect(answer.text).toBe(anonymous.text);
      // Only the statements that look the credential up: the answer itself costs none.
      expect(answer.sqlStatements).toBe(authentication.sqlStatements);
    }
  });

  it('still refuses an invalid token when the answer is kept', async () => {
    await gqlCounted(server, PAGE, { first: 20 });
    const refused = await gqlCounted(server, PAGE, { first: 20 }, bearer('rh_key_not-a-real-key'));
    expect(refused.status).toBe(401);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('what is never kept', () => {
  it.each([
    ['the signed-in account', '{ services(first: 3) { totalCount } me { id } }', {}],
    [
      'free slots',
      `query($s: ID!, $o: ID!) { services(first: 3) { totalCount }
        freeSlots(serviceId: $s, officeId: $o, from: "2027-01-11T00:00:00Z", to: "2027-01-12T00:00:00Z") { startsAt } }`,
      'fixture',
    ],
    [
      'announcements (valid now)',
      '{ services(first: 3) { totalCount } announcements { totalCount } }',
      {},
    ],
    ['node (any type)', 'query($id: ID!) { node(id: $id) { id ... on Service { name } } }', 'node'],
    [
      'a field outside the catalogue in a fragment',
      '{ ...Mixed } fragment Mixed on Query { services(first: 3) { totalCount } me { id } }',
      {},
    ],
  ])('an operation that also asks for %s', async (_what, query, variables) => {
    const values =
      variables === 'fixture'
        ? { s: fixture.service, o: fixture.office }
        : variables === 'node'
          ? { id: fixture.service }
          : variables;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await gqlCounted(server, query, values);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.sqlStatements).toBeGreaterThan(0);
    }
  });

  it('an answer with errors, even with data', async () => {
    const query = 'query($id: ID!) { services(first: 3) { totalCount } service(id: $id) { id } }';
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await gqlCounted(server, query, { id: 'not-an-id' });
      expect(answer.body.data).toMatchObject({ services: { totalCount: expect.any(Number) } });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.sqlStatements).toBeGreaterThan(0);
    }
  });
});

describe('documents without a runnable operation', () => {
  it.each([
    ['two operations and no name', undefined],
    ['an unknown operation name', 'Nope'],
  ])('refuses %s as without the cache', async (_what, operationName) => {
    const response = await server
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'query A { offices { id } } query B { categories { id } }', operationName });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});

describe('time and writes', () => {
  const hoursOfFixture = (answer: { body: { data?: Offices | null } }) =>
    answer.body.data!.offices.find((office) => office.slug === fixtureSlug)!.openingHours;

  it('gives the opening hours valid today, also across midnight', async () => {
    // 23:30 in Berlin on the last day of the fixture's schedules, then 00:30 the day after.
    server.clock.set(new Date('2027-01-11T22:30:00Z'));
    const before = await gqlCounted<Offices>(server, OFFICE_HOURS);
    const kept = await gqlCounted<Offices>(server, OFFICE_HOURS);
    server.clock.set(new Date('2027-01-11T23:30:00Z'));
    const after = await gqlCounted<Offices>(server, OFFICE_HOURS);

    expect(hoursOfFixture(before)).toHaveLength(7);
    expect(kept.sqlStatements).toBe(0);
    expect(hoursOfFixture(after)).toEqual([]);
    expect(after.sqlStatements).toBeGreaterThan(0);
  });

  it('does not keep an answer computed across a write: the next one shows the write', async () => {
    const locker = new pg.Client({ connectionString: databaseUrl(server.databaseName) });
    await locker.connect();
    cleanups.push(() => locker.end());
    const { body } = await server.gql<Offices>(OFFICE_HOURS);
    const old = body.data!.offices.find((office) => office.slug === fixtureSlug)!;

    // The offices are read, then the opening hours wait for the schedule table…
    await locker.query('begin');
    await locker.query('lock table schedule in access exclusive mode');
    const slow = gqlCounted<Offices>(server, RACE);
    await waitForLockWait(locker, server.databaseName);

    // …while an admin renames the office, which commits and clears the cache…
    const { body: renamed } = await server.gql<{ updateOffice: { userErrors: unknown[] } }>(
      `mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { userErrors { code } } }`,
      {
        input: {
          officeId: fixture.office,
          office: {
            slug: fixtureSlug,
            name: { de: 'Umbenannte Teststelle' },
            street: 'Teststraße 1',
            postalCode: '12345',
            city: 'Musterstadt',
          },
        },
      },
      callers.headers.admin,
    );
    expect(renamed.data!.updateOffice.userErrors).toEqual([]);

    // …then the slow answer completes with the old name, and must not be kept.
    await locker.query('rollback');
    const stale = await slow;
    expect(stale.body.data!.offices.find((o) => o.slug === fixtureSlug)!.name).toBe(old.name);

    const next = await gqlCounted<Offices>(server, RACE);
    expect(next.sqlStatements).toBeGreaterThan(0);
    expect(next.body.data!.offices.find((o) => o.slug === fixtureSlug)!.name).toBe(
      'Umbenannte Teststelle',
    );
  });
});

describe('settings', () => {
  it('keeps nothing with CATALOGUE_CACHE_SECONDS=0, and answers exactly as when it keeps', async () => {
    const off = await startTestServer({
      databaseName: server.databaseName,
      now: DEMO_SEED_DAY,
      env: { CATALOGUE_CACHE_SECONDS: '0' },
    });
    cleanups.push(() => off.close());
    await gqlCounted(server, PAGE, { first: 5 });
    const kept = await gqlCounted(server, PAGE, { first: 5 });
    expect(kept.sqlStatements).toBe(0);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const computed = await gqlCounted(off, PAGE, { first: 5 });
      expect(computed.sqlStatements).toBeGreaterThan(0);
      expect(computed.text).toBe(kept.text);
      expect(contentHeaders(computed.headers)).toEqual(contentHeaders(kept.headers));
    }
  });

  it('forgets an answer after CATALOGUE_CACHE_SECONDS, also when no invalidation came', async () => {
    const brief = await startTestServer({
      databaseName: server.databaseName,
      now: DEMO_SEED_DAY,
      env: { CATALOGUE_CACHE_SECONDS: '1' },
    });
    cleanups.push(() => brief.close());
    const query = 'query($id: ID!) { service(id: $id) { name } }';
    const first = await gqlCounted<{ service: { name: string } }>(brief, query, {
      id: fixture.service,
    });
    // A write that bypasses the application, as a lost invalidation message would look.
    await brief.orm.em
      .fork()
      .execute(`update service set name = name || '{"de": "Direkt geändert"}' where id = ?`, [
        fixture.serviceId,
      ]);
    const kept = await gqlCounted<{ service: { name: string } }>(brief, query, {
      id: fixture.service,
    });
    // The cache measures an answer's age with the server's clock.
    brief.clock.set(new Date(DEMO_SEED_DAY.getTime() + 1000));
    const later = await gqlCounted<{ service: { name: string } }>(brief, query, {
      id: fixture.service,
    });

    expect(kept.sqlStatements).toBe(0);
    expect(kept.body.data!.service.name).toBe(first.body.data!.service.name);
    expect(later.sqlStatements).toBeGreaterThan(0);
    expect(later.body.data!.service.name).toBe('Direkt geändert');
  });
});

/** Waits until a statement of the server waits for a lock in the database. */
async function waitForLockWait(client: pg.Client, database: string): Promise<void> {
  await waitUntil(async () => {
    const { rows } = await client.query<{ waiting: number }>(
      `select count(*)::int as waiting from pg_stat_activity
        where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      [database],
    );
    return rows[0]!.waiting > 0;
  }, 'a statement waiting for the lock');
}
