import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Config } from './config.js';

// `npm run admin -- backup <file>` and `restore <file>` (docs/operations.md "Backups"): the
// database as a pg_dump archive in custom format, and the uploaded files as a tar next to it
// (`<file>.files.tar`), since they live on disk, not in the database.

const run = promisify(execFile);

/** Where uploaded files are stored, below DATA_DIR (a volume in containers). */
export function uploadedFilesDirectory(config: Config): string {
  return join(config.dataDir, 'files');
}

/** The archive of the uploaded files that belongs to a dump. */
export function filesArchive(file: string): string {
  return `${file}.files.tar`;
}

/** An expected refusal, said to the operator as it is. */
export class BackupError extends Error {}

const EMBEDDED_REFUSAL =
  'backup and restore need DATABASE_URL (PostgreSQL). The embedded database is backed up by stopping the server and copying DATA_DIR as a whole (e.g. `tar -czf rathaus-data.tgz .data`), and restored by putting that copy back while the server is stopped.';

/**
 * pg_dump or pg_restore: from PATH, else from Debian's versioned directories, newest first
 * (a client older than the server refuses to dump it, and says so).
 */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const onPath = (process.env.PATH ?? '')
    .split(':')
    .map((directory) => join(directory, name))
    .find((candidate) => existsSync(candidate));
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((version) => existsSync(join(debian, version, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(debian, versions[0], 'bin', name);
  throw new BackupError(
    `${name} was not found; install the PostgreSQL client of the server's major version (Debian: apt-get install postgresql-client-15).`,
  );
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The database of a URL as libpq's arguments: the password goes into PGPASSWORD, not onto the
 * command line, where every user of the machine could read it in the process list.
 */
function connection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return {
    dbname: `--dbname=${url.toString()}`,
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

async function runTool(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  try {
    await run(command, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new BackupError(`${command} failed: ${stderr?.trim() || (error as Error).message}`);
  }
}

/** Writes the dump to `file` and, when there are uploaded files, their tar; what was written. */
export async function backup(config: Config, file: string): Promise<string[]> {
  if (!config.databaseUrl) throw new BackupError(EMBEDDED_REFUSAL);
  const database = connection(config.databaseUrl);
  await runTool(
    postgresTool('pg_dump'),
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, database.dbname],
    database.env,
  );
  const written = [file];
  const files = uploadedFilesDirectory(config);
  if (await exists(files)) {
    await runTool('tar', ['-cf', filesArchive(file), '-C', config.dataDir, 'files']);
    written.push(filesArchive(file));
  }
  return written;
}

/** Tables in the target database: a restore only goes into an empty one. */
async function tableCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from information_schema.tables where table_schema = 'public'`,
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump into DATABASE_URL, which must be an empty database (so that a mistyped URL
 * never overwrites a live one), in one transaction: a failed restore leaves it empty. The
 * uploaded files are unpacked into DATA_DIR when their tar is next to the dump.
 */
export async function restore(config: Config, file: string): Promise<string[]> {
  if (!config.databaseUrl) throw new BackupError(EMBEDDED_REFUSAL);
  if (!(await exists(file))) throw new BackupError(`${file} does not exist.`);
  if ((await tableCount(config.databaseUrl)) > 0) {
    throw new BackupError(
      'The database of DATABASE_URL is not empty; restore into a new database (e.g. `createdb rathaus_restored`) and point DATABASE_URL at it.',
    );
  }
  const database = connection(config.databaseUrl);
  await runTool(
    postgresTool('pg_restore'),
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      database.dbname,
      file,
    ],
    database.env,
  );
  const restored = [file];
  if (await exists(filesArchive(file))) {
    await mkdir(config.dataDir, { recursive: true });
    await runTool('tar', ['-xf', filesArchive(file), '-C', config.dataDir]);
    restored.push(filesArchive(file));
  }
  return restored;
}
