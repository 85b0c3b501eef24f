import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  serverBrowserAndVisitor,
  waitForHeading,
  waitForTitle,
  signInWithPassword,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

// "My town hall" for a signed-in citizen: her bookings (made while signed in, with her name and
// address filled in), each with its page to look at it or cancel it; and the way there for
// someone who is not signed in yet.

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

async function appointmentRow(code: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ status: string; name: string; email: string; account_id: string | null }>>(
      'select status, name, email, account_id from appointment where code = ?',
      [code],
    );
  return rows[0];
}

it(
  'fills in a signed-in booking, lists it in My town hall, and cancels it there',
  async () => {
    // Given a signed-in citizen who said "not now" to a passkey
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { page } = env.visitor;
    await page.goto('/sign-in');
    await waitForHeading(page, /^Anmelden$/);
    await signInWithPassword(page, account);
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    await page.getByText('Sie haben keine anstehenden Termine.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she books the identity card at Bürgerbüro Nord
    const { serviceId } = await demoBooking(env.server);
    await page.goto(`/services/${serviceId}/book/office`);
    await waitForHeading(page, /Wo möchten Sie hinkommen\?/);
    await page.getByLabel('Bürgerbüro Nord').check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(page, /An welchem Tag/);
    await page.getByLabel(/Dienstag, 12\. Januar/).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(page, /Um wie viel Uhr/);
    await page.getByLabel('10:40 Uhr', { exact: true }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();

    // Then her name and address are filled in
    await waitForHeading(page, /Ihre Kontaktdaten/);
    expect(await page.getByLabel('Vor- und Nachname').inputValue()).toBe('Erika Mustermann');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe(account.email);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await waitForHeading(page, /Prüfen Sie Ihre Angaben/);
    await page.getByRole('button', { name: 'Termin buchen' }).click();
    await waitForHeading(page, /Ihr Termin ist gebucht/);
    const code = (await page.locator('.panel__code [aria-hidden="true"]').innerText()).trim();

    // ... and the booking is hers: in the database, and in "My town hall"
    expect(await appointmentRow(code)).toEqual({
      status: 'BOOKED',
      name: 'Erika Mustermann',
      email: account.email,
      account_id: account.id,
    });
    await page.locator('header').getByRole('link', { name: 'Mein Rathaus' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    const upcoming = page.locator('section', { hasText: 'Ihre nächsten Termine' });
    const item = upcoming.locator('.appointment-list__item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    await shown(item).toMatch(
      new RegExp(
        `Personalausweis beantragen[\\s\\S]*Dienstag, 12\\. Januar 2027, 10:40 bis 11:00 Uhr` +
          `[\\s\\S]*Bürgerbüro Nord[\\s\\S]*Buchungsnummer ${code}`,
      ),
    );
    // The calendar file comes from the same host, by a signed token.
    const calendar = await item
      .getByRole('link', { name: /Termin in den Kalender übernehmen/ })
      .getAttribute('href');
    expect(calendar).toMatch(/^\/appointments\/[A-Za-z0-9_-]{43}\.ics\?lang=de$/);
    expect(await (await page.request.get(calendar as string)).text()).toMatch(/BEGIN:VCALENDAR/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she opens it and cancels it
    await item.getByRole('link', { name: 'Termin ansehen oder absagen' }).click();
    await waitForHeading(page, /Ihr Termin$/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Termin absagen' }).click();
    await waitForHeading(page, /Möchten Sie diesen Termin wirklich absagen\?/);
    await page.getByRole('button', { name: 'Ja, Termin absagen' }).click();
    await waitForHeading(page, /Ihr Termin ist abgesagt/);
    expect((await appointmentRow(code))?.status).toBe('CANCELLED');

    // Then "My town hall" lists it as cancelled, no longer as upcoming
    await page.getByRole('link', { name: 'Zurück zu Mein Rathaus' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    const earlier = page.locator('section', { hasText: 'Frühere und abgesagte Termine' });
    await earlier.locator('.appointment-list__item').waitFor();
    await shown(earlier.locator('.appointment-list__item')).toMatch(
      /Personalausweis beantragen[\s\S]*Abgesagt/,
    );
    expect(await upcoming.locator('.appointment-list__item').count()).toBe(0);
    await page.getByText('Sie haben keine anstehenden Termine.').waitFor();
  },
  TIMEOUT,
);

it(
  'sends a signed-out visitor to sign in and back, and says when the password is wrong',
  async () => {
    const account = await createAccount(env.server);
    const { page } = env.visitor;

    // Given a visitor who is not signed in and opens "My town hall"
    await page.goto('/my-town-hall');
    await waitForHeading(page, /^Anmelden$/);
    expect(new URL(page.url()).search).toBe('?return=%2Fmy-town-hall');

    // When she types a wrong password, the page says so at the field
    await signInWithPassword(page, account, 'not-her-password');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await shown(summary).toMatch(/E-Mail-Adresse oder Passwort stimmen nicht/);
    await shown(page.locator('#password-error')).toMatch(/stimmen nicht/);
    await waitForTitle(page, /^Fehler: /);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... with the right one she is offered a passkey; "not now" leads her where she wanted
    await page.getByLabel('Passwort', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    expect(new URL(page.url()).pathname).toBe('/my-town-hall');
    // "My town hall" keeps offering the passkey she has not set up.
    await page.getByRole('link', { name: 'Passkey einrichten' }).waitFor();

    // Then the next sign-in on this device does not ask again
    await page.locator('header').getByRole('button', { name: 'Abmelden' }).click();
    await waitForHeading(page, /Sie sind abgemeldet/);
    await page.getByRole('link', { name: 'Wieder anmelden' }).click();
    await waitForHeading(page, /^Anmelden$/);
    await signInWithPassword(page, account);
    await waitForHeading(page, /^Mein Rathaus$/);
  },
  TIMEOUT,
);

it(
  'adds the bookings made as a guest with her address to My town hall',
  async () => {
    // Given a booking made without signing in, with the address of her account
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { code } = await bookThroughApi(
      env.server,
      await demoBooking(env.server, { email: account.email, startsAt: '2027-01-12T08:00:00.000Z' }),
    );
    const { page } = env.visitor;
    await page.goto('/my-town-hall');
    await waitForHeading(page, /^Anmelden$/);
    await signInWithPassword(page, account);
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    await page.getByText('Sie haben keine anstehenden Termine.').waitFor();

    // When she adds her guest bookings
    await page.getByRole('button', { name: 'Termine übernehmen' }).click();

    // Then the page says so, lists the booking, and it is hers
    await page.getByRole('status').filter({ hasText: '1 Termin übernommen.' }).waitFor();
    const upcoming = page.locator('section', { hasText: 'Ihre nächsten Termine' });
    await shown(upcoming.locator('.appointment-list__item')).toContain(code);
    expect((await appointmentRow(code))?.account_id).toBe(account.id);

    // And a second time there is nothing more to add
    await page.getByRole('button', { name: 'Termine übernehmen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Es gab keine Termine zu übernehmen.' })
      .waitFor();
  },
  TIMEOUT,
);

it(
  'shows an account with many appointments page by page, the focus on the first one added',
  async () => {
    // Given an account with 21 cancelled bookings (booked and cancelled through the API)
    const account = await createAccount(env.server);
    const headers = bearer(await signIn(env.server, account));
    const booking = await demoBooking(env.server, { email: account.email });
    for (let index = 0; index < 21; index++) {
      const { body } = await env.server.gql<{
        bookAppointment: { appointment: { id: string } | null };
      }>(
        `mutation($input: BookAppointmentInput!) {
           bookAppointment(input: $input) { appointment { id } } }`,
        { input: booking },
        headers,
      );
      const id = body.data?.bookAppointment.appointment?.id;
      expect(id).toBeDefined();
      await env.server.gql(
        `mutation($input: CancelAppointmentInput!) {
           cancelAppointment(input: $input) { userErrors { code } } }`,
        { input: { id } },
        headers,
      );
    }
    const { page } = env.visitor;
    await page.goto('/my-town-hall');
    await signInWithPassword(page, account);
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);

    // When she asks for more than the first 20
    const items = page.locator('.appointment-list__item');
    await items.nth(19).waitFor();
    expect(await items.count()).toBe(20);
    await page.getByRole('button', { name: 'Weitere Termine anzeigen' }).click();

    // Then the 21st is there and has the focus; there are no more to ask for
    await items.nth(20).waitFor();
    await page.waitForFunction(
      () => document.activeElement === document.querySelectorAll('.appointment-list__title')[20],
    );
    expect(await page.getByRole('button', { name: 'Weitere Termine anzeigen' }).count()).toBe(0);
  },
  TIMEOUT,
);
