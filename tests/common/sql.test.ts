import 'reflect-metadata';
import { rowOf, rowsOf, run, sql } from '../../src/common/sql.js';
import { databaseOfThisFile } from '../support/templates.js';

const database = databaseOfThisFile('empty');

it('sends each value as a parameter, quotes included, and keeps nested parts in order', async () => {
  const em = database.orm.em.fork();
  const hostile = `O'Brien"; drop table office; --`;
  const conditions = [sql`x.n > ${1}`, sql`x.label <> ${hostile}`, sql`x.n in (${[2, 3]})`];
  const rows = await rowsOf<{ n: number; label: string }>(
    em,
    sql`select x.n, x.label
          from (values (1, ${hostile}), (2, 'two'), (3, ${'three'})) as x(n, label)
         where ${sql.join(conditions, ' and ')}
         order by x.n`,
  );
  expect(rows).toEqual([
    { n: 2, label: 'two' },
    { n: 3, label: 'three' },
  ]);
  expect(await rowOf<{ count: string }>(em, sql`select count(*) as count from office`)).toEqual({
    count: '0',
  });
});

it('joins no parts into the given fallback', async () => {
  const em = database.orm.em.fork();
  const where = sql.join([], ' and ', sql`true`);
  expect(await rowOf<{ ok: boolean }>(em, sql`select ${where} as ok`)).toEqual({ ok: true });
});

it('reports how many rows a statement changed', async () => {
  const em = database.orm.em.fork();
  await run(em, sql`create temporary table t (n int)`);
  expect(await run(em, sql`insert into t values (${1}), (${2}), (${3})`)).toBe(3);
  expect(await run(em, sql`delete from t where n >= ${2}`)).toBe(2);
});

it('refuses a literal question mark, which would be taken for a placeholder', () => {
  expect(() => sql`select '{"a":1}'::jsonb ? 'a'`).toThrow(/literal "\?"/);
  expect(() => sql.trusted('a ? b')).toThrow(/literal "\?"/);
});
