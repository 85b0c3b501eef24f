import './node-version.js';
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { pino } from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createEventBus, type EventBus } from '../realtime/event-bus.js';
import { SCHEMA_FILE, schemaSdl } from '../resolvers/schema-sdl.js';
import { addDatabaseCommands } from './admin-commands.js';
import { backup, BackupError, restore } from './backup.js';
import type { AdminAnswer, AdminRequest } from './admin-endpoint.js';
import { ConfigError, loadConfig } from './config.js';
import { OPERATIONS_FILE, withConfigReference } from './config-reference.js';
import { openDatabase } from './database.js';
import { runningServer } from './embedded-database.js';
import { createTemplate, DEFAULT_TEMPLATE_DIR } from './embedded-template.js';
import { createLogger } from './logger.js';
import { withDatabase } from './startup.js';

// The operator's command line: `npm run admin -- <command>` (see README). Commands that change
// data migrate first, so that they work on a fresh database too. On the embedded database, which
// only one process may open, a command is run by the server that has it open, if one does.

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
// Warnings (a slow statement on a just-opened embedded database) go to stderr: stdout carries the
// command's answer alone, which scripts read.
const logger = createLogger({ logLevel: 'warn' }, pino.destination(2));

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fail(line: string): void {
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
}

/**
 * Sends this command to the server's admin endpoint and prints its answer as if run here; false
 * when the server is no longer there (it stopped after the lock was read).
 */
async function runInServer(admin: { url: string; token: string }): Promise<boolean> {
  const request: AdminRequest = { argv: process.argv.slice(2) };
  let response: Response;
  try {
    response = await fetch(admin.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify(request),
    });
  } catch {
    return false;
  }
  if (!response.ok) {
    fail(`The running server refused the command (HTTP ${response.status}).`);
    return true;
  }
  const answer = (await response.json()) as AdminAnswer;
  process.stdout.write(answer.stdout);
  process.stderr.write(answer.stderr);
  process.exitCode = answer.exitCode;
  return true;
}

async function inDatabase(work: (orm: MikroORM, bus: EventBus) => Promise<void>): Promise<void> {
  const server = config.databaseUrl ? null : await runningServer(config.dataDir);
  if (server?.admin && (await runInServer(server.admin))) return;
  // The lock decides from here: a server gone without removing it leaves a stale one to take over.
  return withDatabase(config, logger, async ({ orm, migrate }) => {
    await migrate();
    // With Redis, running instances hear of what the command changed.
    const bus = createEventBus(config.redisUrl, logger);
    try {
      await work(orm, bus);
    } finally {
      await bus.close();
    }
  });
}

const program = new Command()
  .name('rathaus')
  .description(`Operate Rathaus ${config.townName}`)
  .showHelpAfterError();

addDatabaseCommands(program, { config, inDatabase }, { print, fail });

program
  .command('migration:create')
  .description('write a migration for the difference between the entities and DATABASE_URL')
  .action(async () => {
    if (!config.databaseUrl) {
      fail('migration:create needs DATABASE_URL (a database migrated to the latest migration)');
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

/** Runs a backup or restore; an expected refusal (embedded database, not empty) is the answer. */
async function archiving(work: () => Promise<string[]>, done: string): Promise<void> {
  try {
    print(`${done} ${(await work()).join(', ')}`);
  } catch (error) {
    if (error instanceof BackupError) fail(error.message);
    else throw error;
  }
}

program
  .command('backup <file>')
  .description(
    'dump the database (pg_dump, custom format) to <file>, and DATA_DIR/files to <file>.files.tar',
  )
  .action((file: string) => archiving(() => backup(config, file), 'Wrote'));

program
  .command('restore <file>')
  .description(
    'restore <file> into the empty database of DATABASE_URL, and <file>.files.tar into DATA_DIR',
  )
  .action((file: string) => archiving(() => restore(config, file), 'Restored'));

program
  .command('config-reference')
  .description(`write the configuration reference into ${OPERATIONS_FILE} from the config schema`)
  .action(async () => {
    await writeFile(OPERATIONS_FILE, withConfigReference(await readFile(OPERATIONS_FILE, 'utf8')));
    print(`Wrote the configuration reference into ${OPERATIONS_FILE}`);
  });

program
  .command('schema')
  .description(`write ${SCHEMA_FILE} from the resolvers`)
  .action(async () => {
    await writeFile(SCHEMA_FILE, await schemaSdl());
    print(`Wrote ${SCHEMA_FILE}`);
  });

// Hidden: the build runs it (scripts/build-if-needed.mjs), an operator has no need to.
program
  .command('embedded-template', { hidden: true })
  .description('make the migrated embedded database that a first start copies')
  .action(async () => {
    await createTemplate(DEFAULT_TEMPLATE_DIR, logger);
    print(`Wrote ${DEFAULT_TEMPLATE_DIR}`);
  });

await program.parseAsync();
