import { existsSync } from 'node:fs';
import axe from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { DEMO_SEED_DAY } from '../../../../tests/support/templates.js';
import { startTestServer, type TestServer } from '../../../../tests/support/test-server.js';

/** Debian's Chromium; Playwright's own browser builds cannot be downloaded here. */
export const CHROMIUM = '/usr/bin/chromium';

/** The demo town's first day, 08:00 in Berlin: the server's clock and the browser's. */
export const DEMO_NOW = DEMO_SEED_DAY;

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 360, height: 640 };

/** The features Playwright 1.6x turns off in Chromium (its chromiumSwitches.ts). */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}, and it is missing. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does this when it is missing).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium's headless mode is the whole browser without a screen: each window (one per page)
      // also started two renderers for its address bar's pop-ups, a good part of the suite's CPU.
      // A second --disable-features replaces Playwright's own, so its list
      // (playwright-core's chromiumSwitches.ts) comes first.
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
    ],
  });
}

export type Visitor = {
  context: BrowserContext;
  page: Page;
  /** Every request the page tried to send anywhere but the server's own origin. */
  foreignRequests: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors: string[];
  close(): Promise<void>;
};

/**
 * A citizen's browser: its own context (storage, cookies), a page, a clock set to the demo day,
 * and a guard that blocks and records any request to another host than the server's.
 */
export async function openVisitor(
  browser: Browser,
  serverUrl: string,
  options: {
    viewport?: { width: number; height: number };
    /** A touch screen (the lobby kiosk): `tap()` works, and pointer events say "touch". */
    hasTouch?: boolean;
    locale?: string;
    now?: Date;
    /** The client's service worker runs only where a test asks for it (installable.test.ts). */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Visitor> {
  const origin = new URL(serverUrl).origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  const context = await browser.newContext({
    baseURL: serverUrl,
    viewport: options.viewport ?? DESKTOP,
    hasTouch: options.hasTouch ?? false,
    locale: options.locale ?? 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('page', (page) => {
    page.on('websocket', (socket) => {
      if (!socket.url().startsWith(`${wsOrigin}/`)) foreignRequests.push(socket.url());
    });
  });
  const pageErrors: string[] = [];
  context.on('weberror', (error) => pageErrors.push(error.error().message));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An unknown address answers 404 with the not-found page, which Chromium reports as a
    // resource that failed to load; any other resource's failure still counts.
    const page = message.page();
    if (
      message.text().startsWith('Failed to load resource') &&
      page &&
      message.location().url === page.url()
    ) {
      return;
    }
    pageErrors.push(message.text());
  });
  const page = await context.newPage();
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith(`${wsOrigin}/`)) foreignRequests.push(socket.url());
  });
  await page.clock.setFixedTime(options.now ?? DEMO_NOW);
  return { context, page, foreignRequests, pageErrors, close: () => context.close() };
}

declare global {
  interface Window {
    /** axe-core, once `axeViolations` has put it into the page. */
    axe: typeof axe;
  }
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero violations of WCAG 2.0, 2.1 and 2.2 A and AA, with the failing elements named. */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe runs in the page itself: the pages have no frames, so there is nothing to put together
  // across frames. It is put into each document once and kept across the single-page clients'
  // own navigation: @axe-core/playwright's AxeBuilder, used before, sent and compiled its 650 kB
  // twice for every check (its legacy mode looks for runPartial, then injects), and a check took
  // 0.7 s instead of 0.33 s. Only violations are collected, which axe documents as the way to
  // spare the work of describing every passing element. Both matter: the suite runs axe hundreds
  // of times.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
    WCAG_TAGS,
  );
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.join(', ')}`,
  );
}

/**
 * What stands in the way of using the page as it is, on a desktop and on a 360 px phone: axe's
 * WCAG 2.2 AA findings and sideways scrolling, each named with the width. Leaves the page at
 * desktop size.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of [DESKTOP, MOBILE]) {
    await page.setViewportSize(viewport);
    for (const violation of await axeViolations(page)) {
      problems.push(`${viewport.width}px: ${violation}`);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) {
      problems.push(`${viewport.width}px: the page scrolls sideways by ${overflow}px`);
    }
  }
  await page.setViewportSize(DESKTOP);
  return problems;
}

/** What has the keyboard focus: tag, type, its accessible text, as a short string. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const label =
      element instanceof HTMLInputElement && element.labels?.[0]
        ? element.labels[0].textContent
        : element.getAttribute('aria-label') || element.textContent;
    const type = element instanceof HTMLInputElement ? `[${element.type}]` : '';
    return `${element.tagName.toLowerCase()}${type} ${(label ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

/**
 * Presses Tab until the focused element's description (see `focused`) matches, as a keyboard
 * user would; fails after `limit` presses.
 */
export async function tabTo(page: Page, target: RegExp, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (target.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${target}; it visited:\n  ${seen.join('\n  ')}`);
}

/** In a focused radio group: arrow down until the focused radio's label matches (arrows select). */
export async function arrowTo(page: Page, target: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (target.test(await focused(page))) {
      // Arrow keys select as they move; Space selects the first option when focus started there.
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No radio option matched ${target}`);
}

/** How long `shown` waits for a text before it asserts on what is there. */
const SHOWN_TIMEOUT_MS = 15_000;

/** What a text must be: a pattern it matches, a part it contains or the whole of it. */
type Wanted = { pattern: string; flags: string } | { part: string } | { whole: string };

/**
 * The element's visible text, once it is as wanted or the element left the page: decided in the
 * page by a MutationObserver, so the wait ends with the change that brings the text.
 */
function textOnceAsWanted(locator: Locator, wanted: Wanted): Promise<string> {
  return locator.evaluate(
    (element, wanted) =>
      new Promise<string>((resolve) => {
        const asWanted = (text: string) =>
          'pattern' in wanted
            ? new RegExp(wanted.pattern, wanted.flags).test(text)
            : 'part' in wanted
              ? text.includes(wanted.part)
              : text === wanted.whole;
        const observer = new MutationObserver(check);
        function check() {
          const text = (element as HTMLElement).innerText;
          if (!asWanted(text) && element.isConnected) return;
          observer.disconnect();
          resolve(text);
        }
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        check();
      }),
    wanted,
  );
}

/**
 * Asserts on an element's visible text (`innerText`) as the page shows it once it settles:
 * `await shown(main).toMatch(/…/)` waits until the text matches (at most 15 s, then fails with
 * the text there was). Pages render their data after they appear, so one read can come too early.
 */
export function shown(locator: Locator) {
  async function settled(wanted: Wanted): Promise<string> {
    let deadline: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      deadline = setTimeout(resolve, SHOWN_TIMEOUT_MS);
    });
    const asWanted = textOnceAsWanted(locator, wanted);
    // When the deadline comes first, the page's promise stays pending until the page closes.
    asWanted.catch(() => undefined);
    try {
      await Promise.race([asWanted, late]);
    } finally {
      clearTimeout(deadline);
    }
    return locator.innerText();
  }
  return {
    async toMatch(pattern: RegExp): Promise<void> {
      expect(await settled({ pattern: pattern.source, flags: pattern.flags })).toMatch(pattern);
    },
    async toContain(part: string): Promise<void> {
      expect(await settled({ part })).toContain(part);
    },
    async toBe(whole: string): Promise<void> {
      expect(await settled({ whole })).toBe(whole);
    },
  };
}

/**
 * How long a page may take to show its heading: a route's code is loaded when it is first
 * visited, and on a loaded 2-core box (jest's workers, Chromium, PostgreSQL) that took more than
 * 10 s in CI for the developers' page, which shows in 3 s alone.
 */
const HEADING_TIMEOUT_MS = 30_000;

/** The page's h1 text, once the page shows one with the expected text. */
export async function waitForHeading(page: Page, text: RegExp): Promise<string> {
  const heading = page.locator('h1');
  try {
    await heading.filter({ hasText: text }).waitFor({ timeout: HEADING_TIMEOUT_MS });
  } catch (error) {
    // Says what the page showed instead (its heading and any alert, such as an error summary),
    // so that a failure tells a slow page from a wrong one and a refused request from a lost one.
    const shown = await heading.allInnerTexts().catch(() => []);
    const alerts = await page
      .locator('.kern-alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `no h1 matching ${text} within ${HEADING_TIMEOUT_MS / 1000} s at ${page.url()}; h1 shown: ${JSON.stringify(shown)}; alerts shown: ${JSON.stringify(alerts)}`,
      { cause: error },
    );
  }
  return (await heading.innerText()).trim();
}

/** The document title, once it matches (pages set it after they render, so it can lag a moment). */
export async function waitForTitle(page: Page, text: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.title), text.source, {
    timeout: 10_000,
  });
  return page.title();
}

/** Signs in with the password on the sign-in page that is open. */
export async function signInWithPassword(
  page: Page,
  account: { email: string; password: string },
  password = account.password,
): Promise<void> {
  await waitForHeading(page, /^Anmelden$/);
  await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

/** Signs in with the password on the way to `path`, saying "not now" to the passkey offer. */
export async function signInTo(
  page: Page,
  account: { email: string; password: string },
  path: string,
): Promise<void> {
  await page.goto(`/sign-in?return=${encodeURIComponent(path)}`);
  await signInWithPassword(page, account);
  await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
  await page.getByRole('link', { name: 'Jetzt nicht' }).click();
}

/** Chooses a language in the header's language menu, by its name in itself ("English"). */
export async function chooseLanguage(page: Page, selfName: string): Promise<void> {
  await page.locator('.language-switch__toggle').click();
  await page.locator('.language-switch').getByRole('button', { name: selfName }).click();
}

/** Whether the page's h1 gets the focus (after a navigation it must) within a moment. */
export async function headingHasFocus(page: Page): Promise<boolean> {
  try {
    // Generous: a loaded box with the CPU throttled 40 times (staff-inbox.test.ts) moved the focus
    // after more than 2 s in CI; the wait ends as soon as the focus is there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, {
      timeout: 15_000,
    });
    return true;
  } catch {
    return false;
  }
}

export type BrowserTestEnvironment = { server: TestServer; browser: Browser };

/**
 * The server on the demo town (clock on the seed day) and one Chromium for all tests of a file;
 * registers the hooks that start and stop them. Read the fields inside tests and hooks only.
 */
export function serverAndBrowser(timeout = 90_000): BrowserTestEnvironment {
  const environment = {} as BrowserTestEnvironment;
  beforeAll(async () => {
    environment.server = await startTestServer({
      template: 'demo',
      now: DEMO_NOW,
      // As in production: the built pages send document ids only, a text from them is refused.
      env: { TRUSTED_DOCUMENTS_ONLY: 'true' },
    });
    environment.browser = await launchBrowser();
  }, timeout);
  afterAll(async () => {
    await environment.browser?.close();
    await environment.server?.close();
  });
  return environment;
}

export type VisitorTestEnvironment = BrowserTestEnvironment & { visitor: Visitor };

/**
 * As serverAndBrowser, plus a new visitor (page) for each test on the server's start page, closed
 * after the test, which fails if it reached another host or threw.
 */
export function serverBrowserAndVisitor(timeout = 90_000): VisitorTestEnvironment {
  const environment = serverAndBrowser(timeout) as VisitorTestEnvironment;
  beforeEach(async () => {
    environment.visitor = await openVisitor(environment.browser, environment.server.url);
  });
  afterEach(() => closeCleanly(environment.visitor));
  return environment;
}

/** Closes the visitor's page and fails the test if it reached another host or threw. */
export async function closeCleanly(visitor: Visitor | undefined): Promise<void> {
  if (!visitor) return; // setup failed; its error is reported already
  const { foreignRequests, pageErrors } = visitor;
  await visitor.close();
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
}
