import type { Config } from './config.js';
import { migrateToLatest, openDatabase, type MikroORM } from './database.js';
import {
  EmbeddedDatabaseInUse,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded-database.js';
import { DEFAULT_TEMPLATE_DIR, usableTemplate } from './embedded-template.js';
import type { Logger } from './logger.js';

export type DatabaseHandle = {
  orm: MikroORM;
  /** Set when no DATABASE_URL was given and PGlite runs in this process. */
  embedded: EmbeddedDatabase | null;
  /** Applies the pending migrations, one process at a time; answers their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
};

/**
 * Connects to DATABASE_URL, or starts the embedded database in DATA_DIR when it is unset, for the
 * server or the command line (`holder`: whom a second process is told is using it).
 */
export async function connectDatabase(
  config: Config,
  logger: Logger,
  holder: 'server' | 'command line',
): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase(
        config.dataDir,
        holder,
        usableTemplate(DEFAULT_TEMPLATE_DIR),
      ).catch(exitIfInUse);
  if (embedded) {
    logger.info(
      { dataDir: config.dataDir, fromTemplate: embedded.fromTemplate },
      'using the embedded database (PGlite)',
    );
  }
  try {
    const orm = await openDatabase({
      url: embedded?.url ?? (config.databaseUrl as string),
      // The embedded database serves a single connection; a larger pool loses queries.
      poolSize: embedded ? 1 : config.databasePoolSize,
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

/**
 * Another process has the embedded database: the operator gets the message naming it, without a
 * stack trace, and exit code 1.
 */
function exitIfInUse(error: unknown): never {
  if (!(error instanceof EmbeddedDatabaseInUse)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
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
