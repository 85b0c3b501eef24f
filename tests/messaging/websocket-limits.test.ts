import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { WS_MAX_CONNECTIONS_PER_CALLER: '3', WS_KEEPALIVE_MS: '300' },
  });
});

afterAll(async () => {
  await server.close();
});

function open(): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return new Promise((resolve) => socket.once('open', () => resolve({ socket, closed })));
}

async function initialized() {
  const connection = await open();
  connection.socket.send(JSON.stringify({ type: 'connection_init' }));
  const acknowledged = await new Promise<boolean>((resolve) => {
    connection.socket.once('message', (data) =>
      resolve(JSON.parse(String(data)).type === 'connection_ack'),
    );
    connection.socket.once('close', () => resolve(false));
  });
  return { ...connection, acknowledged };
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
  bystander.socket.close();
});

it('closes a socket that does not say connection_init within 3 seconds with 4408', async () => {
  const { closed } = await open();
  const started = Date.now();
  expect(await closed).toBe(4408);
  expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
});

it('allows a caller only so many sockets at once (4429 beyond), and frees a place when one closes', async () => {
  const sockets = [await initialized(), await initialized(), await initialized()];
  expect(sockets.every((connection) => connection.acknowledged)).toBe(true);
  const fourth = await initialized();
  expect(fourth.acknowledged).toBe(false);
  expect(await fourth.closed).toBe(4429);

  sockets[0]!.socket.close();
  await sockets[0]!.closed;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const again = await initialized();
  expect(again.acknowledged).toBe(true);
  for (const connection of [...sockets.slice(1), again]) connection.socket.close();
});

it('drops a peer that stops answering pings, and keeps one that answers', async () => {
  const dead = new WebSocket(server.wsUrl, 'graphql-transport-ws', { autoPong: false });
  const deadClosed = new Promise<number>((resolve) => dead.once('close', (code) => resolve(code)));
  await new Promise((resolve) => dead.once('open', resolve));
  dead.send(JSON.stringify({ type: 'connection_init' }));
  const alive = await initialized();
  expect(await deadClosed).toBe(1006);
  expect(alive.socket.readyState).toBe(WebSocket.OPEN);
  alive.socket.close();
});
