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
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { WebhookEventType } from '../../../src/entities/webhooks/webhook-endpoint.entity.js';
import { createLogger } from '../../../src/server/logger.js';
import { scopeOfEvent } from '../../../src/webhooks/webhook-events.js';
import {
  deliverDueWebhooks,
  RETRY_DELAYS_MS,
  WEBHOOK_MAX_RESPONSE_BYTES,
} from '../../../src/webhooks/webhook-worker.js';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { createPublished } from '../../../tests/support/announcements.js';
import { waitUntil } from '../../../tests/support/wait.js';
import {
  LIMITS,
  WEBHOOK_EVENTS,
  WEBHOOK_RETRIES,
  WEBHOOK_SECRET_VARIABLE,
  WEBHOOK_TIMEOUT_SECONDS,
} from '../src/developers/api-facts.js';
import {
  accessibilityProblems,
  serverBrowserAndVisitor,
  waitForHeading,
  waitForTitle,
  shown,
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

it('states the webhook events, retries and timeout the server really has', () => {
  expect(WEBHOOK_EVENTS.map((event) => [event.name, event.type, event.scope])).toEqual(
    Object.entries(WebhookEventType).map(([name, type]) => [name, type, scopeOfEvent(type)]),
  );
  const spoken = (ms: number) =>
    ms < 60_000 ? `${ms / 1000} s` : ms < 3_600_000 ? `${ms / 60_000} min` : `${ms / 3_600_000} h`;
  expect(WEBHOOK_RETRIES).toEqual(RETRY_DELAYS_MS.map(spoken));
  expect(WEBHOOK_TIMEOUT_SECONDS * 1000).toBe(loadConfig({}).webhookTimeoutMs);
});

/** A port nobody listens on now, for the receiver example. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

it(
  'shows a webhook receiver in TypeScript that verifies a real delivery and refuses a forged one',
  async () => {
    // Given the page's receiver example, running under Node with a new endpoint's secret
    const { page } = env.visitor;
    await page.goto('/developers');
    await waitForHeading(page, /^Für Entwicklerinnen und Entwickler$/);
    await shown(page.locator('main')).toContain('appointment.checked_in');
    const owner = bearer(await signIn(env.server, await createAccount(env.server)));
    const created = await env.server.gql<{ createApiKey: { apiKey: { id: string } } }>(
      'mutation { createApiKey(input: { name: "Empfänger" }) { apiKey { id } } }',
      {},
      owner,
    );
    const port = await freePort();
    const registered = await env.server.gql<{ createWebhookEndpoint: { secret: string } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      {
        input: {
          apiKeyId: created.body.data!.createApiKey.apiKey.id,
          url: `http://127.0.0.1:${port}/`,
          events: ['ANNOUNCEMENT_PUBLISHED'],
        },
      },
      owner,
    );
    const secret = registered.body.data?.createWebhookEndpoint.secret;
    if (!secret) throw new Error(`not registered: ${JSON.stringify(registered.body)}`);
    const dir = await mkdtemp(join(tmpdir(), 'rathaus-webhook-'));
    const file = join(dir, 'receiver.mts');
    await writeFile(file, await exampleOn(page, 'example-webhook-receiver'));
    const receiver = spawn(process.execPath, [file], {
      env: { ...process.env, [WEBHOOK_SECRET_VARIABLE]: secret, PORT: String(port) },
    });
    let output = '';
    const demoNow = env.server.clock.now();
    receiver.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    receiver.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitUntil(
        () => output.includes('listening'),
        () => `receiver: ${output}`,
        {
          timeoutMs: 20_000,
        },
      );

      // When an announcement is published and the webhook worker runs, at the real time (the
      // receiver compares the delivery's timestamp with its own clock; the demo's stands still)
      env.server.clock.set(new Date());
      const admin = bearer(
        await signIn(env.server, await createAccount(env.server, { roles: [Role.ADMIN] })),
      );
      const announcement = await createPublished(env.server, admin);
      const quiet = createLogger(
        { logLevel: 'error' },
        new Writable({ write: (_c, _e, done) => done() }),
      );
      await deliverDueWebhooks(env.server.orm.em.fork(), env.server.clock.now, quiet, {
        allowedHosts: ['127.0.0.1'],
        timeoutMs: 10_000,
        maxResponseBytes: WEBHOOK_MAX_RESPONSE_BYTES,
        settings: env.server.townSettings,
      });

      // Then the example verified it and read the event
      await waitUntil(
        () => output.includes('verified'),
        () => `receiver: ${output}`,
      );
      expect(output).toContain('verified announcement.published msg_');
      expect(output).toContain(announcement.id);

      // And it refuses a body that was not signed with the secret
      const forged = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: {
          'webhook-id': 'msg_forged',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          'webhook-signature': 'v1,bm9wZQ==',
        },
        body: '{"type":"announcement.published","data":{}}',
      });
      expect(forged.status).toBe(400);
      expect(output.match(/verified/g)).toHaveLength(1);
    } finally {
      env.server.clock.set(demoNow);
      receiver.kill();
      await rm(dir, { recursive: true, force: true });
    }
  },
  TIMEOUT,
);

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
    await shown(page.locator('body')).toContain('type Query {');
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
