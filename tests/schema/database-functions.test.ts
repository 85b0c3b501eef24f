import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  functionSourceText,
  type FunctionSource,
} from '../../src/migrations/database-functions.js';
import { migrationsList } from '../../src/migrations/index.js';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { templateDatabase } from '../support/templates.js';

// Every `.sql` file under src/ is the source of database functions (docs/architecture.md).
const SOURCE_ROOT = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.sql'))
  .map((path) => path.split('\\').join('/'))
  .sort();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The definition of each function of a schema, by name and argument types, schema name left out. */
async function definitionsIn(client: pg.Client, schema: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ signature: string; definition: string }>(
    `select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as signature,
            pg_get_functiondef(p.oid) as definition
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = $1
        and not exists (select 1 from pg_depend d
                         where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                           and d.deptype = 'e')`,
    [schema],
  );
  return new Map(
    rows.map((row) => [row.signature, row.definition.replace(`FUNCTION ${schema}.`, 'FUNCTION ')]),
  );
}

let name: string;
let client: pg.Client;

beforeAll(async () => {
  name = await createDatabaseFrom(await templateDatabase('empty'));
  client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (name) await dropDatabase(name);
});

it('finds the source files', () => {
  expect(files).toContain('appointments/slot-candidates.sql');
});

it('applies each file in a migration that carries its current hash', () => {
  const newest = new Map<string, FunctionSource & { migration: string }>();
  for (const { name: migration, class: type } of migrationsList) {
    const sources = (type as { functions?: FunctionSource[] }).functions ?? [];
    for (const source of sources) newest.set(source.file, { ...source, migration });
  }
  for (const file of files) {
    const applied = newest.get(file);
    // An edited file needs a new migration that names it with its new hash.
    expect({ file, sha256: applied?.sha256 }).toEqual({
      file,
      sha256: sha256(functionSourceText(file)),
    });
  }
  expect([...newest.keys()].sort()).toEqual(files);
});

it('has in the migrated database exactly the functions of the files', async () => {
  const migrated = await definitionsIn(client, 'public');
  const fromFiles = new Map<string, string>();
  for (const file of files) {
    await client.query('begin');
    try {
      await client.query('create schema scratch');
      await client.query('set local search_path = scratch, public');
      await client.query(functionSourceText(file));
      const created = await definitionsIn(client, 'scratch');
      expect(created.size).toBeGreaterThan(0);
      for (const [signature, definition] of created) fromFiles.set(signature, definition);
    } finally {
      await client.query('rollback');
    }
  }
  expect(Object.fromEntries(migrated)).toEqual(Object.fromEntries(fromFiles));
});
