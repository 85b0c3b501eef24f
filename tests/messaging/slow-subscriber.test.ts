import WebSocket from 'ws';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { startTestServer, waitForSubscriptions, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

let server: TestServer;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  // The stalled client answers no ping either: on a slow machine the keep-alive (12 s) would drop
  // it before its frames reach the limit under test.
  server = await startTestServer({
    now: new Date('2027-03-02T09:00:00Z'),
    env: { WS_KEEPALIVE_MS: '300000' },
  });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});

afterAll(async () => {
  await server.close();
});

const FOLLOW = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { type message { seq body } }
}`;

/** A raw graphql-transport-ws client that follows a conversation and notes every seq it gets. */
async function follower(party: Party, conversationId: string, afterSeq: number) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  sockets.push(socket);
  const seqs: number[] = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(
    JSON.stringify({
      type: 'connection_init',
      payload: { authorization: party.headers.authorization },
    }),
  );
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string;
      payload?: { data?: { conversationEvents?: { message?: { seq: number } } } };
    };
    if (message.type === 'connection_ack') {
      socket.send(
        JSON.stringify({
          id: 'follow',
          type: 'subscribe',
          payload: { query: FOLLOW, variables: { id: conversationId, after: afterSeq } },
        }),
      );
    }
    const seq = message.payload?.data?.conversationEvents?.message?.seq;
    if (message.type === 'next' && seq !== undefined) seqs.push(seq);
  });
  return { socket, seqs, closed };
}

it('closes the socket of a subscriber that stops reading with 1013, and the others get every message', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  const subscriptionsBefore = server.bus.activeSubscriptions();
  const reader = await follower(clerk, conversation.id, conversation.lastSeq);
  const stalled = await follower(citizen, conversation.id, conversation.lastSeq);
  // Two conversation subscriptions (the sessions' watches are the server's, not counted).
  const following = subscriptionsBefore + 2;
  await waitForSubscriptions(server.bus, following);
  // It reads nothing from now on: frames pile up in the kernel's buffers, then in the server's.
  stalled.socket.pause();

  // Long messages, eight at a time, until the server gives up on the stalled subscriber (the
  // kernel takes a few megabytes before the server holds 1 MiB): at most 20 MB.
  const body = 'Lorem ipsum dolor sit amet. '.repeat(140);
  let lastSeq = conversation.lastSeq;
  for (let round = 0; round < 600 && server.bus.activeSubscriptions() === following; round += 1) {
    const sent = await Promise.all(
      Array.from({ length: 8 }, () => send(server, clerk, conversation.id, body)),
    );
    lastSeq = Math.max(lastSeq, ...sent.map((result) => result.message?.seq ?? 0));
  }
  expect(server.bus.activeSubscriptions()).toBe(following - 1);

  // Reading again, the stalled client finds the close after what was sent before it.
  stalled.socket.resume();
  expect(await stalled.closed).toBe(1013);
  expect(stalled.seqs.length).toBeGreaterThan(0);
  expect(stalled.seqs).toEqual(stalled.seqs.map((_, index) => conversation.lastSeq + 1 + index));

  // The reader got everything, in order.
  await waitUntil(
    () => reader.seqs.length >= lastSeq - conversation.lastSeq,
    () => `${lastSeq - conversation.lastSeq} messages read, ${reader.seqs.length} arrived`,
    { timeoutMs: 10_000, intervalMs: 20 },
  ).catch(() => undefined);
  expect(reader.seqs).toEqual(
    Array.from(
      { length: lastSeq - conversation.lastSeq },
      (_, index) => conversation.lastSeq + 1 + index,
    ),
  );
  expect(reader.socket.readyState).toBe(WebSocket.OPEN);
}, 120_000);
