import { searchOf } from '../../src/server/graphql-http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// /graphql hands requests to Apollo Server itself (src/server/graphql-http.ts) instead of through
// @as-integrations/express5, whose url.parse and res.send cost CPU on every request (issue #23).

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo' });
});

afterAll(async () => {
  await server.close();
});

const PAGE = 'query Page($first: Int!) { services(first: $first) { edges { node { id name } } } }';

describe('searchOf', () => {
  it('gives the query string with its "?" and without a fragment, as url.parse did', () => {
    expect(searchOf('/')).toBe('');
    expect(searchOf('/?')).toBe('?');
    expect(searchOf('/?query=%7B%7D&variables=%7B%7D')).toBe('?query=%7B%7D&variables=%7B%7D');
    expect(searchOf('/?query=x#part')).toBe('?query=x');
    expect(searchOf('/#part?query=x')).toBe('');
  });
});

it('answers a GET with the document and variables in its URL as the same POST', async () => {
  // Given the same query as a POST and as a GET with the preflight header of CSRF protection
  const posted = await server.gql(PAGE, { first: 2 }, { 'accept-language': 'de' });
  const got = await server
    .http()
    .get('/graphql')
    .query({ query: PAGE, variables: JSON.stringify({ first: 2 }) })
    .set({ 'apollo-require-preflight': 'true', 'accept-language': 'de' });

  // Then both are answered alike
  expect(posted.body.errors).toBeUndefined();
  expect(got.status).toBe(200);
  expect(got.body.data).toEqual(posted.body.data);
  expect((got.body.data as { services: { edges: unknown[] } }).services.edges).toHaveLength(2);
});

it('sends the answer with its length in bytes, its type, and no ETag', async () => {
  // Given an answer with texts outside ASCII (the German names of services)
  const response = await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', 'accept-language': 'de' })
    .send({ query: PAGE, variables: { first: 50 } });

  // Then its length counts bytes, not characters
  expect(response.status).toBe(200);
  expect(response.text).toMatch(/[äöüß]/);
  expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  // GraphQL answers are POSTed, never revalidated: no hash of every answer for an ETag
  expect(response.headers.etag).toBeUndefined();
});

it('counts the bytes of an answer with characters beyond Latin-1 (sent encoded once)', async () => {
  // Given an answer that repeats a text with a typographic apostrophe and an emoji (one UTF-16
  // code unit of 3 bytes, two of 4 bytes): the error of a variable of the wrong type
  const text = 'Grüße’😀';
  const response = await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json' })
    .send({ query: PAGE, variables: { first: text } });

  // Then the answer arrives whole, its length in bytes
  expect(response.status).toBe(400);
  expect(response.text).toContain(text);
  expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
  expect(Buffer.byteLength(response.text)).toBeGreaterThan(response.text.length);
  expect(response.body.errors[0].message).toContain(text);
});
