import { Role } from '../../../src/entities/accounts/account.entity.js';
import { uuidOf } from '../../../src/resolvers/common/global-id.js';
import { bearer, createAccount, lastEmailTo, signIn } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  chooseLanguage,
  headingHasFocus,
  serverBrowserAndVisitor,
  waitForHeading,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

// The link in the e-mail about an appointment the office cancelled (illness) offers the nearest
// free times, and one click books one of them in its place (issue #19).

const TIMEOUT = 120_000;
const MESSAGE = 'Wegen einer Erkrankung bleibt das Bürgerbüro Nord am Dienstag geschlossen.';

const env = serverBrowserAndVisitor(TIMEOUT);

/** The path and query of the rebooking link in the newest e-mail to the address. */
async function rebookLinkIn(email: string): Promise<string> {
  const body = (await lastEmailTo(env.server, email))?.body ?? '';
  const match = /http:\/\/rathaus\.test(\/appointment\/rebook\?token=[A-Za-z0-9_-]+)\n/.exec(body);
  if (!match?.[1]) throw new Error(`no rebooking link in: ${body}`);
  return match[1];
}

async function appointmentsOf(email: string) {
  return env.server.orm.em
    .fork()
    .execute<Array<{ status: string; starts_at: Date }>>(
      'select status, starts_at from appointment where email = ? order by created_at',
      [email],
    );
}

it(
  'offers the nearest free times after the office cancelled, and books one with one click',
  async () => {
    // Given a booking on Tuesday that the office cancels with a message
    const booking = await demoBooking(env.server);
    await bookThroughApi(env.server, booking);
    const clerk = bearer(
      await signIn(
        env.server,
        await createAccount(env.server, {
          roles: [Role.STAFF],
          officeIds: [uuidOf(booking.officeId, 'Office')!],
        }),
      ),
    );
    const { body } = await env.server.gql<{
      cancelOfficeAppointments: { cancelledCount: number | null };
    }>(
      `mutation($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { cancelledCount } }`,
      {
        input: {
          officeId: booking.officeId,
          from: '2027-01-11T23:00:00.000Z',
          to: '2027-01-12T23:00:00.000Z',
          message: MESSAGE,
        },
      },
      clerk,
    );
    expect(body.data!.cancelOfficeAppointments.cancelledCount).toBeGreaterThanOrEqual(1);
    const link = await rebookLinkIn(booking.email);
    const { page } = env.visitor;

    // When the citizen opens the link, then the page says what happened, in the office's words,
    // and offers the next free times (axe finds nothing, on a desktop and a phone)
    await page.goto(link);
    await waitForHeading(page, /Einen neuen Termin wählen$/);
    const main = page.locator('main');
    await shown(main).toContain(MESSAGE);
    await shown(main).toMatch(/Dienstag, 12\. Januar 2027 um 10:00 Uhr absagen/);
    const times = main.getByRole('button', { name: / buchen$/ });
    expect(await times.count()).toBe(6);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And in English as well
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /Choose a new appointment$/);
    expect(await main.getByRole('button', { name: /^Book / }).count()).toBe(6);
    expect(await accessibilityProblems(page)).toEqual([]);
    await chooseLanguage(page, 'Deutsch');
    await waitForHeading(page, /Einen neuen Termin wählen$/);

    // When she takes the first time
    const first = (await times.first().innerText()).trim();
    await times.first().click();

    // Then it is booked for her, the page says so with the focus on its heading, and the
    // confirmation e-mail is on its way
    await waitForHeading(page, /Ihr neuer Termin ist gebucht$/);
    expect(await headingHasFocus(page)).toBe(true);
    const day = /^(.+), (\d{1,2}:\d{2}) bis/.exec(first)!;
    await shown(main).toContain(`${day[1]}, ${day[2]} bis`);
    expect((await appointmentsOf(booking.email)).map((row) => row.status)).toEqual([
      'CANCELLED',
      'BOOKED',
    ]);
    expect((await lastEmailTo(env.server, booking.email))?.subject).toMatch(/^Terminbestätigung/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And the link, opened again, shows the new appointment instead of booking another
    await page.reload();
    await waitForHeading(page, /Ihr neuer Termin ist gebucht$/);
    expect(await appointmentsOf(booking.email)).toHaveLength(2);

    // And a changed link says plainly that it is not valid
    await page.goto(`${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`);
    await waitForHeading(page, /Dieser Link ist ungültig$/);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
