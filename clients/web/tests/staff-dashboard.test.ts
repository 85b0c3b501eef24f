import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { startConversation } from '../../../tests/support/messaging.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  MOBILE,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';

// The office at a glance: the dashboard shows the figures of the rows behind it, follows
// bookings and conversations live, and draws its charts with a table beside them.

const TIMEOUT = 150_000;

const env = serverBrowserAndVisitor(TIMEOUT);

type Figures = {
  openConversations: number;
  awaitingAnswer: number;
  noticesInForce: number;
  today: { booked: number; checkedIn: number; noShows: number; cancelled: number };
};

async function nord(): Promise<string> {
  const { body } = await env.server.gql<{ offices: Array<{ id: string; name: string }> }>(
    '{ offices { id name } }',
  );
  return body.data!.offices.find((office) => office.name === 'Bürgerbüro Nord')!.id;
}

/** What the API counts for the office now, as the clerk may read it. */
async function figures(office: string, headers: Record<string, string>): Promise<Figures> {
  const { body } = await env.server.gql<{ officeDashboard: Figures }>(
    `query($officeId: ID!) { officeDashboard(officeId: $officeId) {
       openConversations awaitingAnswer noticesInForce
       today { booked checkedIn noShows cancelled } } }`,
    { officeId: office },
    headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.officeDashboard;
}

/** The free slots of the identity card at Bürgerbüro Nord later today. */
async function freeSlotToday(): Promise<string> {
  const booking = await demoBooking(env.server);
  const { body } = await env.server.gql<{
    freeSlots: Array<{ startsAt: string; available: number }>;
  }>(
    `query($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
       freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) { startsAt available } }`,
    {
      serviceId: booking.serviceId,
      officeId: booking.officeId,
      from: new Date(DEMO_NOW.getTime() + 60 * 60 * 1000).toISOString(),
      to: '2027-01-11T16:00:00.000Z',
    },
  );
  const slot = body.data?.freeSlots.find((free) => free.available > 0);
  if (!slot) throw new Error(`no free slot today: ${JSON.stringify(body)}`);
  return slot.startsAt;
}

/** The value of a figure of the dashboard, by its label. */
function figure(page: import('playwright-core').Page, label: string) {
  return page
    .locator('.dashboard__figure', {
      has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }),
    })
    .locator('dd');
}

it(
  'shows the figures of the office’s rows and follows a booking and a conversation live',
  async () => {
    const office = await nord();
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [fromGlobalId(office)!.uuid],
      name: 'Maria Schulz',
    });
    const clerkHeaders = bearer(await signIn(env.server, clerk));
    const before = await figures(office, clerkHeaders);
    const { page } = env.visitor;

    // Given the clerk on her office's dashboard
    await signInTo(page, clerk, '/staff/dashboard');
    await waitForHeading(page, /Überblick$/);
    await page.getByRole('heading', { name: 'Termine heute, Montag, 11. Januar 2027' }).waitFor();

    // Then it shows what the database counts
    await shown(figure(page, 'Gebucht')).toBe(String(before.today.booked));
    await shown(figure(page, 'Angemeldet')).toBe(String(before.today.checkedIn));
    await shown(figure(page, 'Nicht erschienen')).toBe(String(before.today.noShows));
    await shown(figure(page, 'Offene Anfragen')).toBe(String(before.openConversations));
    await shown(figure(page, 'Warten auf Antwort')).toBe(String(before.awaitingAnswer));
    await shown(figure(page, 'Meldungen in Kraft')).toBe(String(before.noticesInForce));

    // And the charts are drawn, each with its figures as a table
    expect(await page.locator('.day-chart canvas').count()).toBe(2);
    const appointments = page.locator('section', {
      has: page.getByRole('heading', { name: 'Termine der letzten 30 Tage' }),
    });
    await appointments.getByText('Zahlen als Tabelle zeigen').click();
    const table = appointments.getByRole('table');
    expect(await table.locator('tbody tr').count()).toBe(30);
    await shown(table.locator('tbody tr').first()).toMatch(
      new RegExp(`^Montag, 11\\. Januar\\s+${before.today.booked}\\s+${before.today.checkedIn}`),
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // When a citizen books a time today and another writes to the office
    await waitForSubscriptions(env.server.bus, 1, 20_000, 'counterTimeChanged');
    await waitForSubscriptions(env.server.bus, 1, 20_000, 'inboxEvent');
    await bookThroughApi(
      env.server,
      await demoBooking(env.server, { startsAt: await freeSlotToday() }),
    );
    const writer = await createAccount(env.server, { name: 'Bürgerin Berger' });
    const writerToken = await signIn(env.server, writer);
    await startConversation(
      env.server,
      { account: writer, token: writerToken, headers: bearer(writerToken) },
      office,
    );

    // Then the dashboard counts them without reloading, as the database does
    const after = await figures(office, clerkHeaders);
    expect(after.today.booked).toBe(before.today.booked + 1);
    expect(after.awaitingAnswer).toBe(before.awaitingAnswer + 1);
    await page
      .locator('.dashboard__figure', { has: page.locator('dt', { hasText: /^Gebucht$/ }) })
      .locator('dd', { hasText: new RegExp(`^${after.today.booked}$`) })
      .waitFor();
    await page
      .locator('.dashboard__figure', {
        has: page.locator('dt', { hasText: /^Warten auf Antwort$/ }),
      })
      .locator('dd', { hasText: new RegExp(`^${after.awaitingAnswer}$`) })
      .waitFor();
    await shown(figure(page, 'Längste Wartezeit')).toMatch(/^seit \d\d:\d\d Uhr$/);

    // On a phone too, without a violation
    await page.setViewportSize(MOBILE);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'shows a clerk nothing of an office she does not work for, even by its address',
  async () => {
    const office = await nord();
    const { body } = await env.server.gql<{ offices: Array<{ id: string }> }>('{ offices { id } }');
    const other = body.data!.offices.find((entry) => entry.id !== office)!.id;
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [fromGlobalId(office)!.uuid],
    });
    const { page } = env.visitor;
    await signInTo(page, clerk, `/staff/dashboard?office=${encodeURIComponent(other)}`);
    await waitForHeading(page, /Überblick$/);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('.dashboard__figure').count()).toBe(0);
    // Her own office's dashboard at the same address shows its figures (the positive control).
    await page.goto(`/staff/dashboard?office=${encodeURIComponent(office)}`);
    await page.locator('.dashboard__figure').first().waitFor();
  },
  TIMEOUT,
);
