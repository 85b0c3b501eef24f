import pg from 'pg';
import type { LogContext } from '@mikro-orm/core';
import { numbered, type PreparedReader, type Sql } from '../common/sql.js';
import type { OrmLogger } from './orm-logger.js';

/**
 * The most statement texts that get a name. A list parameter makes a text per length (a page of
 * 20 conversations, of 19, …), so the names are bounded; texts beyond them are sent unnamed, which
 * PostgreSQL plans every time, as it does MikroORM's.
 */
const MAX_NAMED_STATEMENTS = 500;

/**
 * The hot reads of `preparedRowsOf` (docs/decisions/0032-prepared-hot-reads.md): each distinct text
 * is a named statement, which every connection of the pool parses and plans once and then only
 * binds; MikroORM writes the values into the text, which PostgreSQL parses and plans on every
 * call. A connection is taken from the same pool as MikroORM's, with `connect()`, so the pool's
 * guard applies (src/server/database-unavailable.ts); the statement is counted and logged, and a
 * failure converted, as MikroORM does its own (`logger`, `convert`).
 */
export function preparedReader(options: {
  /** The pool MikroORM's connection holds (a new one after it reconnects). */
  pool: () => Promise<pg.Pool>;
  logger: OrmLogger;
  slowQueryMs: number | undefined;
  convert: (error: Error) => Error;
  maxNamed?: number;
}): PreparedReader {
  const { pool, logger, slowQueryMs, convert, maxNamed = MAX_NAMED_STATEMENTS } = options;
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < maxNamed) {
      name = `rathaus_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  const log = (context: LogContext) => {
    logger.logQuery(context);
    if (slowQueryMs !== undefined && (context.took ?? 0) >= slowQueryMs) {
      logger.logQuery({ ...context, namespace: 'slow-query' });
    }
  };
  return async <Row extends object>(statement: Sql): Promise<Row[]> => {
    const { text, values } = numbered(statement);
    const started = Date.now();
    let client: pg.PoolClient | undefined;
    try {
      client = await (await pool()).connect();
      const result = await client.query<Row>({ name: nameOf(text), text, values });
      client.release();
      log({ query: text, took: Date.now() - started, results: result.rows.length });
      return result.rows;
    } catch (error) {
      // An error of the server leaves the connection usable; any other (a broken connection)
      // makes the pool discard it.
      client?.release(error instanceof pg.DatabaseError ? undefined : (error as Error));
      log({ query: text, took: Date.now() - started, level: 'error' });
      throw error instanceof Error ? convert(error) : error;
    }
  };
}
