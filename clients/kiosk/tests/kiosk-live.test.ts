import type { Page, WebSocketRoute } from 'playwright-core';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { createPublished, mutate, WITHDRAW } from '../../../tests/support/announcements.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { closeCleanly, serverAndBrowser, type Visitor } from '../../web/tests/support/browser.js';
import { demoOffice, mintKioskToken, openKiosk } from './support/kiosk.js';

const environment = serverAndBrowser();
let kiosk: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(kiosk);
  kiosk = undefined;
});

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Collects the browser's reports of Content Security Policy violations from the first moment. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

it('shows an emergency announcement published while it is open, nothing else, and takes it down when withdrawn', async () => {
  // Given a kiosk with its live connection open
  const { server, browser } = environment;
  const admin = await createAccount(server, { roles: [Role.CITIZEN, Role.ADMIN] });
  const headers = bearer(await signIn(server, admin));
  const { token } = await mintKioskToken(server, await demoOffice(server, 'buergerbuero-mitte'));
  const subscriptions = server.bus.activeSubscriptions('announcementPublished');
  const withdrawals = server.bus.activeSubscriptions('announcementWithdrawn');
  kiosk = await openKiosk(browser, server.url, token);
  const { page } = kiosk;
  await recordCspViolations(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
  await waitForSubscriptions(server.bus, subscriptions + 1, 10_000, 'announcementPublished');
  await waitForSubscriptions(server.bus, withdrawals + 1, 10_000, 'announcementWithdrawn');
  const region = page.locator('.emergency-notices__region');

  // When the town publishes news, then an emergency
  await createPublished(server, headers, { title: { de: 'Neue Bücherei' } });
  const emergency = await createPublished(server, headers, {
    severity: 'EMERGENCY',
    category: 'WARNING',
    title: { de: 'Abkochgebot für Trinkwasser in der Altstadt' },
  });

  // Then the emergency shows first, at once, and once; the news does not
  // (by its whole title: the demo town's own boil-water notice may be in force too)
  const title = 'Abkochgebot für Trinkwasser in der Altstadt';
  await region.locator('li').first().getByText(title, { exact: true }).waitFor();
  expect(await region.getByText(title, { exact: true }).count()).toBe(1);
  expect(await region.innerText()).not.toContain('Neue Bücherei');

  // When the town withdraws the emergency, then the kiosk takes it down without a reload
  const withdrawn = await mutate(
    server,
    WITHDRAW,
    'withdrawAnnouncement',
    { id: emergency.id },
    headers,
  );
  expect(withdrawn).toMatchObject({ userErrors: [] });
  await region.getByText(title, { exact: true }).waitFor({ state: 'detached' });
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
}, 180_000);

it('says when it has no connection, and keeps trying until it has one again', async () => {
  const { server, browser } = environment;
  const { token } = await mintKioskToken(server, await demoOffice(server, 'buergerbuero-mitte'));
  kiosk = await openKiosk(browser, server.url, token);
  const { page } = kiosk;
  // The kiosk's WebSocket passes through the test, which can cut it as a dead network would.
  const sockets: WebSocketRoute[] = [];
  let cut = false;
  await page.routeWebSocket(/\/graphql$/, async (socket) => {
    if (cut) return socket.close({ code: 1012, reason: 'offline' });
    socket.connectToServer();
    sockets.push(socket);
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
  const banner = page.getByRole('status').filter({ hasText: 'Keine Verbindung zum Rathaus' });
  expect(await banner.count()).toBe(0);

  cut = true;
  for (const socket of sockets.splice(0)) await socket.close({ code: 1012, reason: 'offline' });
  await banner.waitFor();

  cut = false;
  await banner.waitFor({ state: 'detached', timeout: 60_000 });
  expect(sockets.length).toBeGreaterThan(0);
}, 180_000);

it('serves its pages at /kiosk under the Content Security Policy, and 404 for any other', async () => {
  const { server } = environment;
  // The mount itself redirects to its folder, as the kiosk's set-up leaves it.
  const mount = await server.http().get('/kiosk').set('accept', 'text/html');
  expect(mount.status).toBe(301);
  expect(mount.headers.location).toBe('/kiosk/');
  for (const path of ['/kiosk/', '/kiosk/setup', '/kiosk/board/buergerbuero-mitte']) {
    const response = await server.http().get(path).set('accept', 'text/html');
    expect([path, response.status]).toEqual([path, 200]);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.text).toContain('/kiosk/assets/');
  }
  for (const path of ['/kiosk/nothing', '/kiosk/board', '/kiosk/board/a/b', '/kiosk/setup/x']) {
    const response = await server.http().get(path).set('accept', 'text/html');
    expect([path, response.status]).toEqual([path, 404]);
  }
});
