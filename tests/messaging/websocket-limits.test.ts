import WebSocket from 'ws';
import { createAccount, signIn } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const opened: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: { WS_MAX_CONNECTIONS_PER_CALLER: '3', WS_KEEPALIVE_MS: '300' },
  });
});

afterEach(async () => {
  await Promise.all(
    opened.splice(0).map(
      (socket) =>
        new Promise((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve(undefined);
          socket.once('close', resolve);
          socket.terminate();
        }),
    ),
  );
});

afterAll(async () => {
  await server.close();
});

type Upgrade =
  | { accepted: true; socket: WebSocket; closed: Promise<number> }
  | { accepted: false; status: number };

/** Asks for a WebSocket; the answer is the open socket, or the HTTP status that refused it. */
function upgrade(options: { autoPong?: boolean } = {}): Promise<Upgrade> {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', options);
  opened.push(socket);
  // A refusal is reported by 'unexpected-response'; ending the refused request is no failure.
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ accepted: true, socket, closed }));
    socket.once('unexpected-response', (_request, response) =>
      resolve({ accepted: false, status: response.statusCode ?? 0 }),
    );
  });
}

/** Opens a socket and says connection_init; `acknowledged` tells whether the server accepted it. */
async function initialized(payload: Record<string, unknown> = {}) {
  const connection = await upgrade();
  if (!connection.accepted) throw new Error(`upgrade refused with ${connection.status}`);
  connection.socket.send(JSON.stringify({ type: 'connection_init', payload }));
  const acknowledged = await new Promise<boolean>((resolve) => {
    connection.socket.once('message', (data) =>
      resolve(JSON.parse(String(data)).type === 'connection_ack'),
    );
    connection.socket.once('close', () => resolve(false));
  });
  return { ...connection, acknowledged };
}

/** Retries the upgrade until it is accepted: the server frees a place when it sees the close. */
async function acceptedAgain(timeoutMs = 2000): Promise<WebSocket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const attempt = await upgrade();
    if (attempt.accepted) return attempt.socket;
    if (Date.now() > deadline) throw new Error(`still refused with ${attempt.status}`);
  }
}

it('closes a socket that sends a frame over 64 KiB with 1009, and leaves the others open', async () => {
  const bystander = await initialized();
  const offender = await initialized();
  offender.socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: `{ offices { id } } # ${'x'.repeat(70 * 1024)}` },
    }),
  );
  expect(await offender.closed).toBe(1009);
  expect(bystander.socket.readyState).toBe(WebSocket.OPEN);
});

it('closes a socket that does not say connection_init within 3 seconds with 4408', async () => {
  const connection = await upgrade();
  if (!connection.accepted) throw new Error('refused');
  const started = Date.now();
  expect(await connection.closed).toBe(4408);
  expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
});

it('counts sockets from the upgrade: an address with 3 that never say connection_init gets 429 for a fourth', async () => {
  // given three sockets from this address that say nothing
  const silent = [await upgrade(), await upgrade(), await upgrade()];
  expect(silent.every((connection) => connection.accepted)).toBe(true);

  // when a fourth asks, it is refused before it is a WebSocket
  expect(await upgrade()).toEqual({ accepted: false, status: 429 });

  // and when one of the three goes, there is room again
  const first = silent[0] as Extract<Upgrade, { accepted: true }>;
  first.socket.close();
  await first.closed;
  expect((await acceptedAgain()).readyState).toBe(WebSocket.OPEN);
});

it('counts signed-in sockets against their account, not the address, and closes one too many with 4429', async () => {
  // given an account with three acknowledged sockets
  const token = await signIn(server, await createAccount(server));
  const own = [
    await initialized({ authorization: `Bearer ${token}` }),
    await initialized({ authorization: `Bearer ${token}` }),
    await initialized({ authorization: `Bearer ${token}` }),
  ];
  expect(own.map((connection) => connection.acknowledged)).toEqual([true, true, true]);

  // then the address still has room for someone who is not signed in
  expect((await initialized()).acknowledged).toBe(true);
  // and the account's fourth socket is closed when it says who it is
  const fourth = await initialized({ authorization: `Bearer ${token}` });
  expect(fourth.acknowledged).toBe(false);
  expect(await fourth.closed).toBe(4429);
});

it('drops a peer that stops answering pings, and keeps one that answers', async () => {
  const dead = await upgrade({ autoPong: false });
  if (!dead.accepted) throw new Error('refused');
  dead.socket.send(JSON.stringify({ type: 'connection_init' }));
  const alive = await initialized();
  expect(await dead.closed).toBe(1006);
  expect(alive.socket.readyState).toBe(WebSocket.OPEN);
});
