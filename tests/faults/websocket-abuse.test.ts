import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { publishAnnouncementWithdrawn } from '../../src/announcements/announcement-events.js';
import { scrape, valueOf } from '../support/metrics.js';
import { ask, liveClient } from '../support/sockets.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, bad clients over WebSocket: a client that never says hello, one that sends garbage,
// one that subscribes 1,000 times, 1,000 that vanish without closing. The server closes or
// refuses each as graphql-ws and its limits say, stays responsive for a normal client meanwhile,
// and gives back what they held: sockets, subscriptions, handles, heap.

const PROTOCOL = 'graphql-transport-ws';
const WITHDRAWN = 'subscription Withdrawn { announcementWithdrawn }';
const OFFICES = 'query Offices { offices { id } }';
const VANISHING_CLIENTS = 1000;
/** Clients connecting at once: enough to overlap, few enough for a loaded 2-core machine. */
const BATCH = 100;

let server: TestServer;

beforeAll(async () => {
  // TRUST_PROXY 1: the test is the proxy, so that every client can come from an address of its
  // own (X-Forwarded-For) and the per-address socket limit does not make 1,000 clients 10.
  server = await startTestServer({ env: { METRICS_PORT: '0', TRUST_PROXY: '1' } });
});

afterAll(async () => {
  await server.close();
});

let addresses = 0;
/** A client address of its own: 10.x.y.z. */
function nextAddress(): string {
  addresses += 1;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

/** A raw WebSocket from its own address, with what it received and how it was closed. */
function rawSocket(protocol: string = PROTOCOL) {
  const socket = new WebSocket(server.wsUrl, protocol, {
    headers: { 'x-forwarded-for': nextAddress() },
  });
  const received: Array<{ type: string; id?: string; payload?: unknown }> = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  const acknowledged = async () => {
    await opened;
    send({ type: 'connection_init', payload: {} });
    await waitUntil(
      () => received.some((message) => message.type === 'connection_ack'),
      'connection_ack',
    );
  };
  return { socket, received, opened, closed, send, acknowledged };
}

async function openWebSockets(): Promise<number> {
  const { samples } = await scrape(server);
  return valueOf(samples, 'rathaus_websocket_connections') ?? Number.NaN;
}

/** The process's open handles by kind (TCP sockets, timers, …), test clients included. */
function handles(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/**
 * A forced garbage collection, so that the heap can be compared tightly: `--expose-gc` set at
 * run time makes `gc` available to contexts made afterwards (jest's command line has no flag).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A normal client is served meanwhile: a query, and a subscription that hears an event. */
async function normalClientIsServed(): Promise<void> {
  const live = liveClient(server.wsUrl, null);
  try {
    await live.connected;
    const offices = await ask(live.client, OFFICES);
    expect(offices.errors).toBeUndefined();
    const before = server.bus.activeSubscriptions('announcementWithdrawn');
    const withdrawn = subscription<{ announcementWithdrawn: string }>(live.client, WITHDRAWN, {});
    await waitUntil(
      () => server.bus.activeSubscriptions('announcementWithdrawn') > before,
      'the normal client subscribed',
    );
    const announcementId = randomUUID();
    publishAnnouncementWithdrawn(server.bus, { announcementId, officeId: null });
    // Other tests' events may come first (the vanishing clients'): this one must come.
    const heard: string[] = [];
    while (!heard.includes(`Announcement:${announcementId}`)) {
      const event = await withdrawn.next();
      heard.push(Buffer.from(event.data!.announcementWithdrawn, 'base64').toString());
    }
    await withdrawn.close();
  } finally {
    await live.client.dispose();
  }
}

type Baseline = {
  sockets: number;
  subscriptions: number;
  tcp: number;
  resources: number;
  heap: number;
};

async function baseline(): Promise<Baseline> {
  await waitUntil(async () => (await openWebSockets()) === 0, 'no WebSocket open');
  const kinds = handles();
  return {
    sockets: 0,
    subscriptions: server.bus.activeSubscriptions(),
    tcp: kinds.get('TCPSocketWrap') ?? 0,
    resources: process.getActiveResourcesInfo().length,
    heap: heapUsed(),
  };
}

/**
 * Waits until the server holds what it held before: no socket, no subscription more, the TCP
 * handles and all handles back (a few kept by the database pool and timers of the moment
 * allowed), and the heap back within a bound after a forced garbage collection.
 */
async function expectFreed(before: Baseline, what: string): Promise<void> {
  await waitUntil(async () => (await openWebSockets()) === before.sockets, `${what}: sockets`, {
    timeoutMs: 15_000,
  });
  await waitUntil(
    () => server.bus.activeSubscriptions() === before.subscriptions,
    () => `${what}: subscriptions (${server.bus.activeSubscriptions()} of ${before.subscriptions})`,
    { timeoutMs: 15_000 },
  );
  await waitUntil(
    () => (handles().get('TCPSocketWrap') ?? 0) <= before.tcp + 5,
    () => `${what}: TCP handles (${handles().get('TCPSocketWrap')} of ${before.tcp})`,
    { timeoutMs: 15_000 },
  );
  await waitUntil(
    () => process.getActiveResourcesInfo().length <= before.resources + 20,
    () =>
      `${what}: handles (${process.getActiveResourcesInfo().length} of ${before.resources}: ${JSON.stringify([...handles()])})`,
    { timeoutMs: 15_000 },
  );
  // MiB: room for what jest and the database pool keep meanwhile (runs measured under 2 MiB).
  const bound = 8;
  const grown = (heapUsed() - before.heap) / 1024 / 1024;
  console.log(
    `websocket-abuse ${what}: sockets=${await openWebSockets()} subscriptions=${server.bus.activeSubscriptions()}/${before.subscriptions} tcpHandles=${handles().get('TCPSocketWrap') ?? 0}/${before.tcp} handles=${process.getActiveResourcesInfo().length}/${before.resources} heapGrowthMiB=${grown.toFixed(1)} (bound ${bound})`,
  );
  expect(grown).toBeLessThan(bound);
}

describe('WebSocket clients that misbehave', () => {
  it('closes a socket that never sends connection_init with 4408, and serves others meanwhile', async () => {
    const before = await baseline();
    const silent = rawSocket();
    await silent.opened;
    // graphql-ws's init timeout (3 s, not configurable): the normal client is served within it.
    await normalClientIsServed();
    expect(await silent.closed).toMatchObject({ code: 4408 });
    await expectFreed(before, 'silent socket');
  });

  it('closes sockets that send garbage with the code graphql-ws and ws give, and serves others', async () => {
    const before = await baseline();
    const cases: Array<{ name: string; act: (s: ReturnType<typeof rawSocket>) => Promise<void> }> =
      [
        { name: 'binary frame', act: async (s) => s.socket.send(Buffer.from([0, 255, 1, 254])) },
        { name: 'invalid JSON', act: async (s) => s.socket.send('{"type": "connection_init"') },
        { name: 'JSON that is no message', act: async (s) => s.socket.send('[1,2,3]') },
        { name: 'unknown message type', act: async (s) => s.send({ type: 'hello' }) },
        {
          name: 'subscribe before connection_init',
          act: async (s) => s.send({ id: '1', type: 'subscribe', payload: { query: OFFICES } }),
        },
        {
          name: 'connection_init twice',
          act: async (s) => {
            await s.acknowledged();
            s.send({ type: 'connection_init' });
          },
        },
        {
          name: 'the same operation id twice',
          act: async (s) => {
            await s.acknowledged();
            s.send({ id: 'x', type: 'subscribe', payload: { query: WITHDRAWN } });
            s.send({ id: 'x', type: 'subscribe', payload: { query: WITHDRAWN } });
          },
        },
        {
          name: 'subscribe without a payload',
          act: async (s) => {
            await s.acknowledged();
            s.send({ id: 'y', type: 'subscribe', payload: 'not an object' });
          },
        },
        {
          name: 'a frame over 64 KiB',
          act: async (s) => {
            await s.acknowledged();
            s.send({
              id: 'z',
              type: 'subscribe',
              payload: { query: OFFICES, variables: { x: 'x'.repeat(200_000) } },
            });
          },
        },
      ];
    const expected: Record<string, number> = {
      'binary frame': 4400,
      'invalid JSON': 4400,
      'JSON that is no message': 4400,
      'unknown message type': 4400,
      'subscribe before connection_init': 4401,
      'connection_init twice': 4429,
      'the same operation id twice': 4409,
      'subscribe without a payload': 4400,
      'a frame over 64 KiB': 1009,
    };
    const outcomes = await Promise.all(
      cases.map(async ({ name, act }) => {
        const s = rawSocket();
        await s.opened;
        await act(s);
        return [name, (await s.closed).code] as const;
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual(expected);
    // A client of the older protocol (subscriptions-transport-ws) gets no subprotocol: ws
    // refuses such a handshake on the client's side, and the server's end is closed (1002).
    const foreign = rawSocket('graphql-ws');
    await expect(foreign.opened).rejects.toThrow(/no subprotocol/);
    await foreign.closed;

    await normalClientIsServed();
    await expectFreed(before, 'garbage');
  });

  it('refuses operations beyond the per-socket limit with TOO_MANY_OPERATIONS and keeps the socket', async () => {
    const before = await baseline();
    const greedy = rawSocket();
    await greedy.acknowledged();
    for (let id = 0; id < 1000; id += 1) {
      greedy.send({ id: String(id), type: 'subscribe', payload: { query: WITHDRAWN } });
    }
    const refusals = () =>
      greedy.received.filter(
        (message) =>
          message.type === 'error' &&
          JSON.stringify(message.payload).includes('"code":"TOO_MANY_OPERATIONS"'),
      );
    // The default WS_MAX_OPERATIONS_PER_SOCKET: 50 run, 950 are refused.
    await waitUntil(
      () => refusals().length === 950,
      () => `950 refusals (${refusals().length})`,
      {
        timeoutMs: 20_000,
      },
    );
    expect(server.bus.activeSubscriptions('announcementWithdrawn')).toBe(before.subscriptions + 50);
    expect(greedy.received.filter((message) => message.type === 'error')).toHaveLength(950);

    // The socket is fine: the 50 hear an event, and once one is completed a query fits again.
    const announcementId = randomUUID();
    publishAnnouncementWithdrawn(server.bus, { announcementId, officeId: null });
    await waitUntil(
      () => greedy.received.filter((message) => message.type === 'next').length === 50,
      'the 50 subscriptions heard the event',
    );
    greedy.send({ id: '0', type: 'complete' });
    await waitUntil(
      () => server.bus.activeSubscriptions('announcementWithdrawn') === before.subscriptions + 49,
      'one subscription completed',
    );
    greedy.send({ id: 'query', type: 'subscribe', payload: { query: OFFICES } });
    await waitUntil(
      () => greedy.received.some((message) => message.id === 'query' && message.type === 'next'),
      'the query answered on the same socket',
    );
    await normalClientIsServed();

    greedy.socket.close(1000);
    expect((await greedy.closed).code).toBe(1000);
    await expectFreed(before, 'greedy socket');
  });

  it(`frees what ${VANISHING_CLIENTS} clients held that vanished without closing, serving others meanwhile`, async () => {
    const before = await baseline();
    let vanished = 0;
    const vanish = async () => {
      for (let batch = 0; batch < VANISHING_CLIENTS / BATCH; batch += 1) {
        const clients = await Promise.all(
          Array.from({ length: BATCH }, async () => {
            const s = rawSocket();
            await s.acknowledged();
            return s;
          }),
        );
        // Half of them hold a subscription when they go: shown by an event each one heard.
        const subscribers = clients.filter((_, index) => index % 2 === 0);
        for (const s of subscribers) {
          s.send({ id: '1', type: 'subscribe', payload: { query: WITHDRAWN } });
        }
        const heard = () =>
          subscribers.every((s) => s.received.some((message) => message.type === 'next'));
        await waitUntil(
          () => {
            if (heard()) return true;
            publishAnnouncementWithdrawn(server.bus, {
              announcementId: randomUUID(),
              officeId: null,
            });
            return false;
          },
          'every subscriber of the batch heard an event',
          { intervalMs: 50 },
        );
        expect(await openWebSockets()).toBeGreaterThanOrEqual(BATCH);
        // Gone without a close frame: the TCP connection is destroyed.
        for (const s of clients) s.socket.terminate();
        vanished += clients.length;
      }
    };
    // A normal client is served while they come and go, and after.
    await Promise.all([vanish(), normalClientIsServed()]);
    expect(vanished).toBe(VANISHING_CLIENTS);
    await normalClientIsServed();
    await expectFreed(before, 'vanished clients');
  }, 120_000);
});
