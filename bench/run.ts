// `npm run bench`: measures the API against the raw database ceiling on the benchmark town that
// `npm run bench:data` built. Starts the real server (dist/server/main.js, NODE_ENV=production)
// and the baseline (bench/baseline/server.ts) as child processes on 127.0.0.1, checks that both
// give the same answers, then loads each read scenario with autocannon (warm-up, then runs whose
// median is reported) and fires the booking burst B1; then S1 (bench/fanout.ts) and L1 (the lobby
// queue, bench/queue.ts) and R1 (a release day, bench/release.ts) in processes of their own. F1 (bench/faststart.ts) comes first: `npm start`
// in a clean copy, twice; it needs no benchmark data. See bench/README.md.
//
// Options: --only Q1,Q2,Q3,B1,S1,L1,R1,F1   --runs 3   --duration 10   --warmup 30   --connections 50
//          --pool N (DATABASE_POOL_SIZE of both servers)   --cpu-prof (profile the API server)
//          --node-flags="--max-semi-space-size=32 …" (extra Node flags for the API server)
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { fanoutTable, type FanoutResult } from './fanout-report.ts';
import { fastStartTable, measureFastStart } from './faststart.ts';
import { queueTable, type QueueResult } from './queue-report.ts';
import { releaseTable, type ReleaseResult } from './release-report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROFILE_DIR = join(ROOT, 'bench', 'profiles');
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/rathaus_bench';
const B1_BOOKINGS = 1000;
const B1_SLOTS = 10;
const B1_EMAIL_DOMAIN = 'b1.bench.example.org';

type ScenarioId = 'Q1' | 'Q2' | 'Q3' | 'B1' | 'S1' | 'L1' | 'R1' | 'F1';

type Options = {
  only: Set<ScenarioId>;
  runs: number;
  duration: number;
  warmup: number;
  connections: number;
  pool: number | null;
  cpuProf: boolean;
  nodeFlags: string[];
  databaseUrl: string;
};

const SCENARIOS: readonly ScenarioId[] = ['Q1', 'Q2', 'Q3', 'B1', 'S1', 'L1', 'R1', 'F1'];

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      only: { type: 'string', default: SCENARIOS.join(',') },
      runs: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      // V8 optimises the API server's code for about 30 s under this load (bench/RESULTS.md,
      // 2026-12-07): figures of the first seconds are of its compiler, not of a running server.
      warmup: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      pool: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'node-flags': { type: 'string', default: '' },
    },
  });
  const whole = (name: string, value: string, max: number): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) {
      throw new Error(`--${name} wants a whole number from 1 to ${max}, not ${value}`);
    }
    return number;
  };
  const only = new Set<ScenarioId>();
  for (const id of values.only.split(',')) {
    const scenario = SCENARIOS.find((known) => known === id.trim().toUpperCase());
    if (!scenario)
      throw new Error(`--only: unknown scenario ${id} (known: ${SCENARIOS.join(', ')})`);
    only.add(scenario);
  }
  return {
    only,
    runs: whole('runs', values.runs, 9),
    duration: whole('duration', values.duration, 600),
    warmup: whole('warmup', values.warmup, 600),
    connections: whole('connections', values.connections, 1000),
    pool: values.pool === undefined ? null : whole('pool', values.pool, 100),
    cpuProf: values['cpu-prof'],
    nodeFlags: values['node-flags'].split(' ').filter((flag) => flag.startsWith('--')),
    databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_URL,
  };
}

const say = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The benchmark database and what bench:data chose for the scenarios

type Manifest = {
  version: 1;
  builtFor: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  q2: { serviceId: string; officeId: string; day: string };
  b1: { serviceId: string; officeId: string };
  /** Absent in data built before Q3 existed. */
  q3?: { officeId: string; email: string; password: string };
  rows: Record<string, number>;
};

async function withDatabase<T>(url: string, fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url, application_name: 'rathaus-bench' });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

async function readManifest(url: string): Promise<Manifest> {
  let comment: string | null | undefined;
  try {
    comment = await withDatabase(url, async (db) => {
      const { rows } = await db.query<{ manifest: string | null }>(
        `select shobj_description(oid, 'pg_database') as manifest
           from pg_database where datname = current_database()`,
      );
      return rows[0]?.manifest;
    });
  } catch (error) {
    throw new Error(
      `cannot open the benchmark database (${error instanceof Error ? error.message : String(error)}); run \`npm run bench:data\` first`,
      { cause: error },
    );
  }
  const manifest = comment ? (JSON.parse(comment) as Manifest) : null;
  if (manifest?.version !== 1) {
    throw new Error('the benchmark database was not built by bench:data; run `npm run bench:data`');
  }
  return manifest;
}

function localToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

/** Local midnight of a date as an ISO string with the zone's offset ("…T00:00:00+01:00"). */
function localMidnight(date: string, timeZone: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name === 'GMT' || !name ? '+00:00' : name.replace('GMT', '');
  return `${date}T00:00:00${offset}`;
}

// ---------------------------------------------------------------------------------------------
// Child processes: the API server and the baseline

type LogLine = Record<string, unknown>;

/**
 * Reads a child's JSON log lines. Lines are parsed only while someone waits for one, so that the
 * thousands of request lines per second during a measurement cost the bench nearly nothing.
 */
class LogWatcher {
  private buffer = '';
  private waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  /** The last few lines logged at level error or fatal. */
  readonly errors: LogLine[] = [];

  feed(chunk: string): void {
    const hasErrors = chunk.includes('"level":50') || chunk.includes('"level":60');
    if (this.waiters.length === 0 && !hasErrors) {
      this.buffer = '';
      return;
    }
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        continue;
      }
      if (typeof line.level === 'number' && line.level >= 50) {
        this.errors.push(line);
        if (this.errors.length > 5) this.errors.shift();
      }
      for (const waiter of [...this.waiters]) {
        if (!waiter.match(line)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  }

  waitFor(match: (line: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no log line for ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

type Server = {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  logs: LogWatcher;
  stderr: string[];
};

const children = new Set<ChildProcess>();

async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const logs = new LogWatcher();
  const stderr: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => logs.feed(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
  });
  const listening = logs.waitFor((line) => typeof line.port === 'number', 60_000, `${name} port`);
  let onExit: (code: number | null) => void = () => undefined;
  const exited = new Promise<never>((_, reject) => {
    onExit = (code) =>
      reject(new Error(`${name} exited (${code}) before listening:\n${stderr.join('')}`));
    child.once('exit', onExit);
  });
  let line: LogLine;
  try {
    line = await Promise.race([listening, exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    child.off('exit', onExit);
  }
  if (!child.pid) throw new Error(`${name} has no pid`);
  return {
    name,
    child,
    pid: child.pid,
    url: `http://127.0.0.1:${String(line.port)}`,
    logs,
    stderr,
  };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await exited;
  }
}

function stopAllChildren(): void {
  for (const child of children) child.kill('SIGTERM');
}

/**
 * S1 in its own process (bench/fanout.ts: the server's heap is measured alone there), after the
 * other scenarios' servers stopped, so that the 2 cores are its own. Its lines are shown as they
 * come; its last line carries the figures.
 */
async function runFanout(options: Options): Promise<FanoutResult[]> {
  say('S1  subscription fan-out (bench/fanout.ts): 1,000 and 10,000 subscribers');
  const admin = new URL(options.databaseUrl);
  admin.pathname = '/postgres';
  const child = spawn(
    process.execPath,
    ['--expose-gc', 'bench/fanout.ts', '--subscribers', '1000,10000', '--json'],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_ADMIN_URL: admin.toString() },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  children.delete(child);
  const lines = output.split('\n');
  for (const line of lines) if (line.startsWith('| ')) say(`    ${line}`);
  const figures = lines.find((line) => line.startsWith('S1 '));
  if (code !== 0 || !figures) throw new Error(`bench/fanout.ts failed (exit ${code}):\n${output}`);
  return JSON.parse(figures.slice(3)) as FanoutResult[];
}

/**
 * L1 in its own process (bench/queue.ts: one office's lobby queue on a busy day), like S1 after
 * the other scenarios' servers stopped. Its last line carries the figures.
 */
async function runQueue(options: Options): Promise<QueueResult> {
  say('L1  lobby queue (bench/queue.ts): 20 counters, 500 tickets, 200 phones, 5 displays');
  const admin = new URL(options.databaseUrl);
  admin.pathname = '/postgres';
  const child = spawn(process.execPath, ['bench/queue.ts', '--json'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_ADMIN_URL: admin.toString() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  children.delete(child);
  const figures = output.split('\n').find((line) => line.startsWith('L1 '));
  if (code !== 0 || !figures) throw new Error(`bench/queue.ts failed (exit ${code}):\n${output}`);
  return JSON.parse(figures.slice(3)) as QueueResult;
}

/**
 * R1 in its own process (bench/release.ts: 2,000 requests for 100 released times within 10 s,
 * then the draw), like L1 after the other scenarios' servers stopped. Its last line carries the
 * figures.
 */
async function runRelease(options: Options): Promise<ReleaseResult> {
  say(
    'R1  release day (bench/release.ts): 2,000 requests for 100 times within 10 s, then the draw',
  );
  const admin = new URL(options.databaseUrl);
  admin.pathname = '/postgres';
  const child = spawn(process.execPath, ['bench/release.ts', '--json'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_ADMIN_URL: admin.toString() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  children.delete(child);
  const figures = output.split('\n').find((line) => line.startsWith('R1 '));
  if (!figures) throw new Error(`bench/release.ts failed (exit ${code}):\n${output}`);
  return JSON.parse(figures.slice(3)) as ReleaseResult;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU of a process (all its threads) so far, in milliseconds. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * CPU used by the PostgreSQL backends that serve the benchmark database (the servers' pools), read
 * from /proc; other databases on the machine (tests running meanwhile) do not count.
 */
class DatabaseCpu {
  private readonly db: pg.Client;

  constructor(db: pg.Client) {
    this.db = db;
  }

  async snapshot(): Promise<Map<number, number>> {
    const { rows } = await this.db.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        cpu.set(pid, processCpuMs(pid));
      } catch {
        // The backend ended meanwhile.
      }
    }
    return cpu;
  }

  /** Milliseconds used since the snapshot (a backend started meanwhile counts in full). */
  async since(before: Map<number, number>): Promise<number> {
    let total = 0;
    for (const [pid, ms] of await this.snapshot()) total += ms - (before.get(pid) ?? 0);
    return total;
  }
}

type Figures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Server process CPU per request, ms. */
  cpuMs: number;
  /** CPU of the PostgreSQL backends of the benchmark database per request, ms. */
  dbCpuMs: number;
  failures: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function medianFigures(runs: Figures[]): Figures {
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    dbCpuMs: median(runs.map((run) => run.dbCpuMs)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

async function load(
  databaseCpu: DatabaseCpu,
  server: Server,
  path: string,
  scenario: ReadScenario,
  options: Options,
  seconds: number,
): Promise<Figures> {
  const cpuBefore = processCpuMs(server.pid);
  const dbBefore = await databaseCpu.snapshot();
  const result = await autocannon({
    url: `${server.url}${path}`,
    method: 'POST',
    headers: { ...JSON_HEADERS, ...scenario.headers },
    body: scenario.body,
    connections: options.connections,
    duration: seconds,
    timeout: 30,
    verifyBody: (text) => text.startsWith('{"data"') && !text.includes('"errors"'),
  });
  const completed = result['2xx'];
  return {
    requestsPerSecond: completed / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: (processCpuMs(server.pid) - cpuBefore) / Math.max(completed, 1),
    dbCpuMs: (await databaseCpu.since(dbBefore)) / Math.max(completed, 1),
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}

type Response = { status: number; body: string; ms: number };

function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  agent?: Agent,
): Promise<Response> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', reject);
    req.end(body);
  });
}

type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function graphql(
  server: Server,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const response = await post(
    `${server.url}/graphql`,
    JSON.stringify({ query, variables }),
    headers,
  );
  const body = JSON.parse(response.body) as GraphQLBody;
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${response.body.slice(0, 500)}`);
  }
  return body.data;
}

/** The SQL statements the server counted for one request, from its request log line. */
async function sqlStatementsOf(server: Server, scenario: ReadScenario): Promise<number> {
  const requestId = `bench-sql-${process.pid}-${Date.now()}`;
  const logged = server.logs.waitFor(
    (line) => line.requestId === requestId && line.msg === 'request',
    10_000,
    `request ${requestId}`,
  );
  await post(`${server.url}/graphql`, scenario.body, {
    ...scenario.headers,
    'x-request-id': requestId,
  });
  const line = await logged;
  return Number(line.sqlStatements);
}

function firstDifference(left: unknown, right: unknown, path = '$'): string | null {
  if (typeof left !== typeof right || Array.isArray(left) !== Array.isArray(right)) {
    return `${path}: ${JSON.stringify(left)} ≠ ${JSON.stringify(right)}`;
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const leftKeys = Object.keys(left);
    const rightKeys = Object.keys(right);
    if (leftKeys.join() !== rightKeys.join()) {
      return `${path}: keys ${leftKeys.join(',')} ≠ ${rightKeys.join(',')}`;
    }
    for (const key of leftKeys) {
      const difference = firstDifference(
        (left as Record<string, unknown>)[key],
        (right as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (difference) return difference;
    }
    return null;
  }
  return left === right ? null : `${path}: ${JSON.stringify(left)} ≠ ${JSON.stringify(right)}`;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const Q1_DOCUMENT = `query Q1($first: Int!) {
  services(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id
        name
        description
        durationMinutes
        fee { amountCents currency }
        category { id name }
        offices { id name address { street postalCode city } }
      }
    }
  }
}`;

const Q2_DOCUMENT = `query Q2($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {
    startsAt
    endsAt
    available
  }
}`;

/** Q3: the 20 latest conversations of the office, each with its last 10 messages and their authors. */
const Q3_DOCUMENT = `query Q3($officeId: ID!, $first: Int!, $last: Int!) {
  inbox(officeId: $officeId, first: $first) {
    unreadConversations
    conversations {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          subject
          status
          lastMessageAt
          unreadCount
          citizenName
          assignee { id name }
          messages(last: $last) {
            totalCount
            pageInfo { hasPreviousPage startCursor }
            edges { cursor node { id seq authorRole authorName body createdAt } }
          }
        }
      }
    }
  }
}`;

const SIGN_IN_DOCUMENT = `mutation SignIn($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code message } }
}`;

const SIGN_OUT_DOCUMENT = 'mutation SignOut { signOut { userErrors { code message } } }';

const BOOK_DOCUMENT = `mutation B1($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    appointment { code startsAt }
    userErrors { code field message }
  }
}`;

function globalId(type: string, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`).toString('base64');
}

type ReadScenario = {
  id: 'Q1' | 'Q2' | 'Q3';
  title: string;
  body: string;
  /**
   * The same request by document id, as the web client and the kiosk send theirs
   * (docs/decisions/0030-trusted-documents.md): Apollo's persisted-query extension, no text.
   */
  idBody: string;
  /** Sent with every request of the scenario, to the API and the baseline alike. */
  headers: Record<string, string>;
  baselinePath: string;
  /** What the answer must contain to count as a real one. */
  check: (data: Record<string, unknown>) => string | null;
};

/** A scenario's request with the document's text, and the same by the document's id. */
function bodies(query: string, variables: Record<string, unknown>) {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  return {
    body: JSON.stringify({ query, variables }),
    idBody: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
  };
}

function readScenarios(manifest: Manifest, clerkToken: string | null): ReadScenario[] {
  const nextDay = addDays(manifest.q2.day, 1);
  const scenarios: ReadScenario[] = [
    {
      id: 'Q1',
      title: 'services(first: 50) with offices and category',
      ...bodies(Q1_DOCUMENT, { first: 50 }),
      headers: {},
      baselinePath: '/q1',
      check: (data) => {
        const edges = (data.services as { edges?: unknown[] } | undefined)?.edges;
        return edges?.length === 50 ? null : `expected 50 services, got ${edges?.length}`;
      },
    },
    {
      id: 'Q2',
      title: `freeSlots: 1 service, 1 office, 1 day (${manifest.q2.day})`,
      ...bodies(Q2_DOCUMENT, {
        serviceId: globalId('Service', manifest.q2.serviceId),
        officeId: globalId('Office', manifest.q2.officeId),
        from: localMidnight(manifest.q2.day, manifest.timeZone),
        to: localMidnight(nextDay, manifest.timeZone),
      }),
      headers: {},
      baselinePath: '/q2',
      check: (data) => {
        const slots = data.freeSlots as { available: number }[] | undefined;
        if (!slots?.length) return 'no slots on the Q2 day';
        return slots.some((slot) => slot.available > 0) ? null : 'no free slot on the Q2 day';
      },
    },
  ];
  if (manifest.q3 && clerkToken) {
    scenarios.push({
      id: 'Q3',
      title: 'a clerk’s inbox: 20 conversations × last 10 messages with authors',
      ...bodies(Q3_DOCUMENT, {
        officeId: globalId('Office', manifest.q3.officeId),
        first: 20,
        last: 10,
      }),
      headers: { authorization: `Bearer ${clerkToken}` },
      baselinePath: '/q3',
      check: (data) => {
        const edges = (
          data.inbox as
            | { conversations?: { edges?: { node: { messages: { edges: unknown[] } } }[] } }
            | undefined
        )?.conversations?.edges;
        if (edges?.length !== 20) return `expected 20 conversations, got ${edges?.length}`;
        return edges.every((edge) => edge.node.messages.edges.length === 10)
          ? null
          : 'a conversation has fewer than 10 messages';
      },
    });
  }
  return scenarios;
}

/** Signs the Q3 clerk in as a native app would (a bearer session), through the API. */
async function signInClerk(api: Server, manifest: Manifest): Promise<string> {
  if (!manifest.q3) {
    throw new Error('the benchmark data has no clerk for Q3; run `npm run bench:data` again');
  }
  const data = await graphql(api, SIGN_IN_DOCUMENT, {
    input: { email: manifest.q3.email, password: manifest.q3.password, sessionType: 'BEARER' },
  });
  const result = data.signInWithPassword as {
    token: string | null;
    userErrors: { code: string; message: string }[];
  };
  if (!result.token) {
    throw new Error(`Q3: the clerk cannot sign in: ${JSON.stringify(result.userErrors)}`);
  }
  return result.token;
}

type ReadResult = {
  scenario: ReadScenario;
  api: Figures;
  /** The API with the document sent by id. */
  apiById: Figures;
  baseline: Figures;
  sqlStatements: number;
};

async function runReadScenario(
  databaseCpu: DatabaseCpu,
  scenario: ReadScenario,
  api: Server,
  baseline: Server,
  options: Options,
): Promise<ReadResult> {
  say(`${scenario.id}  ${scenario.title}`);
  const [ours, theirs] = await Promise.all([
    post(`${api.url}/graphql`, scenario.body, scenario.headers),
    post(`${baseline.url}${scenario.baselinePath}`, scenario.body, scenario.headers),
  ]);
  const answer = JSON.parse(ours.body) as GraphQLBody;
  if (ours.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${scenario.id}: the API answered ${ours.status}: ${ours.body.slice(0, 500)}`);
  }
  const problem = scenario.check(answer.data);
  if (problem) throw new Error(`${scenario.id}: ${problem}`);
  // The API also reports the request's cost (`extensions`); the baseline computes none.
  const difference = firstDifference(answer.data, (JSON.parse(theirs.body) as GraphQLBody).data);
  if (difference)
    throw new Error(`${scenario.id}: the baseline answers differently at ${difference}`);
  const sqlStatements = await sqlStatementsOf(api, scenario);
  say(
    `    same answer from API and baseline (${ours.body.length} bytes); ${sqlStatements} SQL statement(s) per request`,
  );
  // The server lists only the clients' documents; Apollo's automatic persisted queries take the
  // bench's once it sent the text with its id, and then answer the id from the same caches.
  const byId = { ...scenario, body: scenario.idBody };
  const registration = { ...JSON.parse(scenario.body), ...JSON.parse(scenario.idBody) } as object;
  await post(`${api.url}/graphql`, JSON.stringify(registration), scenario.headers);
  const answerById = await post(`${api.url}/graphql`, scenario.idBody, scenario.headers);
  const differenceById = firstDifference(
    answer.data,
    (JSON.parse(answerById.body) as GraphQLBody).data,
  );
  if (differenceById)
    throw new Error(`${scenario.id}: the answer by id differs at ${differenceById}`);
  say(
    `    by id the same answer; the request body is ${scenario.idBody.length} bytes instead of ${scenario.body.length}`,
  );

  await load(databaseCpu, api, '/graphql', scenario, options, options.warmup);
  await load(databaseCpu, api, '/graphql', byId, options, options.warmup);
  await load(databaseCpu, baseline, scenario.baselinePath, scenario, options, options.warmup);
  const apiRuns: Figures[] = [];
  const apiByIdRuns: Figures[] = [];
  const baselineRuns: Figures[] = [];
  // Interleaved, so that a change in the machine's background load hits both alike.
  for (let run = 1; run <= options.runs; run += 1) {
    const ourRun = await load(databaseCpu, api, '/graphql', scenario, options, options.duration);
    const byIdRun = await load(databaseCpu, api, '/graphql', byId, options, options.duration);
    const theirRun = await load(
      databaseCpu,
      baseline,
      scenario.baselinePath,
      scenario,
      options,
      options.duration,
    );
    apiRuns.push(ourRun);
    apiByIdRuns.push(byIdRun);
    baselineRuns.push(theirRun);
    say(
      `    run ${run}: API ${ourRun.requestsPerSecond.toFixed(0)} req/s (CPU/req ${ourRun.cpuMs.toFixed(2)} ms, DB ${ourRun.dbCpuMs.toFixed(2)} ms), by id ${byIdRun.requestsPerSecond.toFixed(0)} req/s (CPU/req ${byIdRun.cpuMs.toFixed(2)} ms), baseline ${theirRun.requestsPerSecond.toFixed(0)} req/s (CPU/req ${theirRun.cpuMs.toFixed(2)} ms, DB ${theirRun.dbCpuMs.toFixed(2)} ms)`,
    );
  }
  return {
    scenario,
    api: medianFigures(apiRuns),
    apiById: medianFigures(apiByIdRuns),
    baseline: medianFigures(baselineRuns),
    sqlStatements,
  };
}

type BurstResult = {
  succeeded: number;
  slotTaken: number;
  otherUserErrors: Record<string, number>;
  errors: number;
  rowsCreated: number;
  p50: number;
  p99: number;
  max: number;
  wallMs: number;
  cpuMs: number;
  dbCpuMs: number;
};

/** `ok` false: no GraphQL answer at all (HTTP error, top-level error, no response). */
type BurstOutcome = { ok: boolean; code: string };

function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * B1's slots: the first B1_SLOTS times with exactly one free counter, week by week from three
 * weeks ahead to the end of the published window (a week can be all holidays: Christmas).
 */
async function freeSlotsForBurst(api: Server, manifest: Manifest): Promise<string[]> {
  const today = localToday(manifest.timeZone);
  const slots: string[] = [];
  for (let ahead = 21; ahead < 56 && slots.length < B1_SLOTS; ahead += 7) {
    const from = addDays(today, ahead);
    const data = await graphql(api, Q2_DOCUMENT, {
      serviceId: globalId('Service', manifest.b1.serviceId),
      officeId: globalId('Office', manifest.b1.officeId),
      from: localMidnight(from, manifest.timeZone),
      to: localMidnight(addDays(from, 7), manifest.timeZone),
    });
    for (const slot of data.freeSlots as { startsAt: string; available: number }[]) {
      if (slot.available === 1) slots.push(slot.startsAt);
    }
  }
  if (slots.length < B1_SLOTS) {
    throw new Error(
      `B1: only ${slots.length} of ${B1_SLOTS} free slots with one free counter between ${addDays(today, 21)} and ${addDays(today, 56)}; run \`npm run bench:data\` again`,
    );
  }
  return slots.slice(0, B1_SLOTS);
}

/** Takes B1's bookings out again, with their confirmation e-mails, so that runs repeat on the same data. */
async function deleteBurstBookings(url: string): Promise<number> {
  return withDatabase(url, async (db) => {
    await db.query('delete from outbox_message where recipient like $1', [`%@${B1_EMAIL_DOMAIN}`]);
    const { rowCount } = await db.query(`delete from appointment where email like $1`, [
      `%@${B1_EMAIL_DOMAIN}`,
    ]);
    return rowCount ?? 0;
  });
}

/**
 * Takes the data access log entries of Q3's clerk since `since` out again: every inbox read by
 * the API or the baseline added 20, a full run some hundred thousand, and runs should repeat on
 * the same data. The log is append-only by a trigger, so the bench (the tables' owner) switches
 * it off for this one transaction; a failure rolls the switch back with the delete.
 */
async function deleteInboxReads(url: string, clerkEmail: string, since: Date): Promise<number> {
  return withDatabase(url, async (db) => {
    let rowCount: number | null;
    await db.query('begin');
    try {
      await db.query('alter table data_access_log disable trigger data_access_log_append_only');
      ({ rowCount } = await db.query(
        `delete from data_access_log
          where accessed_at >= $1 and actor_id = (select id from account where email = $2)`,
        [since, clerkEmail],
      ));
      await db.query('alter table data_access_log enable trigger data_access_log_append_only');
      await db.query('commit');
    } catch (error) {
      await db.query('rollback');
      throw error;
    }
    // The deleted rows stay in the table and its indexes until a vacuum. The API looks for the
    // same read in the last 15 minutes before it logs one; over the dead rows of earlier runs that
    // look cost it 1 ms instead of 0.07 per conversation (the baseline logs without looking).
    await db.query('vacuum analyze data_access_log');
    return rowCount ?? 0;
  });
}

/** `bookings` concurrent guest bookings, spread evenly over B1_SLOTS free slots of one counter. */
async function burst(
  databaseCpu: DatabaseCpu,
  api: Server,
  manifest: Manifest,
  options: Options,
  bookings: number,
): Promise<BurstResult> {
  await deleteBurstBookings(options.databaseUrl);
  const slots = await freeSlotsForBurst(api, manifest);
  const stamp = Date.now().toString(36);
  const bodies = Array.from({ length: bookings }, (_, index) =>
    JSON.stringify({
      query: BOOK_DOCUMENT,
      variables: {
        input: {
          serviceId: globalId('Service', manifest.b1.serviceId),
          officeId: globalId('Office', manifest.b1.officeId),
          startsAt: slots[index % slots.length],
          name: `Bench Burst ${index}`,
          email: `b1-${stamp}-${index}@${B1_EMAIL_DOMAIN}`,
        },
      },
    }),
  );
  // Every booking on a connection of its own, all sent at once: "everyone asks at once".
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const cpuBefore = processCpuMs(api.pid);
  const dbBefore = await databaseCpu.snapshot();
  const started = performance.now();
  const outcomes = await Promise.all(
    bodies.map(async (body) => {
      try {
        const response = await post(`${api.url}/graphql`, body, {}, agent);
        const parsed = JSON.parse(response.body) as GraphQLBody;
        const payload = parsed.data?.bookAppointment as
          { appointment: unknown; userErrors: { code: string }[] } | undefined;
        let outcome: BurstOutcome;
        if (response.status !== 200 || parsed.errors?.length || !payload) {
          outcome = {
            ok: false,
            code: `HTTP ${response.status} ${parsed.errors?.[0]?.extensions?.code ?? ''}`.trim(),
          };
        } else if (payload.appointment) {
          outcome = { ok: true, code: 'BOOKED' };
        } else {
          outcome = { ok: true, code: payload.userErrors[0]?.code ?? 'NO_ANSWER' };
        }
        return { outcome, ms: response.ms };
      } catch (error) {
        const code = error instanceof Error ? error.message : String(error);
        return { outcome: { ok: false, code }, ms: performance.now() - started };
      }
    }),
  );
  const wallMs = performance.now() - started;
  const cpuMs = (processCpuMs(api.pid) - cpuBefore) / bookings;
  const dbCpuMs = (await databaseCpu.since(dbBefore)) / bookings;
  agent.destroy();
  const rowsCreated = await withDatabase(options.databaseUrl, async (db) => {
    const { rows } = await db.query<{ rows: string; times: string }>(
      `select count(*) as rows, count(distinct starts_at) as times from appointment
        where email like $1 and status = 'BOOKED'`,
      [`%@${B1_EMAIL_DOMAIN}`],
    );
    const row = rows[0];
    if (row && row.rows !== row.times) throw new Error('B1: two bookings share a time');
    return Number(row?.rows ?? 0);
  });
  await deleteBurstBookings(options.databaseUrl);
  const latencies = outcomes.map((outcome) => outcome.ms).sort((left, right) => left - right);
  const count = (code: string) =>
    outcomes.filter((o) => o.outcome.ok && o.outcome.code === code).length;
  const otherUserErrors: Record<string, number> = {};
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  for (const { outcome } of outcomes) {
    if (!outcome.ok) {
      errors += 1;
      errorKinds[outcome.code] = (errorKinds[outcome.code] ?? 0) + 1;
    } else if (outcome.code !== 'BOOKED' && outcome.code !== 'SLOT_TAKEN') {
      otherUserErrors[outcome.code] = (otherUserErrors[outcome.code] ?? 0) + 1;
    }
  }
  if (errors) {
    say(`    errors: ${JSON.stringify(errorKinds)}`);
    const logged = api.logs.errors.at(-1);
    const err = logged?.err as { message?: string } | undefined;
    if (logged) say(`    the server logged: ${String(logged.msg)}: ${err?.message ?? ''}`);
  }
  return {
    succeeded: count('BOOKED'),
    slotTaken: count('SLOT_TAKEN'),
    otherUserErrors,
    errors,
    rowsCreated,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    wallMs,
    cpuMs,
    dbCpuMs,
  };
}

type BookingResult = {
  runs: BurstResult[];
  p50: number;
  p99: number;
  cpuMs: number;
  dbCpuMs: number;
  ok: boolean;
};

async function runBookingBurst(
  databaseCpu: DatabaseCpu,
  api: Server,
  manifest: Manifest,
  options: Options,
): Promise<BookingResult> {
  say(`B1  ${B1_BOOKINGS} concurrent bookings aimed at ${B1_SLOTS} free slots of one counter`);
  const warm = await burst(databaseCpu, api, manifest, options, B1_BOOKINGS / 10);
  say(`    warm-up: ${warm.succeeded} of ${B1_BOOKINGS / 10} booked, ${warm.errors} errors`);
  const runs: BurstResult[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const result = await burst(databaseCpu, api, manifest, options, B1_BOOKINGS);
    runs.push(result);
    const others = Object.entries(result.otherUserErrors)
      .map(([code, n]) => `, ${code} ${n}`)
      .join('');
    say(
      `    run ${run}: ${result.succeeded} booked, ${result.slotTaken} SLOT_TAKEN${others}, ${result.errors} errors; ${result.rowsCreated} rows in the database; p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, max ${result.max.toFixed(0)} ms; all done in ${result.wallMs.toFixed(0)} ms`,
    );
  }
  const ok = runs.every(
    (run) =>
      run.succeeded === B1_SLOTS &&
      run.rowsCreated === B1_SLOTS &&
      run.errors === 0 &&
      run.slotTaken === B1_BOOKINGS - B1_SLOTS,
  );
  return {
    runs,
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    dbCpuMs: median(runs.map((run) => run.dbCpuMs)),
    ok,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

/**
 * Issue #23's targets for the ratio to the baseline: without the catalogue response cache
 * (`CATALOGUE_CACHE_SECONDS=0`, which the API server inherits) Q1 ≥ 0.40, Q2 and Q3 ≥ 0.90; with
 * it Q1 ≥ 2. B1 has no ratio target (it must book exactly the scarce slots, without errors).
 */
const TARGET_RATIO: Record<'Q1' | 'Q2' | 'Q3', number> = {
  Q1: process.env.CATALOGUE_CACHE_SECONDS === '0' ? 0.4 : 2,
  Q2: 0.9,
  Q3: 0.9,
};
const TARGET_SQL = 3;

function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** The checked-out commit, and whether the working tree differs from it. */
function commit(): string {
  try {
    const run = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    const head = run(['rev-parse', '--short', 'HEAD']).trim();
    return run(['status', '--porcelain', '--', 'src']).trim() ? `${head} + uncommitted src` : head;
  } catch {
    return 'unknown commit';
  }
}

/** Date, commit, machine and versions: the head of a RESULTS.md entry. */
function environment(postgresVersion: string, manifest: Manifest): string[] {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  return [
    `### ${date} UTC — ${commit()}`,
    '',
    `- machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ` +
      `load average at the start ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    `- Node ${process.version}, ${postgresVersion}; data built for ${manifest.builtFor} ` +
      `(${manifest.rows.appointments?.toLocaleString('en')} appointments)`,
  ];
}

const blank = (count: number): string[] => Array.from({ length: count }, () => '');

function reportTable(
  reads: ReadResult[],
  booking: BookingResult | null,
  options: Options,
): string[] {
  const rows: string[][] = [
    [
      'scenario',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU ms/req',
      'DB CPU ms/req',
      'SQL/req',
      'baseline req/s',
      'baseline CPU ms/req',
      'ratio',
    ],
  ];
  for (const id of ['Q1', 'Q2', 'Q3', 'B1'] as const) {
    const read = reads.find((result) => result.scenario.id === id);
    if (read) {
      const ratio = read.api.requestsPerSecond / read.baseline.requestsPerSecond;
      rows.push([
        `${id} ${read.scenario.title}`,
        fixed(read.api.requestsPerSecond, 0),
        fixed(read.api.p50, 0),
        fixed(read.api.p99, 0),
        fixed(read.api.cpuMs, 2),
        fixed(read.api.dbCpuMs, 2),
        `${read.sqlStatements} ${read.sqlStatements <= TARGET_SQL ? '✓' : '✗'}`,
        fixed(read.baseline.requestsPerSecond, 0),
        fixed(read.baseline.cpuMs, 2),
        `${fixed(ratio, 2)} ${ratio >= TARGET_RATIO[read.scenario.id] ? '✓' : '✗'}`,
      ]);
      rows.push([
        `${id} the same by document id (${read.scenario.idBody.length} instead of ${read.scenario.body.length} bytes)`,
        fixed(read.apiById.requestsPerSecond, 0),
        fixed(read.apiById.p50, 0),
        fixed(read.apiById.p99, 0),
        fixed(read.apiById.cpuMs, 2),
        fixed(read.apiById.dbCpuMs, 2),
        ...blank(4),
      ]);
    } else if (id === 'B1' && booking) {
      rows.push([
        `B1 ${B1_BOOKINGS} bookings → ${B1_SLOTS} slots: ${booking.runs.map((r) => r.succeeded).join('/')} booked, ${booking.runs.map((r) => r.errors).join('/')} errors ${booking.ok ? '✓' : '✗'}`,
        fixed(median(booking.runs.map((run) => B1_BOOKINGS / (run.wallMs / 1000))), 0),
        fixed(booking.p50, 0),
        fixed(booking.p99, 0),
        fixed(booking.cpuMs, 2),
        fixed(booking.dbCpuMs, 2),
        ...blank(4),
      ]);
    }
  }
  const header = rows[0] ?? [];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
  ];
  return [
    ...lines,
    '',
    `${options.connections} connections; warm-up ${options.warmup} s, then ${options.runs} × ${options.duration} s, median. ` +
      `Pool ${options.pool ?? 'default (10)'}. ${options.nodeFlags.length ? `API server flags: ${options.nodeFlags.join(' ')}. ` : ''}${options.cpuProf ? 'CPU profiler ON: figures are slower than normal.' : ''}`.trim(),
  ];
}

function newestProfile(since: number): string | null {
  try {
    const files = readdirSync(PROFILE_DIR)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => join(PROFILE_DIR, name))
      .filter((path) => statSync(path).mtimeMs >= since)
      .sort((left, right) => statSync(right).mtimeMs - statSync(left).mtimeMs);
    return files[0] ?? null;
  } catch {
    return null;
  }
}

/** Q1–Q3 and B1: the API server and the baseline as child processes, then stopped again. */
async function runServerScenarios(
  options: Options,
  manifest: Manifest,
  serverEnv: Record<string, string>,
): Promise<{ reads: ReadResult[]; booking: BookingResult | null }> {
  if (options.cpuProf) mkdirSync(PROFILE_DIR, { recursive: true });
  const api = await startServer(
    // A server that fails at start usually met migrations newer than the data: rebuild it.
    'API server (if migrations changed since `npm run bench:data`, run it again)',
    [
      ...options.nodeFlags,
      ...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      'dist/server/main.js',
    ],
    serverEnv,
  );
  const baseline = await startServer('baseline', ['bench/baseline/server.ts'], serverEnv);

  const reads: ReadResult[] = [];
  let booking: BookingResult | null = null;
  const monitor = new pg.Client({
    connectionString: options.databaseUrl,
    application_name: 'rathaus-bench',
  });
  await monitor.connect();
  const databaseCpu = new DatabaseCpu(monitor);
  let clerkToken: string | null = null;
  const readsSince = new Date();
  try {
    if (options.only.has('Q3')) clerkToken = await signInClerk(api, manifest);
    for (const scenario of readScenarios(manifest, clerkToken)) {
      if (options.only.has(scenario.id))
        reads.push(await runReadScenario(databaseCpu, scenario, api, baseline, options));
    }
    if (options.only.has('B1'))
      booking = await runBookingBurst(databaseCpu, api, manifest, options);
  } finally {
    if (clerkToken) {
      await graphql(api, SIGN_OUT_DOCUMENT, {}, { authorization: `Bearer ${clerkToken}` });
    }
    await monitor.end();
    await stopServer(baseline);
    await stopServer(api);
    // Also after a failed scenario: a full run leaves some hundred thousand log entries.
    if (clerkToken && manifest.q3) {
      const removed = await deleteInboxReads(options.databaseUrl, manifest.q3.email, readsSince);
      say(
        `Q3: took the ${removed.toLocaleString('en')} data access log entries of its reads out again`,
      );
    }
  }
  return { reads, booking };
}

/**
 * F1 before everything else, while no server of the other scenarios runs; with `--only F1` alone
 * it needs no benchmark database.
 */
async function runFastStart(): Promise<string[]> {
  say('F1  fast start (bench/faststart.ts): npm start in a clean copy, twice');
  const result = await measureFastStart();
  const table = fastStartTable(result);
  for (const line of table) say(`    ${line}`);
  say();
  return [
    '',
    `F1 fast start (bench/faststart.ts; ${cpus().length} cores, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}):`,
    '',
    ...table,
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const fastStartLines = options.only.has('F1') ? await runFastStart() : [];
  if (options.only.size === 1 && fastStartLines.length) {
    say('For bench/RESULTS.md:');
    for (const line of fastStartLines) say(line);
    return;
  }
  const manifest = await readManifest(options.databaseUrl);
  const today = localToday(manifest.timeZone);
  if (manifest.q2.day <= addDays(today, 1) || addDays(manifest.builtFor, 7) < today) {
    throw new Error(
      `the benchmark data was built for ${manifest.builtFor}; its future is running out: run \`npm run bench:data\` again`,
    );
  }
  const postgresVersion = await withDatabase(options.databaseUrl, async (db) => {
    const { rows } = await db.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${rows[0]?.server_version.split(' ')[0] ?? '?'}`;
  });
  const header = environment(postgresVersion, manifest);
  for (const line of header) say(line);
  if ((loadavg()[0] ?? 0) > 0.5) {
    say('note: the machine is busy (load average above 0.5); figures will be noisy');
  }
  say();

  const serverEnv: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    TZ: manifest.timeZone,
    CORS_ORIGINS: '',
    PUBLIC_URL: '',
    // What production demands at start (src/server/config.ts); B1's confirmation e-mails are
    // logged, not sent.
    MAIL_TRANSPORT: 'log',
    LINK_SIGNING_SECRET: 'bench-link-signing-secret-0123456789abcdef',
    // Every load comes from 127.0.0.1, one caller: its budget per minute must not be what is
    // measured. Each operation is still weighed and checked against QUERY_COST_LIMIT.
    QUERY_COST_BUDGET: '1000000000000',
    ...(options.pool ? { DATABASE_POOL_SIZE: String(options.pool) } : { DATABASE_POOL_SIZE: '' }),
  };
  const profileSince = Date.now();
  const { reads, booking } = SCENARIOS.some(
    (id) => id !== 'S1' && id !== 'L1' && id !== 'R1' && id !== 'F1' && options.only.has(id),
  )
    ? await runServerScenarios(options, manifest, serverEnv)
    : { reads: [], booking: null };
  const fanout = options.only.has('S1') ? await runFanout(options) : null;
  const queue = options.only.has('L1') ? await runQueue(options) : null;
  const release = options.only.has('R1') ? await runRelease(options) : null;

  say();
  say('For bench/RESULTS.md:');
  say();
  const fanoutLines = fanout
    ? [
        '',
        'S1 subscription fan-out (bench/fanout.ts, 20 messages each):',
        '',
        ...fanoutTable(fanout),
      ]
    : [];
  const serverLines =
    reads.length > 0 || booking ? ['', ...reportTable(reads, booking, options)] : [];
  const queueLines = queue
    ? ['', 'L1 lobby queue (bench/queue.ts), from sending "call next":', '', ...queueTable(queue)]
    : [];
  const releaseLines = release
    ? ['', 'R1 release day (bench/release.ts):', '', ...releaseTable(release)]
    : [];
  for (const line of [
    ...header,
    ...serverLines,
    ...fanoutLines,
    ...queueLines,
    ...releaseLines,
    ...fastStartLines,
  ]) {
    say(line);
  }
  if (options.cpuProf) {
    const profile = newestProfile(profileSince);
    if (!profile) throw new Error(`no CPU profile was written to ${PROFILE_DIR}`);
    say();
    say(`CPU profile of the API server: ${profile}`);
    execFileSync(process.execPath, [join(ROOT, 'bench', 'profile-summary.ts'), profile], {
      stdio: 'inherit',
    });
  }
  const failed =
    reads.some((read) => read.api.failures > 0 || read.baseline.failures > 0) ||
    (booking !== null && !booking.ok) ||
    (release !== null && !release.ok);
  if (failed) {
    say('some requests failed, B1 did not book exactly its slots or R1 not its times: see above');
    process.exitCode = 1;
  }
}

// Stopped from a terminal (Ctrl-C) or by a kill of this process alone (which its servers would
// outlive, loading the machine of the next run): the servers stop too.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    stopAllChildren();
    process.exit(code);
  });
}

try {
  await main();
} catch (error) {
  stopAllChildren();
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
