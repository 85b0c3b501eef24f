import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-02T09:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

const CONVERSATION = `query($id: ID!) {
  conversation(id: $id) {
    subject status lastSeq unreadCount citizenLastReadSeq officeLastReadSeq citizenName
    office { name } assignee { name }
    messages { totalCount edges { node { seq body authorRole authorName } } }
  }
}`;

type ConversationView = {
  conversation: {
    status: string;
    lastSeq: number;
    unreadCount: number;
    citizenLastReadSeq: number;
    officeLastReadSeq: number;
    assignee: { name: string } | null;
    messages: {
      totalCount: number;
      edges: Array<{ node: { seq: number; body: string; authorRole: string } }>;
    };
  } | null;
};

it('carries a conversation between a citizen and the office, with statuses and read receipts', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  expect(conversation).toEqual({ id: expect.any(String), lastSeq: 1, status: 'OPEN' });

  const inbox = await server.gql<{
    inbox: {
      unreadConversations: number;
      conversations: {
        edges: Array<{ node: { id: string; unreadCount: number; citizenName: string } }>;
      };
    };
  }>(
    'query($o: ID!) { inbox(officeId: $o) { unreadConversations conversations { edges { node { id unreadCount citizenName } } } } }',
    { o: town.office },
    clerk.headers,
  );
  expect(inbox.body.data!.inbox).toEqual({
    unreadConversations: 1,
    conversations: {
      edges: [{ node: { id: conversation.id, unreadCount: 1, citizenName: 'Bürgerin Berger' } }],
    },
  });

  const reply = await send(server, clerk, conversation.id, 'Gern, worum geht es genau?');
  expect(reply.message).toMatchObject({ seq: 2, authorRole: 'STAFF' });

  const citizenView = await server.gql<ConversationView>(
    CONVERSATION,
    { id: conversation.id },
    citizen.headers,
  );
  expect(citizenView.body.data!.conversation).toMatchObject({
    status: 'WAITING_FOR_CITIZEN',
    lastSeq: 2,
    unreadCount: 1,
    officeLastReadSeq: 2,
    citizenLastReadSeq: 1,
    messages: {
      totalCount: 2,
      edges: [
        { node: { seq: 1, authorRole: 'CITIZEN' } },
        { node: { seq: 2, body: 'Gern, worum geht es genau?' } },
      ],
    },
  });

  await server.gql(
    'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { unreadCount } } }',
    { input: { conversationId: conversation.id, seq: 2 } },
    citizen.headers,
  );
  const clerkView = await server.gql<ConversationView>(
    CONVERSATION,
    { id: conversation.id },
    clerk.headers,
  );
  expect(clerkView.body.data!.conversation).toMatchObject({
    citizenLastReadSeq: 2,
    unreadCount: 0,
  });

  const answer = await send(server, citizen, conversation.id, 'Um die Gewerbeanmeldung.');
  expect(answer.message?.seq).toBe(3);
  expect(
    (await server.gql<ConversationView>(CONVERSATION, { id: conversation.id }, citizen.headers))
      .body.data!.conversation?.status,
  ).toBe('OPEN');
});

it('returns the first message for a retried clientMessageId and stores nothing new', async () => {
  const { town, citizen } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  const [first, retry, concurrent] = await Promise.all([
    send(server, citizen, conversation.id, 'Einmal bitte', 'retry-1'),
    send(server, citizen, conversation.id, 'Einmal bitte', 'retry-1'),
    send(server, citizen, conversation.id, 'Einmal bitte', 'retry-1'),
  ]);
  expect(retry.message).toEqual(first.message);
  expect(concurrent.message).toEqual(first.message);
  const rows = await server.orm.em
    .fork()
    .execute<Array<{ seq: number }>>(
      'select seq from message where conversation_id = ? order by seq',
      [Buffer.from(conversation.id, 'base64').toString().split(':')[1]],
    );
  expect(rows.map((row) => row.seq)).toEqual([1, 2]);
});

it('shows a conversation only to its citizen and the office’s staff', async () => {
  const { town, citizen } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  const otherCitizen = bearer(await signIn(server, await createAccount(server)));
  const otherClerk = await messagingTown(server).then((other) => other.clerk);

  for (const headers of [otherCitizen, otherClerk.headers]) {
    expect((await server.gql(CONVERSATION, { id: conversation.id }, headers)).body.data).toEqual({
      conversation: null,
    });
    expect(await send(server, { headers } as never, conversation.id, 'Hallo?')).toEqual({
      message: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['conversationId'] }],
    });
  }
  const inbox = await server.gql(
    'query($o: ID!) { inbox(officeId: $o) { unreadConversations } }',
    { o: town.office },
    otherClerk.headers,
  );
  expect(inbox.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const { body } = await server.gql<{ conversations: { totalCount: number } }>(
    '{ conversations { totalCount } }',
    {},
    otherCitizen,
  );
  expect(body.data!.conversations.totalCount).toBe(0);
});

it('writes the staff’s reading of the messages to the citizen’s data access log', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  await server.gql(CONVERSATION, { id: conversation.id }, clerk.headers);
  const { body } = await server.gql<{
    me: {
      dataAccessLog: {
        edges: Array<{ node: { subject: string; reason: string; staffMember: string } }>;
      };
    };
  }>(
    '{ me { dataAccessLog { edges { node { subject reason staffMember } } } } }',
    {},
    citizen.headers,
  );
  expect(body.data!.me.dataAccessLog.edges.map((edge) => edge.node)).toContainEqual({
    subject: expect.stringMatching(/^CONVERSATION:/),
    reason: 'ANSWERING_REQUEST',
    staffMember: 'Herr Sachbearbeiter',
  });
});

it('refuses empty and over-long messages, naming the field', async () => {
  const { town, citizen } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  expect((await send(server, citizen, conversation.id, '   ')).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['body'] },
  ]);
  expect((await send(server, citizen, conversation.id, 'x'.repeat(4001))).userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['body'] },
  ]);
  expect((await send(server, citizen, conversation.id, 'x'.repeat(4000))).message?.seq).toBe(2);
});

it('answers outside office hours with a notice saying when the office is back, once', async () => {
  // Open 08:00–12:00 local; it is 21:00 local on Tuesday 2 March.
  server.clock.set(new Date('2027-03-02T20:00:00Z'));
  try {
    const { town, citizen } = await messagingTown(server, { hours: ['08:00', '12:00'] });
    const conversation = await startConversation(server, citizen, town.office);
    const { body } = await server.gql<ConversationView>(
      CONVERSATION,
      { id: conversation.id },
      citizen.headers,
    );
    const messages = body.data!.conversation!.messages.edges.map((edge) => edge.node);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({
      seq: 2,
      authorRole: 'SYSTEM',
      body: expect.stringContaining('Mittwoch, 3. März um 08:00'),
    });
    await send(server, citizen, conversation.id, 'Noch etwas.');
    const after = await server.gql<ConversationView>(
      CONVERSATION,
      { id: conversation.id },
      citizen.headers,
    );
    expect(after.body.data!.conversation!.lastSeq).toBe(3);
  } finally {
    server.clock.set(new Date('2027-03-02T09:00:00Z'));
  }
});

it('assigns conversations within the office only, closes and reopens them', async () => {
  const { town, citizen, clerk } = await messagingTown(server);
  const colleague = await createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [town.officeId],
    name: 'Frau Kollegin',
  });
  const outsider = await createAccount(server, { roles: [Role.STAFF] });
  const conversation = await startConversation(server, citizen, town.office);
  const assign =
    'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { conversation { assignee { name } } userErrors { code field } } }';
  const toColleague = await server.gql(
    assign,
    {
      input: {
        conversationId: conversation.id,
        assigneeId: Buffer.from(`Account:${colleague.id}`).toString('base64'),
      },
    },
    clerk.headers,
  );
  expect(toColleague.body.data).toEqual({
    assignConversation: { conversation: { assignee: { name: 'Frau Kollegin' } }, userErrors: [] },
  });
  const toOutsider = await server.gql(
    assign,
    {
      input: {
        conversationId: conversation.id,
        assigneeId: Buffer.from(`Account:${outsider.id}`).toString('base64'),
      },
    },
    clerk.headers,
  );
  expect(toOutsider.body.data).toEqual({
    assignConversation: {
      conversation: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['assigneeId'] }],
    },
  });
  const byCitizen = await server.gql(
    assign,
    { input: { conversationId: conversation.id, assigneeId: null } },
    citizen.headers,
  );
  expect(byCitizen.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  const close =
    'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { conversation { status } } }';
  expect(
    (
      await server.gql(
        close,
        { input: { conversationId: conversation.id, closed: true } },
        citizen.headers,
      )
    ).body.data,
  ).toEqual({
    setConversationStatus: { conversation: { status: 'CLOSED' } },
  });
  await send(server, citizen, conversation.id, 'Doch noch eine Frage.');
  const reopened = await server.gql<ConversationView>(
    CONVERSATION,
    { id: conversation.id },
    citizen.headers,
  );
  expect(reopened.body.data!.conversation!.status).toBe('OPEN');
});

it('pages through messages with cursors, from the latest backwards', async () => {
  const { town, citizen } = await messagingTown(server);
  const conversation = await startConversation(server, citizen, town.office);
  for (let i = 2; i <= 7; i += 1) await send(server, citizen, conversation.id, `Nachricht ${i}`);
  const page =
    'query($id: ID!, $last: Int, $before: String) { conversation(id: $id) { messages(last: $last, before: $before) { pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { seq } } } } }';
  type Page = {
    conversation: {
      messages: {
        pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string };
        edges: Array<{ node: { seq: number } }>;
      };
    };
  };
  const latest = await server.gql<Page>(page, { id: conversation.id, last: 3 }, citizen.headers);
  expect(latest.body.data!.conversation.messages.edges.map((edge) => edge.node.seq)).toEqual([
    5, 6, 7,
  ]);
  expect(latest.body.data!.conversation.messages.pageInfo).toMatchObject({
    hasPreviousPage: true,
    hasNextPage: false,
  });
  const earlier = await server.gql<Page>(
    page,
    {
      id: conversation.id,
      last: 3,
      before: latest.body.data!.conversation.messages.pageInfo.startCursor,
    },
    citizen.headers,
  );
  expect(earlier.body.data!.conversation.messages.edges.map((edge) => edge.node.seq)).toEqual([
    2, 3, 4,
  ]);

  // Cursors this list did not issue, and page sizes out of range, name the argument.
  const cursor = (text: string) => Buffer.from(text).toString('base64url');
  for (const [variables, argument] of [
    [{ last: 3, before: cursor('offset:4') }, 'before'],
    [{ last: 3, before: cursor('seq:-1') }, 'before'],
    [{ last: 3, before: cursor('seq:4:5') }, 'before'],
    [{ last: 3, before: 'seq:4' }, 'before'],
    [{ last: 101 }, 'last'],
  ] as const) {
    const refused = await server.gql(page, { id: conversation.id, ...variables }, citizen.headers);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument,
    });
  }
});
