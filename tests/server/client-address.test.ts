import WebSocket from 'ws';
import { MAX_FAILED_SIGN_INS } from '../../src/accounts/account-rules.js';
import { createAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Security issue #13, finding 9: behind a reverse proxy (TRUST_PROXY=1: this test process is the
// proxy, on 127.0.0.1), the client's address is the one the proxy appended to X-Forwarded-For,
// never what the client wrote there itself, and HTTP and WebSocket agree on it.

const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code } }
}`;
type SignIn = { signInWithPassword: { token: string | null; userErrors: Array<{ code: string }> } };

let server: TestServer;
const opened: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: { TRUST_PROXY: '1', WS_MAX_CONNECTIONS_PER_CALLER: '2' },
  });
});

afterEach(async () => {
  for (const socket of opened.splice(0)) socket.terminate();
});

afterAll(async () => {
  await server.close();
});

/** What the proxy forwards: whatever the client claimed, then the address it saw. */
const forwarded = (claimed: string, client: string) => ({
  'x-forwarded-for': `${claimed}, ${client}`,
});

/** A WebSocket upgrade through the proxy; resolves with 101 or the refusing HTTP status. */
function upgradeStatus(headers: Record<string, string>): Promise<number> {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
  opened.push(socket);
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('open', () => resolve(101));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

it('caps the sockets of the client the proxy names, however it fills in X-Forwarded-For itself', async () => {
  // given a client behind the proxy with two sockets, each claiming another address
  expect(await upgradeStatus(forwarded('198.51.100.1', '203.0.113.7'))).toBe(101);
  expect(await upgradeStatus(forwarded('198.51.100.2', '203.0.113.7'))).toBe(101);

  // when it claims a third address for a third socket, it is refused
  expect(await upgradeStatus(forwarded('198.51.100.3', '203.0.113.7'))).toBe(429);

  // and another client behind the same proxy does not share its cap
  expect(await upgradeStatus(forwarded('198.51.100.3', '203.0.113.8'))).toBe(101);
});

it('throttles sign-ins per client behind the proxy, whatever address it claims', async () => {
  // given a client that failed to sign in as often as allowed, each time claiming another address
  const account = await createAccount(server);
  const wrong = { email: account.email, password: 'not-the-password', sessionType: 'BEARER' };
  for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt += 1) {
    const { body } = await server.gql<SignIn>(
      SIGN_IN,
      { input: wrong },
      forwarded(`198.51.100.${attempt + 10}`, '203.0.113.7'),
    );
    expect(body.data!.signInWithPassword.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
  }

  // when it tries again over HTTP with yet another claimed address, it is refused
  const http = await server.gql<SignIn>(
    SIGN_IN,
    { input: wrong },
    forwarded('198.51.100.99', '203.0.113.7'),
  );
  expect(http.body.data!.signInWithPassword.userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS' }]);
  // (sign-in is refused over WebSocket altogether: tests/accounts/sign-in-throttle.test.ts; the
  // WebSocket's client address is the proxy's client too: tests/server/rate-limits.test.ts)

  // then another client behind the proxy may still try
  const other = await server.gql<SignIn>(
    SIGN_IN,
    { input: wrong },
    forwarded('198.51.100.99', '203.0.113.8'),
  );
  expect(other.body.data!.signInWithPassword.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
});
