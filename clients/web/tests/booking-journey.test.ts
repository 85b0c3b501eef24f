import type { Page } from 'playwright-core';
import {
  arrowTo,
  axeViolations,
  closeCleanly,
  DEMO_NOW,
  focused,
  headingHasFocus,
  openVisitor,
  tabTo,
  waitForHeading,
  serverBrowserAndVisitor,
  waitForTitle,
  type Visitor,
  shown,
} from './support/browser.js';
import { releaseExpiredHolds } from '../../../src/appointments/appointment-jobs.js';
import { lastEmailTo } from '../../../tests/support/accounts.js';
import { createBookingFixture } from '../../../tests/support/fixtures.js';
import { ServiceEntity } from '../../../src/entities/catalogue/service.entity.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

const TIMEOUT = 90_000;

const env = serverBrowserAndVisitor(TIMEOUT);
/** Further browsers of a test (another citizen watching), closed after it. */
const others: Visitor[] = [];

afterEach(async () => {
  env.server.clock.set(DEMO_NOW);
  for (const visitor of others.splice(0)) await closeCleanly(visitor);
});

const minutesLater = (minutes: number) => new Date(DEMO_NOW.getTime() + minutes * 60_000);

async function appointmentRow(code: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<
      Array<{ code: string; status: string; name: string; email: string; phone: string | null }>
    >('select code, status, name, email, phone from appointment where code = ?', [code]);
  return rows[0];
}

it(
  'books an appointment from the start page to the confirmation with the keyboard only',
  async () => {
    const { page } = env.visitor;
    // Given a citizen on the start page
    await page.goto('/');
    await waitForHeading(page, /Rathaus Musterstadt/);
    // The first Tab offers to skip the header.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // When they search for the identity card
    await tabTo(page, /^input\[search\]/);
    await page.keyboard.type('ausweis');
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Suchergebnisse für „ausweis“/);
    expect(await headingHasFocus(page)).toBe(true);

    // ... open the service ...
    await tabTo(page, /^a Personalausweis beantragen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /^Personalausweis beantragen$/);
    expect(await headingHasFocus(page)).toBe(true);
    await shown(page.locator('main')).toMatch(/Was Sie mitbringen/);

    // ... start the booking and answer one question a page ...
    await tabTo(page, /^a Termin buchen/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Wo möchten Sie hinkommen\?/);
    expect(await headingHasFocus(page)).toBe(true);
    await tabTo(page, /^input\[radio\]/);
    await arrowTo(page, /^input\[radio\] Bürgerbüro Nord/);
    await tabTo(page, /^button Weiter$/);
    await page.keyboard.press('Enter');

    await waitForHeading(page, /An welchem Tag möchten Sie kommen\?/);
    expect(await headingHasFocus(page)).toBe(true);
    await tabTo(page, /^input\[radio\]/);
    await arrowTo(page, /^input\[radio\] Dienstag, 12\. Januar/);
    await tabTo(page, /^button Weiter$/);
    await page.keyboard.press('Enter');

    await waitForHeading(page, /Um wie viel Uhr möchten Sie kommen\?/);
    await tabTo(page, /^input\[radio\]/);
    await arrowTo(page, /^input\[radio\] 09:20 Uhr$/);
    await tabTo(page, /^button Weiter$/);
    await page.keyboard.press('Enter');

    await waitForHeading(page, /Ihre Kontaktdaten/);
    await tabTo(page, /^input\[text\] Vor- und Nachname/);
    await page.keyboard.type('Erika Mustermann');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^input\[email\] E-Mail-Adresse/);
    await page.keyboard.type('erika@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0151 1234567');
    await tabTo(page, /^button Weiter$/);
    await page.keyboard.press('Enter');

    // Then they check their answers ...
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    const answers = await page.locator('.summary-list').innerText();
    expect(answers).toMatch(/Personalausweis beantragen/);
    expect(answers).toMatch(/Bürgerbüro Nord/);
    expect(answers).toMatch(/Dienstag, 12\. Januar 2027/);
    expect(answers).toMatch(/09:20 Uhr/);
    expect(answers).toMatch(/erika@example\.org/);

    // ... and book
    await tabTo(page, /^button Termin buchen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Ihr Termin ist gebucht/);
    expect(await headingHasFocus(page)).toBe(true);

    const code = (await page.locator('.panel__code [aria-hidden="true"]').innerText()).trim();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(await appointmentRow(code)).toEqual({
      code,
      status: 'BOOKED',
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      phone: '0151 1234567',
    });
    // The page says where the confirmation went, and it is on its way.
    await shown(page.locator('main')).toContain(
      'Wir haben Ihnen eine Bestätigung an erika@example.org geschickt.',
    );
    expect((await lastEmailTo(env.server, 'erika@example.org'))?.body).toContain(code);
    // The QR code is drawn in the page and named for screen readers.
    await page
      .getByRole('img', { name: new RegExp(`QR-Code mit Ihrer Buchungsnummer ${code}`) })
      .waitFor();
    // The calendar file comes from the same host, in the page's language.
    const calendar = page.getByRole('link', { name: /Termin in den Kalender übernehmen/ });
    const href = await calendar.getAttribute('href');
    // ... by a signed token: neither the code nor the e-mail address travels in the link.
    expect(href).toMatch(/^\/appointments\/[A-Za-z0-9_-]{43}\.ics\?lang=de$/);
    const ics = await page.request.get(href as string);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toMatch(/Personalausweis beantragen/);
  },
  TIMEOUT,
);

it(
  'shows what is missing in an error summary and next to each field, and keeps the answers',
  async () => {
    const { page } = env.visitor;
    await page.goto('/search?q=reisepass');
    await page.getByRole('link', { name: 'Reisepass beantragen', exact: true }).click();
    await page.getByRole('link', { name: /Termin buchen/ }).click();

    // No office chosen: the summary takes the focus and leads to the field.
    await waitForHeading(page, /Wo möchten Sie hinkommen\?/);
    await page.getByRole('button', { name: 'Weiter' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.classList.contains('error-summary') === true,
      undefined,
      { timeout: 10_000 },
    );
    await waitForTitle(page, /^Fehler: /);
    await summary.getByRole('link', { name: 'Wählen Sie einen Standort aus.' }).click();
    expect(await focused(page)).toMatch(/^input\[radio\] Bürgerbüro Mitte/);
    await page.getByLabel('Bürgerbüro Mitte').check();
    await page.getByRole('button', { name: 'Weiter' }).click();

    await waitForHeading(page, /An welchem Tag/);
    await page.locator('input[name="day"]').first().check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(page, /Um wie viel Uhr/);
    await page.locator('input[name="time"]').first().check();
    await page.getByRole('button', { name: 'Weiter' }).click();

    // Wrong details: each error stands next to its field and is tied to it for screen readers.
    await waitForHeading(page, /Ihre Kontaktdaten/);
    await page.getByLabel('E-Mail-Adresse').fill('erika.example.org');
    await page.getByLabel(/Telefonnummer/).fill('call me');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await summary.waitFor();
    const errors = await summary.getByRole('listitem').allInnerTexts();
    expect(errors).toEqual([
      'Geben Sie Ihren Namen ein.',
      'Geben Sie eine E-Mail-Adresse in der richtigen Form ein, zum Beispiel name@beispiel.de.',
      'Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + - / ( ) ein.',
    ]);
    const email = page.getByLabel('E-Mail-Adresse');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBe('email-hint email-error');
    await shown(page.locator('#email-error')).toMatch(/in der richtigen Form/);
    expect(await email.inputValue()).toBe('erika.example.org');

    // Corrected, the journey goes on.
    await page.getByLabel('Vor- und Nachname').fill('Max Mustermann');
    await email.fill('max@example.org');
    await page.getByLabel(/Telefonnummer/).fill('');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    await shown(page.locator('.summary-list')).toMatch(/keine Angabe/);
  },
  TIMEOUT,
);

it(
  "shows the API's refusal next to the answer it concerns, with a way to change it",
  async () => {
    // Given an e-mail address that already holds the most upcoming bookings allowed (3)
    const { page } = env.visitor;
    const booking = await demoBooking(env.server);
    for (const startsAt of [
      '2027-01-14T08:00:00Z',
      '2027-01-14T09:00:00Z',
      '2027-01-14T10:00:00Z',
    ]) {
      await bookThroughApi(env.server, { ...booking, startsAt });
    }
    await page.addInitScript(
      (draft) => {
        sessionStorage.setItem('rathaus.booking', JSON.stringify(draft));
      },
      {
        serviceId: booking.serviceId,
        officeId: booking.officeId,
        day: '2027-01-15',
        startsAt: '2027-01-15T08:00:00.000Z',
        name: 'Erika Mustermann',
        email: booking.email,
        phone: '',
      },
    );

    // When they try to book a fourth
    await page.goto(`/services/${encodeURIComponent(booking.serviceId)}/book/check`);
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    await page.getByRole('button', { name: 'Termin buchen' }).click();

    // Then the API's message stands in the summary and at the e-mail answer, linked to "change"
    const message =
      'Mit dieser E-Mail-Adresse sind bereits 3 Termine gebucht. Bitte sagen Sie einen ab, bevor Sie einen neuen buchen.';
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary li').allInnerTexts()).toEqual([message]);
    await shown(page.locator('#email-error')).toContain(message);
    await page.locator('.error-summary a').click();
    expect(await focused(page)).toMatch(/^a Ändern E-Mail-Adresse$/);
    await shown(page.locator('h1')).toBe('Prüfen Sie Ihre Angaben');
  },
  TIMEOUT,
);

/** Opens the time page of a journey with the office and day answered. */
async function timePage(page: Page, town: { service: string; office: string }) {
  await page.addInitScript(
    (draft) => {
      if (!sessionStorage.getItem('rathaus.booking')) {
        sessionStorage.setItem('rathaus.booking', JSON.stringify(draft));
      }
    },
    {
      serviceId: town.service,
      officeId: town.office,
      day: '2027-01-12',
      name: '',
      email: '',
      phone: '',
    },
  );
  await page.goto(`/services/${encodeURIComponent(town.service)}/book/time`);
  await waitForHeading(page, /Um wie viel Uhr möchten Sie kommen\?/);
}

it(
  'holds the chosen time with a countdown, gives it back on going back, and frees it when it ends',
  async () => {
    // Given a town with one counter (a hold takes the time from everyone) and a scarce service,
    // citizen A choosing Tuesday 09:00 and citizen B watching the same day in another browser
    const town = await createBookingFixture(env.server.orm, {
      counters: 1,
      validFrom: '2027-01-11',
      validUntil: '2027-01-31',
    });
    await env.server.orm.em
      .fork()
      .nativeUpdate(ServiceEntity, { id: town.serviceId }, { scarce: true });
    const a = env.visitor.page;
    const watcher = await openVisitor(env.browser, env.server.url);
    others.push(watcher);
    const b = watcher.page;
    await timePage(a, town);
    await timePage(b, town);
    await waitForSubscriptions(env.server.bus, 2, 5000, 'counterTimeChanged');
    await a.getByLabel('09:00 Uhr').check();

    // When A goes on, the time is held for A: B sees it go, live
    await a.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(a, /Ihre Kontaktdaten/);
    await b.getByLabel('09:00 Uhr').waitFor({ state: 'detached' });

    // Then A sees the countdown, and a screen reader hears once what it means
    const clock = a.getByRole('timer');
    await shown(clock).toBe('10:00');
    const announcement = a.locator('.hold-timer__announcement');
    expect(await announcement.getAttribute('aria-live')).toBe('polite');
    await shown(announcement).toBe(
      'Die Uhrzeit 09:00 Uhr ist 10 Minuten lang für Sie reserviert. Buchen Sie in dieser Zeit.',
    );
    expect(await axeViolations(a)).toEqual([]);

    // When A goes back, the hold is given back: B sees 09:00 again, live
    await a.getByRole('link', { name: 'Zurück' }).click();
    await waitForHeading(a, /Um wie viel Uhr/);
    await b.getByLabel('09:00 Uhr').waitFor();
    expect(await holdsAtNine()).toBe(0);

    // When A holds it again and the minutes pass (the browser's clock), A is told at 5 and 1
    // minutes left, not every second
    await a.getByLabel('09:00 Uhr').check();
    await a.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(a, /Ihre Kontaktdaten/);
    await b.getByLabel('09:00 Uhr').waitFor({ state: 'detached' });
    await a.clock.setFixedTime(minutesLater(6));
    await a.getByRole('timer').filter({ hasText: '04:00' }).waitFor();
    await shown(announcement).toBe(
      'Noch 4 Minuten: Danach ist die Uhrzeit 09:00 Uhr wieder für alle frei.',
    );
    await a.clock.setFixedTime(minutesLater(9.5));
    await a.getByRole('timer').filter({ hasText: '00:30' }).waitFor();
    await shown(announcement).toBe(
      'Noch 1 Minute: Danach ist die Uhrzeit 09:00 Uhr wieder für alle frei.',
    );

    // ... and when the hold ends (the server's clock and its release job, the browser's clock),
    // A is told and B sees the time free again
    env.server.clock.set(minutesLater(10));
    await releaseExpiredHolds({
      em: env.server.orm.em.fork(),
      clock: env.server.clock.now,
      bus: env.server.bus,
      settings: env.server.townSettings,
    });
    await b.getByLabel('09:00 Uhr').waitFor();
    await a.clock.setFixedTime(minutesLater(10));
    await a.getByRole('heading', { name: 'Ihre Reservierung ist abgelaufen' }).waitFor();
    const expired =
      'Die Uhrzeit 09:00 Uhr ist nicht mehr für Sie reserviert und wieder für alle frei. Bitte wählen Sie erneut eine Uhrzeit. Ihre anderen Angaben bleiben erhalten.';
    await shown(announcement).toBe(expired);

    // Then A chooses again, and the freed time is there
    await a.getByRole('link', { name: 'Uhrzeit neu wählen' }).click();
    await waitForHeading(a, /Um wie viel Uhr/);
    await a.getByLabel('09:00 Uhr').check();

    // When A books it, as a guest, the scarce service's booking waits for the e-mail link
    await a.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(a, /Ihre Kontaktdaten/);
    await a.getByLabel('Vor- und Nachname').fill('Anna Amsel');
    await a.getByLabel('E-Mail-Adresse').fill('anna@example.org');
    await a.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(a, /Prüfen Sie Ihre Angaben/);
    await a.getByRole('button', { name: 'Termin buchen' }).click();
    await waitForHeading(a, /Bitte bestätigen Sie Ihre E-Mail-Adresse/);
    await shown(a.locator('main')).toContain('Öffnen Sie den Link darin innerhalb von 30 Minuten');

    // Then the link in the e-mail books it with one click
    const mail = await lastEmailTo(env.server, 'anna@example.org');
    const link = /http:\/\/rathaus\.test(\/appointment\/confirm\?token=[\w-]+)/.exec(
      mail?.body ?? '',
    )?.[1];
    await a.goto(link!);
    await a.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await waitForHeading(a, /Ihr Termin ist gebucht/);
    expect((await lastEmailTo(env.server, 'anna@example.org'))?.subject).toMatch(
      /^Terminbestätigung: /,
    );
  },
  TIMEOUT,
);

/** How many holds there are of Tuesday 09:00 (08:00 UTC), in any town. */
async function holdsAtNine(): Promise<number> {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ count: string }>>(
      "select count(*) from appointment where status = 'HELD' and starts_at = '2027-01-12T08:00:00Z'",
    );
  return Number(rows[0]?.count);
}
