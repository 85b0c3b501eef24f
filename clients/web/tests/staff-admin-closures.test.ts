import { Role } from '../../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  accessibilityProblems,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';

// Editing an office, its closures and holidays, and the retired offices in the administration's
// list: what an admin changes reaches the citizens' pages and the free times they can book.

// Several pages checked with axe at two widths each, and two browsers: minutes on a loaded box.
const TIMEOUT = 300_000;

const env = serverBrowserAndVisitor(TIMEOUT);

/** The free times of the demo booking's service and office on Tuesday 12 January 2027. */
async function freeTimesOnTuesday(booking: { serviceId: string; officeId: string }) {
  const { body } = await env.server.gql<{ freeSlots: Array<{ available: number }> }>(
    `query($serviceId: ID!, $officeId: ID!) {
       freeSlots(serviceId: $serviceId, officeId: $officeId,
                 from: "2027-01-11T23:00:00Z", to: "2027-01-12T23:00:00Z") { available } }`,
    { serviceId: booking.serviceId, officeId: booking.officeId },
  );
  return body.data!.freeSlots.filter((slot) => slot.available > 0).length;
}

it(
  'lets an admin edit an office: a refused field is shown next to it, the new address reaches citizens',
  async () => {
    const booking = await demoBooking(env.server);
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // Given an admin on the page of Bürgerbüro Nord, whose form holds the office's data
    await signInTo(page, admin, `/staff/admin/offices/${encodeURIComponent(booking.officeId)}`);
    await waitForHeading(page, /^Bürgerbüro Nord einrichten$/);
    const form = page.getByRole('region', { name: 'Daten des Standorts' });
    const street = form.getByLabel('Straße und Hausnummer');
    await street.waitFor();
    expect(await street.inputValue()).not.toBe('');
    expect(await form.getByLabel('Name (Deutsch)').inputValue()).toBe('Bürgerbüro Nord');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she empties the street and saves
    await street.fill('');
    await form.getByRole('button', { name: 'Daten speichern' }).click();

    // Then the API's refusal stands next to the street, and nothing changed
    await page.locator('#office-street-error').waitFor();
    expect(await street.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she gives the new address and saves
    await street.fill('Neue Straße 7');
    await form.getByRole('button', { name: 'Daten speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Die Daten von Bürgerbüro Nord sind gespeichert.' })
      .waitFor();

    // Then a citizen sees the new address on the service's page
    const citizen = await openVisitor(env.browser, env.server.url);
    try {
      await citizen.page.goto(`/services/${encodeURIComponent(booking.serviceId)}`);
      await waitForHeading(citizen.page, /^Personalausweis beantragen$/);
      await citizen.page.getByText('Neue Straße 7').first().waitFor();
    } finally {
      await citizen.close();
    }
  },
  TIMEOUT,
);

it(
  'closes an office for a day (its times are no longer offered, booked ones stay; deleting it offers them again) and a counter for hours',
  async () => {
    // Given a booking on Tuesday at Bürgerbüro Nord, which has more free times that day
    const booking = await demoBooking(env.server);
    await bookThroughApi(env.server, booking);
    expect(await freeTimesOnTuesday(booking)).toBeGreaterThan(0);
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // When the admin opens the office's closures from its page
    await signInTo(page, admin, `/staff/admin/offices/${encodeURIComponent(booking.officeId)}`);
    await page.getByRole('link', { name: 'Schließtage und Feiertage' }).click();
    await waitForHeading(page, /^Schließtage von Bürgerbüro Nord$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and enters Tuesday as a whole day without a reason
    await page.getByLabel('Erster Tag').fill('2027-01-12');
    await page.getByRole('button', { name: 'Schließung eintragen' }).click();

    // Then the API's refusal stands next to the reason
    await page.locator('#closure-reason-de-error').waitFor();
    expect(await page.getByLabel('Grund (Deutsch)').getAttribute('aria-invalid')).toBe('true');
    expect(await freeTimesOnTuesday(booking)).toBeGreaterThan(0);

    // When she gives the reason
    await page.getByLabel('Grund (Deutsch)').fill('Inventur im Bürgerbüro');
    await page.getByRole('button', { name: 'Schließung eintragen' }).click();

    // Then she is told the booked appointment stays, the closure is listed, and Tuesday offers
    // no time any more
    await page
      .getByRole('status')
      .filter({ hasText: '1 bereits gebuchter Termin in dieser Zeit bleibt bestehen.' })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Inventur im Bürgerbüro' });
    await row.waitFor();
    await shown(row.getByRole('rowheader')).toBe('12.01.2027');
    await shown(row.getByRole('cell').first()).toBe('Ganzer Standort');
    expect(await freeTimesOnTuesday(booking)).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she deletes it, confirming
    await page.getByRole('link', { name: 'Schließung „Inventur im Bürgerbüro“ löschen' }).click();
    await page
      .getByRole('heading', { name: 'Schließung „Inventur im Bürgerbüro“ löschen?' })
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, löschen' }).click();

    // Then it is gone and Tuesday's times are offered again
    await page
      .getByRole('status')
      .filter({ hasText: 'Die Schließung „Inventur im Bürgerbüro“ ist gelöscht.' })
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Inventur im Bürgerbüro' })
      .waitFor({ state: 'detached' });
    expect(await freeTimesOnTuesday(booking)).toBeGreaterThan(0);

    // When she closes one counter for two hours of Tuesday morning, in local time
    await page.getByLabel('Ein Zeitraum mit Uhrzeiten').check();
    await page.getByLabel('Beginnt am').fill('2027-01-12 08:00');
    await page.getByLabel('Endet am').fill('2027-01-12 10:00');
    await page.getByLabel('Was ist geschlossen?').selectOption({ label: 'Schalter 1' });
    await page.getByLabel('Grund (Deutsch)').fill('Schulung am Schalter');
    await page.getByRole('button', { name: 'Schließung eintragen' }).click();

    // Then it is listed with its times, for that counter, and stored as those Berlin times
    const counterRow = page.getByRole('row').filter({ hasText: 'Schulung am Schalter' });
    await counterRow.waitFor();
    await shown(counterRow.getByRole('rowheader')).toBe('12.01.2027, 08:00 – 12.01.2027, 10:00');
    await shown(counterRow.getByRole('cell').first()).toBe('Schalter 1');
    const { body } = await env.server.gql<{
      closures: Array<{ reason: string; startsAt: string; endsAt: string }>;
    }>(
      `query($officeId: ID!) {
         closures(officeId: $officeId, from: "2027-01-12T00:00:00Z", to: "2027-01-13T00:00:00Z") {
           reason startsAt endsAt } }`,
      { officeId: booking.officeId },
      bearer(await signIn(env.server, admin)),
    );
    expect(body.data!.closures).toContainEqual({
      reason: 'Schulung am Schalter',
      startsAt: '2027-01-12T07:00:00.000Z',
      endsAt: '2027-01-12T09:00:00.000Z',
    });
  },
  TIMEOUT,
);

it(
  'keeps a retired office in the admin list, marked with the day it closed and not to be set up',
  async () => {
    // Given an office that was closed for good
    const account = await createAccount(env.server, { roles: [Role.ADMIN] });
    const admin = bearer(await signIn(env.server, account));
    const { body } = await env.server.gql<{ createOffice: { office: { id: string } } }>(
      'mutation($input: CreateOfficeInput!) { createOffice(input: $input) { office { id } } }',
      {
        input: {
          office: {
            slug: 'aussenstelle-alt',
            name: { de: 'Außenstelle Alt' },
            street: 'Altweg 1',
            postalCode: '12345',
            city: 'Musterstadt',
          },
        },
      },
      admin,
    );
    const { body: retired } = await env.server.gql<{ retireOffice: { userErrors: unknown[] } }>(
      'mutation($input: RetireOfficeInput!) { retireOffice(input: $input) { userErrors { code } } }',
      { input: { officeId: body.data!.createOffice.office.id } },
      admin,
    );
    expect(retired.data!.retireOffice.userErrors).toEqual([]);
    const { page } = env.visitor;

    // When the admin opens the offices' list
    await signInTo(page, account, '/staff/admin/offices');
    await waitForHeading(page, /^Standorte verwalten$/);

    // Then it is listed as closed since the day it retired, with no link to set it up or close it
    const row = page.getByRole('row').filter({ hasText: 'Außenstelle Alt' });
    await row.waitFor();
    await shown(row.getByRole('cell').first()).toBe('Geschlossen seit 11. Januar 2027');
    expect(await row.getByRole('link').count()).toBe(0);
    await page
      .getByRole('row')
      .filter({ hasText: 'Bürgerbüro Nord' })
      .getByRole('cell')
      .filter({ hasText: 'In Betrieb' })
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'gives a clerk neither the office page nor its closures',
  async () => {
    const booking = await demoBooking(env.server);
    const clerk = await createAccount(env.server, { roles: [Role.STAFF] });
    const { page } = env.visitor;
    const office = `/staff/admin/offices/${encodeURIComponent(booking.officeId)}`;

    await signInTo(page, clerk, office);
    await waitForHeading(page, /^Nur für die Verwaltung$/);
    expect(await page.getByRole('button', { name: 'Daten speichern' }).count()).toBe(0);

    await page.goto(`${office}/closures`);
    await waitForHeading(page, /^Nur für die Verwaltung$/);
    expect(await page.getByRole('button', { name: 'Schließung eintragen' }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
