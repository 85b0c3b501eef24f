import { execFile } from 'node:child_process';
import { open, mkdtemp, rm, truncate, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 8: the disk of the embedded database (PGlite, DATA_DIR without DATABASE_URL) is
// full. DATA_DIR is a tmpfs of the test's own, as large as the database the first start makes
// from the template plus some room; a file then takes all the room left. Citizens register
// (an account and its verification e-mail in one transaction) through the real server process.
//
// What happens, found by trying (docs/reliability.md):
// - A table or index that cannot grow is an ERROR of PostgreSQL (53100, disk_full): the write is
//   refused with 507 STORAGE_FULL, reads go on, and once there is room writes succeed again
//   without a restart.
// - The write-ahead log that needs a new segment (16 MiB) and finds no room is a PANIC: PGlite's
//   PostgreSQL aborts and cannot go on in this process. The write that met it fails with
//   PostgreSQL's error: a registration's is refused with 507 (the e-mail delivery's, which writes
//   beside them, fails the job); the operator is told to free space and restart, requests are
//   answered with 503 (never a hang), /readyz says 503, and a restart after more room loses nothing
//   that was confirmed.

const run = promisify(execFile);
const MIB = 1024 * 1024;
/** Room for the database's start beyond the template's size. */
const START_ROOM_MIB = 32;
/** Room given back after the first refusals: less than a segment of the write-ahead log. */
const ROOM_AFTER_MIB = 14;
/** Enough for the write-ahead log to fill a segment (about 2 KiB a registration). */
const MAX_REGISTRATIONS = 12_000;

let server: ServerProcess | undefined;
let dataDir: string;
let mounted = false;
let tmpfsMib: number;

async function duKib(path: string): Promise<number> {
  const { stdout } = await run('du', ['-sk', path]);
  return Number(stdout.split('\t')[0]);
}

async function availableBytes(path: string): Promise<number> {
  const { stdout } = await run('df', ['-B1', '--output=avail', path]);
  return Number(stdout.trim().split('\n')[1]);
}

beforeAll(async () => {
  await assertBuildIsCurrent();
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-full-disk-embedded-'));
  const templateKib = await duKib(join(process.cwd(), 'dist/pglite-template'));
  tmpfsMib = Math.ceil(templateKib / 1024) + START_ROOM_MIB;
  // Needs root, as the fault tests' PostgreSQL clusters do.
  await run('mount', ['-t', 'tmpfs', '-o', `size=${tmpfsMib}m,mode=0700`, 'tmpfs', dataDir]);
  mounted = true;
  server = await serverProcess({
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    // The reads below must reach the database: a kept catalogue answer would still be served
    // after the database stopped (for as long as it is kept).
    CATALOGUE_CACHE_SECONDS: '0',
  });
  await server.start({ readyTimeoutMs: 60_000 });
}, 90_000);

afterAll(async () => {
  await server?.remove().catch(() => {});
  if (mounted) await run('umount', [dataDir]);
  await rm(dataDir, { recursive: true, force: true });
}, 30_000);

type Answer = { status: number; retryAfter: string | null; body: GraphQLBody };
type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

async function graphql(query: string, variables: object = {}): Promise<Answer> {
  const response = await fetch(`${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'de' },
    body: JSON.stringify({ query, variables }),
    // A hang is a failure: every answer must come, refusals included.
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as GraphQLBody,
  };
}

const REGISTER = `mutation ($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent userErrors { code } }
}`;

let registrations = 0;
/** The addresses whose registration was confirmed (200 without errors), and those refused. */
const confirmed: string[] = [];
const refused: string[] = [];

async function register(): Promise<Answer> {
  const email = `full-disk-${registrations++}@example.org`;
  const answer = await graphql(REGISTER, { input: { email, name: 'Erika Mustermann' } });
  const ok = answer.status === 200 && !answer.body.errors && answer.body.data?.registerAccount;
  (ok ? confirmed : refused).push(email);
  return answer;
}

const officeNames = () => graphql('{ offices { name } }');

async function status(path: string): Promise<number> {
  const response = await fetch(`${server!.url}${path}`, { signal: AbortSignal.timeout(5000) });
  return response.status;
}

/** The server's log lines (JSON) with this message. */
function logLines(msg: string): Array<Record<string, unknown>> {
  return server!
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === msg);
}

/** Writes a file until the disk is full: no room is left for the database. */
async function fillDisk(file: string): Promise<number> {
  const handle: FileHandle = await open(file, 'w');
  let written = 0;
  try {
    for (const size of [MIB, 4096]) {
      const block = Buffer.alloc(size, 1);
      for (;;) {
        try {
          await handle.write(block);
          written += size;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
  return written;
}

const STORAGE_FULL_DE =
  'Das konnte gerade nicht gespeichert werden, weil der Speicher des Servers voll ist. Bitte versuchen Sie es später erneut.';

it('a full disk for the embedded database: 507, no half-written row, nothing confirmed lost', async () => {
  const filler = join(dataDir, 'filler');
  const filled = await fillDisk(filler);
  expect(await availableBytes(dataDir)).toBeLessThan(8192);

  // When the disk is full, a write is refused with a clear error in the citizen's language …
  const full = await register();
  expect(full.status).toBe(507);
  expect(full.body.errors).toEqual([
    expect.objectContaining({
      message: STORAGE_FULL_DE,
      extensions: expect.objectContaining({ code: 'STORAGE_FULL' }),
    }),
  ]);
  expect(full.body.data).toBeNull();
  const fullAgain = await register();
  expect(fullAgain.status).toBe(507);
  // … the operator is told which disk (the log comes through a pipe of its own, maybe after the
  // answer) …
  const REFUSED = "write refused: the database's disk is full";
  await waitUntil(() => logLines(REFUSED).length >= 2, 'two refusals logged');
  const refusals = logLines(REFUSED);
  expect(refusals).toHaveLength(2);
  expect(refusals[0]!.database).toBe(`the embedded database in DATA_DIR ${dataDir}`);
  // … and reads go on.
  expect(await status('/readyz')).toBe(200);
  const read = await officeNames();
  expect(read.status).toBe(200);
  expect((read.body.data?.offices as unknown[]).length).toBeGreaterThan(0);

  const refusedWhileFull = refused.length;

  // When there is room again (less than a segment of the write-ahead log), writes succeed at once.
  await truncate(filler, filled - ROOM_AFTER_MIB * MIB);
  const again = await register();
  expect(again.status).toBe(200);
  expect(confirmed).toHaveLength(1);

  // Citizens register on until the write-ahead log needs a new segment: no room for it.
  const before = registrations;
  let stopped: Answer | null = null;
  while (registrations < MAX_REGISTRATIONS) {
    const answer = await register();
    if (answer.status !== 200) {
      stopped = answer;
      break;
    }
  }
  const panicAt = Date.now();
  const untilPanic = registrations - before;
  // The operator is told what to do, …
  const STOPPED =
    'the embedded database stopped: the disk of DATA_DIR is full; free space on it, then restart Rathaus (nothing confirmed is lost)';
  await waitUntil(() => logLines(STOPPED).length >= 1, 'the stop logged');
  const stop = logLines(STOPPED);
  expect(stop).toHaveLength(1);
  expect(stop[0]).toEqual(expect.objectContaining({ dataDir, code: '53100', level: 50 }));
  // … and the write that met the PANIC fails with PostgreSQL's error (its message is the PANIC's).
  // A registration's is refused with the same clear error. But the e-mail delivery writes too (every
  // 2 s it marks the registrations' e-mails sent, in a transaction of its own): when its write is
  // the one, that job fails, and the registration, the first request after the PANIC, is answered
  // with 503 as every later one is (about one run in five with other work beside the test).
  const metPanic = (line: Record<string, unknown>) => {
    const err = line.err as { code?: string; message?: string } | undefined;
    return err?.code === '53100' && err.message === stop[0]!.reason;
  };
  const metBy = stopped?.status === 503 ? 'the e-mail delivery' : 'the registration';
  if (metBy === 'the e-mail delivery') {
    expect(stopped!.retryAfter).toBe('5');
    expect(stopped!.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    await waitUntil(
      () =>
        logLines('periodic task failed').some(
          (line) => line.task === 'e-mail delivery' && metPanic(line),
        ),
      'a 503 for the registration, but no failure of the e-mail delivery with the PANIC logged',
    );
  } else {
    expect(stopped?.status).toBe(507);
    expect(stopped!.body.errors).toEqual([
      expect.objectContaining({
        message: STORAGE_FULL_DE,
        extensions: expect.objectContaining({ code: 'STORAGE_FULL' }),
      }),
    ]);
    await waitUntil(() => logLines(REFUSED).some(metPanic), 'the refusal at the PANIC logged');
  }
  // … and from then on every request is answered at once with 503 and Retry-After, never a hang;
  // the process lives, and is not ready.
  const afterWrite = await register();
  const afterRead = await officeNames();
  for (const answer of [afterWrite, afterRead]) {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }
  expect(await status('/readyz')).toBe(503);
  expect(await status('/healthz')).toBe(200);
  const answeredWithinMs = Date.now() - panicAt;

  // The operator makes room and restarts the server.
  await run('mount', ['-o', `remount,size=${tmpfsMib + 64}m`, dataDir]);
  const stopping = Date.now();
  const exitCode = await server!.terminate();
  const stopMs = Date.now() - stopping;
  expect(exitCode).toBe(0);
  const restarting = Date.now();
  // It replays the write-ahead log since the template's checkpoint: up to a minute on a loaded
  // machine.
  await server!.start({ readyTimeoutMs: 120_000 });
  const restartMs = Date.now() - restarting;
  const afterRestart = await register();
  expect(afterRestart.status).toBe(200);
  expect((await officeNames()).status).toBe(200);
  expect(await server!.terminate()).toBe(0);

  // Every registration that was confirmed is there, whole (the account and its verification
  // e-mail, written in one transaction); none that was refused.
  const db = await PGlite.create(join(dataDir, 'pglite'), { extensions: { btree_gist, pg_trgm } });
  let rows: Array<{ email: string; name: string; mails: number }>;
  try {
    ({ rows } = await db.query<{ email: string; name: string; mails: number }>(
      `select a.email, a.name,
              (select count(*)::int from outbox_message m where m.recipient = a.email) as mails
         from account a where a.email like 'full-disk-%'`,
    ));
  } finally {
    await db.close();
  }
  const stored = new Set(rows.map((row) => row.email));
  const lost = confirmed.filter((email) => !stored.has(email));
  const refusedButStored = refused.filter((email) => stored.has(email));
  expect(lost).toEqual([]);
  expect(refusedButStored).toEqual([]);
  expect(rows).toHaveLength(confirmed.length);
  expect(rows.filter((row) => row.name !== 'Erika Mustermann' || row.mails !== 1)).toEqual([]);

  console.log(
    `full disk (embedded): DATA_DIR a tmpfs of ${tmpfsMib} MiB; full: ${refusedWhileFull} writes refused with 507 ` +
      `STORAGE_FULL, reads and /readyz 200; ${ROOM_AFTER_MIB} MiB of room: the next write 200 without a restart; ` +
      `after ${untilPanic - 1} more the write-ahead log's new segment found no room: PANIC met by ${metBy}'s write (the registration: ${stopped?.status}), then 503 ` +
      `with Retry-After, /readyz 503, /healthz 200 (all answered within ${answeredWithinMs} ms); more room and a ` +
      `restart (SIGTERM: exit ${exitCode} in ${stopMs} ms; ready in ${restartMs} ms): writes 200; ${confirmed.length} ` +
      `writes confirmed, ${refused.length} refused, ${rows.length} rows checked (account and e-mail), ` +
      `lost ${lost.length}, refused but stored ${refusedButStored.length}`,
  );
}, 600_000);
