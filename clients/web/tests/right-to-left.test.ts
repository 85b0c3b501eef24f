import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  closeCleanly,
  DESKTOP,
  MOBILE,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// Arabic pages run right to left: the layout is mirrored (logical CSS properties), direction
// icons turn round, and left-to-right values (codes, phone numbers) keep their order. Each page
// is also kept as a screenshot in clients/web/test-artifacts/ (git-ignored) for a human to look at.

const TIMEOUT = 120_000;
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/right-to-left/', import.meta.url));

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor | undefined;

beforeAll(() => mkdir(ARTIFACTS, { recursive: true }));

afterEach(async () => {
  await closeCleanly(visitor);
  visitor = undefined;
});

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
}

const right = (found: Box) => found.x + found.width;

/** Keeps a screenshot and checks that the page does not scroll sideways. */
async function keep(page: Page, name: string, problems: string[]) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) problems.push(`${name}: the page scrolls sideways by ${overflow}px`);
}

const submit = (page: Page) => page.locator('main form button[type="submit"]').first().click();

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['a 360 px phone', MOBILE],
] as const) {
  it(
    `mirrors the start page, a service and the booking steps in Arabic on ${device}`,
    async () => {
      const name = (page: string) => `${page}-${viewport.width}`;
      const problems: string[] = [];
      visitor = await openVisitor(env.browser, env.server.url, { locale: 'ar', viewport });
      const { page } = visitor;

      // Given an Arabic reader on the start page
      await page.goto('/');
      await waitForHeading(page, /بلدية/);
      await page.locator('.category-list').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await keep(page, name('start'), problems);

      // Then the header's home link is on the right, the language menu to its left
      const home = await box(page, '.site-header__home');
      const languages = await box(page, '.language-switch__toggle');
      expect(right(home)).toBeGreaterThan(viewport.width * 0.8);
      expect(languages.x).toBeLessThan(home.x);
      // and the heading starts on the right
      const heading = await box(page, 'main h1');
      expect(right(heading)).toBeGreaterThan(viewport.width * 0.8);

      // When they open a service
      await page.locator('.category-list a').first().click();
      await page.locator('.result-list a').first().waitFor();
      await page.locator('.result-list a').first().click();
      await page.locator('.facts').waitFor();
      await keep(page, name('service'), problems);

      // Then the breadcrumbs run from the right, the facts' bar is on the right, the arrow of
      // "book" points left
      const crumbs = page.locator('.breadcrumbs li');
      expect(await crumbs.count()).toBe(2);
      const [home2, category] = [
        await crumbs.nth(0).boundingBox(),
        await crumbs.nth(1).boundingBox(),
      ];
      expect(home2!.x).toBeGreaterThan(category!.x);
      expect(
        await page
          .locator('.facts')
          .evaluate((facts) => [
            getComputedStyle(facts).borderRightWidth,
            getComputedStyle(facts).borderLeftWidth,
          ]),
      ).toEqual(['4px', '0px']);
      expect(
        await page
          .locator('.start-link .kern-icon--arrow-forward')
          .evaluate((icon) => getComputedStyle(icon).transform),
      ).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      // The service's English texts run left to right inside the Arabic page.
      expect(
        await page
          .locator('.service .lead')
          .evaluate((lead) => [lead.getAttribute('lang'), getComputedStyle(lead).direction]),
      ).toEqual(['en', 'ltr']);
      // Office phone numbers keep their order.
      expect(
        await page.locator('.office__contact a[href^="tel:"]').first().getAttribute('dir'),
      ).toBe('ltr');

      // When they book: the office step (with its error), the day, the time, the details
      await page.locator('.start-link').click();
      await waitForHeading(page, /إلى أين تريد الحضور/);
      await submit(page);
      await page.locator('.error-summary').waitFor();
      await keep(page, name('booking-office'), problems);
      // Then a radio stands to the right of its label
      const radio = await box(page, 'input[name="office"]');
      const label = await box(page, 'input[name="office"] ~ label');
      expect(radio.x).toBeGreaterThan(label.x);
      await page.locator('input[name="office"]').first().check();
      await submit(page);

      await waitForHeading(page, /في أي يوم تريد الحضور/);
      await page.locator('input[name="day"]').nth(1).check();
      await keep(page, name('booking-day'), problems);
      await submit(page);

      await waitForHeading(page, /في أي ساعة تريد الحضور/);
      await page.locator('input[name="time"]').first().check();
      await submit(page);

      await waitForHeading(page, /بيانات التواصل الخاصة بك/);
      await page.getByLabel('الاسم الأول واسم العائلة').fill('سارة أحمد');
      await page.getByLabel('البريد الإلكتروني').fill(`sara.${viewport.width}@example.org`);
      await page.getByLabel(/^رقم الهاتف/).fill('+49 151 1234567');
      await submit(page);

      // Then "check your answers" shows the phone number and address left to right
      await waitForHeading(page, /تحقّق من بياناتك/);
      await keep(page, name('booking-check'), problems);
      const phone = page.locator('.summary-list [dir="ltr"]', { hasText: '1234567' });
      await shown(phone).toBe('+49 151 1234567');
      const phoneBox = await phone.boundingBox();
      const plus = await phone.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.firstChild!, 0);
        range.setEnd(element.firstChild!, 1);
        return range.getBoundingClientRect().x;
      });
      // "+" is the leftmost character: the number reads left to right inside the Arabic page.
      expect(plus).toBeLessThan(phoneBox!.x + 4);

      await submit(page);
      await waitForHeading(page, /تم حجز موعدك/);
      await page.locator('.qr-code').waitFor();
      await keep(page, name('booking-done'), problems);
      expect(await page.locator('.panel__code').getAttribute('dir')).toBe('ltr');

      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
}
