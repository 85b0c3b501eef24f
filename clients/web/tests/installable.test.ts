import {
  accessibilityProblems,
  closeCleanly,
  MOBILE,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
  waitForTitle,
  type Visitor,
  chooseLanguage,
} from './support/browser.js';

// The web client as an installable app: a web manifest with real icons, a service worker that
// keeps the app shell, and an offline page in the citizen's language when there is no network.

const TIMEOUT = 90_000;

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
};

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): string {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(visitor);
  visitor = undefined;
});

it(
  'describes the app in a web manifest whose icons exist in the sizes it names',
  async () => {
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;
    await page.goto('/');
    await waitForHeading(page, /.+/);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: 'Rathaus Musterstadt',
      short_name: 'Rathaus',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const file = await page.request.get(icon.src);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe(icon.type);
      if (icon.type === 'image/png') expect(pngSize(await file.body())).toBe(icon.sizes);
    }
  },
  TIMEOUT,
);

it(
  'keeps the app shell, and shows the offline page in her language when the network is gone',
  async () => {
    visitor = await openVisitor(env.browser, env.server.url, {
      viewport: MOBILE,
      serviceWorkers: 'allow',
    });
    const { page, context } = visitor;

    // Given a citizen who opened the town hall once, in English
    await page.goto('/');
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /Musterstadt/);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated' && !!navigator.serviceWorker.controller;
    });
    const entry = await page.locator('script[type="module"]').getAttribute('src');
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((name) => name.startsWith('rathaus-'))!);
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(cached).toEqual(expect.arrayContaining(['/offline.html', entry]));
    expect(cached.some((path) => path.endsWith('.css'))).toBe(true);

    // When her device loses the network and she opens another page
    await context.setOffline(true);
    await page.goto('/search?q=hund');

    // Then the offline page says so in English, with a way to try again
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    // The other languages are there for a browser without scripts, hidden for everyone else.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await waitForTitle(page, /^You are offline – Musterstadt$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await accessibilityProblems(page)).toEqual([]);

    // And once the network is back, trying again opens the town hall
    await context.setOffline(false);
    await page.getByRole('link', { name: 'Try again' }).click();
    await waitForHeading(page, /Musterstadt/);
    await page.locator('.category-list').waitFor();
  },
  TIMEOUT,
);
