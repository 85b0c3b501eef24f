import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { loadConfig } from '../../../src/server/config.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_DAYS,
  MAX_PAGE_SIZE,
  SEARCH_COST,
  SLOTS_PER_DAY,
} from '../../../src/server/query-cost.js';
import { LIMITS } from '../src/developers/api-facts.js';
import {
  accessibilityProblems,
  serverBrowserAndVisitor,
  waitForHeading,
  waitForTitle,
} from './support/browser.js';

// The developers' page: what the API offers, keys, limits and costs, feeds, the schema, and
// examples that work as they stand against this server.

const TIMEOUT = 120_000;
const run = promisify(execFile);

const env = serverBrowserAndVisitor(TIMEOUT);

/** A key for the public API, made by its owner through the API. */
async function mintKey(): Promise<string> {
  const account = await createAccount(env.server, { name: 'Dev Eloper' });
  const { body } = await env.server.gql<{ createApiKey: { key: string | null } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    { input: { name: 'Beispiele' } },
    bearer(await signIn(env.server, account)),
  );
  const key = body.data?.createApiKey.key;
  if (!key) throw new Error(`no key: ${JSON.stringify(body)}`);
  return key;
}

/** The code of an example on the page, by the id of its heading. */
function exampleOn(page: Page, id: string): Promise<string> {
  return page.locator(`pre[aria-labelledby="${id}"]`).innerText();
}

it('states the limits the server really applies', () => {
  const defaults = loadConfig({});
  expect(LIMITS).toEqual({
    costPerRequest: defaults.queryCostLimit,
    budgetPerMinute: defaults.queryCostBudget,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
    slotsPerDay: SLOTS_PER_DAY,
    maxDays: MAX_DAYS,
    searchCost: SEARCH_COST,
  });
});

it(
  'tells developers in German what the API offers, and every link on it answers',
  async () => {
    // Given the start page, when a developer follows the footer's link
    const { page } = env.visitor;
    await page.goto('/');
    await page.locator('footer').getByRole('link', { name: 'Schnittstelle (API)' }).click();

    // Then the developers' page tells what there is, how to get a key and what it costs
    await waitForHeading(page, /^Für Entwicklerinnen und Entwickler$/);
    await waitForTitle(page, /^Für Entwicklerinnen und Entwickler – /);
    const text = await page.locator('main').innerText();
    for (const expected of [
      `${env.server.url}/graphql`,
      'Was die Schnittstelle bietet',
      'freeSlots',
      'announcements',
      'So bekommen Sie einen API-Schlüssel',
      'Authorization: Bearer <API key>',
      'höchstens 10.000 Punkte',
      '50.000 Punkte je Minute',
      '40 Punkte je Tag',
      'Retry-After',
      'extensions.cost',
      'resetInSeconds',
      'Meldungen als RSS',
      'GraphiQL',
      'Python 3',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and each of its links (the page's, the header's and the footer's) answers 200
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toEqual(
      expect.arrayContaining(
        [
          '/my-town-hall/api-keys',
          '/graphiql',
          '/schema.graphql',
          '/schema/CHANGELOG.md',
          '/feeds/announcements.rss',
          '/feeds/announcements.atom',
          '/feeds/events.ics',
          '/feeds/catalogue.jsonld',
        ].map((path) => `${env.server.url}${path}`),
      ),
    );
    const answers = [];
    for (const link of new Set(links.map((href) => href.replace(/#.*$/, '')))) {
      expect(link.startsWith(env.server.url)).toBe(true);
      answers.push({ link, status: (await page.request.get(link)).status() });
    }
    expect(answers).toEqual(answers.map(({ link }) => ({ link, status: 200 })));

    // ... and the server's files open from it, not the client's not-found page
    await page.getByRole('link', { name: /^Das Schema \(SDL\)/ }).click();
    await page.waitForURL(`${env.server.url}/schema.graphql`);
    expect(await page.locator('body').innerText()).toContain('type Query {');
  },
  TIMEOUT,
);

it(
  'shows examples in curl and TypeScript that work against the server as they stand',
  async () => {
    const { page } = env.visitor;
    await page.goto('/developers');
    await waitForHeading(page, /^Für Entwicklerinnen und Entwickler$/);
    const key = await mintKey();
    const environment = { ...process.env, RATHAUS_API_KEY: key };
    const offices = await env.server.gql<{ offices: Array<{ name: string }> }>(
      '{ offices { name } }',
    );
    const firstOffice = offices.body.data!.offices[0]!.name;

    // curl, as a shell runs it
    const curl = await exampleOn(page, 'example-curl');
    const { stdout: curlOut } = await run('sh', ['-c', curl], { env: environment });
    const answer = JSON.parse(curlOut) as {
      data: { offices: Array<{ name: string; address: { city: string } }> };
      extensions: { cost: { requested: number; remaining: number } };
    };
    expect(answer.data.offices.map((office) => office.name)).toContain(firstOffice);
    expect(answer.extensions.cost.requested).toBeGreaterThan(0);
    expect(typeof answer.extensions.cost.remaining).toBe('number');

    // TypeScript, run by Node as a module with its types stripped
    const dir = await mkdtemp(join(tmpdir(), 'rathaus-example-'));
    try {
      const file = join(dir, 'example.mts');
      await writeFile(file, await exampleOn(page, 'example-typescript'));
      const { stdout } = await run(process.execPath, [file], { env: environment });
      expect(stdout).toContain(firstOffice);
      expect(stdout).toMatch(/cost \{[^}]*requested: \d+/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    // The Python example asks the same of the same address with the same header
    const python = await exampleOn(page, 'example-python');
    expect(python).toContain(`"${env.server.url}/graphql"`);
    expect(python).toContain('"Authorization": "Bearer " + os.environ["RATHAUS_API_KEY"]');

    // The example app it names is in the repository (tests/examples runs it)
    const app = await page
      .getByText(/Beispiel-App/)
      .locator('code')
      .innerText();
    expect(
      existsSync(fileURLToPath(new URL(`../../../${app}/package.json`, import.meta.url))),
    ).toBe(true);
  },
  TIMEOUT,
);

it(
  'speaks English to English readers, and English to readers of a language it lacks',
  async () => {
    const { page } = env.visitor;
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('rathaus.lang', 'en'));
    await page.goto('/developers');
    await waitForHeading(page, /^For developers$/);
    const text = await page.locator('main').innerText();
    for (const expected of [
      'What the API offers',
      'How to get an API key',
      'at most 10,000 points',
      '50,000 points a minute',
      'Feeds without a key',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.evaluate(() => localStorage.setItem('rathaus.lang', 'uk'));
    await page.goto('/developers');
    await waitForHeading(page, /^For developers$/);
    expect(
      await page.locator('main h1').evaluate((h1) => h1.closest('[lang]')?.getAttribute('lang')),
    ).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
  },
  TIMEOUT,
);
