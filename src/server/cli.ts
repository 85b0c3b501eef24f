import './node-version.js';
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { SCHEMA_FILE, schemaSdl } from '../resolvers/schema-sdl.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { migrateToLatest, openDatabase } from './database.js';
import { withDatabase } from './startup.js';
import { seedDemoTown } from '../seed/demo-town.js';

const USAGE = `Usage: node dist/server/cli.js <command>

  migrate            apply pending migrations
  seed               migrate, then fill an empty database with the demo town Musterstadt
  migration:create   write a migration for the difference between the entities and the database
  schema             write schema/schema.graphql from the resolvers
`;

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  switch (command) {
    case 'migrate':
      return withDatabase(config, logger, async (orm) => {
        const applied = await migrateToLatest(orm);
        logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
        return 0;
      });
    case 'seed':
      return withDatabase(config, logger, async (orm) => {
        await migrateToLatest(orm);
        const seeded = await seedDemoTown(orm.em.fork(), {
          timeZone: config.timeZone,
          today: new Date(),
        });
        logger.info(seeded ? 'demo town seeded' : 'database is not empty; nothing seeded');
        return 0;
      });
    case 'migration:create': {
      if (!config.databaseUrl) {
        process.stderr.write(
          'migration:create needs DATABASE_URL (a database migrated to the latest migration)\n',
        );
        return 1;
      }
      const orm = await openDatabase({ url: config.databaseUrl, poolSize: 1, logger });
      try {
        const result = await orm.migrator.create('src/migrations');
        if (!result.fileName) {
          process.stdout.write('The database matches the entities; no migration needed.\n');
        } else {
          process.stdout.write(
            `Wrote src/migrations/${result.fileName}; add it to src/migrations/index.ts.\n`,
          );
        }
        return 0;
      } finally {
        await orm.close();
      }
    }
    case 'schema':
      await writeFile(SCHEMA_FILE, await schemaSdl());
      process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
      return 0;
    default:
      process.stderr.write(USAGE);
      return command ? 1 : 0;
  }
}

process.exitCode = await main(process.argv[2]);
