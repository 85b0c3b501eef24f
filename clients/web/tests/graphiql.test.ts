import { openVisitor, serverAndBrowser, type Visitor } from './support/browser.js';

// GraphiQL at /graphiql: the explorer third-party developers try the API in, served by the server
// itself (nothing from other hosts).

const TIMEOUT = 90_000;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor | undefined;

afterEach(async () => {
  if (!visitor) return;
  const { foreignRequests, pageErrors } = visitor;
  await visitor.close();
  visitor = undefined;
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

it(
  'runs the example query against this server and documents the schema',
  async () => {
    visitor = await openVisitor(env.browser, env.server.url, { locale: 'en-GB' });
    const { page } = visitor;
    await page.goto('/graphiql');
    expect(await page.title()).toBe('Rathaus GraphQL API');
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'Offices',
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = (await (await answered).json()) as {
      data: { offices: Array<{ name: string }> };
    };
    expect(answer.data.offices.map((office) => office.name)).toContain("Citizens' Office Centre");
    await page.locator('.result-window').getByText("Citizens' Office Centre").waitFor();

    // The documentation explorer shows the schema's descriptions.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('freeSlots').first().waitFor();
  },
  TIMEOUT,
);

it(
  'keeps its files for a year under a versioned path, and refuses unknown ones',
  async () => {
    const html = await env.server.http().get('/graphiql').expect(200);
    const [, script] = /src="(\/graphiql\/[^"]+\/graphiql\.js)"/.exec(html.text) ?? [];
    expect(script).toBeDefined();
    const asset = await env.server.http().get(script!).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    await env.server
      .http()
      .get(script!.replace('graphiql.js', 'constructor'))
      .set('accept', 'text/html')
      .expect(404);
  },
  TIMEOUT,
);
