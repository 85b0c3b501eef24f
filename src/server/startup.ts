import { resolve } from 'node:path';
import type { Config } from './config.js';
import { migrateToLatest, openDatabase, type MikroORM } from './database.js';
import {
  startConfiguredEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabasePanic,
  type LockHolder,
} from './embedded-database.js';
import type { Logger } from './logger.js';
import { DISK_FULL } from './storage-full.js';

export type DatabaseHandle = {
  orm: MikroORM;
  /** Set when no DATABASE_URL was given and PGlite runs in this process. */
  embedded: EmbeddedDatabase | null;
  /** Applies the pending migrations, one process at a time; answers their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
};

/**
 * Tells the operator that the embedded database stopped and what to do. PGlite cannot go on after
 * a PANIC: requests are answered with 503 and /readyz says 503 until the process is restarted. A
 * restart replays the write-ahead log: no commit that was confirmed is lost.
 */
function reportPanic(logger: Logger, dataDir: string, panic: EmbeddedDatabasePanic): void {
  const fields = { dataDir: resolve(dataDir), code: panic.code, reason: panic.message };
  if (panic.code === DISK_FULL) {
    logger.error(
      fields,
      'the embedded database stopped: the disk of DATA_DIR is full; free space on it, then restart Rathaus (nothing confirmed is lost)',
    );
  } else {
    logger.error(
      fields,
      'the embedded database stopped after a PANIC of PostgreSQL; restart Rathaus (nothing confirmed is lost)',
    );
  }
}

/**
 * Connects to DATABASE_URL, or to the embedded database in DATA_DIR when it is unset, for the
 * server or the command line (`holder`); `starting` is the embedded database when the caller
 * started it already (the server starts it before it loads its modules: src/server/main.ts).
 */
export async function connectDatabase(
  config: Config,
  logger: Logger,
  holder: LockHolder['holder'],
  starting = startConfiguredEmbeddedDatabase(config, holder),
): Promise<DatabaseHandle> {
  const embedded = await starting;
  if (embedded) {
    logger.info(
      { dataDir: config.dataDir, fromTemplate: embedded.fromTemplate },
      'using the embedded database (PGlite)',
    );
    embedded.onPanic((panic) => reportPanic(logger, config.dataDir, panic));
  }
  try {
    const orm = await openDatabase({
      url: embedded?.url ?? (config.databaseUrl as string),
      // The embedded database serves a single connection; a larger pool loses queries.
      poolSize: embedded ? 1 : config.databasePoolSize,
      preparedStatements: !embedded,
      logger,
      slowQueryMs: config.slowQueryMs,
      connectTimeoutMs: config.databaseConnectTimeoutMs,
      maxWaiting: config.databaseMaxWaiting,
      // For requests; the command line's work may take longer. The embedded database ignores it.
      ...(holder === 'server' && { statementTimeoutMs: config.databaseStatementTimeoutMs }),
    });
    return {
      orm,
      embedded,
      migrate: () => migrateToLatest(orm, { lockUrl: config.databaseUrl }),
      async close() {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Runs `fn` with the database, for the command line. */
export async function withDatabase<T>(
  config: Config,
  logger: Logger,
  fn: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const database = await connectDatabase(config, logger, 'command line');
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
