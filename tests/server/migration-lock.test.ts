import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  migrateToLatest,
  openDatabase,
  pendingMigrations,
  type MikroORM,
} from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { databaseUrl, dropDatabase, withAdminClient } from '../support/database.js';
import { waitUntil } from '../support/wait.js';

// Several instances start at once after an upgrade: each applies the pending migrations. They must
// take turns; the later ones find nothing left to do.

const name = `rathaus_test_${randomBytes(6).toString('hex')}`;
const url = databaseUrl(name);
const orms: MikroORM[] = [];

beforeAll(async () => {
  await withAdminClient((client) => client.query(`create database "${name}"`));
  for (let i = 0; i < 3; i++) {
    orms.push(await openDatabase({ url, poolSize: 2, logger: createLogger({ logLevel: 'warn' }) }));
  }
});

afterAll(async () => {
  await Promise.all(orms.map((orm) => orm.close()));
  await dropDatabase(name);
});

it('lets instances that start together apply the migrations once, one after the other', async () => {
  const results = await Promise.allSettled(
    orms.map((orm) => migrateToLatest(orm, { lockUrl: url })),
  );

  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
  const applied = results.map((result) => (result.status === 'fulfilled' ? result.value : []));
  const all = applied.find((names) => names.length > 0) ?? [];
  expect(all.length).toBeGreaterThan(1);
  expect(applied.filter((names) => names.length > 0)).toHaveLength(1);
  expect(await pendingMigrations(orms[0]!)).toEqual([]);
});

it('makes a second instance wait while one migrates, and frees the lock when done', async () => {
  const advisoryLocks = () =>
    withAdminClient(async (client) => {
      const { rows } = await client.query<{ granted: boolean }>(
        `select l.granted from pg_locks l join pg_database d on d.oid = l.database
          where l.locktype = 'advisory' and d.datname = $1`,
        [name],
      );
      return rows;
    });
  expect(await advisoryLocks()).toEqual([]);

  // This client stands for an instance in the middle of its migrations.
  const migrating = new pg.Client({ connectionString: url });
  await migrating.connect();
  try {
    await migrating.query(`select pg_advisory_lock(hashtext('rathaus:migrations'))`);
    let done = false;
    const waiting = migrateToLatest(orms[1]!, { lockUrl: url }).finally(() => {
      done = true;
    });
    await waitUntil(
      async () => (await advisoryLocks()).some((lock) => !lock.granted),
      'the second instance asks for the lock',
    );
    expect(done).toBe(false);
    await migrating.query(`select pg_advisory_unlock(hashtext('rathaus:migrations'))`);
    await expect(waiting).resolves.toEqual([]);
  } finally {
    await migrating.end();
  }
  expect(await advisoryLocks()).toEqual([]);
});
