import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import {
  ChatSocket,
  chatTown,
  messagesInDatabase,
  NoAnswer,
  sendMessage,
  startConversation,
  type Account,
  type ChatTown,
} from './support/chat.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 4: chat through a crash. 20 citizens write with a clerk, each in a
// conversation of their own, both ways at once, while the server is killed (kill -9) and started
// again twice. Senders retry with their client message ids until answered; every WebSocket
// reconnects and subscribes again after the last message it has, as the web client does. Then
// every client has every message of its conversations exactly once, in order, and the database
// has each message sent once.

const CITIZENS = 20;
/** Messages each side sends in each conversation after the first. */
const PER_SIDE = 5;
const SENDS = CITIZENS * PER_SIDE * 2;
/** The kills come when this many of the sends were answered. */
const KILL_AFTER = [Math.round(SENDS / 3), Math.round((SENDS * 2) / 3)];
const MAX_ATTEMPTS = 50;
/** A start may take long on a loaded machine: other tests start servers too. */
const STARTUP = { readyTimeoutMs: 60_000 };

let postgres: ThrowawayPostgres | undefined;
let server: ServerProcess | undefined;
let town: ChatTown;
const sockets: ChatSocket[] = [];

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  server = await serverProcess({
    DATABASE_URL: postgres.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    // Every client of the test comes from 127.0.0.1: after a restart all 21 sockets connect at
    // once, each counted by that address until it has signed in.
    WS_MAX_CONNECTIONS_PER_CALLER: '100',
  });
  await server.start(STARTUP);
  town = await chatTown(postgres.url, server.url, CITIZENS);
}, 150_000);

afterAll(async () => {
  await Promise.allSettled(sockets.map((socket) => socket.close()));
  await server?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

it('kill -9 twice while 20 conversations go both ways: every client has every message once, in order', async () => {
  const chat = server!;
  // Given 20 conversations, each followed by its citizen and by the clerk (one socket, 20
  // subscriptions).
  const conversations = await Promise.all(
    town.citizens.map((citizen, index) =>
      startConversation(chat.url, citizen, town.office, `c${index}-0`),
    ),
  );
  const clerkSocket = new ChatSocket(
    () => chat.url.replace('http', 'ws') + '/graphql',
    town.clerk.token,
  );
  sockets.push(clerkSocket);
  const citizenSockets = town.citizens.map((citizen, index) => {
    const socket = new ChatSocket(() => chat.url.replace('http', 'ws') + '/graphql', citizen.token);
    socket.follow(conversations[index]!);
    clerkSocket.follow(conversations[index]!);
    sockets.push(socket);
    return socket;
  });
  const following = [
    ...citizenSockets.map((socket, index) => ({ socket, conversation: conversations[index]! })),
    ...conversations.map((conversation) => ({ socket: clerkSocket, conversation })),
  ];
  await waitUntil(
    () => following.every(({ socket, conversation }) => socket.lastSeq(conversation) >= 1),
    'every socket following with the first message',
    { timeoutMs: 30_000 },
  );

  let answered = 0;
  let retried = 0;
  let restart: Promise<void> | null = null;
  const recoveries: number[] = [];
  let killedWhileSending = 0;
  let sending = 0;
  const crash = async () => {
    killedWhileSending = Math.max(killedWhileSending, sending);
    const killedAt = Date.now();
    await chat.kill9();
    await chat.start(STARTUP);
    recoveries.push(Date.now() - killedAt);
    // Every socket is back before the next crash can come: on a fast machine the sends between
    // two crashes could otherwise be done while a socket still waits to reconnect.
    await waitUntil(
      () => sockets.every((socket) => socket.reconnects >= recoveries.length),
      'every socket reconnected after the crash',
      { timeoutMs: 30_000 },
    );
  };

  /** Sends until answered: a message whose answer the crash took is sent again with its id. */
  const send = async (sender: Account, conversation: string, body: string) => {
    for (let attempt = 1; ; attempt += 1) {
      sending += 1;
      try {
        await sendMessage(chat.url, sender, conversation, body, `id-${body}`);
        break;
      } catch (error) {
        if (!(error instanceof NoAnswer) || attempt === MAX_ATTEMPTS) throw error;
        retried += 1;
        // Refused while the server is down: it is back when the restart is done.
        await (restart ?? new Promise((resolve) => setTimeout(resolve, 100)));
      } finally {
        sending -= 1;
      }
    }
    answered += 1;
    const kill = KILL_AFTER.indexOf(answered);
    if (kill >= 0) {
      const previous = restart ?? Promise.resolve();
      restart = previous.then(crash);
    }
  };

  // When both sides of every conversation send at once, and the server is killed twice.
  await Promise.all(
    conversations.flatMap((conversation, index) => [
      (async () => {
        for (let n = 1; n <= PER_SIDE; n += 1) {
          await send(town.citizens[index]!, conversation, `c${index}-${n}`);
        }
      })(),
      (async () => {
        for (let n = 1; n <= PER_SIDE; n += 1)
          await send(town.clerk, conversation, `s${index}-${n}`);
      })(),
    ]),
  );
  await restart;
  expect(recoveries).toHaveLength(2);
  expect(killedWhileSending).toBeGreaterThan(0);

  // Then the database has every message once …
  const stored = await messagesInDatabase(postgres!.url);
  for (const [index, conversation] of conversations.entries()) {
    const bodies = stored.get(conversation)!.map((message) => message.body);
    expect(bodies.toSorted()).toEqual(
      [
        `c${index}-0`,
        ...[1, 2, 3, 4, 5].flatMap((n) => [`c${index}-${n}`, `s${index}-${n}`]),
      ].toSorted(),
    );
    expect(stored.get(conversation)!.map((message) => message.seq)).toEqual(
      bodies.map((_, seq) => seq + 1),
    );
  }

  // … and every client has every message of its conversations exactly once, in order.
  await waitUntil(
    () =>
      following.every(
        ({ socket, conversation }) =>
          socket.lastSeq(conversation) >= stored.get(conversation)!.length,
      ),
    () =>
      `every client up to date: ${following
        .filter(
          ({ socket, conversation }) =>
            socket.lastSeq(conversation) < stored.get(conversation)!.length,
        )
        .map(({ socket, conversation }) => `${conversation} at ${socket.lastSeq(conversation)}`)
        .join(', ')}`,
    { timeoutMs: 30_000 },
  );
  let lost = 0;
  let duplicates = 0;
  let outOfOrder = 0;
  for (const { socket, conversation } of following) {
    const received = socket.received.get(conversation)!;
    const seqs = received.map((message) => message.seq);
    const expected = stored.get(conversation)!.map(({ seq, body }) => ({ seq, body }));
    lost += expected.filter((message) => !seqs.includes(message.seq)).length;
    duplicates += seqs.length - new Set(seqs).size;
    outOfOrder += seqs.filter((seq, index) => index > 0 && seq <= seqs[index - 1]!).length;
    expect(received).toEqual(expected);
  }
  expect({ lost, duplicates, outOfOrder }).toEqual({ lost: 0, duplicates: 0, outOfOrder: 0 });
  // Each socket saw both crashes and came back after each.
  for (const socket of sockets) {
    expect(socket.reconnects).toBeGreaterThanOrEqual(2);
    expect(socket.errors).toEqual([]);
  }
  const reconnects = sockets.reduce((sum, socket) => sum + socket.reconnects, 0);
  const messages = [...stored.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `chat crash: ${CITIZENS} citizens and a clerk, ${conversations.length} conversations, ` +
      `${messages} messages (${SENDS} sent during the test), kill -9 twice (${killedWhileSending} sends in flight), ` +
      `recovery ${recoveries.join(' ms, ')} ms, ${retried} sends retried, ${reconnects} reconnects; ` +
      `lost=${lost}, duplicates=${duplicates}, out of order=${outOfOrder}`,
  );
}, 180_000);
