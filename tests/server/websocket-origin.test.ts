import WebSocket from 'ws';
import { createAccount, signIn, signInWithCookie, type TestAccount } from '../support/accounts.js';
import { ask, liveClient, within, type LiveClient } from '../support/sockets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Security issue #13, finding 11: a browser sends the session cookie with a WebSocket upgrade from
// any page. Only pages of the town's own origins (PUBLIC_URL http://rathaus.test, CORS_ORIGINS, the
// host the socket is opened on) may open one; clients that send no Origin (no browser) authenticate
// with a bearer token.

const ME = '{ me { email } }';
type Me = { me: { email: string } | null };

let server: TestServer;
let citizen: TestAccount;
let cookie: string;
const clients: LiveClient[] = [];
const opened: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.musterstadt.de' } });
  citizen = await createAccount(server);
  cookie = await signInWithCookie(server, citizen);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map(({ client }) => client.dispose()));
  for (const socket of opened.splice(0)) socket.terminate();
});

afterAll(async () => {
  await server.close();
});

/** A browser's socket: the page's Origin and the site's cookie with the upgrade. */
async function browserSocket(origin: string): Promise<LiveClient> {
  const live = liveClient(server.wsUrl, null, { headers: { origin, cookie } });
  clients.push(live);
  return live;
}

function upgradeStatus(headers: Record<string, string>): Promise<number> {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
  opened.push(socket);
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('open', () => resolve(101));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

it('refuses the upgrade of a page on a foreign origin that rides the citizen’s cookie', async () => {
  // when a page of another site opens a socket, the browser adding the citizen's cookie
  expect(await upgradeStatus({ origin: 'https://evil.example', cookie })).toBe(403);
  expect(await upgradeStatus({ origin: 'null', cookie })).toBe(403);

  // then nothing of the citizen's is readable; the town's own page with the same cookie is
  const own = await browserSocket('http://rathaus.test');
  await within(own.connected, 5000, 'connection_ack');
  expect((await ask<Me>(own.client, ME)).data).toEqual({ me: { email: citizen.email } });
});

it('accepts a page of an origin in CORS_ORIGINS', async () => {
  const app = await browserSocket('https://app.musterstadt.de');
  await within(app.connected, 5000, 'connection_ack');
  expect((await ask<Me>(app.client, ME)).data).toEqual({ me: { email: citizen.email } });
});

it('accepts a page that Rathaus served under the name the browser asked for (such as its LAN address)', async () => {
  const page = await browserSocket(new URL(server.url).origin);
  await within(page.connected, 5000, 'connection_ack');
  expect((await ask<Me>(page.client, ME)).data).toEqual({ me: { email: citizen.email } });
});

it('keeps serving clients that send no Origin, with a bearer token', async () => {
  const app = liveClient(server.wsUrl, await signIn(server, citizen));
  clients.push(app);
  await within(app.connected, 5000, 'connection_ack');
  expect((await ask<Me>(app.client, ME)).data).toEqual({ me: { email: citizen.email } });
});
