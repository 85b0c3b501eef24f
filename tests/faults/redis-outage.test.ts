import {
  ChatSocket,
  chatTown,
  messagesInDatabase,
  sendMessage,
  startConversation,
  type ChatTown,
} from './support/chat.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import { throwawayRedis, type ThrowawayRedis } from './support/throwaway-redis.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 6: Redis goes away and comes back. Two instances share a PostgreSQL cluster
// and a Redis of the test's own (REDIS_URL); citizens follow their conversations on instance B,
// the clerk follows all of them on A, and both write through their own instance, so every
// message has to cross through Redis. Redis is killed and started again on the same port while
// messages are sent both ways: sending keeps working, and once Redis is back the subscribers get
// what was sent meanwhile (read from the database) and live events cross again, without a
// restart of either server.

const CITIZENS = 5;
/** A start may take long on a loaded machine: other tests start servers too. */
const STARTUP = { readyTimeoutMs: 60_000 };

let postgres: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let a: ServerProcess | undefined;
let b: ServerProcess | undefined;
let town: ChatTown;
const sockets: ChatSocket[] = [];

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  redis = await throwawayRedis();
  await redis.start();
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
  };
  a = await serverProcess(env);
  b = await serverProcess(env);
  // One after the other: the first start migrates the database.
  await a.start(STARTUP);
  await b.start(STARTUP);
  town = await chatTown(postgres.url, a.url, CITIZENS);
}, 150_000);

afterAll(async () => {
  await Promise.allSettled(sockets.map((socket) => socket.close()));
  await a?.remove().catch(() => {});
  await b?.remove().catch(() => {});
  await redis?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

it('Redis killed and back: sending goes on, subscribers get what they missed and live events cross again', async () => {
  const [onA, onB] = [a!, b!];
  const wsUrl = (server: ServerProcess) => `${server.url.replace('http', 'ws')}/graphql`;
  const conversations = await Promise.all(
    town.citizens.map((citizen, index) =>
      startConversation(onA.url, citizen, town.office, `c${index}-0`),
    ),
  );
  // Given the citizens following on B and the clerk following every conversation on A.
  const clerk = new ChatSocket(() => wsUrl(onA), town.clerk.token);
  sockets.push(clerk);
  const citizens = town.citizens.map((citizen, index) => {
    const socket = new ChatSocket(() => wsUrl(onB), citizen.token);
    socket.follow(conversations[index]!);
    clerk.follow(conversations[index]!);
    sockets.push(socket);
    return socket;
  });
  const following = [
    ...citizens.map((socket, index) => ({ socket, conversation: conversations[index]! })),
    ...conversations.map((conversation) => ({ socket: clerk, conversation })),
  ];
  const allHave = (seq: number) =>
    following.every(({ socket, conversation }) => socket.lastSeq(conversation) >= seq);
  await waitUntil(() => allHave(1), 'every socket following', { timeoutMs: 30_000 });

  /** The clerk writes through A, each citizen through B: every message crosses instances. */
  let round = 0;
  const sendBothWays = async (label: string) => {
    round += 1;
    await Promise.all(
      conversations.flatMap((conversation, index) => [
        sendMessage(onA.url, town.clerk, conversation, `${label}-s${index}`, `${label}-s${index}`),
        sendMessage(
          onB.url,
          town.citizens[index]!,
          conversation,
          `${label}-c${index}`,
          `${label}-c${index}`,
        ),
      ]),
    );
    // Each round adds two messages to each conversation, after its first.
    return 1 + 2 * round;
  };

  // Positive control: with Redis up, messages cross both ways.
  const beforeSeq = await sendBothWays('before');
  await waitUntil(() => allHave(beforeSeq), 'messages crossing', { timeoutMs: 30_000 });

  // When Redis dies (and both instances noticed: the events of what they send meanwhile reach
  // their own subscribers only, and are gone for the other instance) …
  const errors = (server: ServerProcess) => server.output().split('Redis event bus error').length;
  const errorsBefore = [onA, onB].map(errors);
  await redis!.kill();
  const downAt = Date.now();
  await waitUntil(
    () => [onA, onB].every((server, index) => errors(server) > errorsBefore[index]!),
    'both instances noticing that Redis is away',
    { timeoutMs: 30_000, intervalMs: 50 },
  );
  // … sending through either instance still works (committed, answered) …
  const duringSeq = await sendBothWays('during');
  const crossedWhileDown = following.filter(
    ({ socket, conversation }) => socket.lastSeq(conversation) >= duringSeq,
  ).length;
  // … and both instances stay up and ready.
  for (const server of [onA, onB]) await server.ready(30_000);

  // Then, once Redis is back, every subscriber gets what was sent meanwhile, without a new
  // message to show the gap and without a restart of either server …
  await redis!.start();
  const upAt = Date.now();
  await waitUntil(() => allHave(duringSeq), 'the messages sent while Redis was down', {
    timeoutMs: 30_000,
  });
  const caughtUpMs = Date.now() - upAt;

  // … and live events cross again.
  const afterSeq = await sendBothWays('after');
  await waitUntil(() => allHave(afterSeq), 'messages crossing again', { timeoutMs: 30_000 });

  // Every client has every message of its conversations exactly once, in order.
  const stored = await messagesInDatabase(postgres!.url);
  let lost = 0;
  let duplicates = 0;
  for (const { socket, conversation } of following) {
    const received = socket.received.get(conversation)!;
    const expected = stored.get(conversation)!.map(({ seq, body }) => ({ seq, body }));
    expect(expected).toHaveLength(afterSeq);
    const seqs = received.map((message) => message.seq);
    lost += expected.filter((message) => !seqs.includes(message.seq)).length;
    duplicates += seqs.length - new Set(seqs).size;
    expect(received).toEqual(expected);
  }
  // The sockets stayed open: nothing was caught up by reconnecting.
  for (const socket of sockets) {
    expect(socket.reconnects).toBe(0);
    expect(socket.errors).toEqual([]);
  }
  expect(onA.output() + onB.output()).not.toContain('unhandled');
  const messages = [...stored.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `redis outage: 2 instances, ${CITIZENS} citizens on B and a clerk on A, ${messages} messages, ` +
      `Redis down ${upAt - downAt} ms (${CITIZENS * 2} messages sent meanwhile, all answered; ` +
      `${crossedWhileDown} subscribers had them while it was down), caught up ${caughtUpMs} ms after it was back, ` +
      `servers restarted=0, lost=${lost}, duplicates=${duplicates}`,
  );
}, 120_000);
