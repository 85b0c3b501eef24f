import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import config from '../../examples/town-digest/codegen.config.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createPublished } from '../support/announcements.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The example app of examples/town-digest, as a developer runs it: Node 24 executes its
// TypeScript as it is, against a running town hall with an API key.

const example = fileURLToPath(new URL('../../examples/town-digest/', import.meta.url));
const run = promisify(execFile);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
}, 60_000);

afterAll(async () => {
  await server.close();
});

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id } userErrors { code field message } }
}`;

/** The example's output, run with this key and these arguments. */
function digest(apiKey: string, ...args: string[]) {
  return run(process.execPath, ['src/town-digest.ts', ...args], {
    cwd: example,
    env: { ...process.env, RATHAUS_URL: server.url, RATHAUS_API_KEY: apiKey },
  });
}

it('has the types in src/generated.ts that codegen makes from the schema and its documents today', async () => {
  const [output] = await generate({ ...config, silent: true }, false);
  const committed = await readFile(`${example}src/generated.ts`, 'utf8');
  if (committed !== output.content) {
    throw new Error(
      'examples/town-digest/src/generated.ts is out of date: run `npm run codegen` in examples/town-digest.',
    );
  }
}, 60_000);

it('prints the offices, the notices visible now and the number of services, with a key a citizen made', async () => {
  // Given an office with a service, a published notice and a key of a developer's account
  await createBookingFixture(server.orm, { weekdays: [1, 3] });
  const admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  const notice = await createPublished(server, admin, {
    title: { de: 'Bauarbeiten am Rathaus', en: 'Building works at the town hall' },
    body: { de: 'Der Eingang ist verlegt.', en: 'The entrance has moved.' },
  });
  const developer = bearer(await signIn(server, await createAccount(server)));
  const { body } = await server.gql<{ createApiKey: { key: string } }>(
    CREATE_KEY,
    { input: { name: 'Town digest' } },
    developer,
  );
  const apiKey = body.data!.createApiKey.key;

  // When the developer runs the example in English
  const { stdout } = await digest(apiKey, '--lang', 'EN');

  // Then it shows what the API has, in English
  const offices = await server.gql<{ offices: Array<{ name: string }> }>(
    `{ offices(lang: EN) { name } }`,
  );
  const office = offices.body.data!.offices[0]!.name;
  expect(stdout.split('\n')).toEqual([
    'Offices (1)',
    `  ${office}, Teststraße 1, 12345 Musterstadt`,
    expect.stringMatching(/^ {4}Mon \d\d:\d\d–\d\d:\d\d$/),
    expect.stringMatching(/^ {4}Wed \d\d:\d\d–\d\d:\d\d$/),
    'Current notices (1)',
    `  Building works at the town hall <${notice.url}>`,
    'Services online: 1',
    '',
  ]);
}, 60_000);

it('fails with the API’s message and code when the key is not one', async () => {
  const failure = await digest('rh_not-a-key').then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toMatch(/\(UNAUTHENTICATED\)\n$/);
}, 60_000);
