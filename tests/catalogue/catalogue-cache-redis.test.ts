import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { databaseUrl } from '../support/database.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Instances that share a database and Redis: a catalogue write through one, or by the command
// line, reaches the answers the others keep. The maximum age (60 s by default) is far beyond the
// deadlines here, so only the invalidation message can make these tests pass.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHANNEL = 'rathaus:catalogueChanged:all';
const run = promisify(execFile);

const SERVICE = 'query($id: ID!) { service(id: $id) { name } }';
const TOTAL = '{ services(first: 1) { totalCount } }';

let redis: Redis;
/** A server started by a test of its own; closed after it. */
let alone: TestServer | undefined;

beforeAll(() => {
  redis = new Redis(REDIS_URL);
});

afterEach(async () => {
  await alone?.close();
  alone = undefined;
});

afterAll(() => {
  redis.disconnect();
});

/**
 * Waits until each instance hears catalogue changes through Redis: a probe published as another
 * instance would make each one compute its next answer again. (Counting the channel's
 * subscribers would race with the servers of other test files, which come and go on it.) When
 * it returns, every probe has arrived: Redis delivers a connection's messages in order.
 */
async function hearCatalogueChanges(
  ...asks: Array<() => Promise<{ sqlStatements: number }>>
): Promise<void> {
  await waitUntil(
    async () => {
      for (const ask of asks) await ask();
      await redis.publish(CHANNEL, JSON.stringify({ origin: 'probe' }));
      const answers = [];
      for (const ask of asks) answers.push(await ask());
      return answers.every((answer) => answer.sqlStatements > 0);
    },
    'each instance to hear catalogue changes through Redis',
    { timeoutMs: 20_000, intervalMs: 50 },
  );
}

/** Asks until the answer satisfies `done` (at most 5 s); returns the last answer. */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  let answer = await ask();
  await waitUntil(async () => done(answer) || done((answer = await ask())), 'the expected answer', {
    intervalMs: 25,
  }).catch(() => undefined);
  return answer;
}

describe('two instances', () => {
  let first: TestServer;
  let second: TestServer;
  let fixture: BookingFixture;
  let categoryId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    first = await startTestServer({ env: { REDIS_URL } });
    second = await startTestServer({ env: { REDIS_URL }, databaseName: first.databaseName });
    fixture = await createBookingFixture(first.orm);
    admin = bearer(await signIn(first, await createAccount(first, { roles: [Role.ADMIN] })));
    const { body } = await first.gql<{ service: { category: { id: string } } }>(
      'query($id: ID!) { service(id: $id) { category { id } } }',
      { id: fixture.service },
    );
    categoryId = body.data!.service.category.id;
    await hearCatalogueChanges(
      () => gqlCounted(first, SERVICE, { id: fixture.service }),
      () => gqlCounted(second, SERVICE, { id: fixture.service }),
    );
  }, 60_000);

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('a write through one instance clears what the other keeps', async () => {
    const ask = (server: TestServer) =>
      gqlCounted<{ service: { name: string } }>(server, SERVICE, { id: fixture.service });
    for (const server of [first, second]) await ask(server);
    expect((await ask(first)).sqlStatements).toBe(0);
    expect((await ask(second)).sqlStatements).toBe(0);

    const { body } = await first.gql<{ updateService: { userErrors: unknown[] } }>(
      `mutation($input: UpdateServiceInput!) { updateService(input: $input) { userErrors { code } } }`,
      {
        input: {
          serviceId: fixture.service,
          service: {
            slug: 'fixture-service-renamed',
            name: { de: 'Umbenannte Leistung' },
            description: { de: 'Neu beschrieben.' },
            documents: { de: [] },
            durationMinutes: 30,
            categoryId,
            officeIds: [fixture.office],
          },
        },
      },
      admin,
    );
    expect(body.data!.updateService.userErrors).toEqual([]);

    // The writer's own cache is cleared before the mutation answers…
    const writer = await ask(first);
    expect(writer.body.data!.service.name).toBe('Umbenannte Leistung');
    expect(writer.sqlStatements).toBeGreaterThan(0);
    // …the other's when the message arrives.
    const other = await eventually(
      () => ask(second),
      (answer) => answer.body.data!.service.name === 'Umbenannte Leistung',
    );
    expect(other.body.data!.service.name).toBe('Umbenannte Leistung');
  });
});

it('the command line’s seed reaches a running instance', async () => {
  const instance = await startTestServer({ env: { REDIS_URL } });
  alone = instance;
  const ask = () => gqlCounted<{ services: { totalCount: number } }>(instance, TOTAL);
  await hearCatalogueChanges(ask);
  await ask();
  const empty = await ask();
  expect(empty.sqlStatements).toBe(0);
  expect(empty.body.data!.services.totalCount).toBe(0);

  const { stdout } = await run(process.execPath, ['dist/server/cli.js', 'seed'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(instance.databaseName),
      REDIS_URL,
      LOG_LEVEL: 'warn',
    },
  });
  expect(stdout).toContain('Seeded the demo town');

  const seeded = await eventually(ask, (answer) => answer.body.data!.services.totalCount > 0);
  expect(seeded.body.data!.services.totalCount).toBeGreaterThan(40);
}, 60_000);
