import { startTestServer, type TestServer } from '../support/test-server.js';

// A write PostgreSQL refuses for a full disk (SQLSTATE 53100, disk_full) is answered with 507
// STORAGE_FULL in the caller's language and logged for the operator with the database it concerns
// (tests/faults/full-disk-embedded.test.ts fills a real disk under the embedded database). Here a
// trigger of the test raises that error on PostgreSQL of DATABASE_URL, as a full disk would.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const REGISTER = `mutation ($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent userErrors { code } }
}`;

const register = (email: string, language: string) =>
  server.gql(
    REGISTER,
    { input: { email, name: 'Erika Mustermann' } },
    { 'accept-language': language },
  );

const accountsWith = async (email: string) =>
  (
    await server.orm.em
      .fork()
      .execute<Array<{ id: string }>>('select id from account where email = ?', [email])
  ).length;

it('a write refused for a full disk: 507 STORAGE_FULL in the caller’s language, logged, nothing stored', async () => {
  const em = server.orm.em.fork();
  await em.execute(`create function refuse_for_full_disk() returns trigger language plpgsql as $$
    begin
      raise exception 'could not extend file "base/5/17422": No space left on device'
        using errcode = 'disk_full';
    end $$`);
  await em.execute(
    'create trigger full_disk before insert on account for each row execute function refuse_for_full_disk()',
  );

  const english = await register('full-en@example.org', 'en');
  expect(english.status).toBe(507);
  expect(english.headers['retry-after']).toBeUndefined();
  expect(english.body.data).toBeNull();
  expect(english.body.errors).toEqual([
    expect.objectContaining({
      message:
        'This could not be saved just now because the server’s storage is full. Please try again later.',
      path: ['registerAccount'],
      extensions: expect.objectContaining({ code: 'STORAGE_FULL' }),
    }),
  ]);
  const german = await register('full-de@example.org', 'de');
  expect(german.status).toBe(507);
  expect(german.body.errors?.[0]?.message).toBe(
    'Das konnte gerade nicht gespeichert werden, weil der Speicher des Servers voll ist. Bitte versuchen Sie es später erneut.',
  );
  expect(await accountsWith('full-en@example.org')).toBe(0);
  expect(await accountsWith('full-de@example.org')).toBe(0);
  const logged = server.logs.filter(
    (log) => log.msg === "write refused: the database's disk is full",
  );
  expect(logged).toHaveLength(2);
  expect(logged[0]).toEqual(
    expect.objectContaining({
      level: 50,
      database: 'the PostgreSQL server of DATABASE_URL',
      requestId: english.body.errors?.[0]?.extensions?.requestId,
    }),
  );
  expect(server.logs.filter((log) => log.msg === 'unexpected error in GraphQL')).toEqual([]);

  // Once there is room, the same write is stored.
  await em.execute('drop trigger full_disk on account');
  const again = await register('full-en@example.org', 'en');
  expect(again.status).toBe(200);
  expect(await accountsWith('full-en@example.org')).toBe(1);
});
