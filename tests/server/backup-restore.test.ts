import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { bookAt } from '../support/queue.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { templateDatabase } from '../support/templates.js';

// The restore drill of issue #20 ("Backed up"): a seeded database with a booking and a
// conversation is backed up with the operator's command line, restored into a new database, and
// the API started on that one gives the same answers. The uploaded files travel beside the dump.

const run = promisify(execFile);

const CATALOGUE = `{
  offices { id slug name }
  services(first: 100) { edges { node { id slug name durationMinutes } } }
}`;
const APPOINTMENT = `query($code: String!, $email: String!) {
  appointment(code: $code, email: $email) { id code status startsAt endsAt name service { id } office { id } }
}`;
const CONVERSATION = `query($id: ID!) {
  conversation(id: $id) {
    id subject status lastSeq office { id }
    messages(first: 10) { edges { node { id seq body authorRole } } }
  }
}`;

let source: TestServer;
let restored: TestServer | null = null;
let restoredDatabase: string;
let directory: string;
let citizen: Party;
let booked: { code: string; email: string };
let conversationId: string;

function cli(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['dist/server/cli.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
}

/**
 * The answers the drill compares: the same queries, the same caller, on either server (their
 * data; the extensions tell each server's own cost budget).
 */
async function answers(server: TestServer) {
  const catalogue = await server.gql(CATALOGUE);
  const appointment = await server.gql(APPOINTMENT, booked);
  const conversation = await server.gql(CONVERSATION, { id: conversationId }, citizen.headers);
  return [catalogue.body.data, appointment.body.data, conversation.body.data];
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rathaus-backup-'));
  source = await startTestServer({ template: 'demo' });
  const town = await messagingTown(source);
  citizen = town.citizen;
  const tomorrow = new Date(Date.now() + 2 * 24 * 3600_000);
  tomorrow.setUTCHours(9, 0, 0, 0);
  booked = await bookAt(source, town.town, tomorrow.toISOString());
  const conversation = await startConversation(source, citizen, town.town.office);
  conversationId = conversation.id;
  await send(source, town.clerk, conversationId, 'Ihr Antrag liegt vor; wir melden uns.');
  restoredDatabase = await createDatabaseFrom('template0');
});

afterAll(async () => {
  await restored?.close();
  await source.close();
  await dropDatabase(restoredDatabase);
  await rm(directory, { recursive: true, force: true });
});

it('restores a backup into a new database on which the API gives the same answers', async () => {
  const before = await answers(source);
  expect(before[0]).toMatchObject({
    offices: expect.arrayContaining([expect.objectContaining({ slug: 'buergerbuero-mitte' })]),
  });
  expect(before[1]).toMatchObject({ appointment: { code: booked.code } });
  expect(before[2]).toMatchObject({ conversation: { id: conversationId, lastSeq: 2 } });
  const sourceData = join(directory, 'source-data');
  await mkdir(join(sourceData, 'files', 'ab'), { recursive: true });
  await writeFile(join(sourceData, 'files', 'ab', 'abcdef'), 'ein hochgeladenes Dokument');
  const dump = join(directory, 'rathaus.dump');

  const backup = await cli(['backup', dump], {
    DATABASE_URL: databaseUrl(source.databaseName),
    DATA_DIR: sourceData,
  });
  expect(backup.stdout.trim()).toBe(`Wrote ${dump}, ${dump}.files.tar`);
  // Custom format: pg_restore's own archive, not SQL text.
  expect((await readFile(dump)).subarray(0, 5).toString()).toBe('PGDMP');

  const restoredData = join(directory, 'restored-data');
  const restore = await cli(['restore', dump], {
    DATABASE_URL: databaseUrl(restoredDatabase),
    DATA_DIR: restoredData,
  });
  expect(restore.stdout.trim()).toBe(`Restored ${dump}, ${dump}.files.tar`);
  expect(await readFile(join(restoredData, 'files', 'ab', 'abcdef'), 'utf8')).toBe(
    'ein hochgeladenes Dokument',
  );

  restored = await startTestServer({ databaseName: restoredDatabase });
  expect(await answers(restored)).toEqual(before);
});

it('refuses to restore into a database that has tables', async () => {
  const dump = join(directory, 'again.dump');
  // Without uploaded files there is no tar to write.
  const backup = await cli(['backup', dump], {
    DATABASE_URL: databaseUrl(source.databaseName),
    DATA_DIR: join(directory, 'none'),
  });
  expect(backup.stdout.trim()).toBe(`Wrote ${dump}`);
  const target = await createDatabaseFrom(await templateDatabase('empty'));
  try {
    await expect(
      cli(['restore', dump], { DATABASE_URL: databaseUrl(target), DATA_DIR: directory }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is not empty; restore into a new database'),
    });
  } finally {
    await dropDatabase(target);
  }
});

it('refuses the embedded database and says how to back it up', async () => {
  await expect(
    cli(['backup', join(directory, 'embedded.dump')], {
      DATABASE_URL: '',
      DATA_DIR: join(directory, 'embedded'),
    }),
  ).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('stopping the server and copying DATA_DIR'),
  });
});
