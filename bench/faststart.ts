// F1, fast start (issue #20): from the command to the first 200 on /readyz, in a clean copy of the
// repository. Clones the committed HEAD into a temporary folder, links this checkout's
// node_modules (and .tools) into it instead of `npm ci` (offline, and minutes on 2 cores), runs
// `npm run build` as `npm install` would (its prepare script, which also makes the migrated
// embedded database template), then `npm start` twice: the first start makes the embedded database
// (from the template) and seeds it, the second finds everything in place. Each start
// is stopped with SIGINT before the next. Prints a table, and with --json a last line
// `F1 {…}` with the figures for bench/run.ts.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FastStartResult = {
  commit: string;
  /** `npm run build` in the clean copy: what `npm install` builds once (prepare). */
  installBuildMs: number;
  firstStartMs: number;
  secondStartMs: number;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY_TIMEOUT_MS = 300_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function timed(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

/** `npm start` in `copy` until /readyz answers 200; then stops it and waits for its exit. */
async function startUntilReady(copy: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group: SIGINT reaches npm, the shell, node24.mjs and the server alike.
  const child = spawn('npm', ['start'], {
    cwd: copy,
    detached: true,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'development', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let early: number | null | undefined;
  void exited.then((code) => (early = code));
  while (!(await isReady(port))) {
    if (early !== undefined) throw new Error(`npm start exited with ${early}:\n${stderr}`);
    if (performance.now() - started > READY_TIMEOUT_MS) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`npm start was not ready within ${READY_TIMEOUT_MS} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = performance.now() - started;
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  return ms;
}

export async function measureFastStart(): Promise<FastStartResult> {
  const folder = await mkdtemp(join(tmpdir(), 'rathaus-faststart-'));
  const copy = join(folder, 'rathaus');
  try {
    execFileSync('git', ['clone', '--quiet', ROOT, copy], { stdio: 'inherit' });
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: copy,
      encoding: 'utf8',
    }).trim();
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    if (existsSync(join(ROOT, '.tools'))) {
      await symlink(join(ROOT, '.tools'), join(copy, '.tools'));
    }
    const installBuildMs = timed('npm', ['run', 'build', '--silent'], copy);
    const firstStartMs = await startUntilReady(copy);
    const secondStartMs = await startUntilReady(copy);
    return { commit, installBuildMs, firstStartMs, secondStartMs };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function fastStartTable(result: FastStartResult): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return [
    `| clean copy of ${result.commit} | s | target |`,
    '| --- | ---: | ---: |',
    `| \`npm run build\` (once, as \`npm install\` does) | ${seconds(result.installBuildMs)} | |`,
    `| first \`npm start\` → /readyz 200 (migrates, seeds) | ${seconds(result.firstStartMs)} | < 10 |`,
    `| second \`npm start\` → /readyz 200 | ${seconds(result.secondStartMs)} | < 3 |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureFastStart();
  for (const line of fastStartTable(result)) process.stdout.write(`${line}\n`);
  if (process.argv.includes('--json')) process.stdout.write(`F1 ${JSON.stringify(result)}\n`);
}
