// L1, the lobby queue on a busy day: one office with 20 open counters, 500 walk-in tickets drawn
// at the kiosk while 20 clerks call next and finish concurrently, 200 phones following a ticket
// each (myTicket) and 5 displays (queueBoard). Prints p50/p99 from sending "call next" to the
// displays and to the phone seeing the ticket called, and the database cost per action: SQL
// statements of each request (the server's request log) and PostgreSQL transactions per action
// including the live views' reads (pg_stat_database).
//
// Usage: node bench/queue.ts [--tickets 500] [--phones 200] [--json] (ends with one line
// `L1 {...}` for `npm run bench`)
// The server runs in this process; the clients in a child process (bench/queue-clients.ts).
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { Writable } from 'node:stream';
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
import type * as CredentialsModule from '../src/accounts/credentials.service.js';
import type * as PasswordModule from '../src/accounts/password.js';
import type * as CallerLimitsModule from '../src/auth/caller-limits.js';
import type * as RateLimitsModule from '../src/auth/rate-limits.js';
import type { QueueBenchPlan, QueueBenchReport } from './queue-clients.ts';
import { queueTable, type QueueResult } from './queue-report.ts';

const dist = new URL('../dist/', import.meta.url);
const load = <T>(path: string) => import(new URL(path, dist).href) as Promise<T>;
const { createServer } = await load<typeof AppModule>('server/app.js');
const { loadConfig } = await load<typeof ConfigModule>('server/config.js');
const { openDatabase, migrateToLatest } = await load<typeof DatabaseModule>('server/database.js');
const { createLogger } = await load<typeof LoggerModule>('server/logger.js');
const { createInProcessEventBus } = await load<typeof BusModule>('realtime/event-bus.js');
const { createSchema } = await load<typeof SchemaModule>('resolvers/schema.js');
const { signInWithPassword } = await load<typeof AccountsModule>('accounts/account.service.js');
const { issueKioskToken } = await load<typeof CredentialsModule>('accounts/credentials.service.js');
const { hashPassword } = await load<typeof PasswordModule>('accounts/password.js');
const { createCallerLimits } = await load<typeof CallerLimitsModule>('auth/caller-limits.js');
const { createRateLimits } = await load<typeof RateLimitsModule>('auth/rate-limits.js');

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    tickets: { type: 'string', default: '500' },
    phones: { type: 'string', default: '200' },
  },
});
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rathaus_bench_queue';
const COUNTERS = 20;
const TICKETS = Number(values.tickets);
const PHONES = Number(values.phones);
const DISPLAYS = 5;
const OFFICE = '00000000-0000-4000-8000-000000000001';
const SERVICE = '00000000-0000-4000-8000-000000000002';

async function admin<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function committed(): Promise<number> {
  const [row] = await admin<{ xact_commit: string }>(
    'select xact_commit from pg_stat_database where datname = $1',
    [DATABASE],
  );
  return Number(row?.xact_commit ?? 0);
}

await admin(`drop database if exists ${DATABASE} with (force)`);
await admin(`create database ${DATABASE}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${DATABASE}`;
const config = loadConfig({
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  DATABASE_URL: url.toString(),
  PUBLIC_URL: 'https://rathaus.bench',
  MAIL_TRANSPORT: 'log',
  LINK_SIGNING_SECRET: 'queue-bench-link-signing-secret-0123456789',
  // One client address plays the whole lobby: its limits of use must not be what is measured.
  RATE_LIMIT_FACTOR: '1000',
  QUERY_COST_BUDGET: '1000000000000',
  WS_MAX_CONNECTIONS_PER_CALLER: '100000',
});
// The request log gives each request's SQL statements.
const statements = new Map<string, number[]>();
const destination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n')) {
      // Warnings and errors of the server are shown; of the rest only the request log is read.
      if (/"level":(4|5|6)0/.test(line)) process.stderr.write(`${line}\n`);
      if (!line.includes('"msg":"request"')) continue;
      const entry = JSON.parse(line) as { requestId: string; sqlStatements: number };
      const action = entry.requestId.split('-')[0]!;
      statements.set(action, [...(statements.get(action) ?? []), entry.sqlStatements]);
    }
    done();
  },
});
const logger = createLogger(config, destination);
const orm = await openDatabase({ url: url.toString(), poolSize: 10, logger });
await migrateToLatest(orm, { lockUrl: null });

// One office, one service, 20 counters that handle it and are open, a clerk for each, a kiosk.
const em = orm.em.fork();
await em.execute(
  `insert into office (id, slug, name, street, postal_code, city)
   values (?, 'lobby', '{"de":"Bürgerbüro"}', 'Markt 1', '12345', 'Musterstadt')`,
  [OFFICE],
);
await em.execute(
  `insert into category (id, slug, name) values ('00000000-0000-4000-8000-000000000003', 'ausweise', '{"de":"Ausweise"}')`,
);
await em.execute(
  `insert into service (id, slug, name, description, documents, duration_minutes, fee_cents, category_id)
   values (?, 'personalausweis', '{"de":"Personalausweis"}', '{"de":"Beantragen"}', '{"de":[]}', 15, 3700,
           '00000000-0000-4000-8000-000000000003')`,
  [SERVICE],
);
await em.execute(`insert into service_office (service_id, office_id) values (?, ?)`, [
  SERVICE,
  OFFICE,
]);
const passwordHash = await hashPassword('queue-bench-password');
const clerkIds: string[] = [];
const counterIds: string[] = [];
for (let i = 1; i <= COUNTERS; i += 1) {
  const suffix = String(i).padStart(12, '0');
  const counterId = `00000000-0000-4000-9000-${suffix}`;
  const clerkId = `00000000-0000-4000-a000-${suffix}`;
  await em.execute(`insert into counter (id, office_id, name, active) values (?, ?, ?, true)`, [
    counterId,
    OFFICE,
    `Schalter ${i}`,
  ]);
  await em.execute(`insert into counter_service (counter_id, service_id) values (?, ?)`, [
    counterId,
    SERVICE,
  ]);
  await em.execute(
    `insert into account (id, email, name, password_hash, roles, email_verified_at)
     values (?, ?, ?, ?, '{STAFF}', now())`,
    [clerkId, `clerk${i}@queue.bench`, `Clerk ${i}`, passwordHash],
  );
  await em.execute(`insert into staff_office (account_id, office_id) values (?, ?)`, [
    clerkId,
    OFFICE,
  ]);
  await em.execute(
    `insert into queue_counter (counter_id, opened_by_id, opened_at) values (?, ?, now())`,
    [counterId, clerkId],
  );
  clerkIds.push(clerkId);
  counterIds.push(counterId);
}
const { token: kioskToken } = await issueKioskToken(
  { em: orm.em.fork() },
  { officeId: OFFICE, name: 'Foyer' },
);
const bus = createInProcessEventBus();
const clock = () => new Date();
const rateLimits = createRateLimits({ redisUrl: null, namespace: 'bench' });
const deps = {
  em: orm.em.fork(),
  clock,
  bus,
  settings: { publicUrl: config.publicUrl, townName: 'Musterstadt', timeZone: config.timeZone },
  limits: createCallerLimits({
    limits: rateLimits,
    principal: { kind: 'anonymous' },
    clientIp: '127.0.0.1',
    factor: 1000,
    onRefusal: () => undefined,
  }),
};
const device = { ip: '127.0.0.1', userAgent: 'bench', sessionKind: 'BEARER' as never };
const clerks: QueueBenchPlan['clerks'] = [];
for (let i = 0; i < COUNTERS; i += 1) {
  const session = await signInWithPassword(
    { ...deps, em: orm.em.fork() },
    { email: `clerk${i + 1}@queue.bench`, password: 'queue-bench-password', device },
  );
  clerks.push({
    token: session.token,
    counterId: Buffer.from(`Counter:${counterIds[i]}`).toString('base64'),
  });
}

const server = await createServer({
  config,
  orm,
  schema: await createSchema(),
  bus,
  clock,
  logger,
});
const port = await server.listen();
const clients = fork(fileURLToPath(new URL('./queue-clients.ts', import.meta.url)), []);
const plan: QueueBenchPlan = {
  url: `http://127.0.0.1:${port}`,
  wsUrl: `ws://127.0.0.1:${port}/graphql`,
  officeId: Buffer.from(`Office:${OFFICE}`).toString('base64'),
  serviceId: Buffer.from(`Service:${SERVICE}`).toString('base64'),
  kioskToken,
  clerks,
  tickets: TICKETS,
  phones: PHONES,
  displays: DISPLAYS,
};
const before = await committed();
const report = await Promise.race([
  new Promise<QueueBenchReport>((resolve, reject) => {
    clients.once('message', (reply) => resolve(reply as QueueBenchReport));
    clients.once('exit', (code) => reject(new Error(`bench/queue-clients.ts exited with ${code}`)));
    clients.send(plan);
  }),
  sleep(600_000, undefined, { ref: false }).then(() => {
    throw new Error('the queue day did not end within 10 minutes');
  }),
]);
// PostgreSQL publishes its counters of committed transactions a moment later.
await sleep(1500);
const transactions = (await committed()) - before;
clients.kill();

const latenciesTo = (receipts: Array<Record<string, number>>) =>
  receipts
    .flatMap((seen) =>
      Object.entries(seen).flatMap(([number, at]) => {
        const sent = report.sent[number];
        return sent === undefined ? [] : [at - sent];
      }),
    )
    .sort((a, b) => a - b);
const toDisplays = latenciesTo(report.displays);
const toPhones = latenciesTo([report.phones]);
const mean = (list: number[] | undefined) =>
  list && list.length > 0 ? list.reduce((sum, value) => sum + value, 0) / list.length : Number.NaN;
const actions =
  report.actions.draws + report.actions.calls + report.actions.finishes + report.actions.emptyCalls;
const result: QueueResult = {
  tickets: TICKETS,
  seconds: Number(report.seconds.toFixed(1)),
  displays: {
    p50: Math.round(percentile(toDisplays, 50)),
    p99: Math.round(percentile(toDisplays, 99)),
    seen: toDisplays.length,
    expected: TICKETS * DISPLAYS,
  },
  phones: {
    p50: Math.round(percentile(toPhones, 50)),
    p99: Math.round(percentile(toPhones, 99)),
    seen: toPhones.length,
    expected: PHONES,
  },
  sqlPerRequest: {
    draw: Number(mean(statements.get('draw')).toFixed(1)),
    call: Number(mean(statements.get('call')).toFixed(1)),
    finish: Number(mean(statements.get('finish')).toFixed(1)),
  },
  emptyCalls: report.actions.emptyCalls,
  transactionsPerAction: Number((transactions / actions).toFixed(1)),
};
if (values.json) console.log(`L1 ${JSON.stringify(result)}`);
else console.log(queueTable(result).join('\n'));
await server.shutdown();
await bus.close();
await rateLimits.close();
await orm.close();
await admin(`drop database if exists ${DATABASE} with (force)`);
