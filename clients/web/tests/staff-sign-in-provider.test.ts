import type { Browser } from 'playwright-core';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { createAccount } from '../../../tests/support/accounts.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import {
  closeCleanly,
  launchBrowser,
  openVisitor,
  signInTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// The sign-in page offers the town's identity provider when one is configured (issue #20), and
// its button is a page load to the server, not a client route. The provider is out of reach
// here: the server's own page says so, which shows the click reached the server.

const TIMEOUT = 90_000;
let server: TestServer;
let browser: Browser;
let visitor: Visitor | undefined;

beforeAll(async () => {
  server = await startTestServer({
    env: {
      // Port 9 (discard) on loopback: nothing answers there.
      OIDC_ISSUER: 'http://127.0.0.1:9/realms/town',
      OIDC_CLIENT_ID: 'rathaus',
      OIDC_DISPLAY_NAME: 'Stadt-Login',
    },
  });
  browser = await launchBrowser();
}, TIMEOUT);

afterEach(() => closeCleanly(visitor));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it(
  'shows "Anmelden mit Stadt-Login", which asks the server to start the sign-in',
  async () => {
    visitor = await openVisitor(browser, server.url);
    const { page } = visitor;
    await page.goto('/sign-in');
    await waitForHeading(page, /^Anmelden$/);

    const button = page.getByRole('link', { name: 'Anmelden mit Stadt-Login' });
    expect(await button.getAttribute('href')).toBe('/auth/oidc/start');
    await button.click();

    await waitForHeading(page, /^Anmeldung über Stadt-Login$/);
    await shown(page.locator('main p').first()).toMatch(/Stadt-Login ist gerade nicht erreichbar/);
  },
  TIMEOUT,
);

it(
  'signs a clerk out through the server, which would send them on to the provider',
  async () => {
    const clerk = await createAccount(server, { roles: [Role.STAFF] });
    visitor = await openVisitor(browser, server.url);
    const { page } = visitor;
    await signInTo(page, clerk, '/my-town-hall');
    await waitForHeading(page, /^Mein Rathaus$/);

    const leaving = page.waitForRequest((request) => request.url().endsWith('/auth/oidc/logout'));
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await leaving;

    // The provider's end-session endpoint is out of reach: the server sends the browser home.
    await page.waitForURL(/\/signed-out$/);
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return ((await response.json()) as { data: { me: unknown } }).data.me;
    });
    expect(me).toBeNull();
  },
  TIMEOUT,
);
