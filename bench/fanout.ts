// S1, subscription fan-out: N idle WebSocket clients follow one conversation on one server
// process; one message at a time is sent to all of them. Prints the server's heap per connection,
// deliveries per second, and p50/p99 latency from the message's commit to its receipt.
//
// Usage: node --expose-gc bench/fanout.ts [--subscribers 1000,10000] [--messages 20] [--cpu-prof]
//        [--json] (ends with one line `S1 [...]` for `npm run bench`)
// --cpu-prof writes a CPU profile of the server's delivery phase (not the connecting) per size to
// bench/profiles/ (summarise it with bench/profile-summary.ts).
// The server runs in this process (so that its heap can be measured alone); the clients run in a
// child process (bench/fanout-clients.ts). Everything stays on 127.0.0.1.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type * as AppModule from '../src/server/app.js';
import type * as ConfigModule from '../src/server/config.js';
import type * as DatabaseModule from '../src/server/database.js';
import type * as LoggerModule from '../src/server/logger.js';
import type * as BusModule from '../src/realtime/event-bus.js';
import type * as SchemaModule from '../src/resolvers/schema.js';
import type * as AccountsModule from '../src/accounts/account.service.js';
import type * as MessagingModule from '../src/messaging/messaging.service.js';
import type * as PasswordModule from '../src/accounts/password.js';
import type * as CallerLimitsModule from '../src/auth/caller-limits.js';
import type * as RateLimitsModule from '../src/auth/rate-limits.js';
import { fanoutRow, fanoutTable, type FanoutResult } from './fanout-report.ts';

const dist = new URL('../dist/', import.meta.url);
const load = <T>(path: string) => import(new URL(path, dist).href) as Promise<T>;
const { createServer } = await load<typeof AppModule>('server/app.js');
const { loadConfig } = await load<typeof ConfigModule>('server/config.js');
const { openDatabase, migrateToLatest } = await load<typeof DatabaseModule>('server/database.js');
const { createLogger } = await load<typeof LoggerModule>('server/logger.js');
const { createInProcessEventBus } = await load<typeof BusModule>('realtime/event-bus.js');
const { createSchema } = await load<typeof SchemaModule>('resolvers/schema.js');
const { signInWithPassword } = await load<typeof AccountsModule>('accounts/account.service.js');
const { startConversation, sendMessage } = await load<typeof MessagingModule>(
  'messaging/messaging.service.js',
);
const { hashPassword } = await load<typeof PasswordModule>('accounts/password.js');
const { createCallerLimits } = await load<typeof CallerLimitsModule>('auth/caller-limits.js');
const { createRateLimits } = await load<typeof RateLimitsModule>('auth/rate-limits.js');

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000,10000' },
    messages: { type: 'string', default: '20' },
    'cpu-prof': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const SIZES = values.subscribers.split(',').map(Number);
const MESSAGES = Number(values.messages);
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rathaus_bench_fanout';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function gc() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

await admin(`drop database if exists ${DATABASE} with (force)`);
await admin(`create database ${DATABASE}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${DATABASE}`;
const config = loadConfig({
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: url.toString(),
  WS_MAX_CONNECTIONS_PER_CALLER: '100000',
  // What production demands at start (src/server/config.ts), as for the other scenarios' server.
  MAIL_TRANSPORT: 'log',
  LINK_SIGNING_SECRET: 'bench-link-signing-secret-0123456789abcdef',
});
const logger = createLogger(config);
const orm = await openDatabase({ url: url.toString(), poolSize: 10, logger });
await migrateToLatest(orm, { lockUrl: null });

// One office, one citizen and one clerk; every subscriber follows the conversation as the clerk.
const em = orm.em.fork();
await em.execute(
  `insert into office (id, slug, name, street, postal_code, city)
   values ('00000000-0000-4000-8000-000000000001', 'fanout', '{"de":"Fan-out"}', 'Weg 1', '12345', 'Musterstadt')`,
);
// Open around the clock: a citizen who writes to a closed office gets an automatic notice, which
// every subscriber would receive too (S1 measures one message at a time, and counts only those).
await em.execute(
  `insert into counter (id, office_id, name)
   values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Schalter 1')`,
);
await em.execute(
  `insert into schedule (id, counter_id, weekday, opens_at, closes_at, valid_from)
   select gen_random_uuid(), '00000000-0000-4000-8000-000000000002', weekday, '00:00', '24:00', '2000-01-01'
     from generate_series(1, 7) weekday`,
);
const passwordHash = await hashPassword('fanout-password');
await em.execute(
  `insert into account (id, email, name, password_hash, roles, email_verified_at) values
   ('00000000-0000-4000-8000-00000000000a', 'citizen@fanout.example', 'Citizen', ?, '{CITIZEN}', now()),
   ('00000000-0000-4000-8000-00000000000b', 'clerk@fanout.example', 'Clerk', ?, '{STAFF}', now())`,
  [passwordHash, passwordHash],
);
await em.execute(
  `insert into staff_office (account_id, office_id) values ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000001')`,
);
const bus = createInProcessEventBus();
const clock = () => new Date();
const deps = {
  em: orm.em.fork(),
  clock,
  bus,
  settings: { publicUrl: config.publicUrl, townName: 'Musterstadt', timeZone: config.timeZone },
  limits: createCallerLimits({
    limits: createRateLimits({ redisUrl: null, namespace: 'bench' }),
    principal: { kind: 'anonymous' },
    clientIp: '127.0.0.1',
    factor: 1,
    onRefusal: () => undefined,
  }),
};
const device = { ip: '127.0.0.1', userAgent: 'bench', sessionKind: 'BEARER' as never };
const clerkSession = await signInWithPassword(deps, {
  email: 'clerk@fanout.example',
  password: 'fanout-password',
  device,
});
const citizen = {
  kind: 'account' as const,
  accountId: '00000000-0000-4000-8000-00000000000a',
  roles: ['CITIZEN' as never],
  officeIds: [],
  sessionId: null,
};
const { conversation } = await startConversation(
  { ...deps, principal: citizen },
  {
    officeId: '00000000-0000-4000-8000-000000000001',
    subject: 'Fan-out',
    body: 'Start',
    clientMessageId: 'fanout-start',
  },
);
const conversationGid = Buffer.from(`Conversation:${conversation.id}`).toString('base64');

const server = await createServer({
  config,
  orm,
  schema: await createSchema(),
  bus,
  clock,
  logger,
});
const port = await server.listen();
const results: FanoutResult[] = [];

for (const size of SIZES) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const clients = fork(fileURLToPath(new URL('./fanout-clients.ts', import.meta.url)), [], {
    execArgv: ['--max-old-space-size=4096'],
  });
  const ask = <T>(message: object) =>
    new Promise<T>((resolve) => {
      clients.once('message', (reply) => resolve(reply as T));
      clients.send(message);
    });
  await ask({
    type: 'connect',
    url: `ws://127.0.0.1:${port}/graphql`,
    token: clerkSession.token,
    conversationId: conversationGid,
    count: size,
  });
  while (bus.activeSubscriptions() < size) await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  const heapPerConnection = (process.memoryUsage().heapUsed - heapBefore) / size;

  const profiler = values['cpu-prof'] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const latencies: number[] = [];
  const started = Date.now();
  for (let i = 0; i < MESSAGES; i += 1) {
    const { seq } = await sendMessage(
      { ...deps, em: orm.em.fork(), principal: citizen },
      {
        conversationId: conversation.id,
        body: `Nachricht ${size}-${i}`,
        clientMessageId: `fanout-${size}-${i}`,
      },
    );
    const receipts = await Promise.race([
      ask<{ latencies: number[] }>({ type: 'collect', seq, count: size }),
      sleep(60_000).then(() => {
        throw new Error(`Message ${seq} did not reach all ${size} subscribers within 60 s`);
      }),
    ]);
    latencies.push(...receipts.latencies);
  }
  const seconds = (Date.now() - started) / 1000;
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    const directory = fileURLToPath(new URL('./profiles/', import.meta.url));
    mkdirSync(directory, { recursive: true });
    const file = `${directory}fanout-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    profiler.disconnect();
    console.log(`CPU profile of the delivery phase: ${file}`);
  }
  latencies.sort((a, b) => a - b);
  await ask({ type: 'close' });
  clients.kill();
  while (bus.activeSubscriptions() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const result: FanoutResult = {
    subscribers: size,
    heapPerConnectionKb: Number((heapPerConnection / 1024).toFixed(1)),
    deliveriesPerSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
  results.push(result);
  console.log(fanoutRow(result));
}

// `npm run bench` prints the table itself.
if (values.json) console.log(`S1 ${JSON.stringify(results)}`);
else console.log(`\n${fanoutTable(results).join('\n')}`);
await server.shutdown();
await orm.close();
await admin(`drop database if exists ${DATABASE} with (force)`);
