import type { EntityManager } from '@mikro-orm/postgresql';
import { postgresErrorOf, SqlState } from './postgres-errors.js';

/**
 * A piece of SQL with its parameters, written with the `sql` tag. Each `${value}` becomes a
 * parameter (an array becomes a list, for `in (${ids})`), a nested `Sql` becomes part of the
 * text with its own parameters, so conditions can be built apart and put together in order.
 * The only way to put text into a statement unparameterised is `sql.trusted`, for constants of
 * the code (column lists), never for input.
 */
export class Sql {
  private constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}

  /** @internal The tag and its helpers build statements; nothing else does. */
  static of(text: string, values: readonly unknown[]): Sql {
    return new Sql(text, values);
  }
}

/** SQL with `${value}` parameters; see `Sql`. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.values);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1]!;
  });
  for (const part of strings) {
    // A literal "?" would be taken for a placeholder (MikroORM formats "?" client-side).
    if (part.includes('?')) throw new Error(`A literal "?" in SQL: ${part.trim()}`);
  }
  return Sql.of(text, params);
}

/** SQL text from the code itself (a column list, a constant expression); never input. */
sql.trusted = (text: string): Sql => {
  if (text.includes('?')) throw new Error(`A literal "?" in SQL: ${text.trim()}`);
  return Sql.of(text, []);
};

/** The parts joined by the separator (`sql.join(conditions, ' and ')`); `empty` for none. */
sql.join = (parts: readonly Sql[], separator: string, empty: Sql = sql``): Sql => {
  if (parts.length === 0) return empty;
  return Sql.of(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.values),
  );
};

/** The rows a statement returns (`select`, or `insert … returning`). */
export function rowsOf<Row extends object>(em: EntityManager, statement: Sql): Promise<Row[]> {
  return em.execute<Row[]>(statement.text, [...statement.values]);
}

/** The first row a statement returns, or null. */
export async function rowOf<Row extends object>(
  em: EntityManager,
  statement: Sql,
): Promise<Row | null> {
  return (await rowsOf<Row>(em, statement))[0] ?? null;
}

/** Runs a statement that returns no rows; the number of rows it changed. */
export async function run(em: EntityManager, statement: Sql): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    statement.text,
    [...statement.values],
    'run',
  );
  return result.affectedRows;
}

/** How often work in a savepoint runs again after PostgreSQL ended a deadlock by aborting it. */
const DEADLOCK_RETRIES = 3;

/**
 * Runs `work` in a savepoint of the transaction `tx`: when it fails, the transaction is rolled
 * back to before it and stays usable, so that a violation the caller expects (a counter taken
 * meanwhile, a code drawn twice) leaves room for another attempt. Work that PostgreSQL aborted to
 * end a deadlock (40P01) runs again, up to DEADLOCK_RETRIES times: two rows that conflict under an
 * exclusion constraint, inserted at the same moment, each find the other in the constraint's check
 * and wait for each other (execIndexing.c), and one of them is aborted. Run again, it waits for
 * the other to commit and finds its row (a violation) or the time free again.
 */
export async function inSavepoint<T>(tx: EntityManager, work: () => Promise<T>): Promise<T> {
  await run(tx, sql`savepoint attempt`);
  for (let retry = 0; ; retry += 1) {
    try {
      return await work();
    } catch (error) {
      await run(tx, sql`rollback to savepoint attempt`);
      const deadlock = postgresErrorOf(error)?.code === SqlState.deadlockDetected;
      if (!deadlock || retry === DEADLOCK_RETRIES) throw error;
    }
  }
}

/** A timestamp column as the driver returns it (text, or a Date) as a Date. */
export function date(value: unknown): Date {
  return new Date(value as string | Date);
}

/** A nullable timestamp column as a Date, or null. */
export function dateOrNull(value: unknown): Date | null {
  return value == null ? null : date(value);
}

/**
 * Runs a read as a prepared statement of the database's pool: its `$n` text and values, under a
 * name the pool's connections keep planned (src/server/prepared-statements.ts).
 */
export type PreparedReader = <Row extends object>(statement: Sql) => Promise<Row[]>;

/** The prepared reader of each ORM, by its driver (shared by all its forks). */
const preparedReaders = new WeakMap<object, PreparedReader>();

/** Lets `preparedRowsOf` of this ORM's entity managers read through `reader`. */
export function readPrepared(em: EntityManager, reader: PreparedReader): void {
  preparedReaders.set(em.getDriver(), reader);
}

/**
 * The rows of a hot read (a request's main statement, asked thousands of times a minute), sent
 * as a prepared statement with parameters past MikroORM's formatting of values into the text
 * (docs/decisions/0032-prepared-hot-reads.md). Parameters are typed by PostgreSQL from where they
 * stand, not from their JavaScript value: a hot statement casts any parameter whose place does not
 * fix its type (`${id}::uuid`). In a transaction, and with the embedded database, it is `rowsOf`.
 */
export function preparedRowsOf<Row extends object>(
  em: EntityManager,
  statement: Sql,
): Promise<Row[]> {
  const reader = em.isInTransaction() ? undefined : preparedReaders.get(em.getDriver());
  return reader ? reader<Row>(statement) : rowsOf<Row>(em, statement);
}

/** The first row of a hot read (`preparedRowsOf`), or null. */
export async function preparedRowOf<Row extends object>(
  em: EntityManager,
  statement: Sql,
): Promise<Row | null> {
  return (await preparedRowsOf<Row>(em, statement))[0] ?? null;
}

/**
 * The statement with numbered parameters (`$1`) instead of `?`, and its values: a list's values
 * each a parameter of their own, as MikroORM writes a list into the text (`in (${ids})`).
 */
export function numbered(statement: Sql): { text: string; values: unknown[] } {
  const parts = statement.text.split('?');
  let text = parts[0]!;
  const values: unknown[] = [];
  statement.values.forEach((value, index) => {
    const items = Array.isArray(value) ? value : [value];
    text += items.map((item) => `$${values.push(item)}`).join(', ') + parts[index + 1]!;
  });
  return { text, values };
}
