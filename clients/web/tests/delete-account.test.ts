import type { Page } from 'playwright-core';
import {
  bearer,
  createAccount,
  signIn,
  type TestAccount,
} from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  headingHasFocus,
  serverBrowserAndVisitor,
  tabTo,
  waitForHeading,
  waitForTitle,
  signInWithPassword,
  shown,
} from './support/browser.js';
import { insertApplication, insertForm } from '../../../tests/support/application-rows.js';
import { demoBooking } from './support/booking.js';

// "Delete my account": what deleting means, the address typed again, the password unless this
// device signed in a moment ago, the API's refusals at their fields, and the end of the account.

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

afterEach(() => env.server.clock.set(DEMO_NOW));

async function accountRow(account: TestAccount) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ email: string | null; deleted: boolean; sessions: number }>>(
      `select email, deleted_at is not null as deleted,
              (select count(*)::int from session s
                where s.account_id = a.id and s.revoked_at is null) as sessions
         from account a where id = ?`,
      [account.id],
    );
  return rows[0];
}

async function appointmentStatus(code: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [code]);
  return rows[0]?.status;
}

/** Books an appointment for the account through the API (Tuesday 12 January, 11:00 in Berlin). */
async function bookFor(account: TestAccount): Promise<string> {
  const { body } = await env.server.gql<{
    bookAppointment: { appointment: { code: string } | null };
  }>(
    `mutation($input: BookAppointmentInput!) {
       bookAppointment(input: $input) { appointment { code } } }`,
    { input: await demoBooking(env.server, { email: account.email }) },
    bearer(await signIn(env.server, account)),
  );
  const code = body.data?.bookAppointment.appointment?.code;
  if (!code) throw new Error(`booking failed: ${JSON.stringify(body)}`);
  return code;
}

/** An application of the account for a service of the demo town, kept 3 years once decided. */
async function applicationOf(account: TestAccount, status: string): Promise<string> {
  const [offered] = await env.server.orm.em
    .fork()
    .execute<Array<{ service_id: string; office_id: string }>>(
      'select service_id, office_id from service_office order by service_id, office_id limit 1',
    );
  const formId = await insertForm(env.server, offered!.service_id, { retentionYears: 3 });
  return insertApplication(env.server, {
    formId,
    serviceId: offered!.service_id,
    officeId: offered!.office_id,
    applicantId: account.id,
    status,
  });
}

/** Signs in from "My town hall" and follows its link to "Delete your account". */
async function openDeleteAccount(page: Page, account: TestAccount) {
  await page.goto('/my-town-hall');
  await signInWithPassword(page, account);
  await page.getByRole('link', { name: 'Jetzt nicht' }).click();
  await waitForHeading(page, /^Mein Rathaus$/);
}

it(
  'asks for the password after a while, shows the refusals at their fields, and deletes',
  async () => {
    // Given a citizen with an upcoming appointment, who signed in ten minutes ago
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const code = await bookFor(account);
    const { page } = env.visitor;
    await openDeleteAccount(page, account);
    const later = new Date(DEMO_NOW.getTime() + 10 * 60_000);
    env.server.clock.set(later);
    await page.clock.setFixedTime(later);

    // When she follows "Delete your account"
    await page.getByRole('link', { name: 'Konto löschen' }).click();
    await waitForHeading(page, /^Konto löschen$/);
    expect(await headingHasFocus(page)).toBe(true);
    await waitForTitle(page, /^Konto löschen – /);

    // Then the page says what happens, and asks for her address and her password
    const main = page.locator('main');
    await shown(main).toMatch(
      /anstehenden Termine werden abgesagt[\s\S]*werden gelöscht[\s\S]*Alle Ihre Geräte werden abgemeldet/,
    );
    await page.getByLabel('Ihr Passwort').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she sends the form empty, each field says what is missing
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.locator('.error-summary').waitFor();
    await waitForTitle(page, /^Fehler: Konto löschen/);
    await shown(page.locator('#confirmEmail-error')).toMatch(/E-Mail-Adresse/);
    await shown(page.locator('#password-error')).toMatch(/Geben Sie Ihr Passwort ein/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... with another address, the API's refusal is at the address
    await page.getByLabel('Geben Sie Ihre E-Mail-Adresse ein').fill('someone@example.org');
    await page.getByLabel('Ihr Passwort').fill(account.password);
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page
      .locator('#confirmEmail-error')
      .filter({ hasText: 'genau die E-Mail-Adresse Ihres Kontos' })
      .waitFor();
    expect(await page.locator('#password-error').count()).toBe(0);

    // ... and with a wrong password, at the password; nothing is deleted
    await page.getByLabel('Geben Sie Ihre E-Mail-Adresse ein').fill(account.email);
    await page.getByLabel('Ihr Passwort').fill('not-her-password');
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page
      .locator('#password-error')
      .filter({ hasText: 'E-Mail-Adresse oder Passwort stimmen nicht.' })
      .waitFor();
    expect(await page.locator('#confirmEmail-error').count()).toBe(0);
    expect(await accountRow(account)).toEqual({
      email: account.email,
      deleted: false,
      sessions: 2,
    });

    // When she gives her password
    await page.getByLabel('Ihr Passwort').fill(account.password);
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();

    // Then the page confirms it, no one is signed in, and the account is gone
    await waitForHeading(page, /^Ihr Konto ist gelöscht$/);
    await page.locator('header').getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await accountRow(account)).toEqual({ email: null, deleted: true, sessions: 0 });
    expect(await appointmentStatus(code)).toBe('CANCELLED');

    // And signing in with the old password fails
    await page.goto('/sign-in');
    await signInWithPassword(page, account);
    await page
      .locator('#password-error')
      .filter({ hasText: 'E-Mail-Adresse oder Passwort stimmen nicht.' })
      .waitFor();
    await expect(signIn(env.server, account)).rejects.toThrow(/sign-in failed/);
  },
  TIMEOUT,
);

it(
  'deletes with the address alone right after signing in on this device',
  async () => {
    // Given a citizen who just signed in, with an application decided on 10 February 2027
    // (kept 3 years) and one not decided yet, on "Delete your account"
    const account = await createAccount(env.server);
    const decided = await applicationOf(account, 'APPROVED');
    await applicationOf(account, 'IN_REVIEW');
    const { page } = env.visitor;
    await openDeleteAccount(page, account);
    await page.getByRole('link', { name: 'Konto löschen' }).click();
    await waitForHeading(page, /^Konto löschen$/);

    // Then the page says that the open one goes and until when the decided one is kept
    const main = page.locator('main');
    await main.getByText(/, bis 10\. Februar 2030:/).waitFor();
    await shown(main).toMatch(
      /noch nicht entschiedene Anträge werden zurückgezogen[\s\S]*ohne Ihren Namen/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // And asks only for her address
    await page.getByLabel('Geben Sie Ihre E-Mail-Adresse ein').waitFor();
    expect(await page.getByLabel('Ihr Passwort').count()).toBe(0);

    // When she types it with the keyboard and confirms with Enter, the account is deleted
    await tabTo(page, /^input\[email\] Geben Sie Ihre E-Mail-Adresse ein/);
    await page.keyboard.type(account.email.toUpperCase());
    await page.keyboard.press('Enter');
    await waitForHeading(page, /^Ihr Konto ist gelöscht$/);
    expect(await accountRow(account)).toEqual({ email: null, deleted: true, sessions: 0 });
    // The decided application stays, without her
    const kept = await env.server.orm.em
      .fork()
      .execute<Array<{ applicant_id: string | null }>>(
        'select applicant_id from application where id = ?',
        [decided],
      );
    expect(kept).toEqual([{ applicant_id: null }]);
  },
  TIMEOUT,
);
