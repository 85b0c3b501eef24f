import { request } from 'node:http';
import pg from 'pg';
import { uuidOf } from '../../src/resolvers/common/global-id.js';
import {
  ChatSocket,
  chatTown,
  messagesInDatabase,
  sendMessage,
  startConversation,
  type ChatTown,
  type Sent,
} from './support/chat.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import { throwawayRedis, type ThrowawayRedis } from './support/throwaway-redis.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 5: SIGTERM under load. Two instances share a PostgreSQL cluster and a Redis of
// the test's own; a client in front of them acts as a load balancer: it checks /readyz of each
// every 100 ms, sends each request to a ready one (round robin) and, when that one refuses the
// connection or says 503, to the other. Instance A is stopped with SIGTERM while requests run on
// it, some of them held in the database by a row lock the test takes, so that they are surely
// under way when the signal comes. With SHUTDOWN_DELAY_MS the instance serves on, unready, until
// the balancer has taken it out, and only then closes its listening socket, so that no
// connection is reset. No request fails; the WebSockets on it are closed with 1001 (Going Away),
// which graphql-ws clients answer by connecting again, here to B, where they catch up after
// their last message.

const CITIZENS = 10;
/** Requests held in the database when the SIGTERM comes. */
const HELD = 5;
const LOAD_WORKERS = 6;
/** After A has exited, the load runs until B has answered this many more requests. */
const AFTER_EXIT = 20;
const SHUTDOWN_DELAY_MS = 3000;
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
    // Instances behind one balancer sign links with one key.
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    // Every client of the test comes from 127.0.0.1.
    WS_MAX_CONNECTIONS_PER_CALLER: '100',
    // Far more than the balancer's 100 ms to notice, on a busy machine too.
    SHUTDOWN_DELAY_MS: String(SHUTDOWN_DELAY_MS),
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

type Answer = { status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } };

/** One request on a connection of its own (no keep-alive), so that a refusal is unambiguous. */
function post(base: string, query: string, variables: object, token: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sending = request(
      `${base}/graphql`,
      {
        method: 'POST',
        agent: false,
        timeout: 20_000,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode!, body: JSON.parse(text) as Answer['body'] });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    sending.on('timeout', () => sending.destroy(new Error('no answer within 20 s')));
    sending.on('error', reject);
    sending.end(JSON.stringify({ query, variables }));
  });
}

const SEND = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { seq body } userErrors { code } }
}`;
const READ = `query($id: ID!) { conversation(id: $id) { messages(last: 5) { edges { node { seq } } } } }`;

it('SIGTERM under load: no accepted request fails, WebSockets are told to go and reconnect to the other instance', async () => {
  const [first, second] = [a!, b!];
  const wsUrl = (server: ServerProcess) => `${server.url.replace('http', 'ws')}/graphql`;
  // Given conversations whose citizens follow them on A; each socket's next connection goes to
  // the other instance, as a balancer sends a client that lost its instance elsewhere.
  const conversations = await Promise.all(
    town.citizens.map((citizen, index) =>
      startConversation(first.url, citizen, town.office, `c${index}-0`),
    ),
  );
  for (const [index, citizen] of town.citizens.entries()) {
    let connects = 0;
    const socket = new ChatSocket(
      () => wsUrl(connects++ % 2 === 0 ? first : second),
      citizen.token,
    );
    socket.follow(conversations[index]!);
    sockets.push(socket);
  }
  await waitUntil(
    () => sockets.every((socket, index) => socket.lastSeq(conversations[index]!) >= 1),
    'every citizen following on A',
    { timeoutMs: 30_000 },
  );

  // And a load of reads and the clerk's replies, through the balancer.
  const served = { A: 0, B: 0 };
  let refused = 0;
  const failures: string[] = [];
  let stopLoad = false;
  let aExited = false;
  let servedByBAfterExit = 0;
  let sent = 0;
  const answeredSends: Array<{ conversation: string } & Sent> = [];
  let signalled = false;
  let servedByAAfterSignal = 0;
  // The balancer's health checks.
  const ready = { A: true, B: true };
  let takenOutAt = 0;
  let checking = true;
  const healthChecks = (['A', 'B'] as const).map(async (name) => {
    const server = name === 'A' ? first : second;
    while (checking) {
      ready[name] = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
        (response) => response.status === 200,
        () => false,
      );
      if (name === 'A' && signalled && !ready.A) takenOutAt ||= Date.now();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  let nextStart = 0;
  const call = async (query: string, variables: object): Promise<Answer['body'] | null> => {
    // Round robin over the ready ones, and on a refusal the other one.
    const both = [
      ['A', first],
      ['B', second],
    ] as const;
    const start = nextStart++ % 2;
    const rotated = [both[start]!, both[1 - start]!];
    const order = [
      ...rotated.filter(([name]) => ready[name]),
      ...rotated.filter(([name]) => !ready[name]),
    ];
    for (const [name, server] of order) {
      let answer: Answer;
      try {
        answer = await post(server.url, query, variables, town.clerk.token);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ECONNREFUSED') {
          refused += 1;
          continue;
        }
        failures.push(`${name}: ${code ?? String(error)}`);
        continue;
      }
      if (answer.status === 503) {
        refused += 1;
        continue;
      }
      if (answer.status !== 200 || answer.body.errors) {
        failures.push(`${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
        continue;
      }
      served[name] += 1;
      if (name === 'A' && signalled) servedByAAfterSignal += 1;
      if (name === 'B' && aExited) servedByBAfterExit += 1;
      return answer.body;
    }
    return null;
  };
  const load = Array.from({ length: LOAD_WORKERS }, async (_, worker) => {
    while (!stopLoad) {
      // Conversation 0 is the held one; the load writes to the others.
      const conversation = conversations[1 + ((worker + sent) % (CITIZENS - 1))]!;
      await call(READ, { id: conversation });
      sent += 1;
      const body = `s${worker}-${sent}`;
      const answer = await call(SEND, {
        input: { conversationId: conversation, body, clientMessageId: `id-${body}` },
      });
      const message = (answer?.data?.sendMessage as { message: Sent } | undefined)?.message;
      if (message) answeredSends.push({ conversation, ...message });
    }
  });
  await waitUntil(() => served.A >= 10 && served.B >= 10, 'both instances serving the load', {
    timeoutMs: 30_000,
  });

  // And HELD messages to conversation 0 under way on A, waiting for the test's row lock.
  const lock = new pg.Client({ connectionString: postgres!.url });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('select 1 from conversation where id = $1 for update', [
      uuidOf(conversations[0]!, 'Conversation'),
    ]);
    const held = Array.from({ length: HELD }, (_, n) =>
      sendMessage(first.url, town.clerk, conversations[0]!, `held-${n}`, `id-held-${n}`),
    );
    // Kept from failing unobserved while the test waits; awaited below.
    for (const promise of held) promise.catch(() => undefined);
    await waitUntil(
      async () => {
        const { rows } = await lock.query<{ waiting: number }>(
          `select count(*)::int as waiting from pg_stat_activity
            where wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        return rows[0]!.waiting === HELD;
      },
      `${HELD} requests waiting for the lock`,
      { timeoutMs: 30_000, intervalMs: 20 },
    );

    // When A is told to stop: it stops accepting connections, then the lock goes.
    const signalledAt = Date.now();
    signalled = true;
    const exited = first.terminate().then((code) => {
      aExited = true;
      return code;
    });
    await waitUntil(
      () =>
        fetch(`${first.url}/healthz`).then(
          () => false,
          () => true,
        ),
      'A refusing new connections',
      { timeoutMs: 30_000, intervalMs: 20 },
    );
    const closedAt = Date.now();
    await lock.query('commit');

    // Then every held request is answered by A …
    const heldAnswers = await Promise.all(held);
    expect(heldAnswers.map((message) => message.body).toSorted()).toEqual(
      Array.from({ length: HELD }, (_, n) => `held-${n}`),
    );
    expect(await exited).toBe(0);
    const drainMs = Date.now() - signalledAt;

    // … the load went on through B, and no request failed.
    await waitUntil(() => servedByBAfterExit >= AFTER_EXIT, 'B serving after A exited', {
      timeoutMs: 30_000,
    });
    stopLoad = true;
    await Promise.all(load);
    checking = false;
    await Promise.all(healthChecks);
    expect(failures).toEqual([]);
    // The balancer had taken A out before A closed its listening socket.
    expect(takenOutAt).toBeGreaterThan(0);
    expect(takenOutAt).toBeLessThan(closedAt);

    // The sockets were closed with 1001, connected again to B, and caught up: every message of
    // their conversation (the held ones and the load's) once, in order.
    await waitUntil(
      () => sockets.every((socket) => socket.connectedTo.at(-1) === wsUrl(second)),
      'every socket connected to B',
      { timeoutMs: 30_000 },
    );
    const stored = await messagesInDatabase(postgres!.url);
    await waitUntil(
      () =>
        sockets.every(
          (socket, index) =>
            socket.lastSeq(conversations[index]!) >= stored.get(conversations[index]!)!.length,
        ),
      'every socket up to date',
      { timeoutMs: 30_000 },
    );
    for (const [index, socket] of sockets.entries()) {
      expect(socket.closeCodes).toEqual([1001]);
      expect(socket.connectedTo).toEqual([wsUrl(first), wsUrl(second)]);
      expect(socket.errors).toEqual([]);
      expect(socket.received.get(conversations[index]!)).toEqual(
        stored.get(conversations[index]!)!.map(({ seq, body }) => ({ seq, body })),
      );
    }
    // Every answered message is stored, once (the client id is unique per conversation).
    const storedBodies = new Set([...stored.values()].flat().map((message) => message.body));
    const lost = [...answeredSends, ...heldAnswers].filter(
      (message) => !storedBodies.has(message.body),
    ).length;
    expect(lost).toBe(0);
    console.log(
      `sigterm: 2 instances, ${LOAD_WORKERS} load clients and ${HELD} requests held in the database at the signal; ` +
        `served A=${served.A} (${servedByAAfterSignal} after the signal) B=${served.B}, ` +
        `A taken out by the balancer ${takenOutAt - signalledAt} ms after the signal and closed after ${closedAt - signalledAt} ms, ` +
        `${refused} refused and retried through the other, ` +
        `failed=${failures.length}, held answered=${heldAnswers.length}/${HELD}, drain and exit ${drainMs} ms; ` +
        `${sockets.length} WebSockets closed with ${[...new Set(sockets.flatMap((s) => s.closeCodes))].join(',')}, ` +
        `reconnected to B=${sockets.filter((s) => s.connectedTo.at(-1) === wsUrl(second)).length}, messages lost=${lost}`,
    );
  } finally {
    stopLoad = true;
    checking = false;
    await lock.end().catch(() => {});
  }
}, 120_000);
