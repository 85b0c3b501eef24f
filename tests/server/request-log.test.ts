import { startTestServer, type LogRecord, type TestServer } from '../support/test-server.js';

// Issue #20: every /graphql request was logged with "path":"/" and no word of what it asked, so
// an operator could not tell a catalogue page from a booking in the log.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

let requests = 0;

/** The request log line of one POST to /graphql. */
async function loggedRequest(body: Record<string, unknown>): Promise<LogRecord> {
  requests += 1;
  const requestId = `request-log-${requests}`;
  await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', 'x-request-id': requestId })
    .send(body)
    .expect(200);
  const line = server.logs.find((log) => log.msg === 'request' && log.requestId === requestId);
  if (!line) throw new Error(`no request line for ${requestId}`);
  return line;
}

it('logs a GraphQL request with its path and the operation it ran', async () => {
  // A named query, twice (the second answered from the catalogue cache)
  for (let i = 0; i < 2; i++) {
    expect(await loggedRequest({ query: 'query Offices { offices { id } }' })).toMatchObject({
      method: 'POST',
      path: '/graphql',
      operation: 'Offices',
      status: 200,
    });
  }
  // The operation chosen by name among several
  expect(
    await loggedRequest({
      query: 'query A { offices { id } } query B { categories { id } }',
      operationName: 'B',
    }),
  ).toMatchObject({ path: '/graphql', operation: 'B' });
  // An anonymous one by its type
  expect(await loggedRequest({ query: '{ offices { id } }' })).toMatchObject({
    path: '/graphql',
    operation: 'query',
  });
  // A document that does not parse names no operation, but its path
  const broken = await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', 'x-request-id': 'request-log-broken' })
    .send({ query: '{ offices { id' });
  expect(broken.status).toBe(400);
  const line = server.logs.find(
    (log) => log.msg === 'request' && log.requestId === 'request-log-broken',
  );
  expect(line).toMatchObject({ path: '/graphql', status: 400 });
  expect(line).not.toHaveProperty('operation');
});
