import pg from 'pg';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn, type TestAccount } from '../support/accounts.js';
import { databaseUrl, withAdminClient } from '../support/database.js';
import { createBookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// The town hall always keeps an admin: the last one cannot take their own rights, nor can two
// admins take each other's at the same moment.

let server: TestServer;
let office: string;

beforeAll(async () => {
  server = await startTestServer();
  office = (await createBookingFixture(server.orm)).office;
});

afterAll(async () => {
  await server.close();
});

const REVOKE = `mutation($input: RevokeStaffAccessInput!) {
  revokeStaffAccess(input: $input) { staffMember { roles } userErrors { code field message } }
}`;
const GRANT = `mutation($input: GrantStaffAccessInput!) {
  grantStaffAccess(input: $input) { staffMember { roles } userErrors { code field message } }
}`;

type Payload = {
  staffMember: { roles: string[] } | null;
  userErrors: Array<{ code: string; field: string[]; message: string }>;
};

async function revoke(by: TestAccount, whom: TestAccount): Promise<Payload> {
  const { body } = await server.gql<{ revokeStaffAccess: Payload }>(
    REVOKE,
    { input: { accountId: toGlobalId('Account', whom.id) } },
    bearer(await signIn(server, by)),
  );
  return body.data!.revokeStaffAccess;
}

/**
 * How many sessions of the test server's database wait for a lock; asked on a connection of its
 * own, since a transaction sees pg_stat_activity as it was at its first look.
 */
function waitingForLocks(): Promise<number> {
  return withAdminClient(async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = $1 and wait_event_type = 'Lock'`,
      [server.databaseName],
    );
    return rows[0]!.n;
  });
}

async function adminsNow(): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: number }>>(
      "select count(*)::int as n from account where roles @> array['ADMIN']::text[] and deleted_at is null",
    );
  return row!.n;
}

it('refuses to take the rights of the last admin, and allows it once there is another', async () => {
  // Given the town's only admin
  const only = await createAccount(server, { roles: [Role.ADMIN, Role.STAFF] });
  expect(await adminsNow()).toBe(1);

  // When she revokes her own access, or keeps only her staff rights
  const revoked = await revoke(only, only);
  const { body } = await server.gql<{ grantStaffAccess: Payload }>(
    GRANT,
    { input: { email: only.email, name: only.name, officeIds: [office], admin: false } },
    bearer(await signIn(server, only)),
  );

  // Then both are refused, naming the reason, and she is still an admin
  expect(revoked).toMatchObject({
    staffMember: null,
    userErrors: [{ code: 'LAST_ADMIN', field: ['accountId'] }],
  });
  expect(revoked.userErrors[0]!.message).toContain('mindestens eine Person');
  expect(body.data!.grantStaffAccess.userErrors).toMatchObject([
    { code: 'LAST_ADMIN', field: ['admin'] },
  ]);
  expect(await adminsNow()).toBe(1);

  // When a second admin exists, she may step down
  const second = await createAccount(server, { roles: [Role.ADMIN] });
  expect((await revoke(only, only)).staffMember).toEqual({ roles: ['CITIZEN'] });

  // And then the second is the last, whom nobody can remove
  expect((await revoke(second, second)).userErrors).toMatchObject([{ code: 'LAST_ADMIN' }]);
  expect(await adminsNow()).toBe(1);
});

it('keeps one of two admins who take each other’s rights at the same moment', async () => {
  // Given exactly two admins (the one left by the test above steps down)
  const [a, b] = [
    await createAccount(server, { roles: [Role.ADMIN] }),
    await createAccount(server, { roles: [Role.ADMIN] }),
  ];
  const [left] = await server.orm.em
    .fork()
    .execute<Array<{ id: string; email: string }>>(
      "select id, email from account where roles @> array['ADMIN']::text[] and id not in (?, ?)",
      [a.id, b.id],
    );
  const { body } = await server.gql<{ revokeStaffAccess: Payload }>(
    REVOKE,
    { input: { accountId: toGlobalId('Account', left!.id) } },
    bearer(await signIn(server, a)),
  );
  expect(body.data!.revokeStaffAccess.userErrors).toEqual([]);
  expect(await adminsNow()).toBe(2);

  // When each takes the other's rights at once: a transaction of the test holds A's row, so
  // that both requests are under way together before either can finish
  const [tokenA, tokenB] = [await signIn(server, a), await signIn(server, b)];
  const holder = new pg.Client({ connectionString: databaseUrl(server.databaseName) });
  await holder.connect();
  let results: Payload[];
  try {
    await holder.query('begin');
    await holder.query('select id from account where id = $1 for update', [a.id]);
    const requests = [
      [tokenA, b],
      [tokenB, a],
    ].map(async ([token, whom]) => {
      const answer = await server.gql<{ revokeStaffAccess: Payload }>(
        REVOKE,
        { input: { accountId: toGlobalId('Account', (whom as TestAccount).id) } },
        bearer(token as string),
      );
      return answer.body.data!.revokeStaffAccess;
    });
    await waitUntil(
      async () => (await waitingForLocks()) === 2,
      'both requests wait for the admins’ rows',
    );
    await holder.query('commit');
    results = await Promise.all(requests);
  } finally {
    await holder.end();
  }

  // Then one goes through and the other is refused: one admin is left
  expect(results.map((result) => result.userErrors.map((error) => error.code)).sort()).toEqual([
    [],
    ['LAST_ADMIN'],
  ]);
  expect(await adminsNow()).toBe(1);
});
