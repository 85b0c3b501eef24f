import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitUntil } from '../support/wait.js';

// The embedded database (PGlite, no DATABASE_URL) is opened by one process only: the built server
// (dist/) and the admin command line as real processes on one data directory, as an operator runs
// them. PGlite itself would let a second process open the directory and lose its writes; admin
// commands run in the server that has it open (its admin endpoint on 127.0.0.1).

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

async function signIn(port: number, email: string, password: string): Promise<string[]> {
  const graphql = async (query: string, variables: unknown, token?: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: Record<string, Record<string, unknown>> };
  };
  const { data } = await graphql(
    `
      mutation ($input: SignInWithPasswordInput!) {
        signInWithPassword(input: $input) {
          token
        }
      }
    `,
    { input: { email, password, sessionType: 'BEARER' } },
  );
  const token = data.signInWithPassword!.token as string;
  return (await graphql('{ me { roles } }', {}, token)).data.me!.roles as string[];
}

it('runs admin commands in the server that has it open, and refuses a second server, naming the first', async () => {
  const { child, port } = await startServer();

  // The command runs in the server: the server knows the admin at once.
  const created = await cli(
    'create-admin',
    '--email',
    'Chefin@Musterstadt.example',
    '--name',
    'Die Chefin',
    '--password',
    'ein-langes-passwort',
  );
  expect(created).toEqual({
    stdout: 'chefin@musterstadt.example is an admin (STAFF, ADMIN).\n',
    stderr: '',
  });
  expect(await signIn(port, 'chefin@musterstadt.example', 'ein-langes-passwort')).toEqual([
    'STAFF',
    'ADMIN',
  ]);
  // An expected failure comes back as the command's own message and exit code.
  await expect(cli('issue-kiosk-token', 'no-such-office')).rejects.toMatchObject({
    code: 1,
    stdout: '',
    stderr: 'No office with the slug "no-such-office".\n',
  });

  const second = spawn(process.execPath, ['dist/server/main.js'], {
    env: environment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(second);
  let stderr = '';
  second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  expect(await exitOf(second)).toBe(1);
  expect(stderr).toContain(
    `The embedded database in ${join(dataDir, 'pglite')} is in use by the server at http://localhost:${port} (pid ${child.pid})`,
  );
  expect(stderr).not.toMatch(/\n\s+at /);

  // The running server was not disturbed; its lock goes with it, and the admin stays.
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
  expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
  const restarted = await startServer();
  expect(await signIn(restarted.port, 'chefin@musterstadt.example', 'ein-langes-passwort')).toEqual(
    ['STAFF', 'ADMIN'],
  );
  restarted.child.kill('SIGTERM');
  expect(await exitOf(restarted.child)).toBe(0);
}, 480_000);

it('refuses the admin command line while another one has it open', async () => {
  const lockFile = join(dataDir, 'pglite.lock');
  // This test process stands for a running admin command: it is alive, and not the server.
  await writeFile(
    lockFile,
    JSON.stringify({ pid: process.pid, holder: 'command line', url: null }),
  );
  await expect(cli('migrate')).rejects.toMatchObject({
    code: 1,
    stdout: '',
    stderr: expect.stringContaining(
      `The embedded database in ${join(dataDir, 'pglite')} is in use by an admin command (pid ${process.pid})`,
    ),
  });
  expect(JSON.parse(await readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
});

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
    admin: {
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/command$/),
      token: expect.any(String),
    },
  });
  expect((await stat(lockFile)).mode & 0o777).toBe(0o600);
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(0);
}, 480_000);
