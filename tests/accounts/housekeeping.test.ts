import { purgeExpiredCredentials } from '../../src/accounts/housekeeping.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const NOW = new Date('2027-01-04T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});

afterAll(async () => {
  await server.close();
});

async function count(table: string): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

it('purges ended sessions, used-up challenges and old failed sign-ins, and keeps live ones', async () => {
  const account = await createAccount(server);
  const live = await signIn(server, account);
  const ended = await signIn(server, account);
  await server.gql('mutation { signOut { signedOut } }', {}, bearer(ended));
  await server.gql('mutation { startPasskeySignIn { options } }');
  await server.gql(
    'mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) { token } }',
    { input: { email: account.email, password: 'wrong-password-1' } },
  );
  expect([
    await count('session'),
    await count('auth_challenge'),
    await count('sign_in_attempt'),
  ]).toEqual([2, 1, 1]);

  expect(
    await purgeExpiredCredentials({
      em: server.orm.em.fork(),
      clock: () => new Date(NOW.getTime() + 2 * DAY),
    }),
  ).toBe(3);
  expect([
    await count('session'),
    await count('auth_challenge'),
    await count('sign_in_attempt'),
  ]).toEqual([1, 0, 0]);
  expect((await server.gql('{ me { email } }', {}, bearer(live))).body.data).toEqual({
    me: { email: account.email },
  });
});
