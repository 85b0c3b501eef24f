import 'reflect-metadata';
import { pendingMigrations } from '../../src/server/database.js';
import { databaseOfThisFile } from '../support/templates.js';

const database = databaseOfThisFile('empty');

it('leaves no difference between the entities and the migrated database', async () => {
  expect(await pendingMigrations(database.orm)).toEqual([]);
  const diff = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim()).toBe('');
});
