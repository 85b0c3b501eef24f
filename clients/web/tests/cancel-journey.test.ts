import {
  focused,
  headingHasFocus,
  tabTo,
  waitForHeading,
  serverBrowserAndVisitor,
  shown,
} from './support/browser.js';
import { bookThroughApi, demoBooking } from './support/booking.js';

const TIMEOUT = 90_000;

const env = serverBrowserAndVisitor(TIMEOUT);

async function statusOf(code: string): Promise<string | undefined> {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from appointment where code = ?', [code]);
  return rows[0]?.status;
}

it(
  'finds a booking by code and e-mail and cancels it, with the keyboard only',
  async () => {
    // Given a booking, and its calendar file's link "/appointment?code=…"
    const booking = await demoBooking(env.server);
    const { code } = await bookThroughApi(env.server, booking);
    const { page } = env.visitor;
    await page.goto(`/appointment?code=${code}`);
    await waitForHeading(page, /Ihren Termin ansehen oder absagen/);

    // When the citizen gives a wrong e-mail address, the refusal stands at the field
    await tabTo(page, /^input\[text\] Buchungsnummer/);
    expect(await page.getByLabel('Buchungsnummer').inputValue()).toBe(code);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^input\[email\] E-Mail-Adresse/);
    await page.keyboard.type('someone.else@example.org');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await shown(summary).toMatch(/keinen Termin mit dieser Buchungsnummer/);
    await shown(page.locator('#code-error')).toMatch(/keinen Termin/);

    // ... and with the right one sees the appointment
    await tabTo(page, /^input\[email\]/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(booking.email);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /^Buchungsnummer .+\nIhr Termin$|Ihr Termin$/);
    expect(await headingHasFocus(page)).toBe(true);
    const details = await page.locator('main').innerText();
    expect(details).toMatch(/Personalausweis beantragen/);
    expect(details).toMatch(/Dienstag, 12\. Januar 2027, 10:00 bis 10:20 Uhr/);

    // Then cancels it, confirming once
    await tabTo(page, /^button Termin absagen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Möchten Sie diesen Termin wirklich absagen\?/);
    expect(await headingHasFocus(page)).toBe(true);
    await tabTo(page, /^button Ja, Termin absagen$/);
    await page.keyboard.press('Enter');
    await waitForHeading(page, /Ihr Termin ist abgesagt/);
    expect(await headingHasFocus(page)).toBe(true);
    expect(await statusOf(code)).toBe('CANCELLED');
  },
  TIMEOUT,
);

it(
  'shows a cancelled booking as cancelled and offers no second cancellation',
  async () => {
    const booking = await demoBooking(env.server, { startsAt: '2027-01-12T10:00:00.000Z' });
    const { code } = await bookThroughApi(env.server, booking);
    await env.server.gql(
      'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }',
      { input: { code, email: booking.email } },
    );
    const { page } = env.visitor;
    await page.goto('/appointment');
    // Codes are forgiving: lower case and a dash in the middle are fine.
    await page
      .getByLabel('Buchungsnummer')
      .fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    await page.getByLabel('E-Mail-Adresse').fill(booking.email.toUpperCase());
    await page.getByRole('button', { name: 'Termin anzeigen' }).click();
    await waitForHeading(page, /Ihr Termin$/);
    await shown(page.locator('main')).toMatch(/Dieser Termin ist abgesagt\./);
    expect(await page.getByRole('button', { name: 'Termin absagen' }).count()).toBe(0);
  },
  TIMEOUT,
);
