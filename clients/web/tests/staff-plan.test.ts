import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { issueKioskToken } from '../../../src/accounts/credentials.service.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  accessibilityProblems,
  MOBILE,
  serverBrowserAndVisitor,
  waitForHeading,
  signInTo,
  shown,
} from './support/browser.js';

// The clerk's appointment plan in the staff workspace: her office's day and week, live, and
// nothing of offices she does not work for; citizens and visitors do not get in.

const TIMEOUT = 120_000;

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

it(
  'shows a clerk her office’s day, follows a booking and a cancellation live, and the week',
  async () => {
    const { nord } = await officeIds();
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [fromGlobalId(nord)!.uuid],
      name: 'Maria Schulz',
    });
    const { page } = env.visitor;

    // Given a clerk of Bürgerbüro Nord who signs in on the way to the staff workspace
    await signInTo(page, clerk, '/staff');
    await waitForHeading(page, /Terminplan$/);
    expect(await page.locator('header').getByRole('link', { name: 'Arbeitsbereich' }).count()).toBe(
      1,
    );
    expect(await page.getByLabel('Standort').inputValue()).toBe(nord);
    await page.getByRole('heading', { name: 'Montag, 11. Januar 2027' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she looks at tomorrow, and a citizen books a time then
    await page.getByRole('link', { name: 'Nächster Tag' }).click();
    const tuesday = page.locator('section', {
      has: page.getByRole('heading', { name: 'Dienstag, 12. Januar 2027' }),
    });
    await tuesday.waitFor();
    await waitForSubscriptions(env.server.bus, 1, 10_000, 'counterTimeChanged');
    const booking = await demoBooking(env.server, { name: 'Erika Mustermann' });
    const { code } = await bookThroughApi(env.server, booking);

    // Then the booking appears without reloading, with the citizen's name and booking code
    const row = tuesday.locator('tr', { hasText: code });
    await row.waitFor();
    await shown(row).toMatch(
      /10:00–10:20[\s\S]*Personalausweis beantragen[\s\S]*Erika Mustermann[\s\S]*Gebucht/,
    );
    await page.locator('[aria-live="polite"]', { hasText: 'Der Plan ist aktualisiert' }).waitFor();

    // And when it is cancelled, it stays in the plan as cancelled
    await env.server.gql(
      `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }`,
      { input: { code, email: booking.email } },
    );
    await row.filter({ hasText: 'Abgesagt' }).waitFor();

    // The week view shows Monday to Sunday, on a phone too
    await page.getByRole('link', { name: 'Ganze Woche anzeigen' }).click();
    await page.getByRole('heading', { name: 'Sonntag, 17. Januar 2027' }).waitFor();
    expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(7);
    await page.setViewportSize(MOBILE);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'shows by counter where today’s appointments stand: checked in at the kiosk, then served, live',
  async () => {
    // Given a clerk of Bürgerbüro Nord looking at today's plan, and an appointment at 08:40
    const { nord } = await officeIds();
    const officeId = fromGlobalId(nord)!.uuid;
    const clerk = await createAccount(env.server, { roles: [Role.STAFF], officeIds: [officeId] });
    const { code } = await bookThroughApi(
      env.server,
      await demoBooking(env.server, { startsAt: '2027-01-11T07:40:00.000Z' }),
    );
    const { page } = env.visitor;
    await signInTo(page, clerk, '/staff');
    const row = page.locator('tr', { hasText: code });
    await row.filter({ hasText: 'Gebucht' }).waitFor();
    await shown(row).toMatch(/08:40–09:00\s+Schalter \d/);
    await waitForSubscriptions(env.server.bus, 1, 10_000, 'queueChanged');

    // When the citizen checks in at the lobby kiosk
    const { token } = await issueKioskToken(
      { em: env.server.orm.em.fork() },
      { officeId, name: 'Foyer' },
    );
    const checkIn = await env.server.gql<{
      checkIn: { ticket: { id: string; number: string } | null };
    }>(
      'mutation($input: CheckInInput!) { checkIn(input: $input) { ticket { id number } userErrors { code } } }',
      { input: { code } },
      bearer(token),
    );
    const ticket = checkIn.body.data!.checkIn.ticket!;

    // Then the plan shows it checked in with its ticket number, without a reload
    await row.filter({ hasText: `Eingecheckt (${ticket.number})` }).waitFor();

    // And once a clerk has called and served it, as done
    const clerkHeaders = bearer(await signIn(env.server, clerk));
    const { body } = await env.server.gql<{ counters: Array<{ id: string }> }>(
      'query($o: ID!) { counters(officeId: $o) { id } }',
      { o: nord },
      clerkHeaders,
    );
    const act = (operation: string, input: Record<string, string>) =>
      env.server.gql(
        `mutation($input: ${operation === 'finishTicket' ? 'TicketInput' : 'QueueCounterInput'}!) { ${operation}(input: $input) { userErrors { code } } }`,
        { input },
        clerkHeaders,
      );
    for (const counter of body.data!.counters) await act('openCounter', { counterId: counter.id });
    for (const counter of body.data!.counters)
      await act('callNextTicket', { counterId: counter.id });
    await act('finishTicket', { ticketId: ticket.id });
    await row.filter({ hasText: `Erledigt (${ticket.number})` }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'shows a clerk nothing of an office she does not work for, even by its address',
  async () => {
    const { nord, other } = await officeIds();
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [fromGlobalId(nord)!.uuid],
    });
    const { page } = env.visitor;
    await signInTo(page, clerk, `/staff?office=${encodeURIComponent(other)}&day=2027-01-12`);
    await waitForHeading(page, /Terminplan$/);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('table').count()).toBe(0);
    // Her own office at the same address shows its plan (the positive control).
    await page.goto(`/staff?office=${encodeURIComponent(nord)}&day=2027-01-12`);
    await page.getByRole('heading', { name: 'Dienstag, 12. Januar 2027' }).waitFor();
  },
  TIMEOUT,
);

it(
  'tells a citizen the workspace is not hers, and sends a visitor to sign in',
  async () => {
    const { page } = env.visitor;
    await page.goto('/staff');
    await waitForHeading(page, /^Anmelden$/);
    expect(new URL(page.url()).searchParams.get('return')).toBe('/staff');

    const citizen = await createAccount(env.server);
    await signInTo(page, citizen, '/staff');
    await waitForHeading(page, /^Kein Zugang zum Arbeitsbereich$/);
    expect(await page.locator('header').getByRole('link', { name: 'Arbeitsbereich' }).count()).toBe(
      0,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
