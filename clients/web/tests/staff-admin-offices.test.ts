import { Role } from '../../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, emailsTo, signIn } from '../../../tests/support/accounts.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  accessibilityProblems,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';
import { deliverMail, linkInMail, startMailSink, type MailSink } from './support/mail.js';

// The administration of offices in the staff workspace: an admin adds an office (the API's
// refusal of a field shows next to it) and closes one for good, choosing what happens to its
// booked appointments; clerks do not get in.

// Four pages checked with axe at two widths each, and two browsers: minutes on a loaded box.
const TIMEOUT = 300_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let sink: MailSink;

beforeAll(async () => {
  sink = await startMailSink();
});

afterAll(async () => {
  await sink.close();
});

/** The names of the offices citizens see, in German. */
async function citizenOffices(): Promise<string[]> {
  const { body } = await env.server.gql<{ offices: Array<{ name: string }> }>(
    '{ offices(lang: DE) { name } }',
  );
  return body.data!.offices.map((office) => office.name);
}

it(
  'lets an admin add an office, a service, a counter and its hours; citizens can book the service',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { page } = env.visitor;

    // Given an admin on the offices page
    await signInTo(page, admin, '/staff/admin/offices');
    await waitForHeading(page, /^Standorte verwalten$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she fills in the form with a short name the API refuses
    await page.getByLabel('Kurzname für Adressen').fill('Bürgerbüro West!');
    await page.getByLabel('Name (Deutsch)').fill('Bürgerbüro West');
    await page.getByLabel('Straße und Hausnummer').fill('Westring 4');
    await page.getByLabel('Postleitzahl').fill('12345');
    await page.getByLabel('Ort', { exact: true }).fill('Musterstadt');
    await page.getByRole('button', { name: 'Standort anlegen' }).click();

    // Then the API's message stands next to that field and in the summary, and nothing is added
    const slugError = page.locator('#slug-error');
    await slugError.waitFor();
    expect(await page.getByLabel('Kurzname für Adressen').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await shown(page.locator('.error-summary')).toContain(
      (await slugError.innerText()).replace(/^Fehler:\s*/, ''),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await citizenOffices()).not.toContain('Bürgerbüro West');

    // When she corrects it
    await page.getByLabel('Kurzname für Adressen').fill('buergerbuero-west');
    await page.getByRole('button', { name: 'Standort anlegen' }).click();

    // Then the office is added, listed, and citizens see it
    await page.getByRole('status').filter({ hasText: 'Bürgerbüro West ist angelegt' }).waitFor();
    await page.getByRole('rowheader', { name: 'Bürgerbüro West' }).waitFor();
    expect(await citizenOffices()).toContain('Bürgerbüro West');

    // When she sets the office up: a service ...
    await page.getByRole('link', { name: 'Bürgerbüro West', exact: true }).click();
    await waitForHeading(page, /^Bürgerbüro West einrichten$/);
    await page.getByText('Dieser Standort hat noch keinen Schalter.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const officePage = page.url();
    await page.getByRole('link', { name: 'Neue Leistung an diesem Standort' }).click();
    await waitForHeading(page, /^Neue Leistung$/);
    expect(await page.getByLabel('Bürgerbüro West').isChecked()).toBe(true);
    await page.getByLabel('Kurzname für Adressen').fill('baumfaellgenehmigung-weststadt');
    await page.getByLabel('Name (Deutsch)').fill('Baumfällgenehmigung Weststadt');
    await page.getByLabel('Beschreibung (Deutsch)').fill('Genehmigung zum Fällen eines Baumes.');
    await page.getByLabel('Unterlage 1 (Deutsch)').fill('Lageplan');
    await page.getByRole('button', { name: 'Weitere Unterlage hinzufügen' }).click();
    await page.getByLabel('Unterlage 2 (Deutsch)').fill('Personalausweis');
    await page.getByLabel('Gebühr in Euro').fill('25,00');
    await page.getByLabel('Dauer eines Termins in Minuten').fill('30');
    await page.getByRole('button', { name: 'Leistung anlegen' }).click();
    await waitForHeading(page, /^Baumfällgenehmigung Weststadt bearbeiten$/);
    await page.goto(officePage);
    await waitForHeading(page, /^Bürgerbüro West einrichten$/);

    // ... a counter that handles it ...
    await page.getByLabel('Name des Schalters').fill('Schalter 1');
    await page.getByLabel('Baumfällgenehmigung Weststadt').check();
    await page.getByRole('button', { name: 'Schalter anlegen' }).click();
    await page.getByRole('rowheader', { name: 'Schalter 1' }).waitFor();

    // ... and its hours, which the API refuses while they close before they open
    await page.getByLabel('Schließt um').fill('07:00');
    await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
    await page.locator('#schedule-closes-error').waitFor();
    expect(await page.getByLabel('Schließt um').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Schließt um').fill('12:00');
    await page.getByRole('button', { name: 'Öffnungszeiten speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Die Öffnungszeiten von Schalter 1 sind gespeichert.' })
      .waitFor();

    // Then a citizen finds the service and sees free times to book it
    const citizen = await openVisitor(env.browser, env.server.url);
    try {
      await citizen.page.goto('/search?q=Baumf%C3%A4llgenehmigung');
      await citizen.page.getByRole('link', { name: 'Baumfällgenehmigung Weststadt' }).click();
      await waitForHeading(citizen.page, /^Baumfällgenehmigung Weststadt$/);
      await citizen.page.getByRole('link', { name: /Termin buchen/ }).click();
      await waitForHeading(citizen.page, /An welchem Tag möchten Sie kommen\?/);
      await citizen.page.getByRole('radio').first().check();
      await citizen.page.getByRole('button', { name: 'Weiter' }).click();
      await waitForHeading(citizen.page, /Um wie viel Uhr möchten Sie kommen\?/);
      expect(
        await citizen.page.getByRole('radio', { name: /^\d\d:\d\d Uhr$/ }).count(),
      ).toBeGreaterThan(0);
    } finally {
      await citizen.close();
    }
  },
  TIMEOUT,
);

it(
  'closes an office for good only once the admin chose to cancel its appointments; citizens are told',
  async () => {
    // Given the demo town's Bürgerbüro Nord, with a citizen's booking
    const booking = await demoBooking(env.server);
    await bookThroughApi(env.server, booking);
    const officeName = 'Bürgerbüro Nord';
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;

    try {
      // When the admin asks to close it, and confirms
      await signInTo(page, admin, '/staff/admin/offices');
      await page.getByRole('link', { name: `${officeName} dauerhaft schließen` }).click();
      await page.getByRole('heading', { name: `${officeName} dauerhaft schließen` }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Ja, dauerhaft schließen' }).click();

      // Then she is told how many appointments are booked and must choose; nothing is closed yet
      await page.getByText(/Hier (ist|sind) noch \d+ kommende[r]? Termine? gebucht\./).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(await citizenOffices()).toContain(officeName);
      await page.getByRole('button', { name: 'Mit dieser Wahl bestätigen' }).click();
      await page.locator('#future-appointments-error').waitFor();
      expect(await citizenOffices()).toContain(officeName);

      // When she chooses to cancel with a notice and confirms
      await page.getByLabel(/absagen und die Bürgerinnen und Bürger benachrichtigen/).check();
      await page.getByRole('button', { name: 'Mit dieser Wahl bestätigen' }).click();

      // Then the office is closed and gone from the citizens' offices
      await page
        .getByRole('status')
        .filter({ hasText: `Der Standort ${officeName} ist geschlossen.` })
        .waitFor();
      expect(await citizenOffices()).not.toContain(officeName);

      // And the citizen's e-mail links to a real page to book anew, without the office
      await deliverMail(env.server, sink);
      const link = linkInMail(sink, booking.email, '/search');
      const citizen = await openVisitor(env.browser, env.server.url);
      try {
        const response = await citizen.page.goto(`${link.pathname}${link.search}`);
        expect(response?.status()).toBe(200);
        const heading = await waitForHeading(citizen.page, /.+/);
        expect(heading).not.toMatch(/nicht gefunden/i);
        expect(await citizen.page.getByText(officeName).count()).toBe(0);
      } finally {
        await citizen.close();
      }
    } finally {
      await visitor.close();
    }
  },
  TIMEOUT,
);

/** An office with two counters open on weekdays for one service, made through the API. */
async function officeWithTwoCounters(admin: Record<string, string>) {
  const gql = async <T>(document: string, input: Record<string, unknown>) => {
    const { body } = await env.server.gql<Record<string, T>>(document, { input }, admin);
    return Object.values(body.data!)[0]!;
  };
  const { categories } = (
    await env.server.gql<{ categories: Array<{ id: string }> }>('{ categories { id } }')
  ).body.data!;
  const office = await gql<{ office: { id: string } }>(
    'mutation($input: CreateOfficeInput!) { createOffice(input: $input) { office { id } } }',
    {
      office: {
        slug: 'standesamt-ost',
        name: { de: 'Standesamt Ost' },
        street: 'Ostweg 2',
        postalCode: '12345',
        city: 'Musterstadt',
      },
    },
  );
  const officeId = office.office.id;
  const service = await gql<{ service: { id: string } }>(
    'mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }',
    {
      service: {
        slug: 'eheschliessung-ost',
        name: { de: 'Eheschließung anmelden Ost' },
        description: { de: 'Die Anmeldung der Eheschließung.' },
        documents: { de: ['Geburtsurkunde'] },
        durationMinutes: 30,
        categoryId: categories[0]!.id,
        officeIds: [officeId],
      },
    },
  );
  const serviceId = service.service.id;
  for (const name of ['Schalter 1', 'Schalter 2']) {
    const counter = await gql<{ counter: { id: string } }>(
      'mutation($input: CreateCounterInput!) { createCounter(input: $input) { counter { id } } }',
      { officeId, name, serviceIds: [serviceId] },
    );
    await gql(
      'mutation($input: SetCounterScheduleInput!) { setCounterSchedule(input: $input) { userErrors { code } } }',
      {
        counterId: counter.counter.id,
        validFrom: '2027-01-01',
        periods: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
      },
    );
  }
  return { officeId, serviceId };
}

it(
  'retires a counter, moving its appointment, and a service, cancelling its appointment with a notice',
  async () => {
    // Given an office with two counters and a service, and one booking of it
    const account = await createAccount(env.server, { roles: [Role.ADMIN] });
    const { officeId, serviceId } = await officeWithTwoCounters(
      bearer(await signIn(env.server, account)),
    );
    const booking = {
      serviceId,
      officeId,
      startsAt: '2027-01-12T09:00:00.000Z',
      name: 'Erika Mustermann',
      email: `erika.ost.${process.pid}@example.org`,
    };
    const { code } = await bookThroughApi(env.server, booking);
    const counterOf = async () =>
      (
        await env.server.orm.em
          .fork()
          .execute<Array<{ name: string }>>(
            'select c.name from appointment a join counter c on c.id = a.counter_id where a.code = ?',
            [code],
          )
      )[0]!.name;
    const booked = await counterOf();
    const visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;

    try {
      // When the admin takes its counter out of service and chooses to move the appointment
      await signInTo(page, account, `/staff/admin/offices/${encodeURIComponent(officeId)}`);
      await waitForHeading(page, /^Standesamt Ost einrichten$/);
      await page.getByRole('link', { name: `${booked} außer Betrieb nehmen` }).click();
      await page.getByRole('button', { name: 'Ja, außer Betrieb nehmen' }).click();
      await page.getByText('Hier ist noch 1 kommender Termin gebucht.').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByLabel(/Den Termin an einen anderen Schalter verlegen/).check();
      await page.getByRole('button', { name: 'Mit dieser Wahl bestätigen' }).click();

      // Then the counter is out of service and the appointment is at the other one
      await page
        .getByRole('status')
        .filter({ hasText: `Der Schalter ${booked} ist außer Betrieb.` })
        .waitFor();
      await page.getByRole('row', { name: new RegExp(`${booked}.*Außer Betrieb`) }).waitFor();
      expect(await counterOf()).not.toBe(booked);

      // When she stops offering the service, cancelling the appointment with a notice
      await page
        .getByRole('link', { name: 'Eheschließung anmelden Ost nicht mehr anbieten' })
        .click();
      await page.getByRole('button', { name: 'Ja, nicht mehr anbieten' }).click();
      await page.getByLabel(/Den Termin absagen/).check();
      await page.getByRole('button', { name: 'Mit dieser Wahl bestätigen' }).click();

      // Then the citizen is told, and the service is gone from the search
      await page
        .getByRole('status')
        .filter({ hasText: 'Eheschließung anmelden Ost wird nicht mehr angeboten' })
        .waitFor();
      const notice = (await emailsTo(env.server, booking.email)).find((mail) =>
        mail.subject.startsWith('Termin abgesagt vom Rathaus'),
      );
      expect(notice?.body).toContain('„Eheschließung anmelden Ost“ bieten wir nicht mehr');
      const { body } = await env.server.gql<{ services: { totalCount: number } }>(
        '{ services(query: "Eheschließung anmelden Ost") { totalCount } }',
      );
      expect(body.data!.services.totalCount).toBe(0);
    } finally {
      await visitor.close();
    }
  },
  TIMEOUT,
);

it(
  'gives a clerk neither the section in the navigation nor the page by its address',
  async () => {
    const clerk = await createAccount(env.server, { roles: [Role.STAFF] });
    const visitor = await openVisitor(env.browser, env.server.url);
    try {
      await signInTo(visitor.page, clerk, '/staff/admin/offices');
      await waitForHeading(visitor.page, /^Nur für die Verwaltung$/);
      expect(await visitor.page.getByRole('button', { name: 'Standort anlegen' }).count()).toBe(0);
      expect(
        await visitor.page
          .getByRole('navigation', { name: 'Arbeitsbereich' })
          .getByRole('link')
          .allInnerTexts(),
      ).toEqual(['Terminplan', 'Posteingang', 'Anträge', 'Schalter', 'Überblick', 'Meldungen']);
      expect(await accessibilityProblems(visitor.page)).toEqual([]);
    } finally {
      await visitor.close();
    }
  },
  TIMEOUT,
);
