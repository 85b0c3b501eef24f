import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrationsList } from '../../src/migrations/index.js';
import { startEmbeddedDatabase } from '../../src/server/embedded-database.js';
import { waitUntil } from '../support/wait.js';

// The migrated embedded database that the build makes (dist/pglite-template, by `npm run build`,
// which `npm test` runs first) and that a first start copies instead of running initdb and every
// migration (docs/decisions/0020-fast-first-start.md). The built server runs as a real process on
// an empty data directory, as `npm start` after `npm install` does.

const TEMPLATE = 'dist/pglite-template';
const folders: string[] = [];
const children: ChildProcess[] = [];

async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'rathaus-template-'));
  folders.push(made);
  return made;
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  for (const made of folders.splice(0)) await rm(made, { recursive: true, force: true });
});

/**
 * What the built server makes of a template folder: its data directory, or null. Asked of dist/,
 * since the key covers the migrations' compiled code, which differs under the tests' compiler.
 */
async function usableTemplate(templateDir: string): Promise<string | null> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--input-type=module',
    '--eval',
    "import { usableTemplate } from './dist/server/embedded-template.js';" +
      'process.stdout.write(JSON.stringify(usableTemplate(process.argv[1])));',
    templateDir,
  ]);
  return JSON.parse(stdout) as string | null;
}

/** The names in the database's migrations table, read with PGlite itself once the server is gone. */
async function appliedMigrations(dataDir: string): Promise<string[]> {
  const db = await PGlite.create(join(dataDir, 'pglite'), { extensions: { btree_gist, pg_trgm } });
  try {
    const result = await db.query<{ name: string }>(
      'select name from mikro_orm_migrations order by name',
    );
    return result.rows.map((row) => row.name);
  } finally {
    await db.close();
  }
}

it('is built, and made for these migrations and this PGlite', async () => {
  expect(await usableTemplate(TEMPLATE)).toBe(`${TEMPLATE}/pglite`);
}, 30_000);

it('gives a first start the seeded demo town and a complete migrations table', async () => {
  const dataDir = await folder();
  // What a first start killed in the middle of copying the template leaves behind.
  const unfinished = join(dataDir, 'pglite.tmp-4242');
  await cp(join(TEMPLATE, 'pglite', 'PG_VERSION'), join(unfinished, 'PG_VERSION'), {
    recursive: true,
  });
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitUntil(async () => /"port":(\d+)/.test(output), 'the server listening', {
    timeoutMs: 60_000,
    intervalMs: 50,
  });
  expect(output).toContain('"fromTemplate":true');
  expect(output).not.toContain('migrations applied');
  expect(existsSync(unfinished)).toBe(false);
  const port = Number(/"port":(\d+)/.exec(output)![1]);

  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ offices { slug } }' }),
  });
  const { data } = (await response.json()) as { data: { offices: { slug: string }[] } };
  expect(data.offices.map((office) => office.slug)).toContain('buergerbuero-mitte');

  child.kill('SIGTERM');
  await exited;
  expect(await appliedMigrations(dataDir)).toEqual(
    migrationsList.map((migration) => migration.name).sort(),
  );
}, 120_000);

it('is ignored when made for other migrations or another PGlite, and the database made anew', async () => {
  const stale = await folder();
  await cp(TEMPLATE, stale, { recursive: true });
  expect(await usableTemplate(stale)).toBe(`${stale}/pglite`);
  await writeFile(join(stale, 'key'), 'made for other migrations\n');
  expect(await usableTemplate(stale)).toBeNull();

  const dataDir = await folder();
  const embedded = await startEmbeddedDatabase(dataDir, 'server', async () =>
    usableTemplate(stale),
  );
  expect(embedded.fromTemplate).toBe(false);
  await embedded.stop();
  // initdb made it: none of the template's tables are there.
  await expect(appliedMigrations(dataDir)).rejects.toThrow(/mikro_orm_migrations/);
}, 120_000);

it('is not used for a data directory that has a database, which keeps its data and starts its thread at once', async () => {
  const dataDir = await folder();
  await cp(join(TEMPLATE, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  const db = await PGlite.create(join(dataDir, 'pglite'), { extensions: { btree_gist, pg_trgm } });
  await db.exec("delete from mikro_orm_migrations where name = 'Migration20261125232139'");
  await db.close();

  // main.ts loads the server's modules right after this call, without returning to the event
  // loop: PGlite's thread must have started by the time the call returns, or it would wait for
  // all of them (issue #20).
  let threadsStarted = 0;
  const counting = () => (threadsStarted += 1);
  subscribe('worker_threads', counting);
  const starting = startEmbeddedDatabase(dataDir, 'server', async () => join(TEMPLATE, 'pglite'));
  unsubscribe('worker_threads', counting);
  expect(threadsStarted).toBe(1);
  const embedded = await starting;
  expect(embedded.fromTemplate).toBe(false);
  await embedded.stop();
  expect(await appliedMigrations(dataDir)).not.toContain('Migration20261125232139');
  expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
}, 120_000);
