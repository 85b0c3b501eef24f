import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  bearer,
  createAccount,
  signIn,
  type TestAccount,
} from '../../../tests/support/accounts.js';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  headingHasFocus,
  serverBrowserAndVisitor,
  waitForHeading,
  waitForTitle,
  chooseLanguage,
  shown,
} from './support/browser.js';
import { demoBooking } from './support/booking.js';

// "My data": everything the town hall keeps about the citizen as a JSON download, and who among
// its staff read her data, when and why, in plain words.

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

afterEach(() => env.server.clock.set(DEMO_NOW));

/** A citizen with an appointment booked while signed in (Tuesday 12 January, 11:00 in Berlin). */
async function citizenWithAppointment(): Promise<{
  account: TestAccount;
  code: string;
  officeId: string;
}> {
  const account = await createAccount(env.server, { name: 'Erika Mustermann' });
  const booking = await demoBooking(env.server, { email: account.email });
  const { body } = await env.server.gql<{
    bookAppointment: { appointment: { code: string } | null };
  }>(
    `mutation($input: BookAppointmentInput!) {
       bookAppointment(input: $input) { appointment { code } } }`,
    { input: booking },
    bearer(await signIn(env.server, account)),
  );
  const code = body.data?.bookAppointment.appointment?.code;
  if (!code) throw new Error(`booking failed: ${JSON.stringify(body)}`);
  return { account, code, officeId: booking.officeId };
}

/** A clerk of the office reads its appointments of that week through the API, as her tool does. */
async function clerkReadsAppointments(officeId: string, clerk: TestAccount) {
  const { body } = await env.server.gql<{ officeAppointments: Array<{ code: string }> }>(
    `query($officeId: ID!) {
       officeAppointments(officeId: $officeId, from: "2027-01-11T00:00:00Z",
         to: "2027-01-18T00:00:00Z", reason: HANDLING_APPOINTMENT) { code name } }`,
    { officeId },
    bearer(await signIn(env.server, clerk)),
  );
  expect(body.errors).toBeUndefined();
  return body.data?.officeAppointments.map((appointment) => appointment.code) ?? [];
}

async function clerkOf(officeId: string): Promise<TestAccount> {
  const office = fromGlobalId(officeId);
  if (!office) throw new Error(`not a global ID: ${officeId}`);
  return createAccount(env.server, {
    name: 'Monika Schulz',
    roles: [Role.STAFF],
    officeIds: [office.uuid],
  });
}

/** Signs in with the password from "My town hall" and goes on to "My data". */
async function openMyData(page: Page, account: TestAccount) {
  await page.goto('/my-town-hall');
  await waitForHeading(page, /^Anmelden$/);
  await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('link', { name: 'Jetzt nicht' }).click();
  await waitForHeading(page, /^Mein Rathaus$/);
  await page.getByRole('link', { name: /^Meine Daten/ }).click();
  await waitForHeading(page, /^Meine Daten$/);
  expect(await headingHasFocus(page)).toBe(true);
  await waitForTitle(page, /^Meine Daten – /);
}

it(
  'downloads her data as a JSON file with her account and her appointment',
  async () => {
    // Given a signed-in citizen with an appointment, on "My data"
    const { account, code } = await citizenWithAppointment();
    const { page } = env.visitor;
    await openMyData(page, account);
    await page.getByText('Bisher hat niemand im Rathaus Ihre Daten gelesen.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she downloads her data
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Meine Daten herunterladen' }).click(),
    ]);

    // Then the file is JSON with her account's address and her appointment
    expect(download.suggestedFilename()).toBe('rathaus-meine-daten-2027-01-11.json');
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      tables: {
        account: Array<{ email: string; name: string }>;
        appointment: Array<{ code: string; status: string; email: string }>;
      };
    };
    expect(file.format).toBe('rathaus-personal-data/1');
    expect(file.tables.account).toEqual([
      expect.objectContaining({ email: account.email, name: 'Erika Mustermann' }),
    ]);
    expect(file.tables.appointment).toEqual([
      expect.objectContaining({ code, status: 'BOOKED', email: account.email }),
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: 'Ihre Daten sind heruntergeladen.' })
      .waitFor();
  },
  TIMEOUT,
);

it(
  'tells in plain words that a clerk read her appointment, when and why, page by page',
  async () => {
    // Given a citizen's appointment, and a clerk of its office who read it at 08:00 and then,
    // 20 minutes apart each (a read repeated within a quarter of an hour is the same), 20 times more
    const { account, code, officeId } = await citizenWithAppointment();
    const clerk = await clerkOf(officeId);
    for (let read = 0; read <= 20; read++) {
      env.server.clock.set(new Date(DEMO_NOW.getTime() + read * 20 * 60_000));
      expect(await clerkReadsAppointments(officeId, clerk)).toContain(code);
    }

    // When she opens "My data"
    const { page } = env.visitor;
    await openMyData(page, account);

    // Then the newest 20 reads are there, newest first, each in a sentence
    const entries = page.locator('.access-log__item');
    await entries.nth(19).waitFor();
    expect(await entries.count()).toBe(20);
    await shown(entries.first()).toBe(
      `Monika Schulz (Sachbearbeitung) hat am 11. Januar 2027 um 14:40 Uhr Ihren Termin ${code} gelesen, ` +
        'um den Termin vorzubereiten oder zu bearbeiten.',
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and "show more" adds the first read, which takes the focus
    await page.getByRole('button', { name: 'Weitere Einträge anzeigen' }).click();
    await entries.nth(20).waitFor();
    await shown(entries.nth(20)).toBe(
      `Monika Schulz (Sachbearbeitung) hat am 11. Januar 2027 um 08:00 Uhr Ihren Termin ${code} gelesen, ` +
        'um den Termin vorzubereiten oder zu bearbeiten.',
    );
    await page.waitForFunction(
      () => document.activeElement === document.querySelectorAll('.access-log__item')[20],
    );
    expect(await page.getByRole('button', { name: 'Weitere Einträge anzeigen' }).count()).toBe(0);

    // And in English, the same entry reads as English
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /^My data$/);
    await page
      .locator('.access-log__item')
      .first()
      .filter({
        hasText: `Monika Schulz (clerk) read your appointment ${code} on 11 January 2027 at 14:40 to prepare or handle the appointment.`,
      })
      .waitFor();
  },
  TIMEOUT,
);
