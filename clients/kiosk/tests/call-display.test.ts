import type { WebSocketRoute } from 'playwright-core';
import {
  closeCleanly,
  serverAndBrowser,
  type Visitor,
  shown,
} from '../../web/tests/support/browser.js';
import { waitUntil } from '../../../tests/support/wait.js';
import {
  clerkOf,
  demoOffice,
  mintKioskToken,
  openKiosk,
  type DemoOffice,
} from './support/kiosk.js';

const environment = serverAndBrowser();
let mitte: DemoOffice;
let clerk: Record<string, string>;
let counterId: string;
let display: Visitor | undefined;

beforeAll(async () => {
  const { server } = environment;
  mitte = await demoOffice(server, 'buergerbuero-mitte');
  clerk = await clerkOf(server, mitte);
  const { body } = await server.gql<{ counters: Array<{ id: string; name: string }> }>(
    'query($o: ID!) { counters(officeId: $o) { id name } }',
    { o: mitte.id },
    clerk,
  );
  counterId = body.data!.counters.find((counter) => counter.name === 'Schalter 2')!.id;
  await server.gql(
    'mutation($input: QueueCounterInput!) { openCounter(input: $input) { userErrors { code } } }',
    { input: { counterId } },
    clerk,
  );
});

afterEach(async () => {
  await closeCleanly(display);
  display = undefined;
});

/** A walk-in ticket drawn at a kiosk of the office; its number. */
async function drawTicket(): Promise<string> {
  const { server } = environment;
  const { token } = await mintKioskToken(server, mitte);
  const { body: services } = await server.gql<{
    services: { edges: Array<{ node: { id: string } }> };
  }>(
    'query($o: ID!) { services(officeId: $o, query: "Personalausweis", first: 1) { edges { node { id } } } }',
    {
      o: mitte.id,
    },
  );
  const { body } = await server.gql<{ drawTicket: { ticket: { number: string } | null } }>(
    'mutation($input: DrawTicketInput!) { drawTicket(input: $input) { ticket { number } } }',
    { input: { officeId: mitte.id, serviceId: services.data!.services.edges[0]!.node.id } },
    { authorization: `Bearer ${token}` },
  );
  return body.data!.drawTicket.ticket!.number;
}

/** The ticket called to Schalter 2 now, if any. */
let calledId: string | null = null;

/** The clerk at Schalter 2 finishes the ticket called there (if any) and calls the next one. */
async function callNext(): Promise<string> {
  const { server } = environment;
  if (calledId) {
    await server.gql(
      'mutation($input: TicketInput!) { finishTicket(input: $input) { userErrors { code } } }',
      { input: { ticketId: calledId } },
      clerk,
    );
  }
  const { body } = await server.gql<{
    callNextTicket: { ticket: { id: string; number: string } | null; userErrors: unknown[] };
  }>(
    'mutation($input: QueueCounterInput!) { callNextTicket(input: $input) { ticket { id number } userErrors { code } } }',
    { input: { counterId } },
    clerk,
  );
  const ticket = body.data?.callNextTicket.ticket;
  if (!ticket) throw new Error(`call next failed: ${JSON.stringify(body)}`);
  calledId = ticket.id;
  return ticket.number;
}

it('shows a clerk’s call at once, flashing, and catches up after its connection dropped', async () => {
  // Given the office's display, open and connected
  const { server, browser } = environment;
  display = await openKiosk(browser, server.url, null, { touch: false });
  const { page } = display;
  // The display's WebSocket passes through the test, which can cut it as a dead network would:
  // closed for the page and the server, and every new attempt refused until it is back.
  const sockets: WebSocketRoute[] = [];
  let cut = false;
  await page.routeWebSocket(/\/graphql$/, async (socket) => {
    if (cut) return socket.close({ code: 1012, reason: 'offline' });
    socket.connectToServer();
    sockets.push(socket);
  });
  await page.goto('/kiosk/board/buergerbuero-mitte');
  await page.getByRole('heading', { name: 'Aufruf – Bürgerbüro Mitte' }).waitFor();
  await page.getByText('Gerade wird niemand aufgerufen.').waitFor();
  const now = page.locator('.board__now');

  // When a clerk calls the next ticket over the API
  const first = await drawTicket();
  expect(await callNext()).toBe(first);

  // Then the display shows its number and counter without a reload, as a fresh call
  await now.getByText(first, { exact: true }).waitFor();
  await shown(now).toContain('Schalter 2');
  await page.locator('.board__call--fresh').filter({ hasText: first }).waitFor();

  // When its WebSocket drops and a call happens meanwhile
  cut = true;
  for (const socket of sockets.splice(0)) await socket.close({ code: 1012, reason: 'offline' });
  await page.getByText('Keine Verbindung zum Rathaus.').waitFor();
  const second = await drawTicket();
  expect(await callNext()).toBe(second);

  // (nothing reaches the page while it is cut; the next step is the positive control)
  await shown(now).toContain(first);

  // Then, back online, it reconnects by itself and shows the call it missed
  cut = false;
  await now.getByText(second, { exact: true }).waitFor({ timeout: 60_000 });
  await page.getByText('Keine Verbindung zum Rathaus.').waitFor({ state: 'detached' });
  await waitUntil(() => sockets.length > 0, 'display connected again');
  // And the earlier call is listed below, never with a name
  expect(await page.locator('.board').innerText()).not.toMatch(/Mustermann|@/);
}, 180_000);

it('shows the office’s notices in its ticker, and says so for an unknown office', async () => {
  const { server, browser } = environment;
  display = await openKiosk(browser, server.url, null, { touch: false });
  const { page } = display;
  await page.goto('/kiosk/board/buergerbuero-mitte?lang=ar');
  await page.getByRole('heading', { name: /النداء/ }).waitFor();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await page.getByRole('region', { name: 'إعلانات' }).waitFor();
  expect(await page.locator('.ticker__item').count()).toBeGreaterThan(0);

  await page.goto('/kiosk/board/no-such-office');
  await page
    .getByRole('heading', { name: 'Diese Dienststelle gibt es nicht.', exact: false })
    .waitFor();
}, 180_000);
