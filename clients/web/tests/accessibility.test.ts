import type { Browser, Page } from 'playwright-core';
import { releaseExpiredHolds } from '../../../src/appointments/appointment-jobs.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import {
  axeViolations,
  DESKTOP,
  launchBrowser,
  MOBILE,
  openVisitor,
  waitForHeading,
  type Visitor,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

const TIMEOUT = 180_000;

let server: TestServer;
let browser: Browser;
let visitor: Visitor;

const SERVER_NOW = new Date('2027-01-11T07:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ template: 'demo', now: SERVER_NOW });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  server.clock.set(SERVER_NOW);
  if (!visitor) return; // setup failed; its error is reported already
  const { foreignRequests, pageErrors } = visitor;
  await visitor.close();
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

type Problems = Record<string, string[]>;

/** Axe's WCAG 2.2 AA findings and, on a phone, any sideways scrolling. */
async function inspect(page: Page, name: string, problems: Problems): Promise<void> {
  const found = await axeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) found.push(`the page scrolls sideways by ${overflow}px`);
  const headings = await page.locator('h1').count();
  if (headings !== 1) found.push(`${headings} h1 elements`);
  if (found.length > 0) problems[name] = found;
}

const submit = (page: Page) => page.locator('main form button[type="submit"]').first().click();

/** Every page and state of the citizen's journeys, each inspected on arrival. */
async function tour(page: Page, problems: Problems, email: string) {
  await page.goto('/');
  await page.locator('.category-list').waitFor();
  await inspect(page, 'start', problems);

  await page.locator('.category-list a').first().click();
  await page.locator('.result-list').waitFor();
  await inspect(page, 'category', problems);

  await page.goto('/search?q=zzzzqqq');
  await page.getByText('Keine Leistung gefunden').waitFor();
  await inspect(page, 'search without results', problems);

  await page.goto('/search?q=personalausweis');
  await page.locator('.result-list').waitFor();
  await inspect(page, 'search results', problems);

  await page.getByRole('link', { name: 'Personalausweis beantragen', exact: true }).click();
  await waitForHeading(page, /^Personalausweis beantragen$/);
  await inspect(page, 'service', problems);

  await page.getByRole('link', { name: /Termin buchen/ }).click();
  await waitForHeading(page, /Wo möchten Sie hinkommen/);
  await inspect(page, 'office', problems);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'office with error', problems);
  await page.getByLabel('Bürgerbüro Mitte').check();
  await submit(page);

  await waitForHeading(page, /An welchem Tag/);
  await page.locator('input[name="day"]').first().waitFor();
  await inspect(page, 'day', problems);
  await page.locator('input[name="day"]').nth(2).check();
  await submit(page);

  await waitForHeading(page, /Um wie viel Uhr/);
  await page.locator('input[name="time"]').first().waitFor();
  await inspect(page, 'time', problems);
  // A time another citizen books while this one looks: the live note shows.
  const [first, second] = await page
    .locator('input[name="time"]')
    .evaluateAll((inputs) => inputs.slice(0, 2).map((input) => (input as HTMLInputElement).value));
  const { serviceId, officeId } = await page.evaluate(() =>
    JSON.parse(sessionStorage.getItem('rathaus.booking') ?? '{}'),
  );
  for (const other of ['one', 'two', 'three']) {
    await bookThroughApi(server, {
      serviceId,
      officeId,
      startsAt: first as string,
      name: 'Other',
      email: `${other}.${email}`,
    }).catch(() => undefined);
  }
  await page.locator('.live-note--visible').waitFor();
  await inspect(page, 'time with a live change', problems);
  await page.locator(`input[value="${second}"]`).check();
  await submit(page);

  await waitForHeading(page, /Ihre Kontaktdaten/);
  await inspect(page, 'details', problems);
  await page.getByLabel('E-Mail-Adresse').fill('not-an-address');
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'details with errors', problems);
  await page.getByLabel('Vor- und Nachname').fill('Erika Mustermann');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await submit(page);

  await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
  await inspect(page, 'check', problems);
  // The hold ends (the server's clock) and someone else takes the time before this citizen
  // confirms; they choose again.
  server.clock.set(new Date(SERVER_NOW.getTime() + 11 * 60_000));
  await releaseExpiredHolds({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings: server.townSettings,
  });
  for (const other of ['four', 'five', 'six']) {
    await bookThroughApi(server, {
      serviceId,
      officeId,
      startsAt: second as string,
      name: 'Other',
      email: `${other}.${email}`,
    }).catch(() => undefined);
  }
  await submit(page);
  const chooseAgain = page.getByRole('link', { name: 'Uhrzeit neu wählen' });
  await chooseAgain.waitFor();
  await inspect(page, 'check after the hold ended', problems);
  await chooseAgain.click();
  await waitForHeading(page, /Um wie viel Uhr/);
  await page.locator('input[name="time"]').nth(3).check();
  await submit(page);
  await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
  await submit(page);

  await waitForHeading(page, /Ihr Termin ist gebucht/);
  await page.locator('.qr-code').waitFor();
  await inspect(page, 'confirmation', problems);
  const code = (await page.locator('.panel__code [aria-hidden="true"]').innerText()).trim();

  await page.goto('/appointment');
  await waitForHeading(page, /Ihren Termin ansehen/);
  await inspect(page, 'my appointment', problems);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'my appointment with errors', problems);
  await page.getByLabel('Buchungsnummer').fill(code);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await submit(page);
  await waitForHeading(page, /Ihr Termin$/);
  await inspect(page, 'appointment', problems);
  await page.getByRole('button', { name: 'Termin absagen' }).click();
  await waitForHeading(page, /wirklich absagen/);
  await inspect(page, 'confirm cancellation', problems);
  await submit(page);
  await waitForHeading(page, /Ihr Termin ist abgesagt/);
  await inspect(page, 'cancelled', problems);

  await page.goto('/no/such/page');
  await waitForHeading(page, /Seite nicht gefunden/);
  await inspect(page, 'not found', problems);
}

/** The account's pages, signed out and then signed in, each inspected on arrival. */
async function accountTour(page: Page, problems: Problems, email: string, startsAt: string) {
  await page.goto('/register');
  await waitForHeading(page, /^Konto anlegen$/);
  await inspect(page, 'register', problems);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'register with errors', problems);
  await page.getByLabel('Ihr Name').fill('Erika Mustermann');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await submit(page);
  await waitForHeading(page, /Prüfen Sie Ihr Postfach/);
  await inspect(page, 'check your mailbox', problems);

  await page.goto('/sign-in');
  await waitForHeading(page, /^Anmelden$/);
  await inspect(page, 'sign in', problems);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'sign in with errors', problems);

  // A citizen with a booking of her own signs in with her password.
  const account = await createAccount(server, { name: 'Erika Mustermann' });
  const booking = await demoBooking(server, {
    email: account.email,
    name: account.name,
    startsAt,
  });
  const booked = await server.gql(
    `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }`,
    { input: booking },
    bearer(await signIn(server, account)),
  );
  expect(booked.body.data).toEqual({ bookAppointment: { userErrors: [] } });
  await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await submit(page);
  await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
  await inspect(page, 'passkey offer', problems);
  await page.getByRole('link', { name: 'Jetzt nicht' }).click();
  await waitForHeading(page, /^Mein Rathaus$/);
  await page.locator('.appointment-list__item').waitFor();
  await inspect(page, 'my town hall', problems);
  await page.locator('main').getByRole('link', { name: 'Termin ansehen oder absagen' }).click();
  await waitForHeading(page, /Ihr Termin$/);
  await inspect(page, 'my appointment', problems);

  // Online applications: the service that offers one, its form, the check, "my applications".
  await page.goto('/search?q=bewohnerparkausweis');
  await page.getByRole('link', { name: 'Bewohnerparkausweis beantragen', exact: true }).click();
  await waitForHeading(page, /^Bewohnerparkausweis beantragen$/);
  await inspect(page, 'service with an online application', problems);
  await page.getByRole('link', { name: /Online beantragen/ }).click();
  await waitForHeading(page, /Angaben zu Ihrer Person/);
  await inspect(page, 'application form', problems);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspect(page, 'application form with errors', problems);
  await page.goto(`${new URL(page.url()).pathname}?step=documents`);
  await waitForHeading(page, /Nachweise hochladen/);
  await inspect(page, 'application documents', problems);
  await page.goto(`${new URL(page.url()).pathname}?step=check`);
  await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
  await inspect(page, 'application check', problems);
  await page.goto('/my-town-hall/applications');
  await waitForHeading(page, /^Meine Anträge$/);
  await page.locator('.application-list__item').waitFor();
  await inspect(page, 'my applications', problems);

  await page.locator('header').getByRole('button', { name: 'Abmelden' }).click();
  await waitForHeading(page, /Sie sind abgemeldet/);
  await inspect(page, 'signed out', problems);
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['a 360 × 640 phone', MOBILE],
] as const) {
  it(
    `has no WCAG 2.2 AA violations on any page on ${device}`,
    async () => {
      visitor = await openVisitor(browser, server.url, { viewport });
      const problems: Problems = {};
      await tour(visitor.page, problems, `a11y.${viewport.width}@example.org`);
      await accountTour(
        visitor.page,
        problems,
        `account.${viewport.width}@example.org`,
        viewport === DESKTOP ? '2027-01-12T09:00:00.000Z' : '2027-01-12T09:20:00.000Z',
      );
      expect(problems).toEqual({});
    },
    TIMEOUT,
  );
}

it(
  'has no WCAG 2.2 AA violations in English either',
  async () => {
    visitor = await openVisitor(browser, server.url, { viewport: MOBILE, locale: 'en-GB' });
    const { page } = visitor;
    const problems: Problems = {};
    await page.goto('/');
    await page.locator('.category-list').waitFor();
    await inspect(page, 'start (en)', problems);
    await page.goto('/search?q=passport');
    await page.locator('.result-list').waitFor();
    await inspect(page, 'search (en)', problems);
    await page.goto('/sign-in');
    await waitForHeading(page, /^Sign in$/);
    await inspect(page, 'sign in (en)', problems);
    expect(problems).toEqual({});
  },
  TIMEOUT,
);

/**
 * Arabic, right to left: a representative page of each kind (the whole tour in German above
 * already takes minutes), and the booking journey's steps.
 */
async function arabicTour(page: Page, problems: Problems, width: number) {
  const inspectRtl = async (name: string) => {
    if ((await page.evaluate(() => document.documentElement.dir)) !== 'rtl') {
      problems[`${name} (ar)`] = ['<html> is not dir=rtl'];
      return;
    }
    await inspect(page, `${name} (ar)`, problems);
  };
  await page.goto('/');
  await page.locator('.category-list').waitFor();
  await inspectRtl('start');
  await page.locator('.language-switch__toggle').click();
  await page.locator('.language-switch__list').waitFor();
  await inspectRtl('start with the language menu open');
  await page.keyboard.press('Escape');

  await page.goto('/search?q=personalausweis');
  await page.locator('.result-list').waitFor();
  await inspectRtl('search results');
  await page.locator('.result-list a').first().click();
  await page.locator('.facts').waitFor();
  await inspectRtl('service');

  const { serviceId } = await demoBooking(server);
  await page.goto(`/services/${encodeURIComponent(serviceId)}/book/office`);
  await waitForHeading(page, /إلى أين تريد الحضور/);
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspectRtl('office with error');
  await page.locator('input[name="office"]').first().check();
  await submit(page);
  await waitForHeading(page, /في أي يوم تريد الحضور/);
  await page.locator('input[name="day"]').first().waitFor();
  await inspectRtl('day');
  await page.locator('input[name="day"]').nth(2).check();
  await submit(page);
  await waitForHeading(page, /في أي ساعة تريد الحضور/);
  await page.locator('input[name="time"]').first().waitFor();
  await inspectRtl('time');
  await page
    .locator('input[name="time"]')
    .nth(width === DESKTOP.width ? 2 : 3)
    .check();
  await submit(page);
  await waitForHeading(page, /بيانات التواصل الخاصة بك/);
  await page.getByLabel('البريد الإلكتروني').fill('not-an-address');
  await submit(page);
  await page.locator('.error-summary').waitFor();
  await inspectRtl('details with errors');
  await page.getByLabel('الاسم الأول واسم العائلة').fill('سارة أحمد');
  await page.getByLabel('البريد الإلكتروني').fill(`sara.a11y.${width}@example.org`);
  await submit(page);
  await waitForHeading(page, /تحقّق من بياناتك/);
  await inspectRtl('check');
  await submit(page);
  await waitForHeading(page, /تم حجز موعدك/);
  await page.locator('.qr-code').waitFor();
  await inspectRtl('confirmation');

  await page.goto('/announcements');
  await page.locator('.result-list').waitFor();
  await inspectRtl('announcements');
  await page.goto('/sign-in');
  await waitForHeading(page, /^تسجيل الدخول$/);
  await inspectRtl('sign in');
  await page.goto('/no/such/page');
  await waitForHeading(page, /الصفحة غير موجودة/);
  await inspectRtl('not found');
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['a 360 × 640 phone', MOBILE],
] as const) {
  it(
    `has no WCAG 2.2 AA violations in Arabic, right to left, on ${device}`,
    async () => {
      visitor = await openVisitor(browser, server.url, { viewport, locale: 'ar' });
      const problems: Problems = {};
      await arabicTour(visitor.page, problems, viewport.width);
      expect(problems).toEqual({});
    },
    TIMEOUT,
  );
}

it(
  'would notice a violation (the check itself works)',
  async () => {
    visitor = await openVisitor(browser, server.url, { viewport: MOBILE });
    const { page } = visitor;
    await page.goto('/');
    await page.locator('.category-list').waitFor();
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.type = 'text';
      document.querySelector('main')?.append(field);
      document.body.style.minWidth = '500px';
    });
    const problems: Problems = {};
    await inspect(page, 'start with an unlabelled field', problems);
    expect(problems['start with an unlabelled field']).toEqual([
      expect.stringMatching(/^label \(critical\)/),
      expect.stringMatching(/^the page scrolls sideways by \d+px$/),
    ]);
  },
  TIMEOUT,
);
