import type { Page } from 'playwright-core';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { createBookingFixture } from '../../../tests/support/fixtures.js';
import {
  accessibilityProblems,
  closeCleanly,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';
import { deliverMail, linkInMail, startMailSink, type MailSink } from './support/mail.js';

// The administration of people and devices in the staff workspace: an admin invites a clerk,
// who accepts by e-mail and works in her office until the admin revokes her access; issues a
// kiosk whose set-up link (shown once) sets one up, until revoked; and sees and revokes another
// account's API key, after granting it an office's appointments. The API's refusals stand next to the fields; clerks do not get in.

// Several pages checked with axe, two or three browsers at once: minutes on a loaded box.
const TIMEOUT = 300_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let sink: MailSink;
let other: Visitor | undefined;

beforeAll(async () => {
  sink = await startMailSink();
});

afterEach(async () => {
  await closeCleanly(other);
  other = undefined;
});

afterAll(async () => {
  await sink.close();
});

/** The names in the workspace's navigation. */
function navigation(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Arbeitsbereich' }).getByRole('link').allInnerTexts();
}

it(
  'lets an admin invite a clerk who then works in her office, until the admin revokes her access',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;
    const email = `clara.klein.${process.pid}@musterstadt.example`;

    // Given an admin on the staff page, reached through the workspace's navigation
    await signInTo(page, admin, '/staff');
    await waitForHeading(page, /Terminplan$/);
    await page
      .getByRole('navigation', { name: 'Arbeitsbereich' })
      .getByRole('link', { name: 'Personen & Geräte' })
      .click();
    await waitForHeading(page, /^Mitarbeitende verwalten$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she invites someone with an address the API refuses
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill('clara.klein@');
    await page.getByLabel('Name', { exact: true }).fill('Clara Klein');
    await page.getByLabel('Bürgerbüro Nord').check();
    await page.getByRole('button', { name: 'Einladung senden' }).click();

    // Then the API's message stands next to the field and in the summary; nobody is invited
    const emailError = page.locator('#person-email-error');
    await emailError.waitFor();
    expect(
      await page.getByLabel('E-Mail-Adresse', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await shown(page.locator('.error-summary')).toContain(
      (await emailError.innerText()).replace(/^Fehler:\s*/, ''),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.getByRole('rowheader', { name: 'Clara Klein' }).count()).toBe(0);

    // When she corrects the address
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Einladung senden' }).click();

    // Then the clerk is listed with her office, and her invitation arrives
    await page.getByRole('status').filter({ hasText: 'Der Zugang für Clara Klein' }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(`Clara Klein.*${email}.*Mitarbeit.*Bürgerbüro Nord`) })
      .waitFor();
    await deliverMail(env.server, sink);
    const invitation = linkInMail(sink, email, '/accept-invitation');

    // When the clerk accepts it in her own browser, sets a password and signs in
    other = await openVisitor(env.browser, env.server.url);
    const clerk = other.page;
    await clerk.goto(`${invitation.pathname}${invitation.search}`);
    await waitForHeading(clerk, /Ihren Zugang zum Rathaus einrichten/);
    await clerk.getByLabel('Passwort', { exact: true }).fill('das-passwort-von-clara');
    await clerk.getByRole('button', { name: 'Passwort festlegen' }).click();
    await waitForHeading(clerk, /Ihr Zugang ist eingerichtet/);
    await signInTo(clerk, { email, password: 'das-passwort-von-clara' }, '/staff');

    // Then she sees the plan of her office, and no administration
    await waitForHeading(clerk, /Terminplan$/);
    await shown(clerk.locator('h1')).toContain('Bürgerbüro Nord');
    expect(await navigation(clerk)).not.toContain('Personen & Geräte');

    // When the admin revokes her access, confirming the second step
    await page.getByRole('link', { name: 'Zugang von Clara Klein entziehen' }).click();
    await page.getByRole('heading', { name: 'Zugang von Clara Klein entziehen' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Zugang entziehen' }).click();

    // Then she is gone from the list, and the workspace is closed to her
    await page
      .getByRole('status')
      .filter({ hasText: 'Clara Klein hat keinen Zugang mehr zum Arbeitsbereich.' })
      .waitFor();
    await page.getByRole('rowheader', { name: 'Clara Klein' }).waitFor({ state: 'detached' });
    await clerk.reload();
    await waitForHeading(clerk, /^Kein Zugang zum Arbeitsbereich$/);
  },
  TIMEOUT,
);

it(
  'lets an admin change a clerk’s offices and make her an admin',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const clerk = await createAccount(env.server, { roles: [Role.STAFF], name: 'Doris Dorn' });
    const { page } = env.visitor;

    await signInTo(page, admin, '/staff/admin/staff');
    await page.getByRole('link', { name: 'Zugang von Doris Dorn ändern' }).click();
    await page.getByRole('heading', { name: 'Zugang von Doris Dorn ändern' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Bürgerbüro Mitte').check();
    await page.getByLabel(/^Verwaltung/).check();
    await page.getByRole('button', { name: 'Zugang speichern' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Der Zugang von Doris Dorn ist geändert.' })
      .waitFor();
    await page.getByRole('row', { name: /Doris Dorn.*Verwaltung.*Alle Standorte/ }).waitFor();
    const { body } = await env.server.gql<{
      me: { roles: string[]; offices: Array<{ name: string }> };
    }>('{ me { roles offices { name } } }', {}, bearer(await signIn(env.server, clerk)));
    expect(body.data!.me.roles).toEqual(expect.arrayContaining(['STAFF', 'ADMIN']));
    expect(body.data!.me.offices.map((office) => office.name)).toEqual(['Bürgerbüro Mitte']);
  },
  TIMEOUT,
);

it(
  'shows a new kiosk’s set-up link once, which sets up a kiosk until the admin revokes it',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // Given an admin on the kiosks page
    await signInTo(page, admin, '/staff/admin/kiosks');
    await waitForHeading(page, /^Terminals verwalten$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she adds a kiosk without saying where it stands
    await page.getByLabel('Standort', { exact: true }).selectOption({ label: 'Bürgerbüro Mitte' });
    await page.getByRole('button', { name: 'Terminal anlegen' }).click();

    // Then the API's refusal stands next to the field
    await page.locator('#kiosk-name-error').waitFor();
    expect(await page.getByLabel('Standplatz').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she names it
    await page.getByLabel('Standplatz').fill('Foyer Eingang Süd');
    await page.getByRole('button', { name: 'Terminal anlegen' }).click();

    // Then the set-up link is shown once, as text and as a QR code, and the kiosk is listed
    await page.getByRole('heading', { name: 'Einrichtungslink für Foyer Eingang Süd' }).waitFor();
    await page.getByText('Nur jetzt sichtbar').waitFor();
    await page.getByRole('img', { name: 'QR-Code mit dem Einrichtungslink' }).waitFor();
    await page
      .getByRole('row', { name: /Foyer Eingang Süd.*Bürgerbüro Mitte.*Noch nie.*Gültig/ })
      .waitFor();
    const link = new URL(
      await page.getByRole('textbox', { name: 'Einrichtungslink' }).inputValue(),
    );
    expect(link.origin).toBe(new URL(env.server.url).origin);
    expect(link.pathname).toBe('/kiosk/setup');
    const token = decodeURIComponent(link.hash.replace(/^#token=/, ''));
    expect(await accessibilityProblems(page)).toEqual([]);

    // When the link is opened on the kiosk
    other = await openVisitor(env.browser, env.server.url, {
      viewport: { width: 1080, height: 1920 },
    });
    await other.page.goto(`${link.pathname}${link.hash}`);

    // Then the kiosk starts for its office
    await other.page
      .getByRole('heading', { name: 'Willkommen im Rathaus' })
      .waitFor({ timeout: 60_000 });
    await other.page
      .getByText(/Bürgerbüro Mitte/)
      .first()
      .waitFor();

    // And a reload of the admin's page no longer shows the link
    await page.reload();
    await waitForHeading(page, /^Terminals verwalten$/);
    expect(await page.getByRole('textbox', { name: 'Einrichtungslink' }).count()).toBe(0);

    // When the admin revokes the kiosk
    await page.getByRole('link', { name: 'Foyer Eingang Süd sperren' }).click();
    await page.getByRole('heading', { name: 'Terminal Foyer Eingang Süd sperren' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Terminal sperren' }).click();

    // Then it is listed as revoked, the API refuses its token, and the kiosk asks to be set up
    await page
      .getByRole('status')
      .filter({ hasText: 'Das Terminal Foyer Eingang Süd ist gesperrt.' })
      .waitFor();
    await page.getByRole('row', { name: /Foyer Eingang Süd.*Gesperrt am/ }).waitFor();
    const refused = await env.server.gql('{ kiosk { id } }', {}, bearer(token));
    expect(refused.status).toBe(401);
    await other.page.reload();
    await other.page
      .getByRole('heading', { name: 'Terminal einrichten' })
      .waitFor({ timeout: 60_000 });
    // The kiosk's requests with its revoked token were refused: that is what this test expects.
    other.pageErrors.splice(
      0,
      other.pageErrors.length,
      ...other.pageErrors.filter((error) => !/status of 401 \(Unauthorized\)/.test(error)),
    );
  },
  TIMEOUT,
);

it(
  'shows an admin another account’s API key, lets her grant it an office’s appointments and revoke it',
  async () => {
    // Given a developer with a key that works
    const developer = await createAccount(env.server, { name: 'Ella Entwicklerin' });
    const { body } = await env.server.gql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(input: { name: "Müllkalender-App" }) { key } }',
      {},
      bearer(await signIn(env.server, developer)),
    );
    const key = body.data!.createApiKey.key;
    expect((await env.server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(200);
    const town = await createBookingFixture(env.server.orm);
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // When an admin opens the API keys
    await signInTo(page, admin, '/staff/admin/api-keys');
    await waitForHeading(page, /^API-Schlüssel verwalten$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Then she sees the developer's key with its owner
    await page
      .getByRole('row', {
        name: new RegExp(`Müllkalender-App.*Ella Entwicklerin.*${developer.email}.*Gültig`),
      })
      .waitFor();

    // When she grants the key the appointments of an office
    const plan = () =>
      env.server.gql(
        `query($officeId: ID!) { officeAppointments(officeId: $officeId, from: "2027-03-02T00:00:00Z",
           to: "2027-03-03T00:00:00Z", reason: HANDLING_APPOINTMENT) { code } }`,
        { officeId: town.office },
        bearer(key),
      );
    expect((await plan()).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const office = await env.server.gql<{ node: { name: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Office { name } } }',
      { id: town.office },
      { 'accept-language': 'de' },
    );
    const officeName = office.body.data!.node.name;
    await page.getByRole('link', { name: 'Berechtigungen von Müllkalender-App ändern' }).click();
    await page
      .getByRole('heading', { name: 'Berechtigungen des API-Schlüssels Müllkalender-App' })
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page
      .getByRole('group', { name: /^Termine der Standorte lesen/ })
      .getByLabel(officeName, { exact: true })
      .check();
    await page.getByRole('button', { name: 'Berechtigungen speichern' }).click();

    // Then the key lists the scope and reads that office's appointments
    await page
      .getByRole('status')
      .filter({
        hasText: 'Die Berechtigungen des API-Schlüssels Müllkalender-App sind gespeichert.',
      })
      .waitFor();
    await page
      .getByRole('row', { name: new RegExp(`Müllkalender-App.*Termine lesen: ${officeName}`) })
      .waitFor();
    expect((await plan()).body).toEqual(
      expect.objectContaining({ data: { officeAppointments: [] } }),
    );

    // When she revokes it, confirming the second step
    await page
      .getByRole('link', { name: 'Müllkalender-App von Ella Entwicklerin sperren' })
      .click();
    await page.getByRole('heading', { name: 'API-Schlüssel Müllkalender-App sperren' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Schlüssel sperren' }).click();

    // Then the key is listed as revoked and the API refuses it
    await page
      .getByRole('status')
      .filter({ hasText: 'Der API-Schlüssel Müllkalender-App ist gesperrt.' })
      .waitFor();
    await page.getByRole('row', { name: /Müllkalender-App.*Gesperrt am/ }).waitFor();
    expect((await env.server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(401);
  },
  TIMEOUT,
);

it(
  'lets an admin create a key for another account, shown once; a missing purpose is refused at its field',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const fritz = await createAccount(env.server, { roles: [Role.STAFF], name: 'Fritz Feld' });
    const { page } = env.visitor;

    await signInTo(page, admin, '/staff/admin/api-keys');
    await waitForHeading(page, /^API-Schlüssel verwalten$/);
    await page.getByLabel('Für das Konto').selectOption({ label: `Fritz Feld (${fritz.email})` });
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
    await page.locator('#key-name-error').waitFor();
    expect(await page.getByLabel('Zweck', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Zweck', { exact: true }).fill('Auswertung Wartezeiten');
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
    await page
      .getByRole('heading', { name: 'Der neue Schlüssel Auswertung Wartezeiten' })
      .waitFor();
    const key = await page.getByLabel('API-Schlüssel', { exact: true }).inputValue();
    await page.getByRole('row', { name: /Auswertung Wartezeiten.*Fritz Feld/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect((await env.server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(200);

    // And once she leaves for another step and comes back, the key is not shown again
    await page.getByRole('link', { name: 'Auswertung Wartezeiten von Fritz Feld sperren' }).click();
    await page.getByRole('link', { name: 'Abbrechen' }).click();
    await page.getByRole('button', { name: 'Schlüssel anlegen' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'API-Schlüssel', exact: true }).count()).toBe(0);
  },
  TIMEOUT,
);

it(
  'gives a clerk neither the section in the navigation nor its pages by their addresses',
  async () => {
    const clerk = await createAccount(env.server, { roles: [Role.STAFF] });
    const { page } = env.visitor;
    await signInTo(page, clerk, '/staff/admin/staff');
    for (const path of ['/staff/admin/staff', '/staff/admin/kiosks', '/staff/admin/api-keys']) {
      await page.goto(path);
      await waitForHeading(page, /^Nur für die Verwaltung$/);
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await navigation(page)).not.toContain('Personen & Geräte');
      expect(await accessibilityProblems(page)).toEqual([]);
    }
  },
  TIMEOUT,
);
