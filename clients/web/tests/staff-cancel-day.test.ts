import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { createAccount, emailsTo } from '../../../tests/support/accounts.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  accessibilityProblems,
  chooseLanguage,
  headingHasFocus,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  waitForTitle,
  shown,
} from './support/browser.js';

// A clerk cancels a day's appointments from the plan, for illness or a closure, with a message
// that every citizen reads in the e-mail with the link to rebook (issue #19).

const TIMEOUT = 120_000;
const MESSAGE = 'Wegen einer Erkrankung bleibt das Bürgerbüro Nord heute geschlossen.';

const env = serverBrowserAndVisitor(TIMEOUT);

async function officeIds(): Promise<{ nord: string; other: string }> {
  const { body } = await env.server.gql<{ offices: Array<{ id: string; name: string }> }>(
    '{ offices { id name } }',
  );
  const offices = body.data!.offices;
  return {
    nord: offices.find((office) => office.name === 'Bürgerbüro Nord')!.id,
    other: offices.find((office) => office.name !== 'Bürgerbüro Nord')!.id,
  };
}

/** Two citizens' bookings at Bürgerbüro Nord on a day, at 10:00 and 11:00 in Berlin. */
async function twoBookings(day: string) {
  const bookings = [
    await demoBooking(env.server, { startsAt: `${day}T09:00:00.000Z`, name: 'Erika Mustermann' }),
    await demoBooking(env.server, { startsAt: `${day}T10:00:00.000Z`, name: 'Max Mustermann' }),
  ];
  const codes = [];
  for (const booking of bookings) codes.push((await bookThroughApi(env.server, booking)).code);
  return { bookings, codes };
}

async function clerkOf(office: string) {
  return createAccount(env.server, {
    roles: [Role.STAFF],
    officeIds: [fromGlobalId(office)!.uuid],
  });
}

it(
  'cancels a day’s two appointments with a message after the clerk confirms, and tells both citizens',
  async () => {
    // Given a clerk of Bürgerbüro Nord on the plan of a Tuesday with two booked appointments
    const { nord } = await officeIds();
    const { bookings, codes } = await twoBookings('2027-01-12');
    const { page } = env.visitor;
    await signInTo(
      page,
      await clerkOf(nord),
      `/staff?office=${encodeURIComponent(nord)}&day=2027-01-12`,
    );
    const tuesday = page.locator('section', {
      has: page.getByRole('heading', { name: 'Dienstag, 12. Januar 2027' }),
    });
    for (const code of codes) await tuesday.locator('tr', { hasText: code }).waitFor();

    // When she follows the day's link to cancel its appointments
    await tuesday.getByRole('link', { name: 'Termine dieses Tages absagen' }).click();
    expect(await waitForHeading(page, /Termine am Dienstag, 12\. Januar 2027 absagen$/)).toMatch(
      /^Bürgerbüro Nord/,
    );
    expect(await page.getByLabel('Welche Termine').inputValue()).toBe('');
    expect(await accessibilityProblems(page)).toEqual([]);

    // And goes on without a message, then the summary and the field say it is missing
    await page.getByRole('button', { name: 'Weiter' }).click();
    const fieldError = page.locator('#cancel-message-error');
    await fieldError.waitFor();
    await shown(fieldError).toContain('Bitte schreiben Sie den Bürgerinnen und Bürgern');
    await shown(page.locator('.error-summary')).toContain('Bitte schreiben Sie');
    await waitForTitle(page, /^Fehler: /);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she writes the message and goes on, then the page says plainly what will happen
    await page.getByLabel('Nachricht an die Bürgerinnen und Bürger').fill(MESSAGE);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page
      .getByRole('heading', { name: 'Wollen Sie diese Termine wirklich absagen?' })
      .waitFor();
    expect(await headingHasFocus(page)).toBe(true);
    const main = page.locator('main');
    await shown(main).toMatch(
      /Jeder gebuchte Termin am Dienstag, 12\. Januar 2027, der noch nicht begonnen hat, wird abgesagt\.[\s\S]*Das lässt sich nicht rückgängig machen\./,
    );
    await shown(main).toContain(MESSAGE);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And "No, back" keeps what she wrote; nothing is cancelled until she confirms
    await page.getByRole('button', { name: 'Nein, zurück' }).click();
    expect(await page.getByLabel('Nachricht an die Bürgerinnen und Bürger').inputValue()).toBe(
      MESSAGE,
    );
    expect(await emailsWith(bookings.map((booking) => booking.email))).toEqual([0, 0]);
    await page.getByRole('button', { name: 'Weiter' }).click();

    // When she confirms, then the page reports both cancelled
    await page.getByRole('button', { name: 'Ja, Termine absagen' }).click();
    await page
      .getByText('2 Termine abgesagt, die Bürgerinnen und Bürger sind benachrichtigt.')
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // And each citizen has the e-mail with her message
    expect(await emailsWith(bookings.map((booking) => booking.email))).toEqual([1, 1]);

    // And the plan of that day shows both cancelled, with no link to cancel any more
    await page.getByRole('link', { name: 'Zurück zum Terminplan dieses Tages' }).click();
    for (const code of codes) {
      await tuesday.locator('tr', { hasText: code }).filter({ hasText: 'Abgesagt' }).waitFor();
    }
    expect(await tuesday.getByRole('link', { name: 'Termine dieses Tages absagen' }).count()).toBe(
      0,
    );
  },
  TIMEOUT,
);

/** How many e-mails to each address carry the clerk's message. */
async function emailsWith(addresses: string[]): Promise<number[]> {
  const counts = [];
  for (const address of addresses) {
    const emails = await emailsTo(env.server, address);
    counts.push(emails.filter((email) => email.body.includes(MESSAGE)).length);
  }
  return counts;
}

it(
  'offers the form, the confirmation and the result in English, for one counter',
  async () => {
    // Given a clerk whose site is in English, on the plan of a Thursday with two appointments
    const { nord } = await officeIds();
    const { codes } = await twoBookings('2027-01-14');
    const { page } = env.visitor;
    await signInTo(
      page,
      await clerkOf(nord),
      `/staff?office=${encodeURIComponent(nord)}&day=2027-01-14`,
    );
    // The counter of each appointment, as the plan shows it (the cell after the time)
    const counters = [];
    for (const code of codes) {
      counters.push(
        (await page.locator('tr', { hasText: code }).locator('td').first().innerText()).trim(),
      );
    }
    const [counter] = counters;
    const atCounter = counters.filter((name) => name === counter).length;
    await chooseLanguage(page, 'English');
    await page.getByRole('link', { name: 'Cancel this day’s appointments' }).click();
    await waitForHeading(page, /Cancel the appointments on .*14 January 2027$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she chooses the counter of the first appointment and writes a message
    await page.getByLabel('Which appointments').selectOption({ label: counter! });
    await page.getByLabel('Message to the citizens').fill(MESSAGE);
    await page.getByRole('button', { name: 'Continue' }).click();

    // Then the confirmation names the counter
    await page
      .getByRole('heading', { name: 'Do you really want to cancel these appointments?' })
      .waitFor();
    await shown(page.locator('main')).toContain(`at counter ${counter} that has not begun`);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And the result says how many were cancelled: the counter's only
    await page.getByRole('button', { name: 'Yes, cancel the appointments' }).click();
    await page
      .getByText(
        atCounter === 1
          ? '1 appointment cancelled, the citizen has been notified.'
          : '2 appointments cancelled, the citizens have been notified.',
      )
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'tells a clerk of another office the same as the plan does',
  async () => {
    const { nord, other } = await officeIds();
    const { page } = env.visitor;
    await signInTo(
      page,
      await clerkOf(nord),
      `/staff/cancel-day?office=${encodeURIComponent(other)}&day=2027-01-12`,
    );
    await waitForHeading(page, /^Termine absagen$/);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('form').count()).toBe(0);
  },
  TIMEOUT,
);
