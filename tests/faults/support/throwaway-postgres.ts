import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A PostgreSQL cluster of a fault test's own (issue #21): the faults it causes (a killed server,
// a restarted or slowed database) must never reach the shared PostgreSQL other tests use. It
// runs as the postgres user, since PostgreSQL refuses to run as root.

const run = promisify(execFile);
const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** A TCP port on the loopback interface that nothing listens on at the moment. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type ThrowawayPostgres = {
  /** postgres://… of the database made for the test. */
  url: string;
  port: number;
  /**
   * Stops the cluster and resolves when it is down: `fast` disconnects the clients and writes a
   * checkpoint, `immediate` makes every process quit at once, as a crash would (recovery from
   * the WAL at the next start).
   */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts the stopped cluster again on the same port; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster at once and removes its files; safe to call twice or after a failed start. */
  remove(): Promise<void>;
};

async function asPostgres(command: string, args: string[]) {
  return run('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], {
    timeout: 60_000,
  });
}

/**
 * initdb in a temporary directory, started on a free port with fsync off (the test crashes the
 * server, not the machine, so durability against power loss buys nothing here), and one
 * database. Removes what it made when any step fails.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-fault-pg-'));
  const data = join(dir, 'data');
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await chown(dir, Number(uid), Number(gid));
  let started = false;
  let removed = false;
  const remove = async () => {
    if (removed) return;
    removed = true;
    if (started) {
      await asPostgres('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => {});
    }
    await rm(dir, { recursive: true, force: true });
  };
  let port = 0;
  const start = async () => {
    started = true;
    await asPostgres('pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'postgres.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F -c full_page_writes=off`,
    ]);
  };
  const stop = async (mode: 'fast' | 'immediate') => {
    await asPostgres('pg_ctl', ['stop', '-D', data, '-m', mode, '-w']);
  };
  try {
    await asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    port = await freePort();
    await start();
    await asPostgres('createdb', [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      'rathaus',
    ]);
    return { url: `postgres://postgres@127.0.0.1:${port}/rathaus`, port, stop, start, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
