import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { waitUntil } from '../../../tests/support/wait.js';
import { closeCleanly, serverAndBrowser, type Visitor } from '../../web/tests/support/browser.js';
import {
  demoOffice,
  expectRefusedTokens,
  mintKioskToken,
  openKiosk,
  revokeKiosk,
  storage,
} from './support/kiosk.js';

const environment = serverAndBrowser();
let kiosk: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(kiosk);
  kiosk = undefined;
  // The server ends a closed page's subscriptions a moment later: the next test counts from none.
  await waitUntil(
    () => environment.server.bus.activeSubscriptions('announcementPublished') === 0,
    'the closed kiosk’s subscriptions ended',
    { timeoutMs: 30_000 },
  );
});

it('asks for its token without one, refuses a bad one, and keeps a good one across reloads', async () => {
  // Given a kiosk browser that was never set up
  const { server, browser } = environment;
  const office = await demoOffice(server, 'buergerbuero-mitte');
  const { token } = await mintKioskToken(server, office);
  kiosk = await openKiosk(browser, server.url, null);
  const { page } = kiosk;

  // When it opens the kiosk, then it shows the set-up screen
  await page.goto('/kiosk');
  await page.getByRole('heading', { name: 'Terminal einrichten' }).waitFor();

  // When a wrong token is entered, then it is refused and nothing is kept
  await page.getByLabel('Gerätecode').fill('rk_wrong-token');
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await page.getByText('Diesen Gerätecode kennt das Rathaus nicht').waitFor();
  expect((await storage(page)).local).toEqual([]);

  // When the right one is entered, then the kiosk starts, for its office
  await page.getByLabel('Gerätecode').fill(token);
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
  await page.getByText('Bürgerbüro Mitte. Bitte wählen Sie Ihre Sprache.').waitFor();
  expect(new URL(page.url()).pathname).toBe('/kiosk/');

  // And after a reload it still is, with the token and office as all it stored
  await page.reload();
  await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
  const kept = await storage(page);
  expect(kept.session).toEqual([]);
  expect(kept.local).toHaveLength(1);
  expect(JSON.parse(kept.local[0]!.replace(/^rathaus\.kiosk=/, ''))).toEqual({
    token,
    office: { id: office.id, name: 'Bürgerbüro Mitte', slug: 'buergerbuero-mitte' },
  });
  expectRefusedTokens(kiosk);
}, 180_000);

it('takes its token from the set-up link, without keeping it in the address', async () => {
  const { server, browser } = environment;
  const { token } = await mintKioskToken(server, await demoOffice(server, 'buergerbuero-mitte'));
  kiosk = await openKiosk(browser, server.url, token);
  expect(kiosk.page.url()).not.toContain(token);
}, 180_000);

it('returns to set-up when its token is revoked, while open and on the next start', async () => {
  // Given a kiosk that is set up and running
  const { server, browser } = environment;
  const { token, deviceId } = await mintKioskToken(
    server,
    await demoOffice(server, 'buergerbuero-mitte'),
  );
  const subscriptions = server.bus.activeSubscriptions('announcementPublished');
  kiosk = await openKiosk(browser, server.url, token);
  const { page } = kiosk;
  await waitForSubscriptions(server.bus, subscriptions + 1, 30_000, 'announcementPublished');

  // When an admin revokes its token
  await revokeKiosk(server, deviceId);

  // Then the open kiosk (whose WebSocket the server closes) shows the set-up screen again
  await page.getByRole('heading', { name: 'Terminal einrichten' }).waitFor();
  await page.getByText('wurde widerrufen').waitFor();
  expect((await storage(page)).local).toEqual([]);

  // And so does it after a reload
  await page.reload();
  await page.getByRole('heading', { name: 'Terminal einrichten' }).waitFor();
  expectRefusedTokens(kiosk);
}, 180_000);

it('returns to set-up when the check under way at the revocation answered from before it', async () => {
  // Given a kiosk whose token check on start has reached the server before the revocation, but
  // whose answer (the kiosk is fine) only arrives after the server closed the socket
  const { server, browser } = environment;
  const { token, deviceId } = await mintKioskToken(
    server,
    await demoOffice(server, 'buergerbuero-mitte'),
  );
  kiosk = await openKiosk(browser, server.url, token);
  const { page } = kiosk;
  let releaseStaleAnswer = () => {};
  let holding = true;
  const staleAnswerHeld = new Promise<void>((held) => {
    void page.route('**/graphql', async (route) => {
      if (!holding || route.request().postDataJSON()?.operationName !== 'ThisKiosk') {
        return route.continue();
      }
      holding = false;
      const answer = await route.fetch();
      held();
      await new Promise<void>((release) => (releaseStaleAnswer = release));
      await route.fulfill({ response: answer });
    });
  });
  await page.reload();
  await staleAnswerHeld;

  // When an admin revokes its token, the kiosk hears its socket close, and then the stale answer
  // arrives (the offline note shows once the kiosk has handled the close)
  await revokeKiosk(server, deviceId);
  await page.getByText('Keine Verbindung zum Rathaus').waitFor();
  releaseStaleAnswer();

  // Then the kiosk checks again and shows the set-up screen
  await page.getByRole('heading', { name: 'Terminal einrichten' }).waitFor();
  await page.getByText('wurde widerrufen').waitFor();
  expectRefusedTokens(kiosk);
}, 180_000);
