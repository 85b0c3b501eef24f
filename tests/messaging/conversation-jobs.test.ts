import {
  deleteExpiredConversations,
  sendAnswerReminders,
} from '../../src/messaging/conversation-jobs.js';
import { conversationUrl } from '../../src/resolvers/messaging/messaging.mapping.js';
import { lastEmailTo } from '../support/accounts.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const T0 = new Date('2027-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const settings = { publicUrl: 'http://rathaus.test', townName: 'Musterstadt' };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
});

afterAll(async () => {
  await server.close();
});

function remind(at: Date) {
  server.clock.set(at);
  return sendAnswerReminders({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    settings,
    conversationUrl: (id) => conversationUrl(settings.publicUrl, id),
  });
}

async function emailsTo(address: string): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>(
      "select count(*) as n from outbox_message where recipient = ? and subject like 'Antwort%'",
      [address],
    );
  return Number(row?.n);
}

afterEach(() => server.clock.set(T0));

it('e-mails a citizen about an answer unread for 10 minutes, at most once an hour per conversation', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  await send(server, clerk, conversation.id, 'Ihre Unterlagen sind vollständig.');

  expect(await remind(minutes(5))).toBe(0);
  expect(await remind(minutes(11))).toBe(1);
  const mail = await lastEmailTo(server, citizen.account.email);
  expect(mail?.subject).toBe('Antwort vom Rathaus Musterstadt: Frage zum Antrag');
  expect(mail?.body).toContain('Ihre Unterlagen sind vollständig.');
  // The link opens the conversation's page in the web client, which knows it by its API id.
  expect(mail?.body).toContain(`http://rathaus.test/conversations/${conversation.id}\n`);
  expect(await remind(minutes(12))).toBe(0);

  server.clock.set(minutes(20));
  await send(server, clerk, conversation.id, 'Noch ein Hinweis.');
  expect(await remind(minutes(40))).toBe(0);
  expect(await remind(minutes(75))).toBe(1);
  expect(await emailsTo(citizen.account.email)).toBe(2);
});

it('sends nothing when the citizen has read the answer or has the conversation open', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const read = await startConversation(server, citizen, town.office);
  await send(server, clerk, read.id, 'Gelesen?');
  await server.gql(
    'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } } }',
    { input: { conversationId: read.id, seq: 2 } },
    citizen.headers,
  );
  const open = await startConversation(server, citizen, town.office);
  await send(server, clerk, open.id, 'Live gesehen?');
  await server.orm.em
    .fork()
    .execute('update conversation set citizen_seen_at = ? where id = ?', [
      minutes(10),
      Buffer.from(open.id, 'base64').toString().split(':')[1],
    ]);
  expect(await remind(minutes(11))).toBe(0);
  expect(await emailsTo(citizen.account.email)).toBe(0);
});

it('deletes closed conversations after the retention period, with their messages, and keeps the rest', async () => {
  const { town, citizen } = await messagingTown(server);
  const closed = await startConversation(server, citizen, town.office);
  const open = await startConversation(server, citizen, town.office);
  await server.gql(
    'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { conversation { status } } }',
    { input: { conversationId: closed.id, closed: true } },
    citizen.headers,
  );
  server.clock.set(new Date(T0.getTime() + 179 * 24 * 3600_000));
  expect(
    await deleteExpiredConversations({ em: server.orm.em.fork(), clock: server.clock.now }, 180),
  ).toBe(0);
  server.clock.set(new Date(T0.getTime() + 181 * 24 * 3600_000));
  expect(
    await deleteExpiredConversations({ em: server.orm.em.fork(), clock: server.clock.now }, 180),
  ).toBe(1);
  const ids = [closed, open].map((c) => Buffer.from(c.id, 'base64').toString().split(':')[1]);
  const remaining = await server.orm.em
    .fork()
    .execute<Array<{ conversation_id: string }>>(
      'select distinct conversation_id from message where conversation_id in (?)',
      [ids],
    );
  expect(remaining.map((row) => row.conversation_id)).toEqual([ids[1]]);
});
