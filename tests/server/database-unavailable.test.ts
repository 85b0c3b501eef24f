import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rowOf, rowsOf, sql } from '../../src/common/sql.js';
import { openDatabase, type MikroORM } from '../../src/server/database.js';
import { isDatabaseUnavailable } from '../../src/server/database-unavailable.js';
import { createLogger } from '../../src/server/logger.js';
import { databaseUrl, dropDatabase, withAdminClient } from '../support/database.js';
import { freePort } from '../faults/support/throwaway-postgres.js';

// Which errors mean "the database cannot serve now" (answered with 503 SERVICE_UNAVAILABLE and
// Retry-After) and which do not: real errors of the driver and of other sockets, no imitations.
// tests/faults/slow-database.test.ts and database-restart.test.ts show the answers under load.

const name = `rathaus_test_${randomBytes(6).toString('hex')}`;
const url = databaseUrl(name);
const logger = createLogger({ logLevel: 'silent' });
let orm: MikroORM;

beforeAll(async () => {
  await withAdminClient((client) => client.query(`create database "${name}"`));
  orm = await openDatabase({ url, poolSize: 1, logger, statementTimeoutMs: 300, maxWaiting: 0 });
  await rowsOf(orm.em.fork(), sql`create table item (id int primary key)`);
});

afterAll(async () => {
  await orm?.close();
  await dropDatabase(name);
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('the database cannot serve now', () => {
  it('a statement longer than the statement timeout', async () => {
    const error = await failure(rowsOf(orm.em.fork(), sql`select pg_sleep(5)`));
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a full wait queue of the pool: refused at once', async () => {
    const refused = await orm.em.fork().transactional(async (em) => {
      await rowsOf(em, sql`select 1`);
      // The one connection is this transaction's, and no one may wait for it.
      return failure(rowsOf(orm.em.fork(), sql`select 1`));
    });
    expect((refused as Error).message).toMatch(/^0 requests wait for a database connection/);
    expect(isDatabaseUnavailable(refused)).toBe(true);
  });

  it('a connection the server ended in the middle of a transaction', async () => {
    const error = await failure(
      orm.em.fork().transactional(async (em) => {
        const { pid } = (await rowOf<{ pid: number }>(em, sql`select pg_backend_pid() as pid`))!;
        await withAdminClient((client) => client.query('select pg_terminate_backend($1)', [pid]));
        await rowsOf(em, sql`select 1`);
      }),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The pool replaces the broken connection (its only one): it was given back, although the
    // transaction's rollback failed on it.
    expect(await rowsOf(orm.em.fork(), sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });

  it('nothing listening at the database address', async () => {
    const nowhere = await openDatabase({
      url: `postgres://postgres@127.0.0.1:${await freePort()}/nothing`,
      poolSize: 1,
      logger,
      connectTimeoutMs: 1000,
    });
    try {
      const error = await failure(rowsOf(nowhere.em.fork(), sql`select 1`));
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await nowhere.close();
    }
  });
});

describe('other failures', () => {
  it('a statement the database refuses', async () => {
    await rowsOf(orm.em.fork(), sql`insert into item values (1)`);
    const duplicate = await failure(rowsOf(orm.em.fork(), sql`insert into item values (1)`));
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    const wrong = await failure(rowsOf(orm.em.fork(), sql`select nothing from item`));
    expect(isDatabaseUnavailable(wrong)).toBe(false);
  });

  it('a refused connection to anything but the database', async () => {
    const error = await failure(fetch(`http://127.0.0.1:${await freePort()}/`));
    expect(JSON.stringify((error as Error).cause)).toContain('ECONNREFUSED');
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("an error with the driver's words that the driver did not raise", () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
    ).toBe(false);
  });
});
