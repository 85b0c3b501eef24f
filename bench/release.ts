// R1, a release day (issue #19, docs/fair-release.md): 100 new times (one day, 5 counters × 20
// half-hour slots) released by lottery; 2,000 guests each submit one request within 10 s against
// the real server (HTTP, one connection each), then the draw job runs with the clock at the
// window's end. Reports errors, the p50/p99 answer time of the requests, how long the draw took,
// and checks that every time was assigned exactly once and nobody got two.
//
// Usage: node bench/release.ts [--clients 2000] [--seconds 10] [--json] (ends with one line
// `R1 {...}` for `npm run bench`). The server runs in this process, as in bench/queue.ts.
import 'reflect-metadata';
import { Agent, request } from 'node:http';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type * as AppModule from '../src/server/app.js';
import type * as ConfigModule from '../src/server/config.js';
import type * as DatabaseModule from '../src/server/database.js';
import type * as LoggerModule from '../src/server/logger.js';
import type * as BusModule from '../src/realtime/event-bus.js';
import type * as SchemaModule from '../src/resolvers/schema.js';
import type * as JobsModule from '../src/appointments/appointment-jobs.js';
import { releaseTable, type ReleaseResult } from './release-report.ts';

const dist = new URL('../dist/', import.meta.url);
const load = <T>(path: string) => import(new URL(path, dist).href) as Promise<T>;
const { createServer } = await load<typeof AppModule>('server/app.js');
const { loadConfig } = await load<typeof ConfigModule>('server/config.js');
const { openDatabase, migrateToLatest } = await load<typeof DatabaseModule>('server/database.js');
const { createLogger } = await load<typeof LoggerModule>('server/logger.js');
const { createInProcessEventBus } = await load<typeof BusModule>('realtime/event-bus.js');
const { createSchema } = await load<typeof SchemaModule>('resolvers/schema.js');
const { drawDueReleases } = await load<typeof JobsModule>('appointments/appointment-jobs.js');

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    clients: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
  },
});
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rathaus_bench_release';
const CLIENTS = Number(values.clients);
const SPREAD_MS = Number(values.seconds) * 1000;
const COUNTERS = 5;
const TIMES = 100;
const OFFICE = '00000000-0000-4000-8000-000000000001';
const SERVICE = '00000000-0000-4000-8000-000000000002';
const RELEASE = '00000000-0000-4000-8000-000000000004';

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
  PUBLIC_URL: 'https://rathaus.bench',
  MAIL_TRANSPORT: 'log',
  LINK_SIGNING_SECRET: 'release-bench-link-signing-secret-0123456789',
  // One client address plays the whole town: its limits of use must not be what is measured.
  RATE_LIMIT_FACTOR: '1000',
  QUERY_COST_BUDGET: '1000000000000',
});
const destination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    process.stderr.write(chunk);
    done();
  },
});
const logger = createLogger(config, destination);
const orm = await openDatabase({ url: url.toString(), poolSize: 10, logger });
await migrateToLatest(orm, { lockUrl: null });

// One office, one 30-minute service, 5 counters open 08:00–18:00 every day: a week ahead, the
// release day has exactly 5 × 20 = 100 times. Requests opened a minute ago for 10 minutes.
const em = orm.em.fork();
await em.execute(
  `insert into office (id, slug, name, street, postal_code, city)
   values (?, 'buergerbuero', '{"de":"Bürgerbüro"}', 'Markt 1', '12345', 'Musterstadt')`,
  [OFFICE],
);
await em.execute(
  `insert into category (id, slug, name) values ('00000000-0000-4000-8000-000000000003', 'ausweise', '{"de":"Ausweise"}')`,
);
await em.execute(
  `insert into service (id, slug, name, description, documents, duration_minutes, fee_cents, category_id)
   values (?, 'personalausweis', '{"de":"Personalausweis"}', '{"de":"Beantragen"}', '{"de":[]}', 30, 3700,
           '00000000-0000-4000-8000-000000000003')`,
  [SERVICE],
);
await em.execute(`insert into service_office (service_id, office_id) values (?, ?)`, [
  SERVICE,
  OFFICE,
]);
for (let i = 1; i <= COUNTERS; i += 1) {
  const counterId = `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
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
    `insert into schedule (id, counter_id, weekday, opens_at, closes_at, valid_from, valid_until)
     select gen_random_uuid(), ?, d, '08:00', '18:00', current_date, current_date + 60
       from generate_series(1, 7) d`,
    [counterId],
  );
}
const [window] = await em.execute<Array<{ closes_at: Date }>>(
  `insert into appointment_release (id, service_id, office_id, starts_at, ends_at, opens_at, closes_at)
   select ?, ?, ?, (current_date + 7)::timestamp at time zone 'Europe/Berlin',
          (current_date + 8)::timestamp at time zone 'Europe/Berlin',
          now() - interval '1 minute', now() + interval '9 minutes'
   returning closes_at`,
  [RELEASE, SERVICE, OFFICE],
);
// A millisecond later: JavaScript's dates drop the microseconds PostgreSQL keeps.
const windowEnd = new Date(new Date(window!.closes_at).getTime() + 1);

const bus = createInProcessEventBus();
const server = await createServer({
  config,
  orm,
  schema: await createSchema(),
  bus,
  clock: () => new Date(),
  logger,
});
const port = await server.listen();

const REQUEST = `mutation R1($input: RequestReleasedTimeInput!) {
  requestReleasedTime(input: $input) { request { id } userErrors { code } }
}`;
const releaseId = Buffer.from(`AppointmentRelease:${RELEASE}`).toString('base64');
// Every request on a connection of its own, as 2,000 households' browsers would.
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });

function post(body: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

type Outcome = { ok: boolean; code: string; ms: number };
const started = performance.now();
const outcomes = await Promise.all(
  Array.from({ length: CLIENTS }, async (_, index): Promise<Outcome> => {
    // Arrivals spread evenly over the seconds: everyone asks in the first moments, not at once.
    await sleep((index * SPREAD_MS) / CLIENTS);
    const body = JSON.stringify({
      query: REQUEST,
      variables: {
        input: { releaseId, name: `Bürger ${index}`, email: `r1-${index}@release.bench` },
      },
    });
    try {
      const response = await post(body);
      const parsed = JSON.parse(response.text) as {
        data?: { requestReleasedTime?: { request: unknown; userErrors: Array<{ code: string }> } };
        errors?: unknown[];
      };
      const payload = parsed.data?.requestReleasedTime;
      if (response.status !== 200 || parsed.errors?.length || !payload) {
        return { ok: false, code: `HTTP ${response.status}`, ms: response.ms };
      }
      const code = payload.userErrors[0]?.code ?? 'REQUESTED';
      return { ok: code === 'REQUESTED', code, ms: response.ms };
    } catch (error) {
      return { ok: false, code: String(error), ms: performance.now() - started };
    }
  }),
);
const submitSeconds = (performance.now() - started) / 1000;
agent.destroy();

const drawStarted = performance.now();
const drawn = await drawDueReleases({
  em: orm.em.fork(),
  clock: () => windowEnd,
  bus,
  settings: {
    publicUrl: config.publicUrl,
    townName: 'Musterstadt',
    mailFrom: config.mailFrom,
    timeZone: config.timeZone,
    linkSecret: 'release-bench-link-signing-secret-0123456789',
  },
});
const drawMs = performance.now() - drawStarted;

const [check] = await em.execute<
  Array<{ booked: string; times: string; people: string; won: string; lost: string; mails: string }>
>(
  `select (select count(*) from appointment where service_id = ? and status = 'BOOKED') as booked,
          (select count(distinct (counter_id, starts_at)) from appointment
            where service_id = ? and status = 'BOOKED') as times,
          (select count(distinct email) from appointment
            where service_id = ? and status = 'BOOKED') as people,
          (select count(*) from release_request where status = 'WON') as won,
          (select count(*) from release_request where status = 'NOT_DRAWN') as lost,
          (select count(*) from outbox_message) as mails`,
  [SERVICE, SERVICE, SERVICE],
);
const errors = outcomes.filter((outcome) => !outcome.ok).length;
const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
const result: ReleaseResult = {
  clients: CLIENTS,
  times: TIMES,
  submitSeconds: Number(submitSeconds.toFixed(1)),
  errors,
  errorCodes: [...new Set(outcomes.filter((o) => !o.ok).map((o) => o.code))],
  p50: Math.round(percentile(latencies, 50)),
  p99: Math.round(percentile(latencies, 99)),
  max: Math.round(latencies.at(-1) ?? Number.NaN),
  draws: drawn,
  drawMs: Math.round(drawMs),
  booked: Number(check!.booked),
  distinctTimes: Number(check!.times),
  distinctPeople: Number(check!.people),
  won: Number(check!.won),
  notDrawn: Number(check!.lost),
  emails: Number(check!.mails),
};
result.ok =
  errors === 0 &&
  drawn === 1 &&
  result.booked === TIMES &&
  result.distinctTimes === TIMES &&
  result.distinctPeople === TIMES &&
  result.won === TIMES &&
  result.notDrawn === CLIENTS - TIMES &&
  result.emails === CLIENTS;
if (values.json) console.log(`R1 ${JSON.stringify(result)}`);
else console.log(releaseTable(result).join('\n'));
await server.shutdown();
await bus.close();
await orm.close();
await admin(`drop database if exists ${DATABASE} with (force)`);
if (!result.ok) process.exitCode = 1;
