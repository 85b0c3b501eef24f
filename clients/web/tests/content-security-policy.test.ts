import type { Page } from 'playwright-core';
import { lastEmailTo } from '../../../tests/support/accounts.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import {
  closeCleanly,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

// Security review #13, finding 14: the built web client and GraphiQL work under the server's
// Content Security Policy (no inline scripts or styles, connections to this origin only): every
// page below is used as a citizen or developer would, and the browser reports no violation.

const TIMEOUT = 90_000;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor;

declare global {
  interface Window {
    cspViolations: string[];
    inlineScriptRan?: boolean;
  }
}

beforeEach(async () => {
  visitor = await openVisitor(env.browser, env.server.url);
  // Collects the browser's own reports from the first moment of every document.
  await visitor.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

afterEach(() => closeCleanly(visitor));

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations);
}

it(
  'runs the start page, the live booking step and an e-mail link’s page without a violation',
  async () => {
    const { page } = visitor;
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await waitForHeading(page, /.+/);
    expect(await violations(page)).toEqual([]);

    // The time step follows bookings live over the WebSocket (connect-src).
    const booking = await demoBooking(env.server);
    await page.evaluate(
      (draft) => sessionStorage.setItem('rathaus.booking', JSON.stringify(draft)),
      { ...booking, startsAt: undefined, name: '', email: '', phone: '', day: '2027-01-12' },
    );
    await page.goto(`/services/${encodeURIComponent(booking.serviceId)}/book/time`);
    await waitForHeading(page, /Um wie viel Uhr möchten Sie kommen\?/);
    await waitForSubscriptions(env.server.bus, 1, 5000, 'counterTimeChanged');
    expect(await violations(page)).toEqual([]);

    // The page behind the confirmation e-mail's link.
    const { code } = await bookThroughApi(env.server, booking);
    const mail = (await lastEmailTo(env.server, booking.email))?.body ?? '';
    const link = /http:\/\/rathaus\.test(\/appointment\?token=\S+)/.exec(mail)?.[1];
    await page.goto(link!);
    await waitForHeading(page, /Ihr Termin$/);
    await shown(page.locator('main')).toContain(code);
    expect(await violations(page)).toEqual([]);

    // Positive control: the policy is enforced and the reports arrive. An inline script is
    // refused, reported, and logged to the console (which closeCleanly would count).
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => window.cspViolations.length > 0);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
    expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined();
    const refusal = visitor.pageErrors.findIndex((error) => /Content Security Policy/.test(error));
    expect(refusal).toBeGreaterThanOrEqual(0);
    visitor.pageErrors.splice(refusal, 1);
  },
  TIMEOUT,
);

it(
  'runs GraphiQL, its query and its documentation explorer without a violation',
  async () => {
    const { page } = visitor;
    await page.goto('/graphiql');
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'Offices',
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = (await (await answered).json()) as { data: { offices: unknown[] } };
    expect(answer.data.offices.length).toBeGreaterThan(0);
    await page.locator('.result-window').getByText('"offices"').waitFor();
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('freeSlots').first().waitFor();
    expect(await violations(page)).toEqual([]);
    // GraphiQL's own layout came from its stylesheet file, not an inline style.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  },
  TIMEOUT,
);
