import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { templateDatabase } from '../support/templates.js';

// The operator's command line, run from the build (dist/) against a database of its own.

const run = promisify(execFile);
let database: string;

beforeAll(async () => {
  database = await createDatabaseFrom(await templateDatabase('demo'));
});

afterAll(async () => {
  await dropDatabase(database);
});

function cli(...args: string[]) {
  return run(process.execPath, ['dist/server/cli.js', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl(database), LOG_LEVEL: 'warn' },
  });
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const target = new pg.Client({ connectionString: databaseUrl(database) });
  await target.connect();
  try {
    return (await target.query(sql, params)).rows as T[];
  } finally {
    await target.end();
  }
}

it('creates an admin who can sign in with the given password', async () => {
  const { stdout } = await cli(
    'create-admin',
    '--email',
    'Chefin@Musterstadt.example',
    '--name',
    'Die Chefin',
    '--password',
    'ein-langes-passwort',
  );
  expect(stdout).toContain('chefin@musterstadt.example is an admin');
  const [row] = await query<{ roles: string[]; verified: boolean }>(
    'select roles, email_verified_at is not null as verified from account where email = $1',
    ['chefin@musterstadt.example'],
  );
  expect(row).toEqual({ roles: expect.arrayContaining(['ADMIN', 'STAFF']), verified: true });
});

it('issues a kiosk token for an office by its slug, and refuses an unknown one', async () => {
  const [office] = await query<{ slug: string }>('select slug from office order by slug limit 1');
  const { stdout } = await cli('issue-kiosk-token', office!.slug, '--name', 'Foyer Nord');
  expect(stdout.trim()).toMatch(/^rh_kiosk_[\w-]{43}$/);
  const [device] = await query<{ name: string }>('select name from kiosk_device');
  expect(device).toEqual({ name: 'Foyer Nord' });
  await expect(cli('issue-kiosk-token', 'no-such-office')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('no-such-office'),
  });
});

it('creates an API key for an account, printed once', async () => {
  await cli('create-admin', '--email', 'dev@example.org', '--name', 'Dev');
  const { stdout } = await cli(
    'create-api-key',
    '--owner',
    'dev@example.org',
    '--name',
    'Stadtportal',
  );
  expect(stdout.trim()).toMatch(/^rh_key_/);
  await expect(
    cli('create-api-key', '--owner', 'nobody@example.org', '--name', 'x'),
  ).rejects.toMatchObject({ code: 1 });
});

it('explains its commands and refuses unknown ones', async () => {
  const { stdout } = await cli('--help');
  for (const command of [
    'migrate',
    'seed',
    'create-admin',
    'issue-kiosk-token',
    'create-api-key',
  ]) {
    expect(stdout).toContain(command);
  }
  await expect(cli('frobnicate')).rejects.toMatchObject({ code: 1 });
});
