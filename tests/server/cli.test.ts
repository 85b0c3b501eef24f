import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { templateDatabase } from '../support/templates.js';

/** Each CLI command is a process of its own (about a second of CPU): on a loaded 2-core box a test
 * that runs six of them takes longer than jest's default. */
const COMMANDS_TIMEOUT_MS = 120_000;

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

it(
  'creates an admin who can sign in with the given password',
  async () => {
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
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'issues a kiosk token for an office by its slug, and refuses an unknown one',
  async () => {
    const [office] = await query<{ slug: string }>('select slug from office order by slug limit 1');
    const { stdout } = await cli('issue-kiosk-token', office!.slug, '--name', 'Foyer Nord');
    expect(stdout.trim()).toMatch(/^rh_kiosk_[\w-]{43}$/);
    const [device] = await query<{ name: string }>('select name from kiosk_device');
    expect(device).toEqual({ name: 'Foyer Nord' });
    await expect(cli('issue-kiosk-token', 'no-such-office')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no-such-office'),
    });
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'creates an API key for an account, printed once',
  async () => {
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
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'explains its commands and refuses unknown ones',
  async () => {
    const { stdout } = await cli('--help');
    for (const command of [
      'migrate',
      'seed',
      'create-admin',
      'issue-kiosk-token',
      'create-api-key',
      'offices',
      'retire-office',
      'services',
      'retire-service',
      'staff',
      'grant-staff',
      'revoke-staff',
      'kiosks',
      'revoke-kiosk',
      'api-keys',
      'revoke-api-key',
    ]) {
      expect(stdout).toContain(command);
    }
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 1 });
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'lists the offices and services as columns, or as JSON for scripts',
  async () => {
    const offices = await query<{ slug: string }>('select slug from office order by slug');
    const listed = JSON.parse((await cli('offices', '--json')).stdout) as Array<{ slug: string }>;
    expect(listed.map((office) => office.slug)).toEqual(offices.map((office) => office.slug));

    const { stdout } = await cli('services');
    const [header, ...lines] = stdout.trim().split('\n');
    expect(header).toMatch(/^slug +name +offices +retired$/);
    const [service] = await query<{ slug: string }>(
      'select slug from service order by slug limit 1',
    );
    expect(lines[0]).toMatch(new RegExp(`^${service!.slug} `));
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'grants and revokes staff rights, and refuses an unknown office without a change',
  async () => {
    const [office] = await query<{ slug: string }>('select slug from office order by slug limit 1');
    await expect(
      cli('grant-staff', '--email', 'clerk@example.org', '--name', 'C', '--office', 'no-such'),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no-such') });
    expect(await query('select 1 from account where email = $1', ['clerk@example.org'])).toEqual(
      [],
    );

    await cli(
      'grant-staff',
      '--email',
      'Clerk@example.org',
      '--name',
      'Cl',
      '--office',
      office!.slug,
    );
    const staff = JSON.parse((await cli('staff', '--json')).stdout) as Array<
      Record<string, string>
    >;
    expect(staff).toContainEqual({
      email: 'clerk@example.org',
      name: 'Cl',
      roles: 'STAFF',
      offices: office!.slug,
    });

    expect((await cli('revoke-staff', 'clerk@example.org')).stdout).toContain('no longer staff');
    const [row] = await query<{ roles: string[] }>('select roles from account where email = $1', [
      'clerk@example.org',
    ]);
    expect(row!.roles).toEqual(['CITIZEN']);
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'revokes a kiosk and an API key by the ID its list shows',
  async () => {
    const [office] = await query<{ slug: string }>('select slug from office order by slug limit 1');
    await cli('issue-kiosk-token', office!.slug, '--name', 'Foyer Süd');
    const kiosks = JSON.parse((await cli('kiosks', '--json')).stdout) as Array<{
      id: string;
      name: string;
      office: string;
      revoked: string;
    }>;
    const kiosk = kiosks.find((device) => device.name === 'Foyer Süd')!;
    expect(kiosk).toMatchObject({ office: office!.slug, revoked: '-' });
    await cli('revoke-kiosk', kiosk.id);
    const [device] = await query<{ revoked: boolean }>(
      'select revoked_at is not null as revoked from kiosk_device where id = $1',
      [kiosk.id],
    );
    expect(device).toEqual({ revoked: true });

    await cli('create-admin', '--email', 'keys@example.org', '--name', 'Keys');
    await cli('create-api-key', '--owner', 'keys@example.org', '--name', 'Ratsinfo');
    const keys = JSON.parse((await cli('api-keys', '--json')).stdout) as Array<{
      id: string;
      owner: string;
      name: string;
    }>;
    const key = keys.find((apiKey) => apiKey.name === 'Ratsinfo')!;
    expect(key.owner).toBe('keys@example.org');
    await cli('revoke-api-key', key.id);
    const [revoked] = await query<{ revoked: boolean }>(
      'select revoked_at is not null as revoked from api_key where id = $1',
      [key.id],
    );
    expect(revoked).toEqual({ revoked: true });
    await expect(cli('revoke-api-key', 'not-an-id')).rejects.toMatchObject({ code: 1 });
  },
  COMMANDS_TIMEOUT_MS,
);

it(
  'retires a service with nothing booked, and refuses an office with bookings unless told',
  async () => {
    // A booking ten years from now, so that it is upcoming on any day the test runs.
    const [booked] = await query<{ slug: string }>(
      `with counter as (
       select c.id, c.office_id, cs.service_id from counter c
         join counter_service cs on cs.counter_id = c.id
        order by c.id limit 1),
     booked as (
       insert into appointment (id, code, service_id, office_id, counter_id, starts_at, ends_at, name, email)
       select gen_random_uuid(), 'CKAPPTMT', service_id, office_id, id,
              date_trunc('hour', now()) + interval '3650 days',
              date_trunc('hour', now()) + interval '3650 days 30 minutes', 'Eine Bürgerin', 'b@example.org'
         from counter
       returning office_id)
     select o.slug from office o join booked on booked.office_id = o.id`,
    );
    await expect(cli('retire-office', booked!.slug)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('APPOINTMENTS_AFFECTED'),
    });
    expect(
      await query('select 1 from office where slug = $1 and retired_at is null', [booked!.slug]),
    ).toHaveLength(1);
    expect((await cli('retire-office', booked!.slug, '--cancel-appointments')).stdout).toContain(
      'upcoming appointments cancelled: 1',
    );
    expect(
      await query(`select 1 from appointment where code = 'CKAPPTMT' and status = 'CANCELLED'`),
    ).toHaveLength(1);

    const [service] = await query<{ slug: string }>(
      `select s.slug from service s
      where s.retired_at is null
        and not exists (select 1 from appointment a where a.service_id = s.id)
      order by s.slug limit 1`,
    );
    expect((await cli('retire-service', service!.slug)).stdout).toContain('is retired');
    const [row] = await query<{ retired: boolean }>(
      'select retired_at is not null as retired from service where slug = $1',
      [service!.slug],
    );
    expect(row).toEqual({ retired: true });
    await expect(cli('retire-service', 'no-such-service')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no-such-service'),
    });
  },
  COMMANDS_TIMEOUT_MS,
);
