import 'reflect-metadata';
import { openDatabase, pendingMigrations, type MikroORM } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { templateDatabase } from '../support/templates.js';

let name: string;
let orm: MikroORM;

beforeAll(async () => {
  name = await createDatabaseFrom(await templateDatabase('empty'));
  orm = await openDatabase({
    url: databaseUrl(name),
    poolSize: 1,
    logger: createLogger({ logLevel: 'silent' }),
  });
});

afterAll(async () => {
  await orm?.close();
  if (name) await dropDatabase(name);
});

it('leaves no difference between the entities and the migrated database', async () => {
  expect(await pendingMigrations(orm)).toEqual([]);
  const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim()).toBe('');
});
