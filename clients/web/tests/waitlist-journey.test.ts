import { createAccount, emailsTo } from '../../../tests/support/accounts.js';
import { createBookingFixture } from '../../../tests/support/fixtures.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
} from './support/browser.js';
import { bookThroughApi } from './support/booking.js';

// The waitlist (issue #19): a citizen finds no free time, joins the waitlist from the booking's
// day list, sees her place in line in "My town hall", and accepts the time a cancellation frees;
// a guest confirms by the e-mailed link, sees the place in line by it, and leaves the waitlist.

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

it(
  'joins the waitlist when no time is free, shows the place in line, and accepts the offer',
  async () => {
    // Given an office whose only time (Tuesday 12 January, 08:00) is booked
    const town = await createBookingFixture(env.server.orm, {
      counters: 1,
      weekdays: [2],
      opens: '08:00',
      closes: '08:30',
      validFrom: '2027-01-12',
      validUntil: '2027-01-12',
    });
    const booking = {
      serviceId: town.service,
      officeId: town.office,
      startsAt: '2027-01-12T07:00:00.000Z',
      name: 'Max Muster',
      email: `max.${Date.now().toString(36)}@example.org`,
    };
    const { code } = await bookThroughApi(env.server, booking);
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { page } = env.visitor;

    // When she looks for a day, none is free, and she joins the waitlist
    await signInTo(page, account, `/services/${town.service}/book/day`);
    await waitForHeading(page, /An welchem Tag/);
    await page.getByRole('link', { name: /Auf die Warteliste/ }).click();
    await waitForHeading(page, /^Auf die Warteliste$/);
    expect(await page.getByLabel('Vor- und Nachname').inputValue()).toBe('Erika Mustermann');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
    await waitForHeading(page, /Sie stehen auf der Warteliste/);

    // Then "My town hall" shows her place in line
    await page.getByRole('link', { name: 'Zu „Mein Rathaus“' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    await page.getByText('Ihr Platz in der Reihe: 1').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When the booked time is cancelled, it is held for her, and she accepts it
    const { body } = await env.server.gql<{ cancelAppointment: { userErrors: unknown[] } }>(
      `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }`,
      { input: { code, email: booking.email } },
    );
    expect(body.data!.cancelAppointment.userErrors).toEqual([]);
    await page.reload();
    await waitForHeading(page, /^Mein Rathaus$/);
    await page
      .getByText(/Für Sie reserviert: Dienstag, 12\. Januar 2027, 08:00 bis 08:30/)
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: /^Annehmen:/ }).click();

    // Then the time is booked for her
    await page.getByText(/Gebucht\. Ihre Buchungsnummer: [A-Z0-9]{8}/).waitFor();
    await page.getByText('Sie stehen auf keiner Warteliste.').waitFor();
    const rows = await env.server.orm.em
      .fork()
      .execute<Array<{ status: string }>>(
        'select status from appointment where email = ? and starts_at = ?',
        [account.email, booking.startsAt],
      );
    expect(rows).toEqual([{ status: 'BOOKED' }]);
  },
  TIMEOUT,
);

it(
  'lets a guest confirm by the e-mailed link, see the place in line by it, and leave the waitlist',
  async () => {
    // Given a guest who asked to join the waitlist with her e-mail address
    const town = await createBookingFixture(env.server.orm, {
      counters: 1,
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
    });
    const email = `gast.${Date.now().toString(36)}@example.org`;
    const { body } = await env.server.gql<{ joinWaitlist: { userErrors: unknown[] } }>(
      `mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { userErrors { code } } }`,
      {
        input: {
          serviceId: town.service,
          officeIds: [town.office],
          startsAfter: DEMO_NOW.toISOString(),
          endsBefore: new Date(DEMO_NOW.getTime() + 20 * 86_400_000).toISOString(),
          earliestTime: '08:00',
          latestTime: '18:00',
          name: 'Gerda Gast',
          email,
        },
      },
    );
    expect(body.data!.joinWaitlist.userErrors).toEqual([]);
    const [mail] = await emailsTo(env.server, email);
    const link = (path: string) =>
      new RegExp(`http://[^/\\s]+(/waitlist/${path}\\?token=[\\w-]+)`).exec(mail!.body)![1]!;
    const { page } = env.visitor;

    // When she opens the confirmation link, she is in line, and the page links her entry
    await page.goto(link('confirm'));
    await waitForHeading(page, /Ihr Platz auf der Warteliste ist bestätigt/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page
      .getByRole('link', { name: 'Platz in der Reihe ansehen oder die Warteliste verlassen' })
      .click();
    await waitForHeading(page, /^Ihr Platz auf der Warteliste$/);
    await page.getByText('Ihr Platz in der Reihe: 1').waitFor();
    expect(page.url()).toContain(link('entry'));
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she leaves the waitlist, her entry is out of line
    await page.getByRole('button', { name: 'Warteliste verlassen' }).click();
    await waitForHeading(page, /Sie haben die Warteliste verlassen/);
    const rows = await env.server.orm.em
      .fork()
      .execute<Array<{ status: string }>>('select status from waitlist_entry where email = ?', [
        email,
      ]);
    expect(rows).toEqual([{ status: 'LEFT' }]);

    // Then both links say the entry is no longer in line
    await page.goto(link('entry'));
    await waitForHeading(page, /steht nicht \(mehr\) auf der Warteliste/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.goto(link('confirm'));
    await waitForHeading(page, /Dieser Link ist ungültig/);
  },
  TIMEOUT,
);
