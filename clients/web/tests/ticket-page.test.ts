import { randomUUID } from 'node:crypto';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { toGlobalId } from '../../../src/resolvers/common/global-id.js';
import {
  accessibilityProblems,
  closeCleanly,
  DEMO_NOW,
  MOBILE,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  waitForTitle,
  type Visitor,
  shown,
} from './support/browser.js';
import { bookTodayAs, drawAtKiosk, nordClerk, nordQueue, type NordQueue } from './support/queue.js';

/** A time as the German pages show it ("08:40"), in the town's time zone. */
function berlinClock(instant: Date): string {
  return instant.toLocaleTimeString('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });
}

// The citizen's side of the lobby queue: the ticket on the phone (/tickets/:ticketId), "I'm here"
// from My appointment, and a number drawn online.

const TIMEOUT = 150_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let queue: NordQueue;
let clerk: Record<string, string>;
let arabic: Visitor | undefined;

beforeAll(async () => {
  queue = await nordQueue(env.server);
  clerk = bearer(await signIn(env.server, await nordClerk(env.server, queue, 'Monika Schulz')));
}, TIMEOUT);

afterEach(async () => {
  env.server.clock.set(DEMO_NOW);
  await closeCleanly(arabic);
  arabic = undefined;
});

async function clerkDoes(name: string, input: Record<string, unknown>, inputType: string) {
  const { body } = await env.server.gql<Record<string, { userErrors: unknown[] }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`,
    { input },
    clerk,
  );
  expect(body.data?.[name]?.userErrors).toEqual([]);
}

it(
  'follows a number on the phone in Arabic, right to left, until it is called and done',
  async () => {
    // Given an Arabic-speaking citizen's number, open on her phone
    const ticket = await drawAtKiosk(env.server, queue);
    arabic = await openVisitor(env.browser, env.server.url, { locale: 'ar', viewport: MOBILE });
    const { page } = arabic;
    await page.goto(`/tickets/${encodeURIComponent(ticket.id)}`);
    await waitForHeading(page, /^رقم انتظارك$/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await shown(page.locator('.ticket__number')).toBe(ticket.number);
    await page.getByText('أنت التالي في الدور.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When a clerk opens Schalter 1 and calls the next number
    await clerkDoes(
      'openCounter',
      { counterId: queue.counters['Schalter 1'] },
      'QueueCounterInput',
    );
    await clerkDoes(
      'callNextTicket',
      { counterId: queue.counters['Schalter 1'] },
      'QueueCounterInput',
    );

    // Then the phone says where to go, in its title too, without a reload
    // (The Arabic texts isolate the Latin names with FSI/PDI marks, \u2068 and \u2069.)
    await page.getByText(/^حان دورك\. تفضل بالتوجه إلى \u2068Schalter 1\u2069\.$/).waitFor();
    await waitForTitle(
      page,
      new RegExp(`^\u2068*${ticket.number}\u2069: تفضل إلى \u2068Schalter 1\u2069`),
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // And once served, it says so
    await clerkDoes('finishTicket', { ticketId: ticket.id }, 'TicketInput');
    await page.getByText('تمت معاملتك. شكرًا لزيارتك.').waitFor();
  },
  TIMEOUT,
);

it(
  'answers an unknown or malformed ticket with the not-found page and status 404',
  async () => {
    const known = await drawAtKiosk(env.server, queue);
    const path = (id: string) => `/tickets/${encodeURIComponent(id)}`;
    const status = async (id: string) => (await fetch(`${env.server.url}${path(id)}`)).status;
    expect(await status(toGlobalId('Ticket', randomUUID()))).toBe(404);
    expect(await status('not-a-ticket')).toBe(404);
    expect(await status(toGlobalId('Office', randomUUID()))).toBe(404);
    expect(await status(known.id)).toBe(200);

    const { page } = env.visitor;
    await page.goto(path(toGlobalId('Ticket', randomUUID())));
    await waitForHeading(page, /^Seite nicht gefunden$/);
    // The known ticket's page at the same address pattern shows it (the positive control).
    await page.goto(path(known.id));
    await waitForHeading(page, /^Ihre Wartenummer$/);
  },
  TIMEOUT,
);

it(
  'checks in from My appointment: too early says from when, then leads to the ticket',
  async () => {
    // Given a citizen's appointment this morning after 08:30, and her signed in on her phone at 08:00
    const citizen = await createAccount(env.server, { name: 'Erika Mustermann' });
    const appointment = await bookTodayAs(
      env.server,
      queue,
      citizen,
      new Date('2027-01-11T07:31:00.000Z'),
    );
    const from = new Date(Date.parse(appointment.startsAt) - 30 * 60_000);
    const { page } = env.visitor;
    await page.setViewportSize(MOBILE);
    await signInTo(
      page,
      citizen,
      `/my-town-hall/appointments/${encodeURIComponent(appointment.id)}`,
    );
    await waitForHeading(page, /Ihr Termin$/);

    // When she says she is here half an hour too early
    await page.getByRole('button', { name: 'Ich bin da' }).click();

    // Then she reads from when it works
    await page
      .getByRole('alert')
      .getByText(`Dafür ist es noch zu früh. Sie können sich ab ${berlinClock(from)} Uhr anmelden.`)
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she tries again five minutes after that
    const later = new Date(from.getTime() + 5 * 60_000);
    env.server.clock.set(later);
    await page.clock.setFixedTime(later);
    await page.getByRole('button', { name: 'Ich bin da' }).click();

    // Then she has a number for her appointment, on the ticket page
    await waitForHeading(page, /^Ihre Wartenummer$/);
    await page.getByText('Mit Termin').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/tickets\//);
  },
  TIMEOUT,
);

it(
  'draws a number online from the service page while the office is open',
  async () => {
    const citizen = await createAccount(env.server);
    const { page } = env.visitor;
    await signInTo(page, citizen, `/services/${encodeURIComponent(queue.identityCard.id)}`);
    await waitForHeading(page, /Personalausweis beantragen/);
    await page.getByRole('button', { name: 'Wartenummer ziehen: Bürgerbüro Nord' }).click();
    await waitForHeading(page, /^Ihre Wartenummer$/);
    await page.getByText('Ohne Termin', { exact: true }).waitFor();
    await page.getByText(/Sie sind (als Nächstes|auf Platz \d+)/).waitFor();
  },
  TIMEOUT,
);
