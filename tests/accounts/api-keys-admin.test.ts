import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn, type TestAccount } from '../support/accounts.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Admins see every account's API keys with their owners, page through them and revoke any; no
// one else gets the list, and a revoked key no longer opens the API.

let server: TestServer;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
});

afterAll(async () => {
  await server.close();
});

type KeyNode = {
  id: string;
  name: string;
  prefix: string;
  revokedAt: string | null;
  owner: { id: string; name: string; email: string };
};
type KeyPage = {
  apiKeys: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: KeyNode }>;
  };
};

const API_KEYS = `query($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name prefix revokedAt owner { id name email } } }
  }
}`;

/** A developer's own key, made through the API as the developer portal would. */
async function keyOf(account: TestAccount, name: string): Promise<{ id: string; key: string }> {
  const { body } = await server.gql<{
    createApiKey: { apiKey: { id: string }; key: string };
  }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } key } }',
    { input: { name } },
    bearer(await signIn(server, account)),
  );
  return { id: body.data!.createApiKey.apiKey.id, key: body.data!.createApiKey.key };
}

async function everyKey(): Promise<KeyNode[]> {
  const { body } = await server.gql<KeyPage>(API_KEYS, { first: 100 }, admin);
  expect(body.errors).toBeUndefined();
  return body.data!.apiKeys.edges.map((edge) => edge.node);
}

it('shows an admin the keys of every account, newest first, with their owners', async () => {
  // Given two developers with keys of their own
  const ada = await createAccount(server, { name: 'Ada Entwicklerin' });
  const bert = await createAccount(server, { name: 'Bert Entwickler' });
  const first = await keyOf(ada, 'Fahrplan-App');
  const second = await keyOf(bert, 'Müllkalender');

  // When an admin lists the API keys
  const keys = await everyKey();

  // Then both are there, the newer first, each with its owner
  const mine = keys.filter((key) => [first.id, second.id].includes(key.id));
  expect(mine).toEqual([
    expect.objectContaining({
      id: second.id,
      name: 'Müllkalender',
      revokedAt: null,
      owner: expect.objectContaining({ name: 'Bert Entwickler', email: bert.email }),
    }),
    expect.objectContaining({
      id: first.id,
      name: 'Fahrplan-App',
      owner: expect.objectContaining({ name: 'Ada Entwicklerin', email: ada.email }),
    }),
  ]);
  expect(second.key.startsWith(mine[0]!.prefix)).toBe(true);
});

it('pages through the keys, and a longer page costs no more statements than a short one', async () => {
  // Given more keys than one page of two
  const developer = await createAccount(server);
  for (const name of ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf']) {
    const other = await createAccount(server);
    await keyOf(other, name);
  }
  await keyOf(developer, 'Sechs');

  // When an admin reads the first page of two, then the next
  const { body: page1 } = await server.gql<KeyPage>(API_KEYS, { first: 2 }, admin);
  const { body: page2 } = await server.gql<KeyPage>(
    API_KEYS,
    { first: 2, after: page1.data!.apiKeys.pageInfo.endCursor },
    admin,
  );

  // Then the pages follow each other without overlap, and the count is of all keys
  const all = await everyKey();
  expect(page1.data!.apiKeys.totalCount).toBe(all.length);
  expect(page1.data!.apiKeys.pageInfo.hasNextPage).toBe(true);
  expect(
    [...page1.data!.apiKeys.edges, ...page2.data!.apiKeys.edges].map((edge) => edge.node.id),
  ).toEqual(all.slice(0, 4).map((key) => key.id));

  // And the owners of a page are read at once, not one by one
  const short = await gqlCounted(server, API_KEYS, { first: 1 }, admin);
  const long = await gqlCounted(server, API_KEYS, { first: 6 }, admin);
  expect(long.sqlStatements).toBe(short.sqlStatements);
});

it('refuses the list to everyone but admins', async () => {
  const developer = await createAccount(server);
  const { key } = await keyOf(developer, 'Neugierig');
  const clerk = await createAccount(server, { roles: [Role.STAFF] });
  const callers: Array<[string, Record<string, string>]> = [
    ['anonymous', {}],
    ['citizen', bearer(await signIn(server, developer))],
    ['clerk', bearer(await signIn(server, clerk))],
    ['API key', bearer(key)],
  ];
  for (const [caller, headers] of callers) {
    const { body } = await server.gql(API_KEYS, { first: 10 }, headers);
    expect([caller, body.data?.apiKeys ?? null]).toEqual([caller, null]);
    expect([caller, body.errors?.[0]?.extensions?.code]).toEqual([
      caller,
      expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/),
    ]);
  }
});

it('lets an admin revoke another account’s key, which the API then refuses', async () => {
  // Given a developer's key that works
  const developer = await createAccount(server);
  const { id, key } = await keyOf(developer, 'Baustellen-Karte');
  expect((await server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(200);

  // When an admin revokes it
  const { body } = await server.gql<{
    revokeApiKey: { apiKey: { id: string; revokedAt: string | null }; userErrors: unknown[] };
  }>(
    'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { code } } }',
    { input: { apiKeyId: id } },
    admin,
  );
  expect(body.data!.revokeApiKey.userErrors).toEqual([]);

  // Then the list shows it revoked and the key no longer opens the API
  expect((await everyKey()).find((entry) => entry.id === id)?.revokedAt).toEqual(
    body.data!.revokeApiKey.apiKey.revokedAt,
  );
  const refused = await server.gql('{ offices { id } }', {}, bearer(key));
  expect(refused.status).toBe(401);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('names the owner to the owner too, in their own keys', async () => {
  const developer = await createAccount(server, { name: 'Carla Code' });
  await keyOf(developer, 'Eigene App');
  const { body } = await server.gql<{
    me: { apiKeys: Array<{ owner: { name: string; email: string } }> };
  }>('{ me { apiKeys { owner { name email } } } }', {}, bearer(await signIn(server, developer)));
  expect(body.data!.me.apiKeys).toEqual([
    { owner: { name: 'Carla Code', email: developer.email } },
  ]);
});
