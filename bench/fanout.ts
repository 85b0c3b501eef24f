// S1, subscription fan-out: N idle WebSocket clients follow one conversation on one server
// process; one message at a time is sent to all of them. Prints the server's heap per connection,
// deliveries per second, and p50/p99 latency from the message's commit to its receipt.
//
// Usage: node --expose-gc bench/fanout.ts [--subscribers 1000,10000] [--messages 20]
// The server runs in this process (so that its heap can be measured alone); the clients run in a
// child process (bench/fanout-clients.ts). Everything stays on 127.0.0.1.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000,10000' },
    messages: { type: 'string', default: '20' },
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
});
const logger = createLogger(config);
const orm = await openDatabase({ url: url.toString(), poolSize: 10, logger });
await migrateToLatest(orm);

// One office, one citizen and one clerk; every subscriber follows the conversation as the clerk.
const em = orm.em.fork();
await em.execute(
  `insert into office (id, slug, name, street, postal_code, city)
   values ('00000000-0000-4000-8000-000000000001', 'fanout', '{"de":"Fan-out"}', 'Weg 1', '12345', 'Musterstadt')`,
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
const { conversation } = await startConversation(deps, citizen, {
  officeId: '00000000-0000-4000-8000-000000000001',
  subject: 'Fan-out',
  body: 'Start',
  clientMessageId: 'fanout-start',
});
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
const rows: string[] = [];

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

  const latencies: number[] = [];
  const started = Date.now();
  for (let i = 0; i < MESSAGES; i += 1) {
    const receipts = ask<{ latencies: number[] }>({ type: 'expect', count: size });
    await sendMessage({ ...deps, em: orm.em.fork() }, citizen, {
      conversationId: conversation.id,
      body: `Nachricht ${size}-${i}`,
      clientMessageId: `fanout-${size}-${i}`,
    });
    latencies.push(...(await receipts).latencies);
  }
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  await ask({ type: 'close' });
  clients.kill();
  while (bus.activeSubscriptions() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  rows.push(
    `| ${size.toLocaleString('en')} | ${(heapPerConnection / 1024).toFixed(1)} KB | ${Math.round(latencies.length / seconds).toLocaleString('en')} | ${percentile(latencies, 50)} ms | ${percentile(latencies, 99)} ms |`,
  );
  console.log(rows.at(-1));
}

console.log(
  '\n| subscribers | heap per connection | deliveries/s | p50 | p99 |\n|---|---|---|---|---|',
);
for (const row of rows) console.log(row);
await server.shutdown();
await orm.close();
await admin(`drop database if exists ${DATABASE} with (force)`);
