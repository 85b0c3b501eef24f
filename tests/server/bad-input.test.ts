import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';

let server: TestServer;
let production: TestServer;
let town: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  production = await startTestServer({ env: { NODE_ENV: 'production' } });
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await Promise.all([server.close(), production.close()]);
});

async function appointmentCount(): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ count: string }>>('select count(*) as count from appointment');
  return Number(row?.count);
}

/** A graphql-ws client of the production server, as a third-party program would be. */
function productionSocket() {
  return createClient({ url: production.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
}

function post(body: string | Buffer, target = server) {
  return target.http().post('/graphql').set('content-type', 'application/json').send(body);
}

describe('malformed requests get a clear 4xx in JSON and change nothing', () => {
  let before: number;
  beforeAll(async () => {
    before = await appointmentCount();
  });
  afterAll(async () => {
    expect(await appointmentCount()).toBe(before);
  });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await post('{"query": "mutation { bookAppointment(');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(response.body.errors[0].extensions.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers a 2 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const huge = JSON.stringify({
      query: '{ offices { id } }',
      variables: { x: 'a'.repeat(2 * 1024 * 1024) },
    });
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { bookAppointment(input: { ' }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await post(JSON.stringify({ query: '{ offices { id secretField } }' }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringContaining('secretField'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers an operationName that is not in the document with 400, not 500', async () => {
    // A document with one operation and another name asked for (found by tests/faults/fuzz-http).
    const response = await post(
      JSON.stringify({ query: 'query A { offices { id } }', operationName: 'B' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringContaining('"B"'),
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
    });
  });

  it('answers a page path with a malformed escape with 400 in JSON, in every mode, without a stack trace', async () => {
    // Found by tests/faults/fuzz-http: the web client's routes answered Express's HTML page.
    for (const target of [server, production]) {
      const response = await target.http().get('/%c0%ae%c0%ae/%E0%A4%A');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(response.text).not.toMatch(/URIError|node_modules/);
    }
  });

  it('answers a subscription sent over HTTP with 400 BAD_REQUEST naming WebSocket', async () => {
    // Found by tests/faults/fuzz-http: graphql-js ran the field once and answered 200 with
    // INTERNAL_SERVER_ERROR.
    const response = await post(
      JSON.stringify({ query: 'subscription { announcementWithdrawn }' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringContaining('WebSocket'),
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers persisted queries Apollo refuses with 400 BAD_REQUEST and their reason, not as internal errors', async () => {
    // Found by tests/faults/fuzz-http: Apollo gives these no code, so they were masked.
    const wrongHash = await post(
      JSON.stringify({
        query: '{ offices { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
      }),
    );
    const otherVersion = await post(
      JSON.stringify({ extensions: { persistedQuery: { version: 99, sha256Hash: 'c' } } }),
    );
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body.errors[0]).toMatchObject({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(otherVersion.status).toBe(400);
    expect(otherVersion.body.errors[0]).toMatchObject({
      message: 'Unsupported persisted query version',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers variables with more than 50 errors with 400 BAD_USER_INPUT, compiled or not', async () => {
    // Found by tests/faults/fuzz-http: graphql-js's "Too many errors" names no variable and was
    // answered as INTERNAL_SERVER_ERROR.
    const interpreted = await startTestServer({ env: { GRAPHQL_COMPILE_AFTER: 'never' } });
    try {
      for (const target of [server, interpreted]) {
        const response = await target.gql('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
          ids: Array.from({ length: 60 }, () => false),
        });
        expect(response.status).toBe(400);
        expect(response.body.errors!.at(-1)).toMatchObject({
          message: expect.stringContaining('Too many errors'),
          extensions: { code: 'BAD_USER_INPUT' },
        });
        expect(JSON.stringify(response.body)).not.toContain('INTERNAL_SERVER_ERROR');
      }
    } finally {
      await interpreted.close();
    }
  });

  it('answers variables of the wrong type with 400 BAD_USER_INPUT naming the field', async () => {
    const response = await post(
      JSON.stringify({
        query:
          'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }',
        variables: {
          input: {
            serviceId: town.service,
            officeId: town.office,
            startsAt: 'tomorrow',
            name: 'A',
            email: 'a@b.de',
          },
        },
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringContaining('startsAt'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses documents nested too deep or with too many aliases', async () => {
    const deep =
      '{ services { edges { node { offices { address { city } } category { name } } } } }';
    expect((await post(JSON.stringify({ query: deep }))).status).toBe(200);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: offices { id }`).join(' ');
    const tooMany = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].message).toMatch(/aliases/);
    const nested = `{ nodes(ids: []) ${'{ ... on Service { offices '.repeat(12)}{ id }${' } }'.repeat(12)} }`;
    const tooDeep = await post(JSON.stringify({ query: nested }));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors[0].message).toMatch(/deeper/);
  });

  it('answers the introspection query every GraphQL tool sends, but not introspection nested to multiply', async () => {
    const standard = await post(JSON.stringify({ query: getIntrospectionQuery() }));
    expect(standard.status).toBe(200);
    expect(standard.body.data.__schema.queryType).toMatchObject({ name: 'Query' });
    const multiplying = `{ __schema { types ${'{ fields { type '.repeat(6)}{ name }${' } }'.repeat(6)} } }`;
    const refused = await post(JSON.stringify({ query: multiplying }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/deeper/);
  });

  it('refuses a GET or simple POST without a preflight header (CSRF protection)', async () => {
    const response = await server.http().get('/graphql').query({ query: '{ offices { id } }' });
    expect(response.status).toBe(400);
    const form = await server
      .http()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ offices { id } }"}');
    expect(form.status).toBe(400);
  });

  it('rejects an invalid e-mail as a user error naming the field', async () => {
    const response = await server.gql<{
      bookAppointment: { userErrors: Array<{ code: string; field: string[] }> };
    }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } userErrors { code field } } }',
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: '2027-03-02T08:00:00Z',
          name: 'Eve',
          email: 'eve@@example',
        },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.data!.bookAppointment.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['email'] },
    ]);
  });
});

describe('production mode', () => {
  it('suggests no field names and sends no stack traces', async () => {
    const response = await post(JSON.stringify({ query: '{ offices { nam } }' }), production);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|\.ts:|node_modules/);
  });

  it('masks an unexpected failure and gives the request id to quote to support', async () => {
    const em = production.orm.em.fork();
    await em.execute('alter table office rename to office_gone');
    try {
      const response = await production.gql(
        '{ offices { id } }',
        {},
        { 'x-request-id': 'support-42' },
      );
      expect(response.status).toBe(200);
      expect(response.body.errors).toEqual([
        {
          message: expect.stringMatching(/internal error/i),
          locations: expect.any(Array),
          path: ['offices'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'support-42' },
        },
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/office_gone|relation|select/);
      const logged = production.logs.find(
        (line) => line.requestId === 'support-42' && line.level === 50,
      );
      expect(JSON.stringify(logged)).toMatch(/office/);
    } finally {
      await em.execute('alter table office_gone rename to office');
    }
  });

  it('answers a wrong document or variable over a WebSocket with what is wrong, not as a failure', async () => {
    const client = productionSocket();
    try {
      const unknownField = await subscription(client, '{ offices { nam } }', {}).next();
      expect(unknownField.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('Cannot query field "nam"') }),
      ]);
      const missingVariable = await subscription(
        client,
        'subscription($id: ID!) { conversationEvents(conversationId: $id) { type } }',
        {},
      ).next();
      expect(missingVariable.errors).toEqual([
        expect.objectContaining({
          message: 'Variable "$id" of required type "ID!" was not provided.',
        }),
      ]);
      expect(JSON.stringify([unknownField, missingVariable])).not.toContain('INTERNAL');
      expect(unknownField.errors![0]!.message).not.toMatch(/Did you mean/);
    } finally {
      await client.dispose();
    }
  });

  it('masks an unexpected failure over a WebSocket too, with the id of its log line', async () => {
    const client = productionSocket();
    const em = production.orm.em.fork();
    await em.execute('alter table office rename to office_gone');
    try {
      const answer = await subscription(client, '{ offices { id } }', {}).next();
      expect(answer.errors).toEqual([
        {
          message: expect.stringMatching(/internal error/i),
          locations: expect.any(Array),
          path: ['offices'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ]);
      expect(JSON.stringify(answer)).not.toMatch(/office_gone|relation|select/);
      const requestId = answer.errors![0]!.extensions!.requestId;
      const logged = production.logs.find(
        (line) => line.requestId === requestId && line.level === 50,
      );
      expect(JSON.stringify(logged)).toMatch(/office/);
    } finally {
      await em.execute('alter table office_gone rename to office');
      await client.dispose();
    }
  });
});
