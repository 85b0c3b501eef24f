import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests create their databases on; any database there serves as the admin one. */
export const adminUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new database copied from a migrated template: each test file gets its own. */
export async function createDatabaseFrom(template: string): Promise<string> {
  const name = `rathaus_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) =>
    client.query(`create database "${name}" template "${template}"`),
  );
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
}
