import { signInKey } from '../../src/accounts/account-rules.js';
import { createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue #13, finding 5: the sign-in throttle counted failures, slept, then checked the password,
// so 40 wrong passwords sent at once were all checked. And an attacker who rotates client
// addresses was never blocked, because failures counted per e-mail and address only.

const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code } }
}`;
const REGISTER = `mutation($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent userErrors { code } }
}`;

type SignIn = { signInWithPassword: { token: string | null; userErrors: Array<{ code: string }> } };

let server: TestServer;

beforeAll(async () => {
  // Behind a proxy, so that the test can speak from several client addresses.
  server = await startTestServer({ env: { TRUST_PROXY: '1', RATE_LIMIT_FACTOR: '1' } });
});

afterAll(async () => {
  await server.close();
});

async function signInFrom(address: string, email: string, password: string) {
  const { status, body } = await server.gql<SignIn>(
    SIGN_IN,
    { input: { email, password, sessionType: 'BEARER' } },
    { 'x-forwarded-for': address },
  );
  expect(status).toBe(200);
  const payload = body.data!.signInWithPassword;
  return payload.token ? 'SIGNED_IN' : payload.userErrors[0]!.code;
}

async function attemptsStored(account: TestAccount): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>(
      'select count(*) as n from sign_in_attempt where email_hash = ?',
      [signInKey(account.email)],
    );
  return Number(row?.n);
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

it('checks only 10 of 40 wrong passwords sent at once, and then refuses the right one', async () => {
  // given an account
  const account = await createAccount(server);

  // when 40 wrong passwords arrive from one address at the same time
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      signInFrom('198.51.100.1', account.email, `wrong-password-${i}`),
    ),
  );

  // then only 10 of them were checked at all; the rest were refused unchecked
  expect(tally(outcomes)).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 30 });
  expect(await attemptsStored(account)).toBe(10);
  // and the right password, sent next, is refused too
  expect(await signInFrom('198.51.100.1', account.email, account.password)).toBe(
    'TOO_MANY_ATTEMPTS',
  );
}, 60_000);

it('blocks an account after 30 failures from all addresses together, for an attacker rotating addresses', async () => {
  // given an account and an attacker with three addresses, ten wrong passwords from each
  const account = await createAccount(server);
  const other = await createAccount(server);
  for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        signInFrom(address, account.email, `wrong-password-${i}`),
      ),
    );
    expect(tally(outcomes)).toEqual({ INVALID_CREDENTIALS: 10 });
  }

  // when the attacker tries from a fourth address, with the right password even
  const fourth = await signInFrom('203.0.113.4', account.email, account.password);

  // then the account is blocked for password sign-ins from anywhere
  expect(fourth).toBe('TOO_MANY_ATTEMPTS');
  // while the same address may still sign in to an account that was not attacked
  expect(await signInFrom('203.0.113.4', other.email, other.password)).toBe('SIGNED_IN');
}, 60_000);

describe('over WebSocket', () => {
  it('refuses signing in and registering, which need HTTP (cookie, client address)', async () => {
    // given an account and an anonymous WebSocket
    const account = await createAccount(server);
    const client = server.wsClient();
    const run = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<{ data?: unknown; errors?: Array<{ message: string }> }>((resolve) => {
        let result: { data?: unknown; errors?: Array<{ message: string }> } = {};
        client.subscribe(
          { query, variables },
          {
            next: (value) => {
              result = value as typeof result;
            },
            error: (errors) => resolve({ errors: errors as Array<{ message: string }> }),
            complete: () => resolve(result),
          },
        );
      });

    // when it sends the right password, a registration and a passkey sign-in
    const signIn = await run(SIGN_IN, {
      input: { email: account.email, password: account.password, sessionType: 'BEARER' },
    });
    const register = await run(REGISTER, {
      input: { email: 'ws-victim@example.org', name: 'Erika', password: 'ein-langes-passwort' },
    });
    const passkey = await run('mutation { startPasskeySignIn { options } }');

    // then each is refused before it runs: no session, no e-mail, no challenge
    for (const refused of [signIn, register, passkey]) {
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.message).toMatch(/must be sent over HTTP/);
    }
    const em = server.orm.em.fork();
    const [sessions] = await em.execute<Array<{ n: string }>>(
      'select count(*) as n from session where account_id = ?',
      [account.id],
    );
    expect(Number(sessions?.n)).toBe(0);
    const [mails] = await em.execute<Array<{ n: string }>>(
      "select count(*) as n from outbox_message where recipient = 'ws-victim@example.org'",
    );
    expect(Number(mails?.n)).toBe(0);
    // and the same socket still answers what it is for
    expect(await run('{ offices { id } }')).toEqual({ data: { offices: [] } });
    // and over HTTP the same sign-in works
    expect(await signInFrom('192.0.2.9', account.email, account.password)).toBe('SIGNED_IN');
  });
});
