import { lastEmailTo } from '../../../tests/support/accounts.js';
import {
  axeViolations,
  headingHasFocus,
  tabTo,
  waitForHeading,
  serverBrowserAndVisitor,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

// The link in a booking's confirmation e-mail opens the booking's page at once, by the token the
// server signed for it (no code, no e-mail address to type), and cancels it from there.

const TIMEOUT = 90_000;

const env = serverBrowserAndVisitor(TIMEOUT);

/** The path and query of the e-mail's link to the appointment's page. */
async function pageLinkIn(email: string): Promise<string> {
  const body = (await lastEmailTo(env.server, email))?.body ?? '';
  const match = /http:\/\/rathaus\.test(\/appointment\?token=[A-Za-z0-9_-]+)\n/.exec(body);
  if (!match?.[1]) throw new Error(`no appointment link in: ${body}`);
  return match[1];
}

async function statusOf(code: string): Promise<string | undefined> {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [code]);
  return rows[0]?.status;
}

it(
  'opens the booking from the confirmation e-mail’s link and cancels it there',
  async () => {
    // Given a booking and the link of its confirmation e-mail
    const booking = await demoBooking(env.server);
    const { code } = await bookThroughApi(env.server, booking);
    const link = await pageLinkIn(booking.email);
    const { page } = env.visitor;

    // When the citizen opens it, the booking shows without asking for anything
    await page.goto(link);
    await waitForHeading(page, /Ihr Termin$/);
    const details = await page.locator('main').innerText();
    expect(details).toContain(`Buchungsnummer ${code}`);
    expect(details).toMatch(/Personalausweis beantragen/);
    expect(details).toMatch(/Dienstag, 12\. Januar 2027, 10:00 bis 10:20 Uhr/);
    expect(await axeViolations(page)).toEqual([]);
    // Its calendar file opens from the page too
    const href = await page
      .getByRole('link', { name: /Termin in den Kalender übernehmen/ })
      .getAttribute('href');
    expect((await page.request.get(href as string)).status()).toBe(200);

    // Then cancels it with the keyboard, confirming once
    await tabTo(page, /^button Termin absagen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Möchten Sie diesen Termin wirklich absagen\?/);
    await tabTo(page, /^button Ja, Termin absagen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Ihr Termin ist abgesagt/);
    expect(await headingHasFocus(page)).toBe(true);
    expect(await statusOf(code)).toBe('CANCELLED');
  },
  TIMEOUT,
);

it(
  'says plainly that a changed link opens nothing, and offers the search by code and e-mail',
  async () => {
    const booking = await demoBooking(env.server);
    const { code } = await bookThroughApi(env.server, booking);
    const link = await pageLinkIn(booking.email);
    const changed = `${link.slice(0, -3)}${link.at(-3) === 'A' ? 'B' : 'A'}${link.slice(-2)}`;
    const { page } = env.visitor;

    await page.goto(changed);
    await waitForHeading(page, /Ihren Termin ansehen oder absagen/);
    await shown(page.locator('.error-summary')).toMatch(/Dieser Link öffnet keinen Termin/);
    expect(await page.getByLabel('Buchungsnummer').inputValue()).toBe('');
    expect(await statusOf(code)).toBe('BOOKED');

    // Positive control: the unchanged link opens the booking in the same browser.
    await page.goto(link);
    await waitForHeading(page, /Ihr Termin$/);
    await shown(page.locator('main')).toContain(`Buchungsnummer ${code}`);
  },
  TIMEOUT,
);
