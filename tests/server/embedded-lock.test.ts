import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitUntil } from '../support/wait.js';

// The embedded database (PGlite, no DATABASE_URL) is opened by one process only: the built server
// (dist/) and the admin command line as real processes on one data directory, as an operator runs
// them. PGlite itself would let a second process open the directory and lose its writes.

const run = promisify(execFile);
const children: ChildProcess[] = [];
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-lock-'));
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
});

const environment = () => ({
  ...process.env,
  DATABASE_URL: '',
  DATA_DIR: dataDir,
  NODE_ENV: 'development' as const,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
});

function cli(...args: string[]) {
  return run(process.execPath, ['dist/server/cli.js', ...args], {
    env: { ...environment(), LOG_LEVEL: 'warn' },
  });
}

/** Starts the server and resolves once /readyz answers 200, with its port. */
async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: environment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before listening:\n${output}`)),
    );
  });
  await waitUntil(
    async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200,
    'the server ready',
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  return { child, port };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

it('refuses a second server and the admin command line while the server has it open, naming the server', async () => {
  const { child, port } = await startServer();
  const inUse = `The embedded database in ${join(dataDir, 'pglite')} is in use by the server at http://localhost:${port} (pid ${child.pid})`;

  await expect(
    cli('create-admin', '--email', 'chefin@musterstadt.example', '--name', 'Die Chefin'),
  ).rejects.toMatchObject({
    code: 1,
    stdout: '',
    stderr: expect.stringContaining(inUse),
  });

  const second = spawn(process.execPath, ['dist/server/main.js'], {
    env: environment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(second);
  let stderr = '';
  second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  expect(await exitOf(second)).toBe(1);
  expect(stderr).toContain(inUse);
  expect(stderr).toContain('DATABASE_URL');
  expect(stderr).not.toMatch(/\n\s+at /);

  // The running server was not disturbed, and its lock goes with it.
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
  expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
}, 240_000);

it('takes over the lock of a process that no longer runs', async () => {
  const gone = spawn(process.execPath, ['-e', '']);
  await exitOf(gone);
  const lockFile = join(dataDir, 'pglite.lock');
  await writeFile(
    lockFile,
    JSON.stringify({ pid: gone.pid, holder: 'server', url: 'http://localhost:3000' }),
  );

  const { stdout } = await cli('migrate');
  expect(stdout).toBe('The database is at the latest migration.\n');
  expect(existsSync(lockFile)).toBe(false);

  // A lock cut short by a crash while it was written names nobody: it is taken over too.
  await writeFile(lockFile, '{"pid":');
  const { child, port } = await startServer();
  expect(JSON.parse(await readFile(lockFile, 'utf8'))).toEqual({
    pid: child.pid,
    holder: 'server',
    url: `http://localhost:${port}`,
  });
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
}, 240_000);
