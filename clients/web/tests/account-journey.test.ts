import type { Page } from 'playwright-core';
import {
  accessibilityProblems,
  closeCleanly,
  openVisitor,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';
import { deliverMail, linkInMail, startMailSink, type MailSink } from './support/mail.js';
import {
  addVirtualAuthenticator,
  localhostServerAndBrowser,
  passkeyAnswers,
  passkeyRequested,
  recordPasskeyRequests,
  type VirtualAuthenticator,
} from './support/passkeys.js';

// A citizen's account from the first visit on: register, confirm the address through the link
// in the e-mail, sign in, add a passkey, sign out, and sign in with the passkey, by its button
// and by the e-mail field's suggestions (conditional UI).

const TIMEOUT = 120_000;

const env = localhostServerAndBrowser(TIMEOUT);
let sink: MailSink;
let visitor: Visitor;

beforeAll(async () => {
  sink = await startMailSink();
});
afterAll(() => sink?.close());

beforeEach(async () => {
  visitor = await openVisitor(env.browser, env.url);
});
afterEach(() => closeCleanly(visitor));

async function accountRow(email: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ verified: boolean; passkeys: number; sessions: number }>>(
      `select a.email_verified_at is not null as verified,
              (select count(*)::int from passkey p where p.account_id = a.id) as passkeys,
              (select count(*)::int from session s
                where s.account_id = a.id and s.revoked_at is null) as sessions
         from account a where a.email = ?`,
      [email],
    );
  return rows[0];
}

async function signOutInHeader(page: Page) {
  await page.locator('header').getByRole('button', { name: 'Abmelden' }).click();
  await waitForHeading(page, /Sie sind abgemeldet/);
  await page.locator('header').getByRole('link', { name: 'Anmelden' }).waitFor();
}

it(
  'registers, confirms the address from the e-mail, adds a passkey and signs in with it',
  async () => {
    const { page } = visitor;
    const authenticator: VirtualAuthenticator = await addVirtualAuthenticator(page);
    await recordPasskeyRequests(page);
    const email = `erika.${Date.now().toString(36)}@example.org`;
    const problems: Record<string, string[]> = {};
    const inspect = async (name: string) => {
      const found = await accessibilityProblems(page);
      if (found.length > 0) problems[name] = found;
    };

    // Given a visitor who follows "Anmelden" in the header and then "Konto anlegen"
    await page.goto('/');
    await page.locator('header').getByRole('link', { name: 'Anmelden' }).click();
    await waitForHeading(page, /^Anmelden$/);
    await page.getByRole('link', { name: 'Konto anlegen' }).click();
    await waitForHeading(page, /^Konto anlegen$/);
    await inspect('register');

    // When she registers with her name and address
    await page.getByLabel('Ihr Name').fill('Erika Mustermann');
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    // Then the page asks her to look into her mailbox, where the link arrives
    await waitForHeading(page, /Prüfen Sie Ihr Postfach/);
    await shown(page.locator('main')).toContain(email);
    await inspect('check your mailbox');
    await deliverMail(env.server, sink);
    const link = linkInMail(sink, email, '/verify-email');
    expect(link.origin).toBe(env.url);

    // When she opens the link and chooses her password
    await page.goto(link.href);
    await waitForHeading(page, /E-Mail-Adresse bestätigen/);
    await page.getByLabel('Passwort', { exact: true }).fill('ein langer Satz als Passwort');
    await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
    await waitForHeading(page, /Ihre E-Mail-Adresse ist bestätigt/);
    expect(await accountRow(email)).toEqual({ verified: true, passkeys: 0, sessions: 0 });

    // ... and goes on to sign in, where her address is filled in already
    await page.getByRole('link', { name: 'Weiter zur Anmeldung' }).click();
    await waitForHeading(page, /^Anmelden$/);
    const emailField = page.getByLabel('E-Mail-Adresse', { exact: true });
    expect(await emailField.inputValue()).toBe(email);
    expect(await emailField.getAttribute('autocomplete')).toBe('username webauthn');
    await inspect('sign in');
    await page.getByLabel('Passwort', { exact: true }).fill('ein langer Satz als Passwort');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

    // Then, signed in without a passkey, she is offered one, and creates it
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
    await inspect('passkey offer');
    await page.getByRole('button', { name: 'Passkey einrichten' }).click();
    await waitForHeading(page, /Ihr Passkey ist eingerichtet/);
    await inspect('passkey set up');
    expect(await authenticator.passkeys()).toBe(1);
    expect(await accountRow(email)).toEqual({ verified: true, passkeys: 1, sessions: 1 });

    // ... and arrives in "My town hall", her name in the header
    await page.getByRole('link', { name: 'Weiter' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    expect(new URL(page.url()).pathname).toBe('/my-town-hall');
    await shown(page.locator('header')).toContain('Angemeldet als Erika Mustermann');
    await page.getByText('Sie haben keine anstehenden Termine.').waitFor();
    // With a passkey, the page offers none.
    expect(await page.getByRole('link', { name: 'Passkey einrichten' }).count()).toBe(0);
    await inspect('my town hall');

    // When she signs out, the session ends and the header says so
    await signOutInHeader(page);
    await inspect('signed out');
    expect(await accountRow(email)).toEqual({ verified: true, passkeys: 1, sessions: 0 });
    expect(
      (await page.context().cookies()).filter((cookie) => cookie.name === 'rathaus_session'),
    ).toEqual([]);

    // ... and "My town hall" sends her to sign in, where she uses the passkey button (the
    // authenticator waits for her touch, so the field's suggestion is not picked by itself)
    await authenticator.answerAtOnce(false);
    await page.goto('/my-town-hall');
    await waitForHeading(page, /^Anmelden$/);
    expect(new URL(page.url()).search).toBe('?return=%2Fmy-town-hall');
    await passkeyRequested(page, 'conditional');
    await authenticator.answerAtOnce(true);
    await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();

    // Then she is back in "My town hall", signed in by her passkey through the button
    await waitForHeading(page, /^Mein Rathaus$/);
    expect(new URL(page.url()).pathname).toBe('/my-town-hall');
    expect(await passkeyAnswers(page)).toEqual(['modal']);
    await page.getByText('Ihre nächsten Termine').waitFor();
    expect(await accountRow(email)).toEqual({ verified: true, passkeys: 1, sessions: 1 });

    // And after signing out once more, picking the passkey the e-mail field offers signs her in
    await signOutInHeader(page);
    await page.getByRole('link', { name: 'Wieder anmelden' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    expect(await passkeyAnswers(page)).toEqual(['conditional']);
    await shown(page.locator('header')).toContain('Angemeldet als Erika Mustermann');

    expect(problems).toEqual({});
  },
  TIMEOUT,
);

it(
  'keeps the citizen signed in in a new page of the same browser, until she signs out',
  async () => {
    // Given a citizen who registered and signed in with her password (no passkey: "not now")
    const { page, context } = visitor;
    const email = `max.${Date.now().toString(36)}@example.org`;
    await page.goto('/register');
    await page.getByLabel('Ihr Name').fill('Max Mustermann');
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await waitForHeading(page, /Prüfen Sie Ihr Postfach/);
    await deliverMail(env.server, sink);
    await page.goto(linkInMail(sink, email, '/verify-email').href);
    await page.getByLabel('Passwort', { exact: true }).fill('noch ein langer Satz');
    await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
    await page.getByRole('link', { name: 'Weiter zur Anmeldung' }).click();
    await page.getByLabel('Passwort', { exact: true }).fill('noch ein langer Satz');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    // The session cookie is HttpOnly: no script of a page can read it.
    const [cookie] = (await context.cookies()).filter((entry) => entry.name === 'rathaus_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // When she comes back in a new page of the same browser
    const later = await context.newPage();
    await later.clock.setFixedTime(new Date(await page.evaluate(() => Date.now())));
    await later.goto('/');

    // Then she is still signed in
    await later.locator('header').getByText('Angemeldet als Max Mustermann').waitFor();
    await later.locator('header').getByRole('link', { name: 'Mein Rathaus' }).click();
    await waitForHeading(later, /^Mein Rathaus$/);

    // And once she signs out there, the first page finds her signed out too
    await signOutInHeader(later);
    await later.close();
    await page.reload();
    await waitForHeading(page, /^Anmelden$/);
    expect(new URL(page.url()).search).toBe('?return=%2Fmy-town-hall');
  },
  TIMEOUT,
);
