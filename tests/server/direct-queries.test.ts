import pg from 'pg';
import { MAX_DIRECT_OPERATIONS } from '../../src/server/direct-queries.js';
import { readManifests, CLIENT_MANIFESTS } from '../../src/server/trusted-documents.js';
import { databaseUrl } from '../support/database.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { startTestServer, withoutCost, type TestServer } from '../support/test-server.js';

// A query Apollo has run compiled is answered past Apollo from then on (the direct path,
// docs/decisions/0033-direct-queries.md). Its answers must be Apollo's byte for byte, status and
// headers too, in success and in each kind of failure; what Apollo would refuse before running
// anything is handed to Apollo. The request log says which path answered (`direct: true`).

let server: TestServer;
let clerk: Party;
let citizen: Party;
let office: string;
let conversation: string;

beforeAll(async () => {
  // Each compilable query compiles on its first run (as in every test server): the first request
  // of a document is Apollo's, the second the direct path's.
  // The clock stands still: the budget's window ends at the same second for every request.
  server = await startTestServer({
    now: new Date('2027-03-02T09:00:20Z'),
    env: { DATABASE_STATEMENT_TIMEOUT_MS: '1000' },
  });
  const town = await messagingTown(server);
  ({ clerk, citizen } = town);
  office = town.town.office;
  ({ id: conversation } = await startConversation(server, citizen, office));
  await send(server, clerk, conversation, 'Guten Tag, wie kann ich helfen?');
});

afterAll(async () => {
  await server?.close();
});

type Answer = {
  status: number;
  headers: Record<string, string>;
  text: string;
  direct: boolean;
  /** The SQL statements of the request (not compared: a repeated read is logged once). */
  statements: number;
  /** What is left of the caller's budget (not compared: each request takes its cost). */
  budgetLeft: number | null;
};

let requests = 0;

/** One request; its request id is written as "<id>" in the answer, so two answers compare. */
async function ask(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  requests += 1;
  const requestId = `direct-${String(requests).padStart(4, '0')}`;
  const response = await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', 'x-request-id': requestId, ...headers })
    .send(body);
  const log = server.logs.find((line) => line.msg === 'request' && line.requestId === requestId);
  if (!log) throw new Error(`no request log for ${requestId}`);
  const { date: _date, 'x-request-id': _id, ...rest } = response.headers as Record<string, string>;
  // What is left of a caller's budget changes with each request.
  const left = /"remaining":(\d+)/.exec(response.text)?.[1];
  if (rest.ratelimit) rest.ratelimit = rest.ratelimit.replace(/;r=\d+;/, ';r=<n>;');
  return {
    status: response.status,
    headers: rest,
    text: response.text.replaceAll(requestId, '<id>').replace(/"remaining":\d+/, '"remaining":0'),
    direct: log.direct === true,
    statements: log.sqlStatements as number,
    budgetLeft: left === undefined ? null : Number(left),
  };
}

/** Asks twice: Apollo answers the first, the direct path the second, the same. */
async function twice(body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const first = await ask(body, headers);
  const second = await ask(body, headers);
  expect(first.direct).toBe(false);
  expect(second.direct).toBe(true);
  const { statements, budgetLeft } = second;
  expect(second).toEqual({ ...first, direct: true, statements, budgetLeft });
  return second;
}

const CONVERSATION = `query Conversation($id: ID!) {
  conversation(id: $id) { id subject citizenName messages { edges { node { seq body authorRole } } } }
}`;

describe('the direct path answers as Apollo does', () => {
  it('a query with its data, cost and headers', async () => {
    const answer = await twice(
      { query: CONVERSATION, variables: { id: conversation }, operationName: 'Conversation' },
      clerk.headers,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.text)).toMatchObject({
      data: { conversation: { citizenName: 'Bürgerin Berger' } },
      extensions: { cost: { requested: expect.any(Number) } },
    });
  });

  it("a citizen's query, with the budget's RateLimit headers", async () => {
    const query = 'query { conversations(first: 5) { totalCount } }';
    const second = await twice({ query }, citizen.headers);
    const third = await ask({ query }, citizen.headers);
    const { requested } = JSON.parse(second.text).extensions.cost;
    expect(third).toMatchObject({ direct: true, budgetLeft: (second.budgetLeft ?? 0) - requested });
    expect(third.headers.ratelimit).toMatch(/^"budget";r=<n>;t=\d+$/);
  });

  it('an error of a resolver, and a refusal of rights', async () => {
    const query = CONVERSATION.replace('Conversation(', 'Missing(');
    const missing = await twice(
      { query, variables: { id: 'Q29udmVyc2F0aW9uOm5vbmU=' } },
      clerk.headers,
    );
    expect(JSON.parse(missing.text).errors).toHaveLength(1);
    const refused = await twice({
      query: CONVERSATION.replace('Conversation(', 'Anonymous('),
      variables: { id: conversation },
    });
    expect(JSON.parse(refused.text).errors[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('a database that cannot serve: 503 with Retry-After', async () => {
    const query = 'query Locked($id: ID!) { conversation(id: $id) { subject } }';
    const holder = new pg.Client({ connectionString: databaseUrl(server.databaseName) });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table conversation in access exclusive mode');
      const answer = await twice({ query, variables: { id: conversation } }, clerk.headers);
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBeDefined();
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await holder.query('rollback').catch(() => {});
      await holder.end();
    }
    // Positive control: the same document, the table free again.
    const served = await ask({ query, variables: { id: conversation } }, clerk.headers);
    expect(served).toMatchObject({ status: 200, direct: true });
  });

  it('an answer withheld because the data access log cannot be written', async () => {
    const query = 'query Withheld($id: ID!) { conversation(id: $id) { citizenName } }';
    const em = server.orm.em.fork();
    await em.execute(`create or replace function direct_test_refused() returns trigger as $$
      begin raise exception 'refused by the test'; end $$ language plpgsql`);
    await em.execute(`create trigger direct_test_refused before insert on data_access_log
      for each statement execute function direct_test_refused()`);
    try {
      const answer = await twice({ query, variables: { id: conversation } }, clerk.headers);
      expect(JSON.parse(answer.text)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '<id>' } }],
      });
      expect(answer.text).not.toContain('Berger');
    } finally {
      await em.execute('drop trigger direct_test_refused on data_access_log');
    }
    const served = await ask({ query, variables: { id: conversation } }, clerk.headers);
    expect(served.direct).toBe(true);
    expect(served.text).toContain('Bürgerin Berger');
  });

  it('a listed document asked by its id', async () => {
    const [id] = [...readManifests(CLIENT_MANIFESTS)].find(([, text]) =>
      text.startsWith('query Me '),
    ) ?? [''];
    const body = {
      operationName: 'Me',
      extensions: { persistedQuery: { version: 1, sha256Hash: id } },
    };
    const answer = await twice(body, clerk.headers);
    expect(JSON.parse(answer.text).data.me.name).toBe('Herr Sachbearbeiter');
  });

  it('each Accept header after Apollo has answered it once', async () => {
    const body = {
      query: CONVERSATION.replace('Conversation(', 'Accepted('),
      variables: { id: conversation },
    };
    const accept = { ...clerk.headers, accept: 'application/graphql-response+json' };
    const answer = await twice(body, accept);
    expect(answer.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    // An Accept header Apollo refuses is never learnt.
    const html = { ...clerk.headers, accept: 'text/html' };
    for (const refused of [await ask(body, html), await ask(body, html)]) {
      expect(refused).toMatchObject({ status: 406, direct: false });
    }
  });
});

describe('what Apollo would refuse before running goes to Apollo', () => {
  const body = { query: CONVERSATION, variables: { id: conversation } };

  beforeAll(async () => {
    await ask({ ...body, variables: { id: conversation } }, clerk.headers);
  });

  it('variables that do not coerce', async () => {
    for (const variables of [{}, { id: true }, { id: ['a'] }]) {
      const first = await ask({ query: CONVERSATION, variables }, clerk.headers);
      const second = await ask({ query: CONVERSATION, variables }, clerk.headers);
      expect(first).toMatchObject({ status: 400, direct: false });
      expect(second).toEqual(first);
    }
    // Positive control: good variables are served past Apollo.
    const served = await ask(
      { query: CONVERSATION, variables: { id: conversation } },
      clerk.headers,
    );
    expect(served.direct).toBe(true);
  });

  it('a bearer token that is not valid: 401 from one look-up of it', async () => {
    const invalid = { authorization: `Bearer ${clerk.token.slice(0, -4)}xxxx` };
    const answers = [await ask({ query: CONVERSATION, variables: { id: conversation } }, invalid)];
    answers.push(await ask({ query: CONVERSATION, variables: { id: conversation } }, invalid));
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 401, direct: false, statements: 1 });
    }
    expect(answers[1]).toEqual(answers[0]);
  });

  it('a body Apollo reads otherwise', async () => {
    const query = CONVERSATION;
    const variables = { id: conversation };
    const odd = [
      { query, variables, operationName: 7 },
      { query, variables: JSON.stringify(variables) },
      { query, variables, extensions: 'x' },
      { query, variables, extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
      [{ query, variables }],
    ];
    for (const request of odd) {
      const answer = await ask(request, clerk.headers);
      expect(answer.direct).toBe(false);
      expect(answer.status).toBe(400);
    }
  });
});

describe('what the direct path keeps', () => {
  it(`at most ${MAX_DIRECT_OPERATIONS} operations: the oldest is forgotten, and kept again when Apollo runs it`, async () => {
    const query = (n: number) => ({ query: `query Kept${n} { me { id } }` });
    for (let n = 0; n <= MAX_DIRECT_OPERATIONS; n += 1) await ask(query(n));
    // The newest is kept, the first forgotten: Apollo answers it and it is kept again.
    expect((await ask(query(MAX_DIRECT_OPERATIONS))).direct).toBe(true);
    expect((await ask(query(0))).direct).toBe(false);
    expect((await ask(query(0))).direct).toBe(true);
  });
});

describe('the catalogue cache keeps its own', () => {
  const query = 'query Categories { categories { id name } }';

  it('a query of the catalogue alone is answered by Apollo while the cache is on', async () => {
    const answers = [await ask({ query }), await ask({ query }), await ask({ query })];
    expect(answers.map((answer) => answer.direct)).toEqual([false, false, false]);
    expect(new Set(answers.map((answer) => withoutCost(answer.text))).size).toBe(1);
  });

  it('and past Apollo without the cache', async () => {
    const uncached = await startTestServer({
      databaseName: server.databaseName,
      env: { CATALOGUE_CACHE_SECONDS: '0' },
    });
    try {
      for (const direct of [false, true]) {
        await uncached
          .http()
          .post('/graphql')
          .set('x-request-id', `uncached-${direct}`)
          .send({ query });
        const log = uncached.logs.find((line) => line.requestId === `uncached-${direct}`);
        expect(log?.direct === true).toBe(direct);
      }
    } finally {
      await uncached.close();
    }
  });
});
