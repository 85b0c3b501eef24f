import 'reflect-metadata';
import { DriverException, NotNullConstraintViolationException } from '@mikro-orm/core';
import pg from 'pg';
import {
  date,
  preparedRowOf,
  preparedRowsOf,
  rowsOf,
  sql,
  type Sql,
} from '../../src/common/sql.js';
import { createLogger } from '../../src/server/logger.js';
import { OrmLogger } from '../../src/server/orm-logger.js';
import { preparedReader } from '../../src/server/prepared-statements.js';
import { runInRequestScope, type RequestScope } from '../../src/server/request-scope.js';
import { messagingTown, startConversation } from '../support/messaging.js';
import { databaseOfThisFile } from '../support/templates.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Hot reads as named prepared statements (docs/decisions/0032-prepared-hot-reads.md): the same
// rows as MikroORM's path, counted and failing as it does, and never past a transaction.

// One connection: every read of the pool finds the statements the earlier ones prepared, and a
// read that left its transaction would wait for the transaction's connection and time out.
const database = databaseOfThisFile('empty');

/** The names and texts of the prepared statements of the pool's connection. */
const preparedHere = (em = database.orm.em.fork()) =>
  preparedRowsOf<{ name: string; statement: string }>(
    em,
    sql`select name, statement from pg_prepared_statements where name like ${'rathaus_%'}`,
  );

/** Both paths' rows of one statement. */
async function bothPaths(statement: Sql) {
  const em = database.orm.em.fork();
  return { prepared: await preparedRowsOf(em, statement), orm: await rowsOf(em, statement) };
}

it('sends a hot read as a named statement with numbered parameters, a list one per value', async () => {
  const read = (ids: number[]) =>
    preparedRowsOf<{ n: number }>(
      database.orm.em.fork(),
      sql`select n from generate_series(1, ${10}) n where n in (${ids}) and n > ${1} order by n`,
    );
  expect(await read([2, 3, 11])).toEqual([{ n: 2 }, { n: 3 }]);
  expect(await read([1, 4])).toEqual([{ n: 4 }]);
  const statements = await preparedHere();
  expect(statements).toContainEqual({
    name: expect.stringMatching(/^rathaus_\d+$/),
    statement:
      'select n from generate_series(1, $1) n where n in ($2, $3, $4) and n > $5 order by n',
  });
  // The statement that listed them is one of them, with its own name.
  expect(statements.map(({ name }) => name)).toEqual([
    ...new Set(statements.map(({ name }) => name)),
  ]);
});

it('gives the rows MikroORM gives: quotes, dates, booleans, nulls, JSON and arrays', async () => {
  const hostile = `O'Brien"; drop table office; --\\`;
  const at = new Date('2026-12-24T23:30:00.123Z');
  const both = await bothPaths(
    sql`select ${hostile}::text as text, ${at}::timestamptz as at, ${true}::boolean as yes,
               ${null}::uuid as nothing, ${JSON.stringify({ a: [1, 'ü'] })}::json as json,
               array[${['b', 'a']}]::text[] as list, ${2.5}::numeric as decimal,
               count(*) over () as total`,
  );
  expect(both.prepared).toEqual(both.orm);
  const [row] = both.prepared as { at: string }[];
  // MikroORM's type parsers leave a timestamp as PostgreSQL's text, for both paths.
  expect(date(row!.at)).toEqual(at);
  expect(both.prepared).toEqual([
    {
      text: hostile,
      at: row!.at,
      yes: true,
      nothing: null,
      json: { a: [1, 'ü'] },
      list: ['b', 'a'],
      decimal: '2.5',
      total: '1',
    },
  ]);
});

it('reads in a transaction on its connection, seeing what it wrote', async () => {
  await rowsOf(database.orm.em.fork(), sql`create table note (id int primary key)`);
  const seen = await database.orm.em.fork().transactional(async (em) => {
    await rowsOf(em, sql`insert into note values (${1}) returning id`);
    return preparedRowOf<{ count: string }>(em, sql`select count(*) as count from note`);
  });
  expect(seen).toEqual({ count: '1' });
  // Outside it, the same read goes to the pool as a prepared statement (the positive control).
  expect(
    await preparedRowOf(database.orm.em.fork(), sql`select count(*) as count from note`),
  ).toEqual({ count: '1' });
  expect((await preparedHere()).map(({ statement }) => statement)).toContain(
    'select count(*) as count from note',
  );
});

it('counts its statement in the request, and fails as MikroORM does', async () => {
  const scope: RequestScope = { requestId: 'prepared-test', sqlStatements: 0 };
  const failing = sql`select ${null}::int as n from (values (1)) v(x) where x / ${0} = 1`;
  const failures = await runInRequestScope(scope, async () => {
    await preparedRowsOf(database.orm.em.fork(), sql`select ${1}::int as one`);
    return Promise.all(
      [preparedRowsOf, rowsOf].map((read) =>
        read(database.orm.em.fork(), failing).then(
          () => null,
          (error: unknown) => error,
        ),
      ),
    );
  });
  expect(scope.sqlStatements).toBe(3);
  const [prepared, orm] = failures as [DriverException, DriverException];
  expect(prepared).toBeInstanceOf(DriverException);
  expect(prepared.constructor).toBe(orm.constructor);
  expect(prepared.code).toBe('22012');
  expect(prepared.message).toMatch(/division by zero/);
});

it('converts a constraint violation to the exception MikroORM throws for it', async () => {
  await rowsOf(database.orm.em.fork(), sql`create table named (label text not null)`);
  const error = await preparedRowsOf(
    database.orm.em.fork(),
    sql`insert into named values (${null}) returning label`,
  ).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(NotNullConstraintViolationException);
});

describe('a reader of its own pool', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = new OrmLogger(
    createLogger(
      { logLevel: 'warn' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    ),
  );
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: database.orm.config.get('clientUrl'), max: 1 });
  });
  afterAll(() => pool.end());

  it('names at most maxNamed texts and sends the others unnamed; logs slow ones without values', async () => {
    const read = preparedReader({
      pool: async () => pool,
      logger,
      slowQueryMs: 0,
      convert: (error) => error,
      maxNamed: 2,
    });
    for (const n of [1, 2, 3]) {
      expect(await read(sql`select ${`secret ${n}`}::text as value, ${n}::int as n`)).toEqual([
        { value: `secret ${n}`, n },
      ]);
    }
    for (const text of ['a', 'b', 'c']) await read(sql.trusted(`select '${text}' as text`));
    const named = await read<{ statement: string }>(
      sql`select statement from pg_prepared_statements order by statement collate "C"`,
    );
    expect(named.map(({ statement }) => statement)).toEqual([
      'select $1::text as value, $2::int as n',
      "select 'a' as text",
    ]);
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(lines[0]).toMatchObject({
      msg: 'slow SQL statement',
      statement: 'select $1::text as value, $2::int as n',
    });
    expect(JSON.stringify(lines)).not.toContain('secret');
  });
});

describe('the hot reads of the API', () => {
  let server: TestServer;
  const T0 = new Date('2027-03-02T09:00:00Z');
  beforeAll(async () => {
    // One connection: it holds every statement the requests below prepared.
    server = await startTestServer({ now: T0, env: { DATABASE_POOL_SIZE: '1' } });
  });
  afterAll(() => server.close());

  it('are prepared: a session, a catalogue page, free slots and a clerk’s inbox', async () => {
    const { town, citizen, clerk } = await messagingTown(server);
    await startConversation(server, citizen, town.office);
    const answers = await Promise.all([
      server.gql(`{ services(first: 5) { totalCount } }`),
      server.gql(
        `query($s: ID!, $o: ID!, $from: DateTime!, $to: DateTime!) {
           freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt }
         }`,
        {
          s: town.service,
          o: town.office,
          from: '2027-03-09T00:00:00Z',
          to: '2027-03-10T00:00:00Z',
        },
      ),
      server.gql(
        `query($o: ID!) {
           inbox(officeId: $o, first: 5) {
             conversations { edges { node { messages(last: 3) { edges { node { body } } } } } }
           }
         }`,
        { o: town.office },
        clerk.headers,
      ),
    ]);
    for (const { body } of answers) expect(body.errors).toBeUndefined();
    const texts = (await preparedHere(server.orm.em.fork())).map(({ statement }) => statement);
    for (const hot of [
      /from session s join account a on a\.id = s\.account_id\s+where s\.token_hash = \$1/,
      /from catalogue_page\(\$1::uuid/,
      /from slot_candidates\(\$1, \$2/,
      /from inbox_page\(\$1::uuid/,
      /from conversation_messages\(array\[\$1\]::uuid\[\]/,
    ]) {
      expect(texts).toContainEqual(expect.stringMatching(hot));
    }
  });
});
