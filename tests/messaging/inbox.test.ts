import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { sqlStatementsOf, startTestServer, type TestServer } from '../support/test-server.js';

const T0 = new Date('2027-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => server.clock.set(T0));

function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

/**
 * An office with `count` conversations, each of its own citizen and three messages long (the
 * citizen asks, the clerk answers, the citizen answers back); each one's activity is a minute
 * later than the one before. Returns the conversations' ids, latest activity first.
 */
async function busyOffice(count: number) {
  const { town, clerk } = await messagingTown(server);
  const latestFirst: string[] = [];
  for (let index = 0; index < count; index += 1) {
    server.clock.set(minutes(index));
    const account = await createAccount(server, { name: `Bürger ${index}` });
    const token = await signIn(server, account);
    const citizen: Party = { account, token, headers: bearer(token) };
    const { id } = await startConversation(server, citizen, town.office);
    await send(server, clerk, id, `Antwort an Bürger ${index}`);
    await send(server, citizen, id, `Danke, Bürger ${index}`);
    latestFirst.unshift(id);
  }
  return { town, clerk, latestFirst };
}

type InboxPage = {
  inbox: {
    unreadConversations: number;
    conversations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          citizenName: string;
          assignee: { name: string } | null;
          messages: {
            totalCount: number;
            edges: Array<{ node: { seq: number; authorRole: string; authorName: string | null } }>;
          };
        };
      }>;
    };
  };
};

const INBOX = `query($o: ID!, $first: Int, $after: String, $status: ConversationStatus, $assignee: InboxAssignee! = ANYONE) {
  inbox(officeId: $o, first: $first, after: $after, status: $status, assignee: $assignee) {
    unreadConversations
    conversations {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id citizenName assignee { name }
        messages(last: 10) { totalCount edges { node { seq authorRole authorName } } } } }
    }
  }
}`;

describe('batching', () => {
  it('answers a page of the inbox, with every conversation’s messages and authors, in 3 statements whatever its size', async () => {
    const { town, clerk, latestFirst } = await busyOffice(6);
    // Reading the inbox once moves the session's last use; the requests measured touch nothing.
    server.clock.set(minutes(10));
    await server.gql(INBOX, { o: town.office, first: 1 }, clerk.headers);
    for (const first of [2, 6]) {
      const requestId = `inbox-batching-${first}`;
      const { body } = await server.gql<InboxPage>(
        INBOX,
        { o: town.office, first },
        { ...clerk.headers, 'x-request-id': requestId },
      );
      const edges = body.data!.inbox.conversations.edges;
      expect(edges.map((edge) => edge.node.id)).toEqual(latestFirst.slice(0, first));
      edges.forEach(({ node }, index) => {
        const citizen = `Bürger ${5 - index}`;
        expect(node.citizenName).toBe(citizen);
        expect(node.messages).toEqual({
          totalCount: 3,
          edges: [
            { node: { seq: 1, authorRole: 'CITIZEN', authorName: citizen } },
            { node: { seq: 2, authorRole: 'STAFF', authorName: 'Herr Sachbearbeiter' } },
            { node: { seq: 3, authorRole: 'CITIZEN', authorName: citizen } },
          ],
        });
      });
      // The session, the page with its counts and names, and all conversations' messages with
      // the INSERT into the data access log for every conversation read (a data-modifying CTE).
      expect(sqlStatementsOf(server.logs, requestId)).toBe(3);
    }
  });

  it('records the clerk’s reading of each conversation on the page in its citizen’s data access log', async () => {
    const { town, clerk, latestFirst } = await busyOffice(3);
    const em = server.orm.em.fork();
    const entries = () =>
      em.execute<Array<{ citizen_id: string; subject: string; reason: string }>>(
        'select citizen_id, subject, reason from data_access_log where actor_id = ? order by subject',
        [clerk.account.id],
      );
    expect(await entries()).toEqual([]);

    await server.gql(INBOX, { o: town.office, first: 2 }, clerk.headers);

    const read = await em.execute<Array<{ id: string; citizen_id: string }>>(
      'select id, citizen_id from conversation where id in (?) order by id',
      [latestFirst.slice(0, 2).map(uuidOf)],
    );
    expect(await entries()).toEqual(
      read
        .map((c) => ({
          citizen_id: c.citizen_id,
          subject: `CONVERSATION:${c.id}`,
          reason: 'ANSWERING_REQUEST',
        }))
        .sort((left, right) => left.subject.localeCompare(right.subject)),
    );
  });

  it('writes a conversation read by its subject alone after the page, and none for an empty window of messages', async () => {
    const { town, clerk, latestFirst } = await busyOffice(2);
    const em = server.orm.em.fork();
    const entries = async () =>
      (
        await em.execute<Array<{ subject: string; accessed_at: string | Date }>>(
          'select subject, accessed_at from data_access_log where actor_id = ?',
          [clerk.account.id],
        )
      )
        .map((row) => ({ subject: row.subject, at: new Date(row.accessed_at).toISOString() }))
        .sort((left, right) => (left.subject < right.subject ? -1 : 1));
    const page = (fields: string) =>
      server.gql(
        `query($o: ID!) { inbox(officeId: $o, first: 2) { conversations { edges { node { ${fields} } } } } }`,
        { o: town.office },
        clerk.headers,
      );

    const empty = await page('id messages(last: 0) { totalCount }');
    expect(empty.body.errors).toBeUndefined();
    expect(await entries()).toEqual([]);

    server.clock.set(minutes(20));
    const subjects = await page('subject messages(last: 0) { totalCount }');
    expect(subjects.body.errors).toBeUndefined();
    const conversations = latestFirst.map((id) => `CONVERSATION:${uuidOf(id)}`).sort();
    expect(await entries()).toEqual(
      conversations.map((subject) => ({ subject, at: minutes(20).toISOString() })),
    );
  });
});

describe('filters and pages', () => {
  it('filters by status and assignee, counts what matches, and pages with cursors', async () => {
    const { town, clerk, latestFirst } = await busyOffice(4);
    const [c3, c2, c1, c0] = latestFirst as [string, string, string, string];
    const colleague = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [town.officeId],
      name: 'Frau Kollegin',
    });
    const assign = (conversationId: string, assigneeId: string) =>
      server.gql(
        'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { userErrors { code } } }',
        {
          input: {
            conversationId,
            assigneeId: Buffer.from(`Account:${assigneeId}`).toString('base64'),
          },
        },
        clerk.headers,
      );
    await assign(c1, clerk.account.id);
    await assign(c2, colleague.id);
    await server.gql(
      'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { userErrors { code } } }',
      { input: { conversationId: c0, closed: true } },
      clerk.headers,
    );
    const ask = async (variables: Record<string, unknown>) => {
      const { body } = await server.gql<InboxPage>(
        INBOX,
        { o: town.office, ...variables },
        clerk.headers,
      );
      const { conversations, unreadConversations } = body.data!.inbox;
      return {
        ids: conversations.edges.map((edge) => edge.node.id),
        assignees: conversations.edges.map((edge) => edge.node.assignee?.name ?? null),
        totalCount: conversations.totalCount,
        pageInfo: conversations.pageInfo,
        unreadConversations,
      };
    };

    expect(await ask({})).toMatchObject({
      ids: [c3, c2, c1, c0],
      assignees: [null, 'Frau Kollegin', 'Herr Sachbearbeiter', null],
      totalCount: 4,
      // Every conversation ends with the citizen's message; the closed one does not count.
      unreadConversations: 3,
    });
    expect(await ask({ assignee: 'ME' })).toMatchObject({ ids: [c1], totalCount: 1 });
    expect(await ask({ assignee: 'UNASSIGNED' })).toMatchObject({ ids: [c3, c0], totalCount: 2 });
    expect(await ask({ status: 'CLOSED' })).toMatchObject({ ids: [c0], totalCount: 1 });
    expect(await ask({ status: 'OPEN', assignee: 'UNASSIGNED' })).toMatchObject({
      ids: [c3],
      totalCount: 1,
    });

    const first = await ask({ first: 2 });
    expect(first).toMatchObject({ ids: [c3, c2], pageInfo: { hasNextPage: true } });
    const second = await ask({ first: 2, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ ids: [c1, c0], pageInfo: { hasNextPage: false } });
    expect(await ask({ first: 2, after: second.pageInfo.endCursor })).toEqual({
      ids: [],
      assignees: [],
      totalCount: 4,
      pageInfo: { hasNextPage: false, endCursor: null },
      unreadConversations: 3,
    });
  });
});

describe('the clerk’s views', () => {
  it('leaves out closed conversations, and lists those waiting for the office (the citizen wrote last)', async () => {
    // Given four conversations that end with the citizen's message: one answered since, one closed
    const { town, clerk, latestFirst } = await busyOffice(4);
    const [c3, c2, c1, c0] = latestFirst as [string, string, string, string];
    server.clock.set(minutes(10));
    await send(server, clerk, c2, 'Erledigt, Ihr Ausweis liegt bereit.');
    await server.gql(
      'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { userErrors { code } } }',
      { input: { conversationId: c1, closed: true } },
      clerk.headers,
    );
    const ask = async (variables: Record<string, unknown>) => {
      const { body } = await server.gql<InboxPage>(
        INBOX.replace(
          '$assignee: InboxAssignee! = ANYONE',
          '$assignee: InboxAssignee! = ANYONE, $excludeClosed: Boolean! = false',
        ).replace('assignee: $assignee)', 'assignee: $assignee, excludeClosed: $excludeClosed)'),
        { o: town.office, ...variables },
        clerk.headers,
      );
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return {
        ids: body.data.inbox.conversations.edges.map((edge) => edge.node.id),
        totalCount: body.data.inbox.conversations.totalCount,
      };
    };

    // Then "open" leaves out the closed one, "waiting for us" the answered one as well
    expect(await ask({ excludeClosed: true })).toEqual({ ids: [c2, c3, c0], totalCount: 3 });
    expect(await ask({ excludeClosed: true, status: 'OPEN' })).toEqual({
      ids: [c3, c0],
      totalCount: 2,
    });
    // And without the filter, every conversation is listed as before
    expect(await ask({})).toEqual({ ids: [c2, c3, c1, c0], totalCount: 4 });

    // When the answered one is closed and both closed ones are reopened, each is whose turn it was
    const setClosed = (conversationId: string, closed: boolean) =>
      server.gql(
        'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { conversation { status } } }',
        { input: { conversationId, closed } },
        clerk.headers,
      );
    await setClosed(c2, true);
    expect((await setClosed(c2, false)).body.data).toEqual({
      setConversationStatus: { conversation: { status: 'WAITING_FOR_CITIZEN' } },
    });
    expect((await setClosed(c1, false)).body.data).toEqual({
      setConversationStatus: { conversation: { status: 'OPEN' } },
    });
    expect(await ask({ excludeClosed: true, status: 'OPEN' })).toEqual({
      ids: [c3, c1, c0],
      totalCount: 3,
    });
  });

  it('names the office’s staff whom a conversation can be assigned to, by name', async () => {
    const { town, clerk } = await messagingTown(server);
    await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [town.officeId],
      name: 'Anna Kollegin',
    });
    await createAccount(server, { roles: [Role.ADMIN], name: 'Adam Admin' });
    const elsewhere = await messagingTown(server);
    const { body } = await server.gql<{
      inbox: { colleagues: Array<{ id: string; name: string }> };
    }>(
      'query($o: ID!) { inbox(officeId: $o, first: 1) { colleagues { id name } } }',
      { o: town.office },
      clerk.headers,
    );
    expect(body.data!.inbox.colleagues).toEqual([
      { id: expect.any(String), name: 'Anna Kollegin' },
      {
        id: Buffer.from(`Account:${clerk.account.id}`).toString('base64'),
        name: 'Herr Sachbearbeiter',
      },
    ]);
    const refused = await server.gql(
      'query($o: ID!) { inbox(officeId: $o, first: 1) { colleagues { id } } }',
      { o: town.office },
      elsewhere.clerk.headers,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('message times', () => {
  it('gives each message’s time as the API writes every time: ISO 8601 in UTC, with milliseconds', async () => {
    const { town, clerk } = await messagingTown(server);
    const account = await createAccount(server, { name: 'Bürgerin Zeit' });
    const token = await signIn(server, account);
    const citizen: Party = { account, token, headers: bearer(token) };
    const sentAt = new Date('2027-03-02T09:00:01.234Z');
    server.clock.set(sentAt);
    const { id } = await startConversation(server, citizen, town.office);
    const { body } = await server.gql<{
      inbox: {
        conversations: {
          edges: Array<{
            node: { id: string; messages: { edges: Array<{ node: { createdAt: string } }> } };
          }>;
        };
      };
    }>(
      `query($o: ID!) { inbox(officeId: $o, first: 5) { conversations { edges { node { id
         messages(last: 10) { edges { node { createdAt } } } } } } } }`,
      { o: town.office },
      clerk.headers,
    );
    const conversation = body.data!.inbox.conversations.edges.find((edge) => edge.node.id === id);
    expect(conversation?.node.messages.edges[0]?.node.createdAt).toBe(sentAt.toISOString());
  });
});
