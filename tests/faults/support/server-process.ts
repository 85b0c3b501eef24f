import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntil } from '../../support/wait.js';
import { freePort } from './throwaway-postgres.js';

// The built server (dist/, made by `npm run build`, which `npm test` runs first) as a real
// process that a fault test can kill -9 and start again on the same port, as a supervisor would.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'dist/server/main.js');

const running = new Set<ChildProcess>();
// Whatever ends the test run, no server process outlives it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function newestIn(dir: string, ending = ''): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(ending)) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/**
 * Fails with what to do when dist/ is missing or older than src/, rather than testing old code.
 * An incremental build rewrites only what changed, so the newest TypeScript source is compared
 * with the newest built file.
 */
export async function assertBuildIsCurrent(): Promise<void> {
  const built = await stat(MAIN).catch(() => null);
  if (!built) throw new Error(`${MAIN} is missing: run \`npm run build\` first.`);
  if ((await newestIn(join(ROOT, 'src'), '.ts')) > (await newestIn(join(ROOT, 'dist'), '.js'))) {
    throw new Error('dist/ is older than src/: run `npm run build` first.');
  }
}

export type ServerProcess = {
  url: string;
  /** The DATA_DIR of every start: the file store is its `files` directory. */
  dataDir: string;
  /**
   * Starts the process (again) on the same port; resolves when /readyz answers 200, rejects
   * after `readyTimeoutMs` (default 20 s).
   */
  start(options?: { readyTimeoutMs?: number }): Promise<void>;
  /** SIGKILL: no shutdown code runs. Resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, as a supervisor stops it: its shutdown runs. Resolves with the exit code. */
  terminate(): Promise<number | null>;
  /** Kills the process if it runs and removes its data directory. */
  remove(): Promise<void>;
  /** Resolves when /readyz answers 200, polling; rejects after `timeoutMs` or if the process exits. */
  ready(timeoutMs?: number): Promise<void>;
  output(): string;
};

export async function serverProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'rathaus-fault-data-'));
  let child: ChildProcess | null = null;
  let output = '';

  const ready = async (timeoutMs = 20_000) => {
    const current = child;
    await waitUntil(
      async () => {
        if (!current || current.exitCode !== null || current.signalCode !== null) {
          throw new Error(`the server process is not running:\n${output.slice(-4000)}`);
        }
        const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
          (response) => response.status,
          () => 0,
        );
        return status === 200;
      },
      () => `/readyz 200:\n${output.slice(-4000)}`,
      { timeoutMs, intervalMs: 50 },
    );
  };

  const kill9 = async () => {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };

  return {
    url,
    dataDir,
    ready,
    kill9,
    output: () => output,
    async start({ readyTimeoutMs }: { readyTimeoutMs?: number } = {}) {
      await kill9();
      const started = spawn(process.execPath, [MAIN], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          MAIL_TRANSPORT: 'log',
          // Every client of a fault test comes from 127.0.0.1.
          RATE_LIMIT_FACTOR: '1000',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      running.add(started);
      started.once('exit', () => running.delete(started));
      started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await ready(readyTimeoutMs);
    },
    async terminate() {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return null;
      const exited = new Promise<number | null>((resolve) => current.once('exit', resolve));
      current.kill('SIGTERM');
      return exited;
    },
    async remove() {
      await kill9();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
