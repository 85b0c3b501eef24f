import { Command } from 'commander';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../accounts/password.js';
import { grantStaffAccess } from '../accounts/staff.service.js';
import { createApiKey, issueKioskToken } from '../accounts/credentials.service.js';
import { announceCatalogueChange } from '../catalogue/catalogue-changes.js';
import { systemClock } from '../common/clock.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import type { EventBus } from '../realtime/event-bus.js';
import { seedDemoTown } from '../seed/demo-town.js';
import type { Config } from './config.js';
import { addOperatorCommands } from './operator-commands.js';

/** Where a command's answer goes: the terminal, or the answer of the server's admin endpoint. */
export type AdminOutput = {
  print(line: string): void;
  /** An expected failure: the message goes to stderr and the command exits with code 1. */
  fail(line: string): void;
};

/**
 * How a command reaches the database: in the command line a connection of its own (migrated
 * first); in the server that runs on the embedded database, the server's own (src/server/
 * admin-endpoint.ts). The bus reaches the running instances (and in the server, itself).
 */
export type AdminRuntime = {
  config: Config;
  inDatabase(work: (orm: MikroORM, bus: EventBus) => Promise<void>): Promise<void>;
};

/**
 * The operator's commands that read or write the database (`npm run admin -- <command>`, see
 * README): the same in the command line and, while a server has the embedded database open,
 * inside that server.
 */
export function addDatabaseCommands(
  program: Command,
  runtime: AdminRuntime,
  output: AdminOutput,
): Command {
  const { config, inDatabase } = runtime;
  const { print, fail } = output;
  const settings = { publicUrl: config.publicUrl, townName: config.townName };

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
      inDatabase(async (orm, bus) => {
        const seeded = await seedDemoTown(orm.em.fork(), {
          timeZone: config.timeZone,
          today: new Date(),
        });
        // Running instances drop the catalogue answers they keep.
        if (seeded) announceCatalogueChange(bus, 'cli');
        print(
          seeded
            ? 'Seeded the demo town Musterstadt.'
            : 'The database is not empty; nothing seeded.',
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
      inDatabase(async (orm, bus) => {
        const em = orm.em.fork();
        const offices = await em.find(OfficeEntity, {});
        // Running instances hear of the new rights (their sockets reconnect with them).
        const account = await grantStaffAccess(
          { em, clock: systemClock, settings, bus },
          {
            email: options.email,
            name: options.name,
            officeIds: offices.map((o) => o.id),
            admin: true,
          },
        );
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
          fail(`No office with the slug "${slug}".`);
          return;
        }
        const { token } = await issueKioskToken(
          { em },
          { officeId: office.id, name: options.name },
        );
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
        const owner = await em.findOne(AccountEntity, {
          email: options.owner.trim().toLowerCase(),
        });
        if (!owner) {
          fail(`No account with the e-mail address "${options.owner}".`);
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

  addOperatorCommands(program, runtime, output);
  return program;
}
