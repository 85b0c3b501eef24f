import type { Browser, Page } from 'playwright-core';
import { createBookingFixture, type BookingFixture } from '../../../tests/support/fixtures.js';
import {
  startTestServer,
  waitForSubscriptions,
  type TestServer,
} from '../../../tests/support/test-server.js';
import {
  arrowTo,
  focused,
  launchBrowser,
  openVisitor,
  tabTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';
import { bookThroughApi } from './support/booking.js';

const TIMEOUT = 90_000;
// Monday 1 March 2027, 07:00 in Berlin; the fixture's office opens 08:00–12:00 on weekdays.
const NOW = new Date('2027-03-01T06:00:00Z');
// Tuesday 2 and Wednesday 3 March 2027 (CET: 08:00 local is 07:00Z).
const TUESDAY = '2027-03-02';
const WEDNESDAY = '2027-03-03';
const at = (localTime: string, day = TUESDAY) => {
  const [hours, minutes] = localTime.split(':').map(Number);
  const date = Number(day.slice(8, 10));
  return new Date(Date.UTC(2027, 2, date, (hours ?? 0) - 1, minutes ?? 0)).toISOString();
};

let server: TestServer;
let browser: Browser;
let town: BookingFixture;
const visitors: Visitor[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  // One counter: a booking takes a time away completely.
  town = await createBookingFixture(server.orm, { counters: 1, durationMinutes: 30 });
  browser = await launchBrowser();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visitor(): Promise<Visitor> {
  const opened = await openVisitor(browser, server.url, { now: NOW });
  visitors.push(opened);
  return opened;
}

afterEach(async () => {
  const opened = visitors.splice(0);
  await Promise.all(opened.map((entry) => entry.close()));
  for (const entry of opened) {
    expect(entry.foreignRequests).toEqual([]);
    expect(entry.pageErrors).toEqual([]);
  }
});

/** Starts a page in the middle of the journey, with the answers a citizen would have given. */
async function resumeJourney(page: Page, answers: Record<string, string>, step: string) {
  await page.addInitScript(
    (draft) => {
      sessionStorage.setItem('rathaus.booking', JSON.stringify(draft));
    },
    { serviceId: town.service, officeId: town.office, name: '', email: '', phone: '', ...answers },
  );
  await page.goto(`/services/${encodeURIComponent(town.service)}/book/${step}`);
}

function times(page: Page): Promise<string[]> {
  return page.locator('input[name="time"] + label').allInnerTexts();
}

it(
  'takes a time away live while the citizen looks at it, when another browser books it',
  async () => {
    // Given citizen A looking at Tuesday's times, 09:00 chosen
    const a = await visitor();
    await resumeJourney(a.page, { day: TUESDAY }, 'time');
    await waitForHeading(a.page, /Um wie viel Uhr möchten Sie kommen\?/);
    expect(await times(a.page)).toEqual([
      '08:00 Uhr',
      '08:30 Uhr',
      '09:00 Uhr',
      '09:30 Uhr',
      '10:00 Uhr',
      '10:30 Uhr',
      '11:00 Uhr',
      '11:30 Uhr',
    ]);
    await a.page.getByLabel('09:00 Uhr').check();
    await waitForSubscriptions(server.bus, 1, 5000, 'counterTimeChanged');

    // When citizen B, in another browser, books 09:00 through the whole journey
    const b = await visitor();
    await b.page.goto(`/services/${encodeURIComponent(town.service)}/book/office`);
    await waitForHeading(b.page, /An welchem Tag/);
    await b.page.getByLabel(/Dienstag, 2\. März/).check();
    await b.page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(b.page, /Um wie viel Uhr/);
    await b.page.getByLabel('09:00 Uhr').check();
    await b.page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(b.page, /Ihre Kontaktdaten/);
    await b.page.getByLabel('Vor- und Nachname').fill('Bernd Beispiel');
    await b.page.getByLabel('E-Mail-Adresse').fill('bernd@example.org');
    await b.page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(b.page, /Prüfen Sie Ihre Angaben/);
    await b.page.getByRole('button', { name: 'Termin buchen' }).click();
    await waitForHeading(b.page, /Ihr Termin ist gebucht/);

    // Then A sees 09:00 go, without reloading, and is told why, politely and in words
    await a.page.getByLabel('09:00 Uhr').waitFor({ state: 'detached' });
    const note = a.page.locator('.live-note');
    expect(await note.getAttribute('aria-live')).toBe('polite');
    await shown(note).toBe(
      'Die Uhrzeit 09:00 Uhr, die Sie gewählt hatten, wurde gerade von jemand anderem gebucht. Bitte wählen Sie eine andere.',
    );
    expect(await times(a.page)).not.toContain('09:00 Uhr');
    expect(await a.page.locator('input[name="time"]:checked').count()).toBe(0);

    // And other changes arrive too: a time A did not choose goes, a cancelled one comes back
    await bookThroughApi(server, {
      serviceId: town.service,
      officeId: town.office,
      startsAt: at('10:30'),
      name: 'Carla',
      email: 'carla@example.org',
    });
    await a.page.getByLabel('10:30 Uhr').waitFor({ state: 'detached' });
    await shown(note).toBe('10:30 Uhr wurde gerade von jemand anderem gebucht.');

    const code = (await b.page.locator('.panel__code [aria-hidden="true"]').innerText()).trim();
    await server.gql(
      'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }',
      { input: { code, email: 'bernd@example.org' } },
    );
    await a.page.getByLabel('09:00 Uhr').waitFor();
    await shown(note).toBe('09:00 Uhr ist wieder frei.');
  },
  TIMEOUT,
);

it(
  'keeps the citizen on "check your answers" when someone else was faster, and lets them pick another time',
  async () => {
    // Given citizen A about to confirm Wednesday 10:00
    const a = await visitor();
    const { page } = a;
    await resumeJourney(
      page,
      {
        day: WEDNESDAY,
        startsAt: at('10:00', WEDNESDAY),
        name: 'Anna Alt',
        email: 'anna@example.org',
      },
      'check',
    );
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    await shown(page.locator('.summary-list')).toMatch(/10:00 Uhr/);

    // When someone else books 10:00 first
    await bookThroughApi(server, {
      serviceId: town.service,
      officeId: town.office,
      startsAt: at('10:00', WEDNESDAY),
      name: 'Schneller',
      email: 'schneller@example.org',
    });
    await tabTo(page, /^button Termin buchen$/);
    await page.keyboard.press('Enter');

    // Then A stays on the page: the reason, from the API, in the summary and at the new question
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const reason =
      'Dieser Termin wurde gerade vergeben. Bitte wählen Sie eine andere Uhrzeit; Ihre Angaben bleiben erhalten.';
    expect(await summary.locator('li').allInnerTexts()).toEqual([reason]);
    expect(await focused(page)).toMatch(/^div Bitte prüfen Sie Ihre Angaben/);
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    await shown(page.locator('.summary-list')).toMatch(/Anna Alt/);
    await shown(page.locator('.summary-list')).toMatch(
      /Bitte wählen Sie unten eine andere Uhrzeit/,
    );
    await page.locator('input[name="alternative-time"]').first().waitFor();
    await shown(page.locator('#alternative-time-error')).toContain(reason);
    const offered = await page.locator('input[name="alternative-time"] + label').allInnerTexts();
    expect(offered).not.toContain('10:00 Uhr');
    expect(offered).toContain('10:30 Uhr');

    // ... picks another time with the keyboard, through the summary's link, and books it
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a Dieser Termin wurde gerade vergeben/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^input\[radio\]/);
    await arrowTo(page, /^input\[radio\] 10:30 Uhr$/);
    await shown(page.locator('.summary-list')).toMatch(/10:30 Uhr/);
    await tabTo(page, /^button Termin buchen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Ihr Termin ist gebucht/);

    const rows = await server.orm.em.fork().execute<Array<{ starts_at: string; name: string }>>(
      `select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as starts_at, name
           from appointment where email = ?`,
      ['anna@example.org'],
    );
    expect(rows).toEqual([{ starts_at: at('10:30', WEDNESDAY).slice(0, 16), name: 'Anna Alt' }]);
  },
  TIMEOUT,
);
