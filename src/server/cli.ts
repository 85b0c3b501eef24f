import './node-version.js';
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../accounts/password.js';
import { grantStaffAccess } from '../accounts/staff.service.js';
import { createApiKey, issueKioskToken } from '../accounts/credentials.service.js';
import { announceCatalogueChange } from '../catalogue/catalogue-changes.js';
import { systemClock } from '../common/clock.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { createEventBus } from '../realtime/event-bus.js';
import { SCHEMA_FILE, schemaSdl } from '../resolvers/schema-sdl.js';
import { seedDemoTown } from '../seed/demo-town.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateToLatest, openDatabase } from './database.js';
import { createLogger } from './logger.js';
import { withDatabase } from './startup.js';

// The operator's command line: `npm run admin -- <command>` (see README). Commands that change
// data migrate first, so that they work on a fresh database too.

function readConfig() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger({ logLevel: 'warn' });
const settings = { publicUrl: config.publicUrl, townName: config.townName };

function inDatabase(work: (orm: MikroORM) => Promise<void>): Promise<void> {
  return withDatabase(config, logger, async (orm) => {
    await migrateToLatest(orm);
    await work(orm);
  });
}

/**
 * Tells running instances that the catalogue changed, so that they drop the answers they keep.
 * Only Redis reaches them; without it, they notice within CATALOGUE_CACHE_SECONDS.
 */
async function announceToRunningInstances(): Promise<void> {
  if (!config.redisUrl) return;
  const bus = createEventBus(config.redisUrl, logger);
  announceCatalogueChange(bus, 'cli');
  await bus.close();
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

const program = new Command()
  .name('rathaus')
  .description(`Operate Rathaus ${config.townName}`)
  .showHelpAfterError();

program
  .command('migrate')
  .description('apply pending migrations')
  .action(() =>
    inDatabase(async () => {
      print('The database is at the latest migration.');
    }),
  );

program
  .command('seed')
  .description('fill an empty database with the demo town Musterstadt')
  .action(() =>
    inDatabase(async (orm) => {
      const seeded = await seedDemoTown(orm.em.fork(), {
        timeZone: config.timeZone,
        today: new Date(),
      });
      if (seeded) await announceToRunningInstances();
      print(
        seeded ? 'Seeded the demo town Musterstadt.' : 'The database is not empty; nothing seeded.',
      );
    }),
  );

program
  .command('create-admin')
  .description('give a person admin rights (an invitation e-mail goes out for a new address)')
  .requiredOption('--email <email>', 'their e-mail address')
  .requiredOption('--name <name>', 'their name')
  .option('--password <password>', 'set a password now (10 to 200 characters)')
  .action((options: { email: string; name: string; password?: string }) =>
    inDatabase(async (orm) => {
      const em = orm.em.fork();
      const offices = await em.find(OfficeEntity, {});
      // With Redis, running instances hear of the new rights (their sockets reconnect with them).
      const bus = createEventBus(config.redisUrl, logger);
      const account = await grantStaffAccess(
        { em, clock: systemClock, settings, bus },
        {
          email: options.email,
          name: options.name,
          officeIds: offices.map((o) => o.id),
          admin: true,
        },
      ).finally(() => bus.close());
      if (options.password) {
        account.passwordHash = await hashPassword(options.password);
        account.emailVerifiedAt ??= new Date();
        await em.flush();
      }
      print(`${account.email} is an admin (${account.roles.join(', ')}).`);
    }),
  );

program
  .command('issue-kiosk-token')
  .description('register a lobby kiosk of an office and print its device token (shown once)')
  .argument('<office>', 'the office slug, e.g. buergerbuero-mitte')
  .option('--name <name>', 'where the kiosk stands', 'Foyer')
  .action((slug: string, options: { name: string }) =>
    inDatabase(async (orm) => {
      const em = orm.em.fork();
      const office = await em.findOne(OfficeEntity, { slug });
      if (!office) {
        process.stderr.write(`No office with the slug "${slug}".\n`);
        process.exitCode = 1;
        return;
      }
      const { token } = await issueKioskToken({ em }, { officeId: office.id, name: options.name });
      print(token);
    }),
  );

program
  .command('create-api-key')
  .description('create an API key for an account and print it (shown once)')
  .requiredOption('--owner <email>', 'the e-mail address of the developer’s account')
  .requiredOption('--name <name>', 'what the key is for')
  .action((options: { owner: string; name: string }) =>
    inDatabase(async (orm) => {
      const em = orm.em.fork();
      const owner = await em.findOne(AccountEntity, { email: options.owner.trim().toLowerCase() });
      if (!owner) {
        process.stderr.write(`No account with the e-mail address "${options.owner}".\n`);
        process.exitCode = 1;
        return;
      }
      const operator = {
        kind: 'account' as const,
        accountId: owner.id,
        roles: [Role.ADMIN],
        officeIds: [],
        sessionId: null,
      };
      const { key } = await createApiKey(
        { em, principal: operator },
        { name: options.name, ownerId: owner.id },
      );
      print(key);
    }),
  );

program
  .command('migration:create')
  .description('write a migration for the difference between the entities and DATABASE_URL')
  .action(async () => {
    if (!config.databaseUrl) {
      process.stderr.write(
        'migration:create needs DATABASE_URL (a database migrated to the latest migration)\n',
      );
      process.exitCode = 1;
      return;
    }
    const orm = await openDatabase({ url: config.databaseUrl, poolSize: 1, logger });
    try {
      const result = await orm.migrator.create('src/migrations');
      print(
        result.fileName
          ? `Wrote src/migrations/${result.fileName}; add it to src/migrations/index.ts.`
          : 'The database matches the entities; no migration needed.',
      );
    } finally {
      await orm.close();
    }
  });

program
  .command('schema')
  .description(`write ${SCHEMA_FILE} from the resolvers`)
  .action(async () => {
    await writeFile(SCHEMA_FILE, await schemaSdl());
    print(`Wrote ${SCHEMA_FILE}`);
  });

await program.parseAsync();
