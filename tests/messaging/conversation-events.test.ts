import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

const EVENTS = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { type side seq status message { seq body authorRole } }
}`;
const INBOX = `subscription($o: ID!) { inboxEvents(officeId: $o) { reason conversation { id lastSeq unreadCount } } }`;

type Event = {
  conversationEvents: {
    type: string;
    side: string | null;
    seq: number | null;
    status: string | null;
    message: { seq: number; body: string; authorRole: string } | null;
  };
};

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-02T09:00:00Z') });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  // Closed subscriptions end on the server a moment later; the next test counts from zero.
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

/** A signed-in client. */
function clientFor(token: string) {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  clients.push(client);
  return client;
}

it('replays the messages after afterSeq, then continues live without gap or duplicate', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office, 'Eins');
  await send(server, clerk, conversation.id, 'Zwei');
  await send(server, citizen, conversation.id, 'Drei');

  const client = clientFor(citizen.token);
  const events = subscription<Event>(client, EVENTS, { id: conversation.id, after: 1 });
  expect((await events.next()).data!.conversationEvents.message).toEqual({
    seq: 2,
    body: 'Zwei',
    authorRole: 'STAFF',
  });
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 3,
    body: 'Drei',
  });

  await send(server, clerk, conversation.id, 'Vier');
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 4,
    body: 'Vier',
  });

  await send(server, citizen, conversation.id, 'Fünf');
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 5,
    body: 'Fünf',
  });
  await server.gql(
    'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } } }',
    { input: { conversationId: conversation.id, seq: 5 } },
    clerk.headers,
  );
  expect((await events.next()).data!.conversationEvents).toMatchObject({
    type: 'READ',
    side: 'OFFICE',
    seq: 5,
  });

  await server.gql(
    'mutation($input: ConversationInput!) { sendTypingIndicator(input: $input) { sent userErrors { code } } }',
    { input: { conversationId: conversation.id } },
    clerk.headers,
  );
  expect((await events.next()).data!.conversationEvents).toMatchObject({
    type: 'TYPING',
    side: 'OFFICE',
  });
  const again = await server.gql(
    'mutation($input: ConversationInput!) { sendTypingIndicator(input: $input) { sent userErrors { code } } }',
    { input: { conversationId: conversation.id } },
    clerk.headers,
  );
  expect(again.body.data).toEqual({
    sendTypingIndicator: { sent: false, userErrors: [{ code: 'RATE_LIMITED' }] },
  });
  await events.nothingWithin(200);
  await send(server, clerk, conversation.id, 'Sechs');
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 6,
    body: 'Sechs',
  });
});

it('with afterSeq null delivers only what comes from now on', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office, 'Alt');
  const client = clientFor(citizen.token);
  const events = subscription<Event>(client, EVENTS, { id: conversation.id, after: null });
  // The conversation's listener, which opens after reading where it is (the socket's watch of its
  // session is the server's own and not counted).
  await waitForSubscriptions(server.bus, 1);
  await send(server, clerk, conversation.id, 'Neu');
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 2,
    body: 'Neu',
  });
});

it('sends nothing of another conversation, and refuses a conversation that is not yours', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const mine = await startConversation(server, citizen, town.office, 'Meins');
  const other = await startConversation(server, citizen, town.office, 'Anderes');
  const client = clientFor(citizen.token);
  const events = subscription<Event>(client, EVENTS, { id: mine.id, after: 1 });
  // The conversation's listener.
  await waitForSubscriptions(server.bus, 1);
  await send(server, clerk, other.id, 'Für das andere Gespräch');
  await events.nothingWithin(300);
  await send(server, clerk, mine.id, 'Für dieses Gespräch');
  expect((await events.next()).data!.conversationEvents.message).toMatchObject({
    seq: 2,
    body: 'Für dieses Gespräch',
  });

  const stranger = await signIn(server, await createAccount(server));
  const refused = subscription<Event>(clientFor(stranger), EVENTS, { id: mine.id, after: 0 });
  const result = await refused.next();
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
});

it('tells the office’s staff about every change in their inbox, and no one else', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const otherTown = await messagingTown(server);
  const client = clientFor(clerk.token);
  const inbox = subscription<{
    inboxEvents: { reason: string; conversation: { lastSeq: number; unreadCount: number } };
  }>(client, INBOX, { o: town.office });
  const otherInbox = subscription(clientFor(otherTown.clerk.token), INBOX, {
    o: otherTown.town.office,
  });
  // Each clerk's inbox listener.
  await waitForSubscriptions(server.bus, 2);
  await startConversation(server, citizen, town.office, 'Hallo Amt');
  expect((await inbox.next()).data!.inboxEvents).toEqual({
    reason: 'CREATED',
    conversation: { id: expect.any(String), lastSeq: 1, unreadCount: 1 },
  });
  await otherInbox.nothingWithin(300);
  await startConversation(server, otherTown.citizen, otherTown.town.office, 'Hallo anderes Amt');
  expect((await otherInbox.next()).data).toMatchObject({
    inboxEvents: { reason: 'CREATED', conversation: { lastSeq: 1 } },
  });

  const outsider = bearer(await signIn(server, await createAccount(server)));
  const refused = subscription(clientFor(outsider.authorization!.slice(7)), INBOX, {
    o: town.office,
  });
  expect((await refused.next()).errors?.[0]?.extensions?.code).toBeDefined();
});

it('refuses another office’s inbox as FORBIDDEN and another’s conversation as NOT_FOUND, in German', async () => {
  // Given a conversation of one office, a clerk of another office and a stranger
  const { town, citizen } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office, 'Meins');
  const otherClerk = (await messagingTown(server)).clerk;
  const stranger = await signIn(server, await createAccount(server));

  // When the clerk follows the first office's inbox and the stranger the conversation
  const inbox = subscription(clientFor(otherClerk.token), INBOX, { o: town.office });
  const events = subscription<Event>(clientFor(stranger), EVENTS, { id: conversation.id });

  // Then each refusal keeps its own code and names the argument, in the default language
  expect((await inbox.next()).errors?.[0]).toMatchObject({
    message: 'Dazu sind Sie nicht berechtigt.',
    extensions: { code: 'FORBIDDEN', argument: 'officeId' },
  });
  expect((await events.next()).errors?.[0]).toMatchObject({
    message: 'Dieses Gespräch gibt es nicht, oder es gehört nicht zu Ihnen.',
    extensions: { code: 'NOT_FOUND', argument: 'conversationId' },
  });
});

it('sends a status the page missed first, when the page says which one it shows', async () => {
  // Given a page that read the conversation open, and the office closing it before the page's
  // subscription started
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office, 'Eins');
  const closed = await server.gql(
    `mutation($input: SetConversationStatusInput!) {
      setConversationStatus(input: $input) { conversation { status } }
    }`,
    { input: { conversationId: conversation.id, closed: true } },
    clerk.headers,
  );
  expect(closed.body.data).toEqual({
    setConversationStatus: { conversation: { status: 'CLOSED' } },
  });
  const SHOWN = `subscription($id: ID!, $after: Int, $shown: ConversationStatus) {
    conversationEvents(conversationId: $id, afterSeq: $after, shownStatus: $shown) {
      type status message { seq }
    }
  }`;

  // When the page subscribes with the status it shows (open)
  const page = subscription<Event>(clientFor(citizen.token), SHOWN, {
    id: conversation.id,
    after: 1,
    shown: 'OPEN',
  });

  // Then the first event is the status as it is now
  expect((await page.next()).data!.conversationEvents).toEqual({
    type: 'STATUS',
    status: 'CLOSED',
    message: null,
  });

  // And a page that already shows it closed gets no such event: its first is the next message
  const staffPage = subscription<Event>(clientFor(clerk.token), SHOWN, {
    id: conversation.id,
    after: 1,
    shown: 'CLOSED',
  });
  await waitForSubscriptions(server.bus, 2, 15_000, 'conversationEvent');
  await send(server, citizen, conversation.id, 'Zwei');
  expect((await staffPage.next()).data!.conversationEvents).toEqual({
    type: 'MESSAGE',
    status: null,
    message: { seq: 2 },
  });
  expect((await page.next()).data!.conversationEvents.message).toEqual({ seq: 2 });
});
