import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The SDL and the schema changelog for developers (src/server/schema-routes.ts).

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

it('serves the SDL the server runs, which is the committed schema/schema.graphql', async () => {
  // When a developer downloads the SDL
  const response = await server.http().get('/schema.graphql');

  // Then it is plain UTF-8 text that any origin may read, equal to the committed file
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(response.headers['access-control-allow-origin']).toBe('*');
  expect(response.text).toBe(await readFile('schema/schema.graphql', 'utf8'));
  // ... and a valid schema with the API's entry points
  const schema = buildSchema(response.text);
  expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
    expect.arrayContaining(['offices', 'freeSlots', 'announcements']),
  );
});

it('serves the schema changelog as Markdown', async () => {
  const response = await server.http().get('/schema/CHANGELOG.md');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
  expect(response.text).toBe(await readFile('schema/CHANGELOG.md', 'utf8'));
  expect(response.text).toMatch(/^# Schema changelog/);
});
