import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SqlState } from '../../src/common/postgres-errors.js';
import { inSavepoint, rowOf, rowsOf, run, sql } from '../../src/common/sql.js';
import { databaseOfThisFile } from '../support/templates.js';

// Two transactions and an observer of theirs at the same time.
const database = databaseOfThisFile('empty', { poolSize: 3 });

beforeAll(async () => {
  const em = database.orm.em.fork();
  await run(em, sql`create table probe (id int primary key, n int not null default 0)`);
  await run(em, sql`insert into probe (id) values (1), (2)`);
});

/** Resolves when the backend with this pid waits for a lock. */
async function waitsForLock(pid: number): Promise<void> {
  const observer = database.orm.em.fork();
  for (;;) {
    const row = await rowOf<{ waiting: boolean }>(
      observer,
      sql`select wait_event_type = 'Lock' as waiting from pg_stat_activity where pid = ${pid}`,
    );
    if (row?.waiting) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function backendPid(tx: EntityManager): Promise<number> {
  const row = await rowOf<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
  return row!.pid;
}

it('runs work again that PostgreSQL aborted to end a deadlock, and it then succeeds', async () => {
  let runs = 0;
  let otherPid = 0;
  let otherWaits!: () => void;
  const otherWaiting = new Promise<void>((resolve) => (otherWaits = resolve));
  let firstLockTaken!: () => void;
  const firstLocked = new Promise<void>((resolve) => (firstLockTaken = resolve));

  const ours = database.orm.em.fork().transactional(async (tx) => {
    // This transaction finds the deadlock and is the one aborted: the other waits far longer.
    await run(tx, sql`set local deadlock_timeout = '50ms'`);
    return inSavepoint(tx, async () => {
      runs += 1;
      await run(tx, sql`update probe set n = n + 1 where id = 1`);
      if (runs === 1) {
        firstLockTaken();
        await otherWaiting;
      }
      await run(tx, sql`update probe set n = n + 1 where id = 2`);
      return runs;
    });
  });
  const other = database.orm.em.fork().transactional(async (tx) => {
    await run(tx, sql`set local deadlock_timeout = '60s'`);
    otherPid = await backendPid(tx);
    await firstLocked;
    await run(tx, sql`update probe set n = n + 10 where id = 2`);
    // Waits for row 1, which ours holds; ours then waits for row 2: a deadlock.
    const waiting = run(tx, sql`update probe set n = n + 10 where id = 1`);
    await waitsForLock(otherPid);
    otherWaits();
    await waiting;
  });

  await expect(Promise.all([ours, other])).resolves.toEqual([2, undefined]);
  const rows = await rowsOf<{ id: number; n: number }>(
    database.orm.em.fork(),
    sql`select id, n from probe order by id`,
  );
  // The aborted run's updates were rolled back: each row has one of ours and one of the other's.
  expect(rows).toEqual([
    { id: 1, n: 11 },
    { id: 2, n: 11 },
  ]);
});

it('rolls back work that failed otherwise, throws its error once and leaves the transaction usable', async () => {
  let runs = 0;
  const result = await database.orm.em.fork().transactional(async (tx) => {
    const before = await rowOf<{ n: number }>(tx, sql`select n from probe where id = 1`);
    const failure = await inSavepoint(tx, async () => {
      runs += 1;
      await run(tx, sql`update probe set n = n + 100 where id = 1`);
      await run(tx, sql`insert into probe (id) values (2)`);
    }).catch((error: unknown) => error);
    const after = await rowOf<{ n: number }>(tx, sql`select n from probe where id = 1`);
    return { failure, before, after };
  });
  expect(runs).toBe(1);
  expect(result.failure).toMatchObject({ code: '23505' });
  expect(result.after).toEqual(result.before);
});

it('gives up after three more runs when the work deadlocks each time', async () => {
  let runs = 0;
  const deadlock = Object.assign(new Error('deadlock detected'), {
    code: SqlState.deadlockDetected,
  });
  const failure = await database.orm.em
    .fork()
    .transactional((tx) =>
      inSavepoint(tx, async () => {
        runs += 1;
        await run(tx, sql`update probe set n = n + 1000 where id = 1`);
        throw deadlock;
      }),
    )
    .catch((error: unknown) => error);
  expect(failure).toBe(deadlock);
  expect(runs).toBe(4);
});
