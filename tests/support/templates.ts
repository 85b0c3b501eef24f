import 'reflect-metadata';
import { migrateToLatest, openDatabase, type MikroORM } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { seedDemoTown } from '../../src/seed/demo-town.js';
import { createDatabaseFrom, databaseUrl, dropDatabase, withAdminClient } from './database.js';

/** "empty": migrated, no rows. "demo": migrated and seeded with the demo town. */
export type TemplateName = 'empty' | 'demo';

/** The day the demo template is seeded for; tests that use its schedules set their clock to it. */
export const DEMO_SEED_DAY = new Date('2027-01-11T07:00:00Z');

const READY_COMMENT = 'rathaus template ready';

/**
 * The name of a template database of this test run, built by whichever worker needs it first.
 * An advisory lock makes the other workers wait instead of building it twice; test files then
 * copy it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export async function templateDatabase(template: TemplateName): Promise<string> {
  const run = process.env.RATHAUS_TEST_RUN;
  if (!run) throw new Error('Run the tests with `npm test` (the global setup names the run).');
  const name = `rathaus_template_${run}_${template}`;
  await withAdminClient(async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      const { rows } = await client.query(
        'select shobj_description(oid, $2) as comment from pg_database where datname = $1',
        [name, 'pg_database'],
      );
      if (rows[0]?.comment === READY_COMMENT) return;
      await client.query(`drop database if exists "${name}"`);
      await client.query(`create database "${name}"`);
      await buildTemplate(name, template);
      await client.query(`comment on database "${name}" is '${READY_COMMENT}'`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

async function buildTemplate(name: string, template: TemplateName): Promise<void> {
  const orm = await openDatabase({
    url: databaseUrl(name),
    poolSize: 1,
    logger: createLogger({ logLevel: 'warn' }),
  });
  try {
    await migrateToLatest(orm, { lockUrl: null });
    if (template === 'demo') {
      await seedDemoTown(orm.em.fork(), { timeZone: 'Europe/Berlin', today: DEMO_SEED_DAY });
    }
  } finally {
    await orm.close();
  }
}

/**
 * A database of the calling test file's own, copied from the template and opened with the ORM
 * before its tests (`beforeAll`); closed and dropped after them (`afterAll`).
 */
export function databaseOfThisFile(
  template: TemplateName,
  { poolSize = 1 }: { poolSize?: number } = {},
): { readonly orm: MikroORM } {
  let name: string | null = null;
  let orm: MikroORM | null = null;
  beforeAll(async () => {
    name = await createDatabaseFrom(await templateDatabase(template));
    orm = await openDatabase({
      url: databaseUrl(name),
      poolSize,
      logger: createLogger({ logLevel: 'silent' }),
    });
  });
  afterAll(async () => {
    await orm?.close();
    if (name) await dropDatabase(name);
  });
  return {
    get orm() {
      if (!orm) throw new Error('The database opens in beforeAll.');
      return orm;
    },
  };
}
