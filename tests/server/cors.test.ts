import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: 'https://www.musterstadt.example' } });
});

afterAll(async () => {
  await server.close();
});

function preflight(origin: string) {
  return server
    .http()
    .options('/graphql')
    .set('origin', origin)
    .set('access-control-request-method', 'POST')
    .set('access-control-request-headers', 'content-type');
}

it('lets the origins of CORS_ORIGINS call /graphql from a browser, with credentials', async () => {
  const response = await preflight('https://www.musterstadt.example');
  expect(response.status).toBe(204);
  expect(response.headers['access-control-allow-origin']).toBe('https://www.musterstadt.example');
  expect(response.headers['access-control-allow-credentials']).toBe('true');
});

it('gives other origins no CORS permission', async () => {
  const response = await preflight('https://evil.example');
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
  const post = await server
    .http()
    .post('/graphql')
    .set('origin', 'https://evil.example')
    .set('content-type', 'application/json')
    .send({ query: '{ offices { id } }' });
  expect(post.headers['access-control-allow-origin']).toBeUndefined();
});
