import { MAX_FRAGMENT_SPREADS, MAX_TOKENS } from '../../src/server/query-limits.js';
import { createBookingFixture } from '../support/fixtures.js';
import { ask, liveClient, type LiveClient } from '../support/sockets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue #13, finding 1: the depth rule walked every fragment spread again, so a chain of
// fragments that each spread the next one twice cost 2^n: 22 fragments (1.2 kB) blocked the event
// loop for 6.7 s, /healthz included, and 30 would have taken hours, over HTTP and over a
// WebSocket subscribe alike. Without the fix these tests do not finish.

let server: TestServer;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await createBookingFixture(server.orm);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map(({ client }) => client.dispose()));
});

afterAll(async () => {
  await server.close();
});

/** `offices` through `count` fragments, each spreading the next one twice. */
function doublingFragments(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) =>
    i === count - 1
      ? `fragment F${i} on Office { id name }`
      : `fragment F${i} on Office { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query Offices { offices { ...F0 } } ${fragments.join(' ')}`;
}

/** A document with `count` spreads of one small fragment. */
function manySpreads(count: number): string {
  const spreads = Array.from({ length: count }, () => '...Name').join(' ');
  return `{ offices { ${spreads} } } fragment Name on Office { name }`;
}

/** A valid document of more than MAX_TOKENS tokens (each `id` is one). */
function manyTokens(): string {
  return `{ offices { ${'id '.repeat(MAX_TOKENS)} } }`;
}

async function socket(): Promise<LiveClient> {
  const live = liveClient(server.wsUrl, null);
  clients.push(live);
  await live.connected;
  return live;
}

describe('a chain of fragments that each spread the next one twice', () => {
  it('is answered over HTTP without freezing the process', async () => {
    const query = doublingFragments(30);
    expect(query.length).toBeLessThan(2000);

    const response = await server.gql<{ offices: Array<{ id: string; name: string }> }>(query);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.offices).toEqual([
      expect.objectContaining({ id: expect.any(String), name: expect.any(String) }),
    ]);
    expect((await server.http().get('/healthz')).status).toBe(200);
  });

  it('is answered over a WebSocket subscribe without freezing the process', async () => {
    const { client } = await socket();

    const result = await ask<{ offices: Array<{ id: string }> }>(client, doublingFragments(30));

    expect(result.errors).toBeUndefined();
    expect(result.data!.offices).toHaveLength(1);
    expect((await server.http().get('/healthz')).status).toBe(200);
  });
});

describe('documents with too many fragment spreads or tokens', () => {
  it('refuses more than MAX_FRAGMENT_SPREADS spreads over HTTP in validation, and accepts that many', async () => {
    const refused = await server.gql(manySpreads(MAX_FRAGMENT_SPREADS + 1));
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]).toMatchObject({
      message: `The document uses more than ${MAX_FRAGMENT_SPREADS} fragment spreads.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    const accepted = await server.gql(manySpreads(MAX_FRAGMENT_SPREADS));
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors).toBeUndefined();
  });

  it('refuses more than MAX_TOKENS tokens over HTTP before validating', async () => {
    const refused = await server.gql(manyTokens());
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]).toMatchObject({
      message: expect.stringContaining(`${MAX_TOKENS} tokens`),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses both over WebSocket, where the same document within the limits is answered', async () => {
    const { client } = await socket();

    const spreads = await ask(client, manySpreads(MAX_FRAGMENT_SPREADS + 1));
    expect(spreads.errors![0]!.message).toBe(
      `The document uses more than ${MAX_FRAGMENT_SPREADS} fragment spreads.`,
    );
    const tokens = await ask(client, manyTokens());
    expect(tokens.errors![0]!.message).toMatch(`${MAX_TOKENS} tokens`);

    const accepted = await ask<{ offices: unknown[] }>(client, manySpreads(MAX_FRAGMENT_SPREADS));
    expect(accepted.data!.offices).toHaveLength(1);
  });
});
