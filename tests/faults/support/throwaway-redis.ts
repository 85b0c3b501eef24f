import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './throwaway-postgres.js';

// A Redis of a fault test's own (issue #21), on a free port with its files in a temporary
// directory: the test stops it on purpose, which the shared Redis of other tests must never see.

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export type ThrowawayRedis = {
  url: string;
  /** Starts redis-server (again) on the same port; resolves when it accepts connections. */
  start(): Promise<void>;
  /** SIGKILL, as a crashed or unreachable Redis: no client is told. Resolves when it is gone. */
  kill(): Promise<void>;
  /** Kills it if it runs and removes its directory. */
  remove(): Promise<void>;
};

export async function throwawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-fault-redis-'));
  let child: ChildProcess | null = null;

  const kill = async () => {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };

  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    async start() {
      await kill();
      // No persistence: what a restarted Redis forgets is what the test is about.
      const started = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--save',
          '',
          '--appendonly',
          'no',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      running.add(started);
      started.once('exit', () => running.delete(started));
      let output = '';
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) resolve();
        });
        started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        started.once('exit', (code) =>
          reject(new Error(`redis-server exited with ${code}: ${output}`)),
        );
        started.once('error', reject);
      });
    },
    async remove() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
