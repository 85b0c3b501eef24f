import { parse, type OperationDefinitionNode } from 'graphql';
import { createSchema } from '../../src/resolvers/schema.js';
import { compiledExecution, isCompilable } from '../../src/server/compiled-execution.js';
import { createLogger } from '../../src/server/logger.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { DEMO_SEED_DAY } from '../support/templates.js';
import { bodyWithoutCost, startTestServer, type TestServer } from '../support/test-server.js';

// Hot queries run compiled (graphql-jit, docs/decisions/0010-compiled-queries.md). Two servers on
// one database, one compiling every compilable query at once and one never compiling, must give
// the same answers, errors included, byte for byte.

let compiled: TestServer;
let interpreted: TestServer;
let clerk: Party;
let citizen: Party;
let office: string;
let service: string;

beforeAll(async () => {
  compiled = await startTestServer({
    template: 'demo',
    now: DEMO_SEED_DAY,
    env: { GRAPHQL_COMPILE_AFTER: '0' },
  });
  interpreted = await startTestServer({
    databaseName: compiled.databaseName,
    now: DEMO_SEED_DAY,
    env: { GRAPHQL_COMPILE_AFTER: 'never' },
  });
  const town = await messagingTown(compiled);
  ({ clerk, citizen } = town);
  office = town.town.office;
  service = town.town.service;
  const { id } = await startConversation(compiled, citizen, office);
  await send(compiled, clerk, id, 'Guten Tag, wie kann ich helfen?');
  await send(compiled, citizen, id, 'Danke!');
});

/** Undoes what a test broke on purpose in the shared database. */
let restore: (() => Promise<unknown>) | null = null;

afterEach(async () => {
  await restore?.();
  restore = null;
});

afterAll(async () => {
  await interpreted?.close();
  await compiled?.close();
});

const compiledOperations = () =>
  compiled.logs.filter((line) => line.msg === 'query compiled').map((line) => line.operationName);

/** Asks both servers; the answers must be the same, and the compiled server must have compiled. */
async function same(
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const reference = await interpreted.gql(query, variables, headers);
  const answer = await compiled.gql(query, variables, headers);
  const again = await compiled.gql(query, variables, headers);
  expect(answer.status).toBe(reference.status);
  // The cost is the same; what is left of the budget is each server's own.
  const expected = JSON.stringify(bodyWithoutCost(reference.body));
  expect(JSON.stringify(bodyWithoutCost(answer.body))).toBe(expected);
  expect(JSON.stringify(bodyWithoutCost(again.body))).toBe(expected);
  expect(answer.body.extensions?.cost).toMatchObject({
    requested: (reference.body.extensions?.cost as { requested: number }).requested,
  });
  expect(compiledOperations()).toContain(operationName);
  expect(interpreted.logs.some((line) => line.msg === 'query compiled')).toBe(false);
  return reference;
}

const INBOX = `query Inbox($officeId: ID!, $first: Int!, $last: Int!) {
  inbox(officeId: $officeId, first: $first) {
    conversations {
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      totalCount
      edges {
        node {
          id subject status lastSeq citizenLastReadSeq officeLastReadSeq unreadCount
          createdAt lastMessageAt citizenName
          office { id name }
          assignee { id name }
          messages(last: $last) {
            totalCount
            pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
            edges { cursor node { id seq authorRole authorName body createdAt } }
          }
        }
        cursor
      }
    }
    unreadConversations
  }
}`;

describe('the same answers compiled as interpreted', () => {
  it('a catalogue page with its offices and categories, in both languages', async () => {
    const query = `query Catalogue($first: Int!, $lang: Language!) {
      services(first: $first, lang: $lang) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id slug leikaKey name description documents durationMinutes processingTime legalBasis
            fee { amountCents currency }
            category { id slug name }
            offices { id slug name phone email website openingHours { weekday opens closes } }
          }
        }
      }
      categories(lang: $lang) { id name }
    }`;
    for (const lang of ['DE', 'EN']) {
      const { body } = await same('Catalogue', query, { first: 50, lang });
      expect(
        (body.data as { services: { totalCount: number } }).services.totalCount,
      ).toBeGreaterThan(10);
    }
  });

  it('free slots of a service at an office', async () => {
    const { body } = await same(
      'Slots',
      `query Slots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
        freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {
          startsAt endsAt available
        }
      }`,
      {
        serviceId: service,
        officeId: office,
        from: '2027-01-12T00:00:00.000Z',
        to: '2027-01-13T00:00:00.000Z',
      },
    );
    expect((body.data as { freeSlots: unknown[] }).freeSlots.length).toBeGreaterThan(0);
  });

  it('a clerk’s inbox with each conversation’s messages and their authors', async () => {
    const { body } = await same(
      'Inbox',
      INBOX,
      { officeId: office, first: 20, last: 10 },
      clerk.headers,
    );
    const inbox = (body.data as { inbox: { conversations: { edges: unknown[] } } }).inbox;
    expect(inbox.conversations.edges).toHaveLength(1);
  });

  it('the public announcements', async () => {
    const { body } = await same(
      'News',
      `query News($first: Int!) {
        announcements(first: $first) {
          totalCount
          edges { node { id title body category severity emergency townWide publishAt url office { name } } }
        }
      }`,
      { first: 20 },
    );
    expect(JSON.stringify(body.data)).toMatch(/"title"/);
  });

  it('a resolver’s refusal, with its code, path and locations', async () => {
    const { body } = await same(
      'TooMany',
      'query TooMany($first: Int!) { services(first: $first) { totalCount } }',
      { first: 1000 },
    );
    expect(body.errors?.[0]).toMatchObject({
      path: ['services'],
      locations: [{ line: 1, column: 31 }],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('a caller who may not read the inbox', async () => {
    const { body } = await same(
      'Inbox',
      INBOX,
      { officeId: office, first: 20, last: 10 },
      citizen.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('variables of the wrong type: 400, naming the variable', async () => {
    const { status, body } = await same(
      'Paged',
      'query Paged($first: Int!) { services(first: $first) { totalCount } }',
      { first: 'many' },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/\$first/);
  });

  it('omitted variables: the arguments’ own defaults', async () => {
    const query = `query Filtered($officeId: ID!, $assignee: InboxAssignee! = ANYONE, $first: Int) {
      inbox(officeId: $officeId, assignee: $assignee, first: $first) {
        conversations { totalCount edges { node { id } } }
      }
    }`;
    const all = await same('Filtered', query, { officeId: office }, clerk.headers);
    const mine = await same('Filtered', query, { officeId: office, assignee: 'ME' }, clerk.headers);
    expect(all.body.data).toMatchObject({ inbox: { conversations: { totalCount: 1 } } });
    expect(mine.body.data).toMatchObject({ inbox: { conversations: { totalCount: 0 } } });
  });

  it('an unexpected failure: masked, with the request id to quote', async () => {
    await compiled.orm.em.fork().execute('alter table category rename to category_gone');
    restore = () => compiled.orm.em.fork().execute('alter table category_gone rename to category');
    const { body } = await same(
      'Categories',
      'query Categories($lang: Language!) { categories(lang: $lang) { id } }',
      { lang: 'DE' },
      { 'x-request-id': 'support-7' },
    );
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: ['categories'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'support-7' },
      }),
    ]);
  });
});

describe('what is compiled', () => {
  let schema: Awaited<ReturnType<typeof createSchema>>;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const compilable = (source: string) => {
    const document = parse(source);
    return isCompilable(schema, document, document.definitions[0] as OperationDefinitionNode);
  };

  it('queries of object types with scalar and enum variables', () => {
    expect(compilable(INBOX)).toBe(true);
    expect(compilable('query($lang: Language) { offices(lang: $lang) { id __typename } }')).toBe(
      true,
    );
  });

  it.each([
    ['a mutation', 'mutation { signOut { userErrors { code } } }'],
    ['an interface', 'query($id: ID!) { node(id: $id) { id } }'],
    ['a directive', 'query($all: Boolean!) { offices { id name @include(if: $all) } }'],
    // No query takes an input object yet; these hold for the first one that does.
    ['an input object as a variable', 'query($input: VerifyEmailInput!) { offices { id } }'],
    ['an input object as a literal', '{ services(query: { text: "Pass" }) { totalCount } }'],
    ['introspection', '{ __schema { queryType { name } } }'],
  ])('not %s', (_what, source) => {
    expect(compilable(source)).toBe(false);
  });

  it('a query the compiler fails on stays interpreted, and the failure is logged once', async () => {
    const logged: Array<{ msg: string }> = [];
    const logger = createLogger(
      { logLevel: 'info' },
      { write: (line: string) => logged.push(JSON.parse(line)) },
    );
    const gateway = compiledExecution(schema, {
      compileAfter: 0,
      logger,
      compiler: () => {
        throw new Error('a bug in the compiler');
      },
    });
    const { executor } = await gateway.load({ apollo: {} });
    const document = parse('query Hello { __typename }');
    const request = {
      document,
      operation: document.definitions[0],
      operationName: 'Hello',
      request: { variables: {} },
      context: {},
    } as unknown as Parameters<NonNullable<typeof executor>>[0];
    for (let run = 0; run < 3; run += 1) {
      expect(await executor!(request)).toEqual({ data: { __typename: 'Query' } });
    }
    expect(logged.filter((line) => line.msg === 'query not compiled')).toHaveLength(1);
  });
});
