import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  MOBILE,
  openVisitor,
  waitForHeading,
  type Visitor,
  serverAndBrowser,
} from './support/browser.js';

const TIMEOUT = 60_000;
const BUDGET_BYTES = 60 * 1000;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };
const manifest = JSON.parse(
  readFileSync(new URL('../dist/.vite/manifest.json', import.meta.url), 'utf8'),
) as Record<string, ManifestChunk>;
const ENTRY = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;

/** The files of these chunks of the build and of every chunk they import, as paths. */
function chunksOf(keys: string[], paths = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build has no chunk ${key}`);
    if (paths.has(`/${chunk.file}`)) continue;
    paths.add(`/${chunk.file}`);
    chunksOf(chunk.imports ?? [], paths);
  }
  return paths;
}

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor;

beforeEach(async () => {
  visitor = await openVisitor(env.browser, env.server.url, { viewport: MOBILE });
});

afterEach(async () => {
  await visitor?.close();
});

it(
  'loads the start page with less than 60 kB of JavaScript (gzip), and the live connection only after the page has loaded',
  async () => {
    const { page } = visitor;
    const scripts = new Map<string, Buffer>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.set(new URL(response.url()).pathname, await response.body());
      }
    });
    // The page's clock is fixed (openVisitor), so its timing API cannot order these: the events can.
    const events: string[] = [];
    page.on('load', () => events.push('load'));
    page.on('request', (request) => events.push(`request ${new URL(request.url()).pathname}`));
    // Live emergency notices open the WebSocket on every page, once the browser is idle.
    const socket = page.waitForEvent('websocket');
    await page.goto('/', { waitUntil: 'load' });
    await page.locator('.category-list').waitFor();
    expect(new URL((await socket).url()).pathname).toBe('/graphql');
    await page.waitForLoadState('networkidle');

    // graphql-ws is requested after the load event, so the first paint never waits for it.
    const live = [...scripts].filter(([, body]) =>
      body.toString().includes('graphql-transport-ws'),
    );
    expect(live).toHaveLength(1);
    const [livePath] = live[0]!;
    expect(events.indexOf(`request ${livePath}`)).toBeGreaterThan(events.indexOf('load'));
    // The budget counts what the start page needs (the entry, its page and its catalogue, as
    // scripts/report-size.mjs does at build time); after those, only the live connection and the
    // pages preloaded when the browser is idle may come, with the chunks they import.
    const needed = chunksOf([ENTRY, 'src/pages/start-page.tsx', 'src/i18n/de.json']);
    const liveChunk = Object.keys(manifest).find((key) => `/${manifest[key]!.file}` === livePath)!;
    const later = chunksOf(['src/pages/search-page.tsx', 'src/pages/service-page.tsx', liveChunk]);
    expect([...needed].filter((path) => !scripts.has(path))).toEqual([]);
    expect([...scripts.keys()].filter((path) => !needed.has(path) && !later.has(path))).toEqual([]);
    const gzip = [...needed].reduce((sum, path) => sum + gzipSync(scripts.get(path)!).length, 0);
    expect(gzip).toBeLessThan(BUDGET_BYTES);
    const code = [...scripts.values()].map((body) => body.toString()).join('\n');
    // The booking journey is loaded when a citizen books, not before; the WebAuthn code
    // (@simplewebauthn/browser) when she signs in or adds a passkey.
    expect(code).not.toContain('rathaus.booked');
    expect(code).not.toContain('navigator.credentials');
    expect(visitor.foreignRequests).toEqual([]);
    expect(visitor.pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'sends nothing to other hosts: fonts, styles and scripts come from the server itself',
  async () => {
    const { page } = visitor;
    const origins = new Set<string>();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
    });
    await page.goto('/services/does-not-exist');
    await waitForHeading(page, /Seite nicht gefunden/);
    await page.goto('/search?q=hund');
    await page.locator('.result-list a').first().click();
    await page.locator('.facts').waitFor();
    await page.waitForLoadState('networkidle');
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family),
    );
    expect(fonts).toContain('Fira Sans');
    expect([...origins]).toEqual([new URL(env.server.url).origin]);
    expect(visitor.foreignRequests).toEqual([]);

    // The guard itself: a request elsewhere is blocked and recorded, so the checks above can fail.
    // (A fetch by the page would not even leave it: the Content Security Policy refuses it first.
    // A navigation is outside the policy and reaches the guard.)
    await page.goto('http://tracker.example/pixel').catch(() => undefined);
    expect(visitor.foreignRequests).toEqual(['http://tracker.example/pixel']);
  },
  TIMEOUT,
);
