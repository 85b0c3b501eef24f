import type { Page } from 'playwright-core';
import {
  closeCleanly,
  serverAndBrowser,
  type Visitor,
  shown,
} from '../../web/tests/support/browser.js';
import {
  bookFirstFree,
  demoOffice,
  mintKioskToken,
  freezeIdleClock,
  openKiosk,
  serviceAt,
  storage,
  type DemoOffice,
} from './support/kiosk.js';

// The demo day's morning: the server's clock stands at 08:00 in Berlin (DEMO_NOW).
const TODAY_0815 = '2027-01-11T07:15:00Z';
const TOMORROW_0815 = '2027-01-12T07:15:00Z';

const environment = serverAndBrowser();
let mitte: DemoOffice;
let token: string;
let kiosk: Visitor | undefined;

beforeAll(async () => {
  mitte = await demoOffice(environment.server, 'buergerbuero-mitte');
  ({ token } = await mintKioskToken(environment.server, mitte));
});

afterEach(async () => {
  await closeCleanly(kiosk);
  kiosk = undefined;
});

async function bookToday(): Promise<string> {
  const { server } = environment;
  return bookFirstFree(
    server,
    mitte,
    await serviceAt(server, mitte, 'Personalausweis'),
    TODAY_0815,
  );
}

/**
 * Waits until the code field has the focus, which the screen gives it once it is painted: a scanner
 * types into whatever is focused, and keys typed before land nowhere.
 */
async function scannerReady(page: Page): Promise<void> {
  await page.locator('#booking-code:focus').waitFor();
}

/** Taps the on-screen keys of the code. */
async function tapCode(page: Page, code: string): Promise<void> {
  const keypad = page.getByRole('group', { name: 'Tastenfeld für den Buchungscode' });
  for (const key of code) await keypad.getByRole('button', { name: key, exact: true }).tap();
}

it('checks an appointment in by touch, in German, and shows and prints its ticket', async () => {
  // Given a booked appointment at this office this morning
  const code = await bookToday();
  kiosk = await openKiosk(environment.browser, environment.server.url, token);
  const { page } = kiosk;

  // When the citizen taps German, "I have an appointment", the code and "Check in"
  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await page.getByRole('button', { name: /Ich habe einen Termin/ }).tap();
  await tapCode(page, code);
  expect(await page.getByLabel('Buchungscode', { exact: true }).inputValue()).toBe(code);
  await page.getByRole('button', { name: 'Einchecken' }).tap();

  // Then the ticket shows, with an appointment's number, the phone's QR code and address
  await page.getByRole('heading', { name: 'Sie sind eingecheckt' }).waitFor();
  const slip = page.getByRole('region', { name: 'Ihr Wartezettel' });
  await shown(slip.locator('.slip__number')).toMatch(/^T-\d{3}$/);
  await slip.getByRole('img', { name: /QR-Code/ }).waitFor();
  const ticketAddress = await slip.locator('.slip__url').innerText();
  expect(ticketAddress).toMatch(new RegExp(`^${environment.server.url}/tickets/[^/]+$`));
  const ticketId = decodeURIComponent(ticketAddress.split('/tickets/')[1]!);
  const { body } = await environment.server.gql<{ ticket: { kind: string } | null }>(
    'query($id: ID!) { ticket(ticketId: $id) { kind } }',
    { id: ticketId },
  );
  expect(body.data?.ticket).toEqual({ kind: 'APPOINTMENT' });
  // And the slip went to the printer
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
}, 180_000);

it('checks in by scanner input (the code and Enter), in Arabic, right to left', async () => {
  const code = await bookToday();
  kiosk = await openKiosk(environment.browser, environment.server.url, token, { touch: false });
  const { page } = kiosk;

  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('button', { name: /لدي موعد/ }).click();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  // The scanner types into the field that has the focus, as a keyboard would
  await scannerReady(page);
  await page.keyboard.type(code.toLowerCase());
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'تم تسجيل حضورك' }).waitFor();
  await shown(page.locator('.slip__number')).toMatch(/^T-\d{3}$/);
}, 180_000);

it('says clearly why a code does not check in', async () => {
  // Given an appointment of this office tomorrow, one of another office today, and one checked in
  const { server } = environment;
  const nord = await demoOffice(server, 'buergerbuero-nord');
  const tomorrow = await bookFirstFree(
    server,
    mitte,
    await serviceAt(server, mitte, 'Personalausweis'),
    TOMORROW_0815,
  );
  const elsewhere = await bookFirstFree(
    server,
    nord,
    await serviceAt(server, nord, 'Personalausweis'),
    TODAY_0815,
  );
  const twice = await bookToday();
  kiosk = await openKiosk(environment.browser, environment.server.url, token, { touch: false });
  const { page } = kiosk;
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: /Ich habe einen Termin/ }).click();
  const field = page.getByLabel('Buchungscode', { exact: true });

  const attempts: Array<[string, string]> = [
    ['', 'Bitte geben Sie Ihren Buchungscode ein.'],
    ['ABC', 'Ein Buchungscode hat 8 Zeichen'],
    ['ZZZZZZZZ', 'Zu diesem Code gibt es keinen Termin.'],
    [tomorrow, 'Ihr Termin ist nicht heute.'],
    [elsewhere, 'Ihr Termin ist in einer anderen Dienststelle.'],
  ];
  for (const [code, message] of attempts) {
    await field.fill(code);
    await page.keyboard.press('Enter');
    const error = page.locator('#booking-code-error');
    await error
      .filter({ hasText: message })
      .waitFor()
      .catch(async () => {
        // What the kiosk shows instead: another message, or another screen.
        throw new Error(`${code}: "${await page.locator('main').innerText()}"`);
      });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
  }

  // The same appointment a second time: the first check-in gives a ticket, the second says so
  await field.fill(twice);
  await page.keyboard.press('Enter');
  await page
    .getByRole('heading', { name: 'Sie sind eingecheckt' })
    .waitFor()
    .catch(async () => {
      throw new Error(`${twice}: "${await page.locator('#booking-code-error').innerText()}"`);
    });
  await page.getByRole('button', { name: 'Fertig' }).click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: /Ich habe einen Termin/ }).click();
  await page.getByLabel('Buchungscode', { exact: true }).fill(twice);
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Sie sind schon eingecheckt.' }).waitFor();
}, 180_000);

it('keeps a code pasted after a pause, when the idle count starts again', async () => {
  // Given the code screen, untouched for five seconds (the test moves the kiosk's clock)
  kiosk = await openKiosk(environment.browser, environment.server.url, token, { touch: false });
  const { page } = kiosk;
  await page.clock.install({ time: new Date('2027-01-11T07:00:00Z') });
  await page.reload();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: /Ich habe einen Termin/ }).click();
  const field = page.getByLabel('Buchungscode', { exact: true });
  await freezeIdleClock(page);
  await page.clock.runFor(5_000);

  // When a code arrives in one input event, without keys (pasted, or a scanner's text)
  await field.fill('ZZZZZZZZ');

  // Then the field keeps it, and Enter asks the server about that code (not about an empty one)
  expect(await field.inputValue()).toBe('ZZZZZZZZ');
  await page.keyboard.press('Enter');
  await page
    .locator('#booking-code-error', { hasText: 'Zu diesem Code gibt es keinen Termin.' })
    .waitFor();
}, 180_000);

it('draws a walk-in number by touch: matter, what to bring, ticket', async () => {
  kiosk = await openKiosk(environment.browser, environment.server.url, token);
  const { page } = kiosk;

  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await page.getByRole('button', { name: /Ich brauche eine Wartenummer/ }).tap();
  await page.getByRole('heading', { name: 'Wartenummer: Ihr Anliegen' }).waitFor();
  await page.getByRole('button', { name: 'Ausweise und Pässe' }).tap();
  await page.getByRole('button', { name: 'Personalausweis beantragen', exact: true }).tap();
  await page.getByRole('heading', { name: 'Bitte bringen Sie mit' }).waitFor();
  expect(await page.locator('.kiosk-documents li').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Wartenummer ziehen' }).tap();

  await page.getByRole('heading', { name: 'Ihre Wartenummer' }).waitFor();
  const slip = page.getByRole('region', { name: 'Ihr Wartezettel' });
  await shown(slip.locator('.slip__number')).toMatch(/^[A-Z]-\d{3}$/);
  await shown(slip).toContain('Personalausweis beantragen');
  await slip.getByText(/Platz \d+ in der Reihe|als Nächstes dran/).waitFor();
}, 180_000);

it('draws a walk-in number in Arabic, with the matters in English', async () => {
  kiosk = await openKiosk(environment.browser, environment.server.url, token);
  const { page } = kiosk;

  await page.getByRole('button', { name: 'العربية' }).tap();
  await page.getByRole('button', { name: /أحتاج إلى رقم انتظار/ }).tap();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await page.getByRole('button', { name: 'ID cards and passports' }).tap();
  await page.getByRole('button', { name: /^Apply for an identity card$/ }).tap();
  await page.getByRole('button', { name: 'سحب رقم' }).tap();
  await page.getByRole('heading', { name: 'رقم انتظارك' }).waitFor();
  await shown(page.locator('.slip__number')).toMatch(/^[A-Z]-\d{3}$/);
}, 180_000);

it('returns to the start after a minute untouched, leaving nothing of the citizen behind', async () => {
  // Given a kiosk whose clock the test moves, with a ticket on the screen
  const code = await bookToday();
  kiosk = await openKiosk(environment.browser, environment.server.url, token, { touch: false });
  const { page } = kiosk;
  await page.clock.install({ time: new Date('2027-01-11T07:00:00Z') });
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /I have an appointment/ }).click();
  await scannerReady(page);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'You are checked in' }).waitFor();
  const number = await page.locator('.slip__number').innerText();
  await freezeIdleClock(page);

  // When 50 seconds pass untouched, then it asks whether anyone is still there
  await page.clock.runFor(50_000);
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await warning.waitFor();
  // And "Continue" keeps the ticket on the screen
  await warning.getByRole('button', { name: 'Continue' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.clock.runFor(45_000);
  expect(await page.getByRole('heading', { name: 'You are checked in' }).isVisible()).toBe(true);

  // When another minute passes, then it is back at the start, in German
  await page.clock.runFor(20_000);
  await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

  // And neither the page nor its storage holds the code, the number or the matter any more
  const html = await page.content();
  for (const personal of [code, number, 'Personalausweis', 'Identity card']) {
    expect(html).not.toContain(personal);
  }
  const kept = await storage(page);
  expect(kept.session).toEqual([]);
  expect(kept.local.map((entry) => entry.split('=')[0])).toEqual(['rathaus.kiosk']);
  for (const personal of [code, number]) expect(kept.local.join()).not.toContain(personal);
}, 180_000);
