import 'reflect-metadata';
import { getIntrospectionQuery, Kind, type DocumentNode } from 'graphql';
import * as kioskDocuments from '../../clients/kiosk/src/gql/graphql.js';
import * as staffDocuments from '../../clients/web/src/staff/gql/graphql.js';
import * as applicationDocuments from '../../clients/web/src/pages/applications/gql/graphql.js';
import * as webDocuments from '../../clients/web/src/gql/graphql.js';
import { createSchema } from '../../src/resolvers/schema.js';
import { HOLD_COST, operationCost } from '../../src/server/query-cost.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { ask } from '../support/sockets.js';
import {
  gqlCounted,
  startTestServer,
  subscription,
  waitForSubscriptions,
  type Subscription,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Issue #13, finding 7: 30 aliased 31-day freeSlots took 0.8 s and 540 kB for one anonymous
// request, nothing limited what a caller could ask for per minute, and one socket held 500
// subscriptions. Every operation is now weighed before it runs (docs/decisions/0013-query-cost.md).

const QUERY_COST_LIMIT = 10_000;
const NOW = new Date('2027-03-01T06:00:00Z');

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  // Production's defaults for the cost, and RATE_LIMIT_FACTOR 1, which scales the budget; behind
  // a proxy, so that each test speaks from client addresses of its own.
  server = await startTestServer({
    now: NOW,
    env: { RATE_LIMIT_FACTOR: '1', TRUST_PROXY: '1' },
  });
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await server.close();
});

let addresses = 0;
function newAddress(): Record<string, string> {
  addresses += 1;
  return { 'x-forwarded-for': `198.51.100.${addresses}` };
}

type Cost = {
  requested: number;
  limit: number;
  remaining: number | null;
  resetInSeconds: number | null;
};

/** `count` aliased freeSlots over 31 days. */
function aliasedFreeSlots(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `s${i}: freeSlots(serviceId: $s, officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00Z") { startsAt endsAt available }`,
  );
  return `query($s: ID!, $o: ID!) { ${fields.join(' ')} }`;
}

describe('the cost of one request', () => {
  it('refuses 30 aliased 31-day freeSlots before running them, and reports the cost', async () => {
    const refused = await gqlCounted(
      server,
      aliasedFreeSlots(30),
      { s: town.service, o: town.office },
      newAddress(),
    );

    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect(refused.body.errors![0]!.message).toMatch(/höchstens 10000/);
    expect(refused.body.data).toBeUndefined();
    expect(refused.sqlStatements).toBe(0);
    const cost = refused.body.extensions!.cost as Cost;
    expect(cost.requested).toBeGreaterThan(QUERY_COST_LIMIT);
    expect(cost.limit).toBe(QUERY_COST_LIMIT);
  });

  it('answers one 31-day freeSlots, with its cost and the remaining budget', async () => {
    const answered = await server.gql<Record<string, unknown[]>>(
      aliasedFreeSlots(1),
      { s: town.service, o: town.office },
      newAddress(),
    );

    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data!.s0!.length).toBeGreaterThan(0);
    const cost = answered.body.extensions!.cost as Cost;
    expect(cost.requested).toBeGreaterThan(1000);
    expect(cost.requested).toBeLessThan(QUERY_COST_LIMIT);
    expect(cost.remaining).toBe(50_000 - cost.requested);
    expect(cost.resetInSeconds).toBeGreaterThan(0);
  });

  it('weighs connections by their page size and a search more than a page', async () => {
    const address = newAddress();
    const costOf = async (query: string) => {
      const response = await server.gql(query, {}, address);
      expect(response.body.errors).toBeUndefined();
      return (response.body.extensions!.cost as Cost).requested;
    };

    const five = await costOf('{ services(first: 5) { edges { node { id name } } } }');
    const fifty = await costOf('{ services(first: 50) { edges { node { id name } } } }');
    const search = await costOf(
      '{ services(first: 5, query: "test") { edges { node { id name } } } }',
    );

    expect(fifty).toBeGreaterThan(five * 5);
    expect(search).toBeGreaterThan(five);
  });

  it('weighs holding a time at its own cost on top of its answer', async () => {
    const response = await server.gql(
      `mutation($input: HoldSlotInput!) { holdSlot(input: $input) { hold { token } userErrors { code } } }`,
      {
        input: { serviceId: town.service, officeId: town.office, startsAt: '2027-03-03T08:00:00Z' },
      },
      newAddress(),
    );
    expect(response.body.errors).toBeUndefined();
    expect((response.body.extensions!.cost as Cost).requested).toBeGreaterThanOrEqual(HOLD_COST);
  });

  it('lets GraphiQL and codegen introspect the schema', async () => {
    const response = await server.gql<{ __schema: { queryType: { name: string } } }>(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
      {},
      newAddress(),
    );

    expect(response.status).toBe(200);
    expect(response.body.data!.__schema.queryType.name).toBe('Query');
    expect((response.body.extensions!.cost as Cost).requested).toBeLessThan(QUERY_COST_LIMIT);
  });

  it('refuses the same over WebSocket', async () => {
    const client = server.wsClient();

    const refused = await ask(client, aliasedFreeSlots(30), { s: town.service, o: town.office });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });

    const answered = await ask<Record<string, unknown[]>>(client, aliasedFreeSlots(1), {
      s: town.service,
      o: town.office,
    });
    expect(answered.data!.s0!.length).toBeGreaterThan(0);
  });
});

describe('the budget of a caller', () => {
  let small: TestServer;

  beforeAll(async () => {
    small = await startTestServer({
      databaseName: server.databaseName,
      now: NOW,
      env: { RATE_LIMIT_FACTOR: '1', TRUST_PROXY: '1', QUERY_COST_BUDGET: '2000' },
    });
  });

  afterAll(async () => {
    await small.close();
  });

  it('refuses with 429, Retry-After and RATE_LIMITED once a minute’s budget is spent, per caller', async () => {
    const address = newAddress();
    const variables = { s: town.service, o: town.office };
    const first = await small.gql(aliasedFreeSlots(1), variables, address);
    expect(first.status).toBe(200);
    const { requested, remaining } = first.body.extensions!.cost as Cost;
    expect(remaining).toBe(2000 - requested);

    const second = await gqlCounted(small, aliasedFreeSlots(1), variables, address);

    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(second.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(second.body.data).toBeUndefined();
    expect(second.sqlStatements).toBe(0);
    // What was refused is not charged: a smaller request still fits in what is left.
    const cheap = await small.gql('{ offices { id } }', {}, address);
    expect(cheap.status).toBe(200);
    expect((cheap.body.extensions!.cost as Cost).remaining).toBeLessThan(remaining!);
    // Another caller has a budget of its own.
    expect((await small.gql(aliasedFreeSlots(1), variables, newAddress())).status).toBe(200);
  });
});

describe('operations per WebSocket', () => {
  const CHANGES = `subscription Changes($serviceId: ID!, $officeId: ID!) {
    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt available }
  }`;
  type Change = { slotAvailabilityChanged: { startsAt: string; available: number } };
  const watchers: Array<Subscription<Change>> = [];

  afterEach(async () => {
    await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
    await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
  });

  it('refuses the 51st operation on one socket with TOO_MANY_OPERATIONS, and takes one after another ended', async () => {
    const client = server.wsClient();
    const watch = () => {
      const watcher = subscription<Change>(client, CHANGES, {
        serviceId: town.service,
        officeId: town.office,
      });
      watchers.push(watcher);
      return watcher;
    };
    const fifty = Array.from({ length: 50 }, watch);
    await waitForSubscriptions(server.bus, 50);

    const refused = await watch().next();
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'TOO_MANY_OPERATIONS' } });

    await fifty[0]!.close();
    await waitUntil(() => server.bus.activeSubscriptions() === 49, 'one subscription closed');
    const accepted = watch();
    await waitForSubscriptions(server.bus, 50);
    const booking = await server.gql(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }',
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: '2027-03-02T08:00:00.000Z',
          name: 'Live',
          email: 'live@example.org',
        },
      },
      newAddress(),
    );
    expect(booking.body.errors).toBeUndefined();
    expect((await accepted.next()).data?.slotAvailabilityChanged.startsAt).toBe(
      '2027-03-02T08:00:00.000Z',
    );
  });
});

describe('what the clients send', () => {
  it.each([
    ['web client', webDocuments, 10],
    ['staff workspace', staffDocuments, 10],
    ['online application pages', applicationDocuments, 5],
    ['kiosk', kioskDocuments, 5],
  ] as const)(
    'keeps every document of the %s within the limit, even with 100 items a page',
    async (_client, generated, atLeast) => {
      const schema = await createSchema();
      const documents = Object.entries(generated).filter(
        (entry): entry is [string, DocumentNode] =>
          entry[0].endsWith('Document') && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
      );
      expect(documents.length).toBeGreaterThan(atLeast);
      for (const [name, document] of documents) {
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const cost = operationCost(schema, document, definition, { first: 100, last: 100 });
          if (cost > QUERY_COST_LIMIT) throw new Error(`${name} costs ${cost}`);
        }
      }
    },
  );
});
