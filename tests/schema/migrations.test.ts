import 'reflect-metadata';
import { openDatabase, pendingMigrations } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { templateDatabase } from '../support/templates.js';

it('leaves no difference between the entities and the migrated database', async () => {
  const name = await createDatabaseFrom(await templateDatabase('empty'));
  const orm = await openDatabase({
    url: databaseUrl(name),
    poolSize: 1,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    expect(await pendingMigrations(orm)).toEqual([]);
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  } finally {
    await orm.close();
    await dropDatabase(name);
  }
});
