import type { Config } from './config.js';
import { openDatabase, type MikroORM } from './database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
import type { Logger } from './logger.js';

export type DatabaseHandle = {
  orm: MikroORM;
  /** Set when no DATABASE_URL was given and PGlite runs in this process. */
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
};

/** Connects to DATABASE_URL, or starts the embedded database in DATA_DIR when it is unset. */
export async function connectDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  if (embedded) logger.info({ dataDir: config.dataDir }, 'using the embedded database (PGlite)');
  try {
    const orm = await openDatabase({
      url: embedded?.url ?? (config.databaseUrl as string),
      // The embedded database serves a single connection; a larger pool loses queries.
      poolSize: embedded ? 1 : config.databasePoolSize,
      logger,
    });
    return {
      orm,
      embedded,
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

export async function withDatabase<T>(
  config: Config,
  logger: Logger,
  fn: (orm: MikroORM) => Promise<T>,
): Promise<T> {
  const database = await connectDatabase(config, logger);
  try {
    return await fn(database.orm);
  } finally {
    await database.close();
  }
}
