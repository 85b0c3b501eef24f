import { PERSONAL_DATA } from '../../src/accounts/account.queries.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { SoftwareAuthenticator } from '../support/authenticator.js';
import { bearer, createAccount, signIn, type TestAccount } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await server.close();
});

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(sql, params);
}

/** Gives the citizen data in every corner of the database, through the API. */
async function livedIn(citizen: TestAccount) {
  const token = await signIn(server, citizen);
  const auth = bearer(token);
  const authenticator = new SoftwareAuthenticator('http://rathaus.test', 'rathaus.test');
  const start = await server.gql<{
    startPasskeyRegistration: { options: { challenge: string; user: { id: string } } };
  }>('mutation { startPasskeyRegistration { options } }', {}, auth);
  await server.gql(
    'mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { passkey { id } } }',
    {
      input: {
        response: authenticator.register(start.body.data!.startPasskeyRegistration.options),
        name: 'Handy',
      },
    },
    auth,
  );
  await server.gql('mutation { startPasskeyRegistration { options } }', {}, auth);
  await server.gql('mutation { createApiKey(input: { name: "Meine App" }) { key } }', {}, auth);
  const book = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { code } userErrors { code } } }`;
  for (const [startsAt, headers] of [
    ['2027-03-02T08:00:00Z', auth],
    ['2027-03-02T09:00:00Z', {}],
  ] as const) {
    await server.gql(
      book,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt,
          name: citizen.name,
          email: citizen.email,
          phone: '+49 30 555',
        },
      },
      headers,
    );
  }
  await server.gql(
    'mutation($input: SignInWithPasswordInput!) { signInWithPassword(input: $input) { token } }',
    { input: { email: citizen.email, password: 'a-wrong-password' } },
  );
  await server.gql(
    'mutation($input: RegisterAccountInput!) { registerAccount(input: $input) { emailSent } }',
    { input: { email: citizen.email, name: citizen.name } },
  );
  const staff = await createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [town.officeId],
    name: 'Sachbearbeiterin Schulz',
  });
  await server.gql(
    'query($o: ID!) { officeAppointments(officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-08T00:00:00Z", reason: HANDLING_APPOINTMENT) { code } }',
    { o: town.office },
    bearer(await signIn(server, staff)),
  );
  return { auth };
}

it('exports every table that refers to accounts or stores e-mail addresses', async () => {
  const referencing = await rows<{ table_name: string }>(
    `select distinct tc.table_name from information_schema.table_constraints tc
       join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'account'`,
  );
  const withAddresses = await rows<{ table_name: string }>(
    `select distinct table_name from information_schema.columns
      where table_schema = 'public' and (column_name like '%email%' or column_name = 'recipient')`,
  );
  const covered = new Set(Object.keys(PERSONAL_DATA));
  const missing = [...referencing, ...withAddresses]
    .map((row) => row.table_name)
    .filter((table) => table !== 'office' && !covered.has(table));
  expect(missing).toEqual([]);
});

it('exports the citizen’s rows from every table, and nobody else’s', async () => {
  const citizen = await createAccount(server, { name: 'Export Person' });
  const other = await createAccount(server, { name: 'Other Person' });
  await signIn(server, other);
  const { auth } = await livedIn(citizen);
  const { body } = await server.gql<{
    exportMyData: { data: { tables: Record<string, Array<Record<string, unknown>>> } };
  }>('mutation { exportMyData { data userErrors { code } } }', {}, auth);
  const tables = body.data!.exportMyData.data.tables;
  for (const table of [
    'account',
    'passkey',
    'session',
    'api_key',
    'appointment',
    'data_access_log',
    'outbox_message',
    'sign_in_attempt',
    'auth_challenge',
  ]) {
    expect({ table, rows: tables[table]?.length ?? 0 }).toEqual({
      table,
      rows: expect.any(Number),
    });
    expect(tables[table]!.length).toBeGreaterThan(0);
  }
  expect(tables.appointment).toHaveLength(2);
  expect(tables.data_access_log![0]).toMatchObject({
    staff_member: 'Sachbearbeiterin Schulz',
    reason: 'HANDLING_APPOINTMENT',
  });
  expect(JSON.stringify(tables)).not.toContain(other.email);
});

it('deletes the account: no trace of the name or e-mail anywhere in the database', async () => {
  const citizen = await createAccount(server, { name: 'Zacharias Quellenhof' });
  const { auth } = await livedIn(citizen);

  const wrong = await server.gql(
    'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted userErrors { code } } }',
    { input: { confirmEmail: 'someone@else.org' } },
    auth,
  );
  expect(wrong.body.data).toEqual({
    deleteMyAccount: { deleted: false, userErrors: [{ code: 'CONFIRMATION_MISMATCH' }] },
  });

  const { body } = await server.gql(
    'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted userErrors { code } } }',
    { input: { confirmEmail: citizen.email.toUpperCase() } },
    auth,
  );
  expect(body.data).toEqual({ deleteMyAccount: { deleted: true, userErrors: [] } });

  const columns = await rows<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const hits = await rows<{ n: string }>(
      `select count(*) as n from "${table}" where lower("${column}"::text) like ? or lower("${column}"::text) like ?`,
      [`%${citizen.email.toLowerCase()}%`, '%quellenhof%'],
    );
    if (Number(hits[0]?.n) > 0) found.push(`${table}.${column}`);
  }
  expect(found).toEqual([]);

  expect((await server.gql('{ me { email } }', {}, auth)).status).toBe(401);
  // The upcoming bookings were cancelled, so their times are free again.
  const [slot] = await rows<{ n: string }>(
    "select count(*) as n from appointment where email like 'deleted-%' and status = 'BOOKED'",
  );
  expect(Number(slot?.n)).toBe(0);
});

it('keeps the audit log append-only, even for the database owner', async () => {
  await expect(
    rows('update data_access_log set reason = ?', ['LEGAL_OBLIGATION']),
  ).rejects.toMatchObject({
    code: '42501',
  });
  await expect(rows('delete from data_access_log')).rejects.toMatchObject({ code: '42501' });
});
