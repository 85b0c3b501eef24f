import WebSocket from 'ws';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const DAY = 24 * 60 * 60 * 1000;
const ME = '{ me { email } }';
const DEVICES = '{ me { sessions { id current type userAgent } } }';

let server: TestServer;
const start = new Date('2027-01-04T08:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ now: start });
});

afterAll(async () => {
  await server.close();
});

async function meWith(token: string) {
  return server.gql<{ me: { email: string } | null }>(ME, {}, bearer(token));
}

describe('session life cycle', () => {
  afterEach(() => server.clock.set(start));

  it('keeps a device signed in while it is used, ends it after 30 days without use', async () => {
    const account = await createAccount(server);
    const token = await signIn(server, account);
    server.clock.set(new Date(start.getTime() + 29 * DAY));
    expect((await meWith(token)).body.data).toEqual({ me: { email: account.email } });
    server.clock.set(new Date(start.getTime() + 58 * DAY));
    expect((await meWith(token)).body.data).toEqual({ me: { email: account.email } });
    server.clock.set(new Date(start.getTime() + 89 * DAY));
    const idle = await meWith(token);
    expect(idle.status).toBe(401);
    expect(idle.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session after 90 days, however often it is used', async () => {
    const account = await createAccount(server);
    const token = await signIn(server, account);
    for (const day of [20, 40, 60, 80, 89]) {
      server.clock.set(new Date(start.getTime() + day * DAY));
      expect((await meWith(token)).status).toBe(200);
    }
    server.clock.set(new Date(start.getTime() + 91 * DAY));
    expect((await meWith(token)).status).toBe(401);
  });

  it('lists the signed-in devices and signs out another one', async () => {
    const account = await createAccount(server);
    const phone = await signIn(server, account);
    const laptop = await signIn(server, account);
    const { body } = await server.gql<{
      me: { sessions: Array<{ id: string; current: boolean }> };
    }>(DEVICES, {}, { ...bearer(laptop), 'user-agent': 'Firefox on Linux' });
    const sessions = body.data!.me.sessions;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((session) => !session.current)!;

    const revoked = await server.gql(
      'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { removedId userErrors { code } } }',
      { input: { sessionId: other.id } },
      bearer(laptop),
    );
    expect(revoked.body.data).toEqual({ revokeSession: { removedId: other.id, userErrors: [] } });
    expect((await meWith(phone)).status).toBe(401);
    expect((await meWith(laptop)).status).toBe(200);
  });

  it('does not let one citizen revoke another’s session', async () => {
    const alice = await createAccount(server);
    const bob = await createAccount(server);
    const aliceToken = await signIn(server, alice);
    const bobToken = await signIn(server, bob);
    const { body } = await server.gql<{ me: { sessions: Array<{ id: string }> } }>(
      DEVICES,
      {},
      bearer(bobToken),
    );
    const bobSession = body.data!.me.sessions[0]!.id;
    const attempt = await server.gql(
      'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { removedId userErrors { code } } }',
      { input: { sessionId: bobSession } },
      bearer(aliceToken),
    );
    expect(attempt.body.data).toEqual({
      revokeSession: { removedId: null, userErrors: [{ code: 'NOT_FOUND' }] },
    });
    expect((await meWith(bobToken)).status).toBe(200);
  });

  it('signs out: the token stops working and the cookie is cleared', async () => {
    const account = await createAccount(server);
    const token = await signIn(server, account);
    const { body, headers } = await server.gql(
      'mutation { signOut { signedOut userErrors { code } } }',
      {},
      bearer(token),
    );
    expect(body.data).toEqual({ signOut: { signedOut: true, userErrors: [] } });
    expect(String(headers['set-cookie'])).toMatch(/rathaus_session=; .*Expires=Thu, 01 Jan 1970/);
    expect((await meWith(token)).status).toBe(401);
  });
});

describe('WebSockets', () => {
  function connect(params: Record<string, unknown>) {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const acknowledged = new Promise<boolean>((resolve) => {
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: params })),
      );
      socket.on('message', (data) => resolve(JSON.parse(String(data)).type === 'connection_ack'));
      socket.once('close', () => resolve(false));
    });
    return { socket, closed, acknowledged };
  }

  it('authenticates in connection_init and closes with 4403 for a bad token', async () => {
    const bad = connect({ authorization: 'Bearer rh_sess_forged' });
    expect(await bad.acknowledged).toBe(false);
    expect(await bad.closed).toBe(4403);
    const anonymousSocket = connect({});
    expect(await anonymousSocket.acknowledged).toBe(true);
    anonymousSocket.socket.close();
  });

  it('closes the WebSockets of a session when it signs out, and no others', async () => {
    const account = await createAccount(server);
    const leaving = await signIn(server, account);
    const staying = await signIn(server, account);
    const leavingSocket = connect({ authorization: `Bearer ${leaving}` });
    const stayingSocket = connect({ authorization: `Bearer ${staying}` });
    expect(await leavingSocket.acknowledged).toBe(true);
    expect(await stayingSocket.acknowledged).toBe(true);

    await server.gql('mutation { signOut { signedOut } }', {}, bearer(leaving));

    expect(await leavingSocket.closed).toBe(4401);
    expect(stayingSocket.socket.readyState).toBe(WebSocket.OPEN);
    stayingSocket.socket.close();
  });
});
