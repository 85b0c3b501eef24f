import WebSocket from 'ws';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { seededRandom } from '../support/random.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// 20 clients follow one conversation while their sockets are killed at random; 500 messages are
// sent, many of them twice (a retry after a lost answer). At the end every client's transcript
// must equal the database: nothing lost, nothing twice, numbers strictly increasing. The random
// choices come from a fixed seed, so every run makes the same ones (the timing still varies).

const CLIENTS = 20;
const MESSAGES = 500;
const EVENTS = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { type message { seq body } }
}`;

type Follower = {
  transcript: Map<number, string>;
  last: number;
  duplicates: number;
  outOfOrder: number;
  reconnects: number;
  socket: WebSocket | null;
};

let server: TestServer;
const random = seededRandom(20270302);
let following = false;
let killer: NodeJS.Timeout | undefined;
const followers: Follower[] = [];

beforeAll(async () => {
  server = await startTestServer({
    now: new Date('2027-03-02T09:00:00Z'),
    env: { WS_MAX_CONNECTIONS_PER_CALLER: '100', DATABASE_POOL_SIZE: '20' },
  });
});

afterEach(() => {
  following = false;
  clearInterval(killer);
  for (const follower of followers.splice(0)) follower.socket?.close();
});

afterAll(async () => {
  await server.close();
});

/** Follows the conversation over a raw graphql-transport-ws socket, resuming from its last number. */
function follow(follower: Follower, party: Party, conversationId: string, running: () => boolean) {
  const connect = () => {
    if (!running()) return;
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    follower.socket = socket;
    socket.on('open', () =>
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${party.token}` },
        }),
      ),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: {
          data?: {
            conversationEvents: { type: string; message: { seq: number; body: string } | null };
          };
        };
      };
      // A subscription that failed (e.g. the server was too busy) is resumed like a lost socket.
      if (message.type === 'error' || message.type === 'complete') {
        socket.terminate();
        return;
      }
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: EVENTS, variables: { id: conversationId, after: follower.last } },
          }),
        );
      }
      const event = message.payload?.data?.conversationEvents;
      if (message.type !== 'next' || event?.type !== 'MESSAGE' || !event.message) return;
      const { seq, body } = event.message;
      if (follower.transcript.has(seq)) follower.duplicates += 1;
      else if (seq !== follower.last + 1) follower.outOfOrder += 1;
      follower.transcript.set(seq, body);
      follower.last = Math.max(follower.last, seq);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (!running()) return;
      follower.reconnects += 1;
      // Clients reconnect after a random pause, as real ones do to spread their reconnects.
      setTimeout(connect, random() * 50);
    });
  };
  connect();
}

/** Sends like a client on a bad connection: a failed attempt is repeated with the same id. */
async function sendWithRetries(party: Party, conversationId: string, body: string, id: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send(server, party, conversationId, body, id);
    } catch (error) {
      if (attempt === 5) throw error;
      // The client's back-off before it tries again, not a wait for something to happen.
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

it('loses and duplicates nothing across random disconnects and retried sends', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office, 'Eröffnung');
  const conversationUuid = Buffer.from(conversation.id, 'base64').toString().split(':')[1];
  following = true;
  let killing = true;
  followers.push(
    ...Array.from({ length: CLIENTS }, () => ({
      transcript: new Map(),
      last: 0,
      duplicates: 0,
      outOfOrder: 0,
      reconnects: 0,
      socket: null,
    })),
  );
  followers.forEach((follower, index) =>
    follow(follower, index % 2 === 0 ? citizen : clerk, conversation.id, () => following),
  );
  killer = setInterval(() => {
    if (!killing) return;
    const victim = followers[Math.floor(random() * CLIENTS)]!;
    victim.socket?.terminate();
  }, 40);

  let next = 0;
  const sender = async () => {
    while (next < MESSAGES) {
      const i = next++;
      const party = i % 2 === 0 ? citizen : clerk;
      const id = `no-loss-${i}`;
      const first = sendWithRetries(party, conversation.id, `Nachricht ${i}`, id);
      // A third of the sends are retried as if the first answer had been lost.
      const attempts =
        random() < 1 / 3
          ? [first, sendWithRetries(party, conversation.id, `Nachricht ${i}`, id)]
          : [first];
      const results = await Promise.all(attempts);
      expect(new Set(results.map((result) => result.message?.seq)).size).toBe(1);
    }
  };
  await Promise.all(Array.from({ length: 6 }, sender));
  killing = false;
  clearInterval(killer);

  const stored = await server.orm.em
    .fork()
    .execute<Array<{ seq: number; body: string }>>(
      'select seq, body from message where conversation_id = ? order by seq',
      [conversationUuid],
    );
  expect(stored).toHaveLength(MESSAGES + 1);
  expect(stored.map((row) => row.seq)).toEqual(
    Array.from({ length: MESSAGES + 1 }, (_, i) => i + 1),
  );
  expect(new Set(stored.map((row) => row.body)).size).toBe(MESSAGES + 1);

  await waitUntil(
    () => followers.every((follower) => follower.last >= MESSAGES + 1),
    'every follower has the last message',
    { timeoutMs: 30_000, intervalMs: 50 },
  ).catch(() => undefined);
  following = false;

  const expected = new Map(stored.map((row) => [row.seq, row.body]));
  for (const follower of followers) {
    expect({
      duplicates: follower.duplicates,
      outOfOrder: follower.outOfOrder,
      last: follower.last,
    }).toEqual({
      duplicates: 0,
      outOfOrder: 0,
      last: MESSAGES + 1,
    });
    expect(follower.transcript).toEqual(expected);
  }
  expect(followers.reduce((sum, follower) => sum + follower.reconnects, 0)).toBeGreaterThan(
    CLIENTS,
  );
}, 120_000);
