import { Role } from '../../../src/entities/accounts/account.entity.js';
import { ServiceEntity } from '../../../src/entities/catalogue/service.entity.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  chooseLanguage,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';

// The administration of services and categories in the staff workspace: an admin adds a service
// in German and English (the API's refusals show next to their fields, and nothing is saved),
// citizens see it and can book it, the admin renames it and sets its booking window, and retires it; categories are added and
// renamed; clerks do not get in.

// Five pages checked with axe at two widths each, and two browsers: minutes on a loaded box.
const TIMEOUT = 300_000;

const env = serverBrowserAndVisitor(TIMEOUT);

async function storedServices(slug: string) {
  return env.server.orm.em.fork().count(ServiceEntity, { slug });
}

it(
  'lets an admin add a service in German and English, edit and retire it; citizens see each change',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // Given an admin on the services page
    await signInTo(page, admin, '/staff/admin/services');
    await waitForHeading(page, /^Leistungen verwalten$/);
    await page.getByText(/^\d+ Leistungen$/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she opens the form and leaves the German name empty and gives a negative fee
    await page.getByRole('link', { name: 'Neue Leistung anlegen' }).click();
    await waitForHeading(page, /^Neue Leistung$/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Name (Englisch)').fill('Replace a dog tax tag');
    await page.getByLabel('Beschreibung (Deutsch)').fill('Eine neue Marke für den Hund.');
    await page.getByLabel('Beschreibung (Englisch)').fill('A new tag for your dog.');
    await page.getByLabel('Unterlage 1 (Deutsch)').fill('Personalausweis');
    await page.getByLabel('Unterlage 1 (Englisch)').fill('Identity card');
    await page.getByRole('button', { name: 'Weitere Unterlage hinzufügen' }).click();
    await page.getByLabel('Unterlage 2 (Deutsch)').fill('Alte Steuermarke');
    await page.getByLabel('Unterlage 2 (Englisch)').fill('Old tax tag');
    await page.getByLabel('Gebühr in Euro').fill('-7,50');
    await page.getByLabel('Dauer eines Termins in Minuten').fill('15');
    await page.getByLabel('Bürgerbüro Mitte').check();
    await page.getByLabel('Kurzname für Adressen').fill('hundesteuermarke-ersetzen');
    await page.getByRole('button', { name: 'Leistung anlegen' }).click();

    // Then the API's messages stand next to both fields and in the summary, and nothing is saved
    const nameError = page.locator('#service-name-de-error');
    await nameError.waitFor();
    await page.locator('#service-fee-error').waitFor();
    expect(await page.getByLabel('Name (Deutsch)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Gebühr in Euro').getAttribute('aria-invalid')).toBe('true');
    await shown(page.locator('.error-summary')).toContain(
      (await nameError.innerText()).replace(/^Fehler:\s*/, ''),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await storedServices('hundesteuermarke-ersetzen')).toBe(0);

    // When she corrects them
    await page.getByLabel('Name (Deutsch)').fill('Hundesteuermarke ersetzen');
    await page.getByLabel('Gebühr in Euro').fill('7,50');
    // ... and marks it scarce: guests confirm their address before a booking counts
    await page.getByLabel(/Gäste bestätigen ihre E-Mail-Adresse/).check();
    await page.getByRole('button', { name: 'Leistung anlegen' }).click();

    // Then the service is added, with its texts, fee and documents, and its page opens
    await waitForHeading(page, /^Hundesteuermarke ersetzen bearbeiten$/);
    await page.getByRole('status').filter({ hasText: 'Die Leistung ist angelegt.' }).waitFor();
    expect(await page.getByLabel('Unterlage 2 (Englisch)').inputValue()).toBe('Old tax tag');
    expect(await page.getByLabel('Gebühr in Euro').inputValue()).toBe('7.50');
    expect(await page.getByLabel(/Gäste bestätigen ihre E-Mail-Adresse/).isChecked()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    const serviceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // And a citizen reading in English sees it and can start booking it
    const citizen = await openVisitor(env.browser, env.server.url);
    try {
      await citizen.page.goto(`/services/${encodeURIComponent(serviceId)}`);
      await waitForHeading(citizen.page, /^Hundesteuermarke ersetzen$/);
      await chooseLanguage(citizen.page, 'English');
      await waitForHeading(citizen.page, /^Replace a dog tax tag$/);
      await citizen.page.getByText('A new tag for your dog.').waitFor();
      await citizen.page.getByText('Identity card').waitFor();
      await citizen.page.getByText('Old tax tag').waitFor();
      await citizen.page.getByText(/7\.50/).first().waitFor();
      await citizen.page.getByText('0 to 90 days ahead').waitFor();
      await citizen.page.getByRole('link', { name: /Book an appointment/ }).click();
      await waitForHeading(citizen.page, /Which day do you want to come\?/);

      // When the admin changes its German name, and its booking window with the latest day
      // before the earliest, the field is refused; corrected, both are saved
      await page.getByLabel('Name (Deutsch)').fill('Hundesteuermarke neu ausstellen');
      await page.getByLabel('Frühestens buchbar, Tage im Voraus').fill('2');
      await page.getByLabel('Spätestens buchbar, Tage im Voraus').fill('1');
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page.locator('#service-latest-days-error').waitFor();
      await page.getByLabel('Spätestens buchbar, Tage im Voraus').fill('14');
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Die Änderungen an Hundesteuermarke neu ausstellen sind gespeichert.' })
        .waitFor();

      // Then citizens reading German see the new name
      await citizen.page.goto(`/services/${encodeURIComponent(serviceId)}`);
      await chooseLanguage(citizen.page, 'Deutsch');
      await waitForHeading(citizen.page, /^Hundesteuermarke neu ausstellen$/);
      await citizen.page.getByText('2 bis 14 Tage im Voraus').waitFor();
    } finally {
      await citizen.close();
    }

    // When she stops offering it (no appointment is booked, so no choice is asked for)
    await page
      .getByRole('link', { name: 'Hundesteuermarke neu ausstellen nicht mehr anbieten' })
      .click();
    await page.getByRole('button', { name: 'Ja, nicht mehr anbieten' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Hundesteuermarke neu ausstellen wird nicht mehr angeboten' })
      .waitFor();

    // Then the list still has it, marked as no longer offered
    await page.getByRole('link', { name: 'Zurück' }).click();
    await waitForHeading(page, /^Leistungen verwalten$/);
    await page.getByLabel('Leistungen suchen').fill('Hundesteuermarke');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    const entry = page.getByRole('listitem').filter({ hasText: 'Hundesteuermarke neu ausstellen' });
    await entry.getByText(/^Nicht mehr angeboten seit/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it('shows every service page by page, beyond 50', async () => {
  const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
  const { page } = env.visitor;
  const { body } = await env.server.gql<{ services: { totalCount: number } }>(
    '{ services(includeRetired: true) { totalCount } }',
    {},
    bearer(await signIn(env.server, admin)),
  );
  const total = body.data!.services.totalCount;
  expect(total).toBeGreaterThan(50);

  await signInTo(page, admin, '/staff/admin/services');
  await waitForHeading(page, /^Leistungen verwalten$/);
  await page.getByText(new RegExp(`^${total} Leistungen$`)).waitFor();
  const entries = page.locator('.admin-service-list__item');
  await page.getByRole('button', { name: 'Weitere Leistungen zeigen' }).click();
  await page.waitForFunction(
    (count) => document.querySelectorAll('.admin-service-list__item').length > count,
    50,
  );
  while ((await page.getByRole('button', { name: 'Weitere Leistungen zeigen' }).count()) > 0) {
    const shown = await entries.count();
    await page.getByRole('button', { name: 'Weitere Leistungen zeigen' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.admin-service-list__item').length > count,
      shown,
    );
  }
  expect(await entries.count()).toBe(total);
});

it(
  'lets an admin add a category and rename it; citizens see the new name',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;
    const citizenCategories = async () =>
      (
        await env.server.gql<{ categories: Array<{ name: string }> }>(
          '{ categories(lang: DE) { name } }',
        )
      ).body.data!.categories.map((category) => category.name);

    // Given an admin on the categories page
    await signInTo(page, admin, '/staff/admin/services');
    await waitForHeading(page, /^Leistungen verwalten$/);
    await page.getByRole('link', { name: 'Lebenslagen verwalten' }).click();
    await waitForHeading(page, /^Lebenslagen verwalten$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she adds one with a short name the API refuses
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: 'Neue Lebenslage' }),
    });
    await form.getByLabel('Name (Deutsch)').fill('Haustiere');
    await form.getByLabel('Kurzname für Adressen').fill('Haus Tiere');
    await form.getByRole('button', { name: 'Lebenslage anlegen' }).click();

    // Then the message stands next to the field, and nothing is added
    await page.locator('#new-category-slug-error').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await citizenCategories()).not.toContain('Haustiere');

    // When she corrects it
    await form.getByLabel('Kurzname für Adressen').fill('haustiere');
    await form.getByRole('button', { name: 'Lebenslage anlegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Die Lebenslage Haustiere ist angelegt.' })
      .waitFor();
    await page.getByRole('rowheader', { name: 'Haustiere' }).waitFor();
    expect(await citizenCategories()).toContain('Haustiere');

    // And renames it
    await page.getByRole('link', { name: 'Haustiere umbenennen' }).click();
    const rename = page.locator('section', {
      has: page.getByRole('heading', { name: 'Haustiere umbenennen' }),
    });
    await rename.getByLabel('Name (Deutsch)').fill('Haustiere und Tierhaltung');
    await rename.getByRole('button', { name: 'Namen speichern' }).click();

    // Then the list and the citizens' catalogue have the new name
    await page
      .getByRole('status')
      .filter({ hasText: 'Die Lebenslage heißt jetzt Haustiere und Tierhaltung.' })
      .waitFor();
    await page.getByRole('rowheader', { name: 'Haustiere und Tierhaltung' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await citizenCategories()).toContain('Haustiere und Tierhaltung');
  },
  TIMEOUT,
);

it(
  'gives a clerk neither the section in the navigation nor the pages by their address',
  async () => {
    const clerk = await createAccount(env.server, { roles: [Role.STAFF] });
    const { page } = env.visitor;
    await signInTo(page, clerk, '/staff/admin/services');
    await waitForHeading(page, /^Nur für die Verwaltung$/);
    expect(
      await page
        .getByRole('navigation', { name: 'Arbeitsbereich' })
        .getByRole('link')
        .allInnerTexts(),
    ).not.toContain('Leistungen');
    expect(await accessibilityProblems(page)).toEqual([]);
    for (const path of ['/staff/admin/services/new', '/staff/admin/categories']) {
      await page.goto(path);
      await waitForHeading(page, /^Nur für die Verwaltung$/);
      expect(
        await page
          .getByRole('button')
          .filter({ hasText: /anlegen/ })
          .count(),
      ).toBe(0);
    }
  },
  TIMEOUT,
);
