import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { REPEATED_READ_MINUTES } from '../../src/accounts/data-access.service.js';
import { createAccount, signIn, bearer } from '../support/accounts.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import {
  sqlStatementsOf,
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Security review #13, finding 12: staff read citizens' names, subjects and messages through the
// inbox list, a conversation's details and live subscriptions without an entry in the citizens'
// data access log. Every such read now leaves one, saying who, whose, what, when and through
// which channel; a citizen reading their own conversations leaves none.

const T0 = new Date('2027-03-02T09:00:00Z');

/** Later than a repeated read is taken for the same one. */
function afterRepeatWindow() {
  server.clock.set(new Date(server.clock.now().getTime() + (REPEATED_READ_MINUTES + 1) * 60_000));
}

type Entry = {
  citizen_id: string;
  actor_id: string;
  subject: string;
  reason: string;
  channel: string;
};

let server: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
});

afterEach(async () => {
  server.clock.set(T0);
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
  await server.orm.em
    .fork()
    .execute('drop trigger if exists data_access_log_refused on data_access_log');
});

afterAll(async () => {
  await server.close();
});

function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

function clientFor(party: Party): Client {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${party.token}` },
  });
  clients.push(client);
  return client;
}

/** The log entries whose subject is this conversation, oldest first. */
function entriesOf(conversationId: string): Promise<Entry[]> {
  return server.orm.em.fork().execute<Entry[]>(
    `select citizen_id, actor_id, subject, reason, channel from data_access_log
        where subject = ? order by accessed_at, actor_id`,
    [`CONVERSATION:${uuidOf(conversationId)}`],
  );
}

/** A conversation of a citizen with an office, and what its log entries for `actor` look like. */
async function conversationIn(town: Awaited<ReturnType<typeof messagingTown>>) {
  const conversation = await startConversation(server, town.citizen, town.town.office);
  const entry = (actor: Party, channel: 'HTTP' | 'WEBSOCKET'): Entry => ({
    citizen_id: town.citizen.account.id,
    actor_id: actor.account.id,
    subject: `CONVERSATION:${uuidOf(conversation.id)}`,
    reason: 'ANSWERING_REQUEST',
    channel,
  });
  return { conversation, entry };
}

/** From now on until the test ends, every INSERT into the data access log fails. */
async function refuseLogWrites() {
  const em = server.orm.em.fork();
  await em.execute(`create or replace function data_access_log_refused_fn() returns trigger as $$
    begin raise exception 'refused by the test'; end $$ language plpgsql`);
  await em.execute(`create trigger data_access_log_refused before insert on data_access_log
    for each statement execute function data_access_log_refused_fn()`);
}

const CONVERSATION_EVENTS = `subscription($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) { message { seq body } }
}`;

/** `party` follows the conversation's messages after `after` on a socket of its own. */
function follow(party: Party, conversationId: string, after: number) {
  type Event = { conversationEvents: { message: { seq: number; body: string } | null } };
  return subscription<Event>(clientFor(party), CONVERSATION_EVENTS, { id: conversationId, after });
}

const INBOX_NAMES = `query($o: ID!, $first: Int) {
  inbox(officeId: $o, first: $first) { conversations { edges { node { id subject citizenName } } } }
}`;

describe('over HTTP', () => {
  it('records the staff member’s reading of the inbox list (names and subjects), one INSERT per page', async () => {
    const town = await messagingTown(server);
    const first = await conversationIn(town);
    const second = await startConversation(server, town.citizen, town.town.office, 'Noch etwas');
    const third = await startConversation(server, town.citizen, town.town.office, 'Und dies');

    const small = await server.gql(
      INBOX_NAMES,
      { o: town.town.office, first: 1 },
      {
        ...town.clerk.headers,
        'x-request-id': 'inbox-names-1',
      },
    );
    expect(small.body.errors).toBeUndefined();
    const large = await server.gql(
      INBOX_NAMES,
      { o: town.town.office, first: 3 },
      {
        ...town.clerk.headers,
        'x-request-id': 'inbox-names-3',
      },
    );
    expect(large.body.errors).toBeUndefined();

    // One conversation was on both pages, the two others on the second only; read twice within
    // minutes, the first is one read.
    const counts = await Promise.all(
      [first.conversation.id, second.id, third.id].map(async (id) => (await entriesOf(id)).length),
    );
    expect(counts).toEqual([1, 1, 1]);
    for (const logged of await entriesOf(first.conversation.id)) {
      expect(logged).toEqual(first.entry(town.clerk, 'HTTP'));
    }
    // The session, the page, one INSERT: the same for one conversation and for three.
    expect(sqlStatementsOf(server.logs, 'inbox-names-3')).toBe(
      sqlStatementsOf(server.logs, 'inbox-names-1'),
    );
  });

  it('records a conversation’s details read by ID, and the citizen sees who read them and how', async () => {
    const town = await messagingTown(server);
    const { conversation, entry } = await conversationIn(town);

    await server.gql(
      'query($id: ID!) { conversation(id: $id) { subject } }',
      { id: conversation.id },
      town.clerk.headers,
    );
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'HTTP')]);
    afterRepeatWindow();
    await server.gql(
      'query($id: ID!) { node(id: $id) { ... on Conversation { citizenName } } }',
      { id: conversation.id },
      town.clerk.headers,
    );
    expect(await entriesOf(conversation.id)).toHaveLength(2);
    // An admin reads it too: the log says in which role each read.
    const admin = await createAccount(server, {
      roles: [Role.STAFF, Role.ADMIN],
      name: 'Frau Verwalterin',
    });
    await server.gql(
      'query($id: ID!) { conversation(id: $id) { subject } }',
      { id: conversation.id },
      bearer(await signIn(server, admin)),
    );

    const { body } = await server.gql<{
      me: { dataAccessLog: { edges: Array<{ node: Record<string, string> }> } };
    }>(
      '{ me { dataAccessLog { edges { node { staffMember staffRole subject reason channel } } } } }',
      {},
      town.citizen.headers,
    );
    const entries = body.data!.me.dataAccessLog.edges.map((edge) => edge.node);
    const read = {
      subject: `CONVERSATION:${uuidOf(conversation.id)}`,
      reason: 'ANSWERING_REQUEST',
      channel: 'HTTP',
    };
    expect(entries).toContainEqual({
      staffMember: 'Herr Sachbearbeiter',
      staffRole: 'STAFF',
      ...read,
    });
    expect(entries).toContainEqual({
      staffMember: 'Frau Verwalterin',
      staffRole: 'ADMIN',
      ...read,
    });
  });

  it(`takes a read repeated within ${REPEATED_READ_MINUTES} minutes for the same one: a live page that reads again adds no line`, async () => {
    const town = await messagingTown(server);
    const { conversation, entry } = await conversationIn(town);
    const read = () =>
      server.gql(
        'query($id: ID!) { conversation(id: $id) { subject } }',
        { id: conversation.id },
        town.clerk.headers,
      );

    // Read, and read again a few minutes later (a live page refreshing): one entry
    await read();
    server.clock.set(new Date(T0.getTime() + (REPEATED_READ_MINUTES - 1) * 60_000));
    await read();
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'HTTP')]);

    // Read after the window: a second one
    afterRepeatWindow();
    await read();
    expect(await entriesOf(conversation.id)).toEqual([
      entry(town.clerk, 'HTTP'),
      entry(town.clerk, 'HTTP'),
    ]);
  });

  it('records nothing when citizens read their own conversations', async () => {
    const town = await messagingTown(server);
    const { conversation, entry } = await conversationIn(town);

    const own = await server.gql(
      `{ conversations { edges { node { id subject citizenName messages { edges { node { body } } } } } } }`,
      {},
      town.citizen.headers,
    );
    expect(own.body.errors).toBeUndefined();
    expect(await entriesOf(conversation.id)).toEqual([]);

    // Positive control: the same fields read by the clerk are recorded.
    await server.gql(
      `query($id: ID!) { conversation(id: $id) { subject citizenName messages { edges { node { body } } } } }`,
      { id: conversation.id },
      town.clerk.headers,
    );
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'HTTP')]);
  });

  it('withholds the answer when the log cannot be written: an error, no names, no 500', async () => {
    const town = await messagingTown(server);
    const { conversation } = await conversationIn(town);
    await refuseLogWrites();

    const { status, body } = await server.gql(
      'query($id: ID!) { conversation(id: $id) { subject citizenName } }',
      { id: conversation.id },
      town.clerk.headers,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('Bürgerin Berger');
  });
});

describe('over the WebSocket', () => {
  it('records a query there as a WebSocket read', async () => {
    const town = await messagingTown(server);
    const { conversation, entry } = await conversationIn(town);
    const answers = subscription<{ conversation: { citizenName: string } }>(
      clientFor(town.clerk),
      'query($id: ID!) { conversation(id: $id) { citizenName } }',
      { id: conversation.id },
    );
    expect((await answers.next()).data).toEqual({
      conversation: { citizenName: 'Bürgerin Berger' },
    });
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'WEBSOCKET')]);
  });

  it('records each inbox event delivered to staff before it arrives', async () => {
    const town = await messagingTown(server);
    const inbox = subscription<{
      inboxEvents: {
        reason: string;
        conversation: { id: string; subject: string; citizenName: string };
      };
    }>(
      clientFor(town.clerk),
      'subscription($o: ID!) { inboxEvents(officeId: $o) { reason conversation { id subject citizenName } } }',
      { o: town.town.office },
    );
    await waitForSubscriptions(server.bus, 1);

    const { conversation, entry } = await conversationIn(town);
    const event = (await inbox.next()).data!.inboxEvents;
    expect(event).toEqual({
      reason: 'CREATED',
      conversation: {
        id: conversation.id,
        subject: 'Frage zum Antrag',
        citizenName: 'Bürgerin Berger',
      },
    });
    // Written before the frame was sent: it is there when the event arrives.
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'WEBSOCKET')]);
  });

  it('records replayed and live messages for staff, one INSERT per event for all of them, none for the citizen', async () => {
    const town = await messagingTown(server);
    const colleague = {
      account: await createAccount(server, {
        roles: [Role.STAFF],
        officeIds: [town.town.officeId],
        name: 'Frau Kollegin',
      }),
    } as Party;
    colleague.token = await signIn(server, colleague.account);
    colleague.headers = bearer(colleague.token);
    const { conversation, entry } = await conversationIn(town);

    // The clerk replays from the start: the replayed message is recorded.
    const clerk = follow(town.clerk, conversation.id, 0);
    expect((await clerk.next()).data!.conversationEvents.message).toMatchObject({ seq: 1 });
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'WEBSOCKET')]);

    // The colleague and the citizen follow live from now on.
    const live = follow(colleague, conversation.id, 1);
    const citizen = follow(town.citizen, conversation.id, 1);
    await waitForSubscriptions(server.bus, 3);
    await live.nothingWithin(100);
    afterRepeatWindow();
    await send(server, town.citizen, conversation.id, 'Noch eine Frage');
    for (const follower of [clerk, live, citizen]) {
      expect((await follower.next()).data!.conversationEvents.message).toEqual({
        seq: 2,
        body: 'Noch eine Frage',
      });
    }
    const entries = await entriesOf(conversation.id);
    // The clerk's replay and live message, the colleague's live message (one clock: any order).
    const byActor = (a: Entry, b: Entry) => a.actor_id.localeCompare(b.actor_id);
    expect(entries.sort(byActor)).toEqual(
      [
        entry(town.clerk, 'WEBSOCKET'),
        entry(town.clerk, 'WEBSOCKET'),
        entry(colleague, 'WEBSOCKET'),
      ].sort(byActor),
    );
    // The clerk's replay was one INSERT; both staff members' entries of the live message came
    // from one more (rows of one statement share its transaction id, xmin).
    const inserts = await server.orm.em
      .fork()
      .execute<Array<{ xmin: string }>>(
        'select distinct xmin::text as xmin from data_access_log where subject = ?',
        [entry(town.clerk, 'HTTP').subject],
      );
    expect(inserts).toHaveLength(2);
    // Nothing for the citizen, who read their own messages.
    expect(entries.map((e) => e.actor_id)).not.toContain(town.citizen.account.id);
  });

  it('records a live message once for a staff member who follows the conversation on two sockets', async () => {
    // Given the clerk following a conversation live in two tabs (two sockets)
    const town = await messagingTown(server);
    const { conversation, entry } = await conversationIn(town);
    const tabs = [1, 2].map(() => follow(town.clerk, conversation.id, 1));
    await waitForSubscriptions(server.bus, 2);
    afterRepeatWindow();

    // When the citizen writes
    await send(server, town.citizen, conversation.id, 'Sind Sie noch da?');

    // Then both tabs show it, and the citizen's log has one entry for it, not one per tab (the
    // INSERT's look for a repeat does not see the rows of its own statement)
    for (const tab of tabs) {
      expect((await tab.next()).data!.conversationEvents.message).toEqual({
        seq: 2,
        body: 'Sind Sie noch da?',
      });
    }
    expect(await entriesOf(conversation.id)).toEqual([entry(town.clerk, 'WEBSOCKET')]);
  });

  it('withholds a live message from staff when its log entry cannot be written, and ends their subscription', async () => {
    // Given the clerk and the citizen following a conversation live, and a log that refuses writes
    const town = await messagingTown(server);
    const { conversation } = await conversationIn(town);
    const clerk = follow(town.clerk, conversation.id, 1);
    const citizen = follow(town.citizen, conversation.id, 1);
    await waitForSubscriptions(server.bus, 2);
    afterRepeatWindow();
    await refuseLogWrites();

    // When the citizen writes
    await send(server, town.citizen, conversation.id, 'Meine Steuernummer ist 12345');

    // Then the citizen, who reads their own message, gets it; the clerk gets an error without
    // the database's words (masked, with the id of the log line) instead of the message, and their
    // subscription ends; no entry claims a read that did not happen
    expect((await citizen.next()).data!.conversationEvents.message).toEqual({
      seq: 2,
      body: 'Meine Steuernummer ist 12345',
    });
    expect(await clerk.next()).toEqual({
      errors: [
        {
          message: 'An internal error occurred. Please try again later.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ],
    });
    await waitUntil(
      () => server.bus.activeSubscriptions() === 1,
      'the clerk’s subscription closed, the citizen’s open',
    );
    expect(await entriesOf(conversation.id)).toEqual([]);
  });
});
