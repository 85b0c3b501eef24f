import 'reflect-metadata';
import { createApiKey } from '../../src/accounts/credentials.service.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import {
  bearer,
  createAccount,
  signIn,
  signInWithCookie,
  type TestAccount,
} from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Issue #22: the cost budget is per key and reported in the RateLimit header fields of the IETF
// draft (RateLimit-Policy and RateLimit) as well as in `extensions.cost`, with the minutes of the
// server's clock (docs/decisions/0013-query-cost.md).

const BUDGET = 2000;
const MINUTE = new Date('2027-03-01T06:00:00Z');
const ORIGIN = 'https://app.example.org';

let server: TestServer;
let town: BookingFixture;
let developer: TestAccount;

beforeAll(async () => {
  server = await startTestServer({
    now: MINUTE,
    env: {
      RATE_LIMIT_FACTOR: '1',
      TRUST_PROXY: '1',
      QUERY_COST_BUDGET: String(BUDGET),
      CORS_ORIGINS: ORIGIN,
    },
  });
  town = await createBookingFixture(server.orm);
  developer = await createAccount(server, { name: 'Dev Eloper' });
});

afterAll(async () => {
  await server.close();
});

/** A new API key of the developer: every test spends a budget of its own. */
async function newKey(): Promise<Record<string, string>> {
  const { key } = await createApiKey(
    {
      em: server.orm.em.fork(),
      principal: {
        kind: 'account',
        accountId: developer.id,
        roles: [Role.CITIZEN],
        officeIds: [],
        sessionId: null,
      },
    },
    { name: 'Budget test' },
  );
  return bearer(key);
}

/** The clock `seconds` into the test's minute. */
function at(seconds: number): void {
  server.clock.set(new Date(MINUTE.getTime() + seconds * 1000));
}

type Cost = {
  requested: number;
  limit: number;
  budget: number | null;
  remaining: number | null;
  resetInSeconds: number | null;
};

/** A 31-day freeSlots: 1,240 points, so that a second one no longer fits in 2,000. */
const COSTLY = `query($s: ID!, $o: ID!) {
  freeSlots(serviceId: $s, officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00Z") { startsAt }
}`;
/** Ten offices' ids: 10 points, a catalogue answer that the server keeps and sends again. */
const CHEAP = '{ offices { id } }';

async function ask(query: string, headers: Record<string, string>) {
  const variables = query === COSTLY ? { s: town.service, o: town.office } : {};
  const response = await gqlCounted(server, query, variables, headers);
  return { ...response, cost: response.body.extensions!.cost as Cost };
}

beforeEach(() => at(0));

describe('the budget of an API key', () => {
  it('is stated in RateLimit-Policy and RateLimit after one request, as in extensions.cost', async () => {
    const key = await newKey();
    at(15);

    const answer = await ask(COSTLY, key);

    expect(answer.status).toBe(200);
    expect(answer.cost).toEqual({
      requested: 1240,
      limit: 10_000,
      budget: BUDGET,
      remaining: BUDGET - 1240,
      resetInSeconds: 45,
    });
    expect(answer.headers['ratelimit-policy']).toBe(`"budget";q=${BUDGET};w=60`);
    expect(answer.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 1240};t=45`);
  });

  it('counts down with every request, kept catalogue answers too, and resets with the clock', async () => {
    const key = await newKey();
    at(10);
    const first = await ask(CHEAP, key);
    at(20);
    const second = await ask(CHEAP, key);
    at(59);
    const third = await ask(CHEAP, key);

    expect([first, second, third].map((answer) => answer.headers['ratelimit'])).toEqual([
      `"budget";r=${BUDGET - 10};t=50`,
      `"budget";r=${BUDGET - 20};t=40`,
      `"budget";r=${BUDGET - 30};t=1`,
    ]);
    expect(third.cost).toMatchObject({ remaining: BUDGET - 30, resetInSeconds: 1 });

    // The next minute of the server's clock, however little real time went by.
    at(61);
    const next = await ask(CHEAP, key);
    expect(next.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 10};t=59`);
  });

  it('refuses what no longer fits with 429, Retry-After until the minute ends, and charges nothing', async () => {
    const key = await newKey();
    at(30);
    expect((await ask(COSTLY, key)).status).toBe(200);

    const refused = await ask(COSTLY, key);

    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.data).toBeUndefined();
    // At most the key's own look-up: nothing of the operation ran.
    expect(refused.sqlStatements).toBeLessThanOrEqual(1);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.headers['ratelimit-policy']).toBe(`"budget";q=${BUDGET};w=60`);
    expect(refused.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 1240};t=30`);
    expect(refused.cost).toMatchObject({ remaining: BUDGET - 1240, resetInSeconds: 30 });
    // A smaller request still fits in what is left; after the minute the costly one does again.
    expect((await ask(CHEAP, key)).headers['ratelimit']).toBe(`"budget";r=${BUDGET - 1250};t=30`);
    at(60);
    expect((await ask(COSTLY, key)).status).toBe(200);
  });

  it('is one per key: another key of the same developer has a whole budget', async () => {
    const spent = await newKey();
    const other = await newKey();
    expect((await ask(COSTLY, spent)).status).toBe(200);
    expect((await ask(COSTLY, spent)).status).toBe(429);

    const answer = await ask(COSTLY, other);

    expect(answer.status).toBe(200);
    expect(answer.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 1240};t=60`);
  });

  it('lets pages of the allowed origins read the headers', async () => {
    const key = await newKey();

    const answer = await ask(CHEAP, { ...key, origin: ORIGIN });

    expect(answer.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = answer.headers['access-control-expose-headers']!.toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining(['ratelimit', 'ratelimit-policy', 'retry-after']),
    );
  });
});

describe('callers without a key', () => {
  it('has a budget per client address when anonymous, and per account when signed in', async () => {
    const address = { 'x-forwarded-for': '198.51.100.7' };
    const citizen = await signInWithCookie(server, await createAccount(server));
    expect((await ask(COSTLY, address)).headers['ratelimit']).toBe(
      `"budget";r=${BUDGET - 1240};t=60`,
    );

    const anonymous = await ask(CHEAP, address);
    // The same person signed in with a cookie, from the same address: the account's own budget.
    const signedIn = await ask(CHEAP, { ...address, cookie: citizen });

    expect(anonymous.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 1250};t=60`);
    expect(signedIn.headers['ratelimit']).toBe(`"budget";r=${BUDGET - 10};t=60`);
  });

  it('sends no RateLimit fields to staff and admins, who have no budget', async () => {
    const clerk = bearer(
      await signIn(server, await createAccount(server, { roles: [Role.STAFF] })),
    );

    const answer = await ask(COSTLY, clerk);

    expect(answer.status).toBe(200);
    expect(answer.cost).toMatchObject({ budget: null, remaining: null, resetInSeconds: null });
    expect(answer.headers['ratelimit']).toBeUndefined();
    expect(answer.headers['ratelimit-policy']).toBeUndefined();
  });
});
