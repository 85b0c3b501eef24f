import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { entities } from '../entities/index.js';
import { migrationsList } from '../migrations/index.js';
import { readPrepared, run, sql } from '../common/sql.js';
import { guardPool } from './database-unavailable.js';
import type { Logger } from './logger.js';
import { OrmLogger } from './orm-logger.js';
import { preparedReader } from './prepared-statements.js';

export type { MikroORM };

export type DatabaseOptions = {
  url: string;
  poolSize: number;
  logger: Logger;
  /** Statements taking at least this many milliseconds are logged; unset: none. */
  slowQueryMs?: number;
  /** PostgreSQL's statement_timeout of every connection; unset or 0: none. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection, a new one or a free one of the pool; default 5 s. */
  connectTimeoutMs?: number;
  /** Waiting for a connection of a busy pool beyond this many is refused at once; unset: no limit. */
  maxWaiting?: number;
  /**
   * Whether hot reads are prepared statements (`preparedRowsOf`); default true. Not for the
   * embedded database, whose connections share one PostgreSQL session and so its statement names.
   */
  preparedStatements?: boolean;
};

/** The ORM for one PostgreSQL database; `migrate()` brings it to the committed schema. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const ormLogger = new OrmLogger(options.logger);
  const orm = await MikroORM.init({
    clientUrl: options.url,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize, idleTimeoutMillis: 30_000 },
    driverOptions: {
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      application_name: 'rathaus',
      ...(options.statementTimeoutMs && { statement_timeout: options.statementTimeoutMs }),
      onPoolCreated: (pool: pg.Pool) => guardPool(pool, options.maxWaiting ?? Infinity),
    },
    loggerFactory: () => ormLogger,
    debug: ['query'],
    ...(options.slowQueryMs !== undefined && { slowQueryThreshold: options.slowQueryMs }),
    allowGlobalContext: false,
    // A wrong DATABASE_URL must fail, not silently create an empty database.
    ensureDatabase: false,
    // SQL functions (slot_candidates) are written by hand in migrations: the schema diff must
    // neither drop nor rewrite them.
    schemaGenerator: { ignoreRoutines: true },
    migrations: {
      migrationsList,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  });
  if (options.preparedStatements ?? true) {
    const connection = orm.em.getConnection();
    readPrepared(
      orm.em,
      preparedReader({
        pool: () => connection.getNativeClient(),
        logger: ormLogger,
        slowQueryMs: options.slowQueryMs,
        convert: (error) => orm.em.getDriver().convertException(error),
      }),
    );
  }
  return orm;
}

/** Names the advisory lock that lets one process at a time migrate a database. */
const MIGRATION_LOCK = 'rathaus:migrations';

/**
 * Applies the pending migrations. With `lockUrl` (a database other processes may migrate too, as
 * several instances starting at once do) it holds an advisory lock on a connection of its own
 * meanwhile: a second process waits, then finds nothing pending, instead of applying the same
 * migrations at the same time and failing. The embedded database has one connection and one
 * process, and needs none.
 */
export async function migrateToLatest(
  orm: MikroORM,
  options: { lockUrl: string | null },
): Promise<string[]> {
  if (!options.lockUrl) return appliedNames(orm);
  const lock = new pg.Client({ connectionString: options.lockUrl, application_name: 'rathaus' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    return await appliedNames(orm);
  } finally {
    // Ending the session releases the lock, also when the migrations failed.
    await lock.end();
  }
}

async function appliedNames(orm: MikroORM): Promise<string[]> {
  // Also sets the migrator up (its table), on a connection of its own: inside the transaction
  // below, that would wait for a second connection, which the embedded database has not.
  if ((await pendingMigrations(orm)).length === 0) return [];
  const applied = await orm.em.fork().transactional(async (em) => {
    // A migration may rewrite a big table: the statement timeout of requests is not for it.
    await run(em, sql`set local statement_timeout = 0`);
    return orm.migrator.up({ transaction: em.getTransactionContext() });
  });
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}
