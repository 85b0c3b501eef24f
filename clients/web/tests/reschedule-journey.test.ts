import { bearer, createAccount, lastEmailTo, signIn } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  chooseLanguage,
  headingHasFocus,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

// A citizen moves a booking to another free time from the link in its e-mail, in one step: the
// new time is taken and the old one freed together, under the same booking code (issue #19).

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

/** The path and query of the link to the appointment's page in the newest e-mail to the address. */
async function manageLinkIn(email: string): Promise<string> {
  const body = (await lastEmailTo(env.server, email))?.body ?? '';
  const match = /http:\/\/rathaus\.test(\/appointment\?token=[A-Za-z0-9_-]+)\n/.exec(body);
  if (!match?.[1]) throw new Error(`no appointment link in: ${body}`);
  return match[1];
}

async function appointmentsOf(email: string) {
  return env.server.orm.em
    .fork()
    .execute<Array<{ code: string; status: string; starts_at: string }>>(
      'select code, status, starts_at from appointment where email = ? order by created_at',
      [email],
    );
}

it(
  'changes the time of a booking from its e-mail’s link, keeping its code',
  async () => {
    // Given a booking on Tuesday at 10:00 and the link in its confirmation
    const booking = await demoBooking(env.server);
    const { code } = await bookThroughApi(env.server, booking);
    const { page } = env.visitor;
    await page.goto(await manageLinkIn(booking.email));
    await waitForHeading(page, /Ihr Termin$/);
    const main = page.locator('main');

    // When the citizen asks to change the time, then the next free times are offered (axe
    // finds nothing), in English as well
    await main.getByRole('button', { name: 'Uhrzeit ändern' }).click();
    await waitForHeading(page, /Eine neue Uhrzeit wählen$/);
    expect(await headingHasFocus(page)).toBe(true);
    const times = main.getByRole('button', { name: / wählen$/ });
    expect(await times.count()).toBe(8);
    expect(await accessibilityProblems(page)).toEqual([]);
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /Choose a new time$/);
    expect(await main.getByRole('button', { name: /^Choose / }).count()).toBe(8);
    await chooseLanguage(page, 'Deutsch');
    await waitForHeading(page, /Eine neue Uhrzeit wählen$/);

    // When she takes the first one
    const first = (await times.first().innerText()).trim();
    await times.first().click();

    // Then the appointment has the new time under the same code, the old time is free, the page
    // says so with the focus on its heading, and the confirmation is on its way
    await waitForHeading(page, /Ihr Termin ist verlegt$/);
    expect(await headingHasFocus(page)).toBe(true);
    const chosen = /^(.+), (\d{1,2}:\d{2}) bis/.exec(first)!;
    await shown(main).toContain(`${chosen[1]}, ${chosen[2]} bis`);
    const rows = await appointmentsOf(booking.email);
    expect(rows.map((row) => [row.code, row.status])).toEqual([[code, 'BOOKED']]);
    expect(new Date(rows[0]!.starts_at).toISOString()).not.toBe(booking.startsAt);
    expect((await lastEmailTo(env.server, booking.email))?.subject).toMatch(
      /^Neue Zeit für Ihren Termin/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'changes the time of a signed-in citizen’s appointment on “My town hall”',
  async () => {
    // Given a citizen's own booking
    const citizen = await createAccount(env.server);
    const booking = await demoBooking(env.server, { email: citizen.email });
    const { body } = await env.server.gql<{ bookAppointment: { appointment: { id: string } } }>(
      `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`,
      { input: booking },
      bearer(await signIn(env.server, citizen)),
    );
    const { id } = body.data!.bookAppointment.appointment;
    const { page } = env.visitor;
    await signInTo(page, citizen, `/my-town-hall/appointments/${encodeURIComponent(id)}`);
    await waitForHeading(page, /Ihr Termin$/);

    // When she changes its time to the first one offered
    const main = page.locator('main');
    await main.getByRole('button', { name: 'Uhrzeit ändern' }).click();
    await waitForHeading(page, /Eine neue Uhrzeit wählen$/);
    const first = main.getByRole('button', { name: / wählen$/ }).first();
    const chosen = /^(.+), (\d{1,2}:\d{2}) bis/.exec((await first.innerText()).trim())!;
    await first.click();

    // Then the page shows it at the new time, and it is so
    await waitForHeading(page, /Ihr Termin ist verlegt$/);
    await shown(main).toContain(`${chosen[1]}, ${chosen[2]} bis`);
    const rows = await appointmentsOf(citizen.email);
    expect(rows.map((row) => row.status)).toEqual(['BOOKED']);
    expect(new Date(rows[0]!.starts_at).toISOString()).not.toBe(booking.startsAt);
  },
  TIMEOUT,
);
