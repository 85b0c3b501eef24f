import pg from 'pg';
import { DriverException } from '@mikro-orm/postgresql';
import { someWrappedError } from './wrapped-errors.js';

/**
 * A database that cannot serve now: down, restarting, too slow, or its pool too busy. Requests
 * that meet one are answered with 503 SERVICE_UNAVAILABLE and Retry-After (never a hang, never a
 * 500), so that clients and load balancers try again a little later.
 */

/** What Retry-After says to a request the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs of a database that cannot serve for now: a connection exception (class 08), a server
 * shutting down, crashed or starting (57P01–57P03), a statement cancelled by statement_timeout
 * (57014) or a lock not obtained in time (55P03).
 */
const UNAVAILABLE_STATES = /^(08[0-9A-Z]{3}|57P0[123]|57014|55P03)$/;

/**
 * What the driver (pg, through MikroORM's DriverException) fails with when the connection itself
 * failed rather than a statement: a socket error it passes on, or its own messages for a
 * connection that ended or broke.
 */
const DRIVER_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const DRIVER_CONNECTION_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

/**
 * Set on the error itself as an own property (MikroORM's DriverException copies own properties
 * from the error it converts, but not its class).
 */
const MARK = 'databaseUnavailable';

/** No connection could be had: the pool's wait queue is full, or connecting failed or timed out. */
export class DatabaseUnavailableError extends Error {
  readonly [MARK] = true;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Marks an error a pg client emitted (its socket broke, the server closed the connection): the
 * queries in flight on that client fail with this very error, which alone (an ECONNRESET, a
 * "Connection terminated unexpectedly") could come from any socket.
 */
export function markConnectionError(error: unknown): void {
  if (error && typeof error === 'object' && !Object.isFrozen(error)) {
    Object.defineProperty(error, MARK, { value: true, configurable: true });
  }
}

/** An error of the driver that says the connection failed, not the statement. */
function isConnectionFailure(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && DRIVER_CONNECTION_CODES.has(code)) ||
    (typeof message === 'string' && DRIVER_CONNECTION_MESSAGES.test(message))
  );
}

/**
 * Whether the error (or one it wraps: GraphQL's originalError, a cause, an AggregateError's
 * errors) comes from the database driver and means the database cannot serve now. Only errors of
 * the driver count: a refused or reset connection to anything else is not the database's.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someWrappedError(error, (candidate) => {
    if ((candidate as { [MARK]?: unknown })[MARK] === true) return true;
    if (!(candidate instanceof pg.DatabaseError || candidate instanceof DriverException)) {
      return false;
    }
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    return (
      UNAVAILABLE_STATES.test(code) ||
      (candidate instanceof DriverException && isConnectionFailure(candidate))
    );
  });
}

/**
 * A taken connection that breaks goes back to the pool at once, which discards it. Kysely releases
 * a transaction's connection only after its commit or rollback succeeded, which on a broken
 * connection they never do: without this, every transaction a database restart interrupts would
 * keep its connection from the pool for good, until no request gets one. Releasing twice is
 * harmless here (pg's pool throws on it).
 */
function releaseWhenBroken(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off('error', releaseOnce);
    release(error);
  };
  client.once('error', releaseOnce);
  client.release = releaseOnce;
  return client;
}

/**
 * Bounds the wait for a connection of the pool MikroORM's driver (Kysely's PostgresDialect) takes
 * each connection from with `pool.connect()`: beyond `maxWaiting` waiting requests a new one is
 * refused at once instead of queueing, and every failure to get a connection (refused, timed out,
 * the server starting or stopping) becomes a DatabaseUnavailableError. Errors of the pool's
 * clients are marked as the database's, and a client whose connection broke is given back.
 */
export function guardPool(pool: pg.Pool, maxWaiting: number): void {
  pool.on('connect', (client) => {
    client.on('error', markConnectionError);
    // A query on a client whose connection broke fails with an error of its own (`Client has
    // encountered a connection error and is not queryable`), unmarked, and MikroORM passes some
    // (a commit's) on unconverted: they are marked where they arise.
    const query = client.query;
    client.query = function (this: pg.PoolClient, ...args: unknown[]) {
      const result: unknown = Reflect.apply(query, this, args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        if (isConnectionFailure(error)) markConnectionError(error);
        throw error;
      });
    } as pg.PoolClient['query'];
  });
  const connect = pool.connect;
  pool.connect = function (this: pg.Pool, ...args: unknown[]) {
    // The callback form is pg's own (pool.query), which MikroORM does not use.
    if (args.length > 0) return Reflect.apply(connect, this, args);
    const busy = this.idleCount === 0 && this.totalCount >= (this.options.max ?? 10);
    if (busy && this.waitingCount >= maxWaiting) {
      return Promise.reject(
        new DatabaseUnavailableError(
          `${this.waitingCount} requests wait for a database connection already`,
        ),
      );
    }
    return (Reflect.apply(connect, this, []) as Promise<pg.PoolClient>).then(
      releaseWhenBroken,
      (error: unknown) => {
        throw new DatabaseUnavailableError(
          `no database connection: ${(error as Error)?.message ?? String(error)}`,
          { cause: error },
        );
      },
    );
  } as pg.Pool['connect'];
}
