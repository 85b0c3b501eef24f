import type { Page, WebSocketRoute } from 'playwright-core';
import { lastEmailTo } from '../../../tests/support/accounts.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { waitUntil } from '../../../tests/support/wait.js';
import {
  messagingTown,
  send,
  startConversation,
  type Party,
} from '../../../tests/support/messaging.js';
import { sendAnswerReminders } from '../../../src/messaging/conversation-jobs.js';
import { conversationUrl } from '../../../src/resolvers/messaging/messaging.mapping.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  serverBrowserAndVisitor,
  waitForHeading,
  waitForTitle,
  signInTo,
  shown,
} from './support/browser.js';
import { demoBooking } from './support/booking.js';

// Live chat with an office: the citizen writes in the browser, a clerk answers through the API
// (as the staff workspace will), and the page follows live: answers, "the office is typing",
// "read by the office". Messages written without a connection are kept, sent once when it is
// back, and the thread resumes where it was, without gaps or duplicates.

const TIMEOUT = 180_000;

const env = serverBrowserAndVisitor(TIMEOUT);

afterEach(() => env.server.clock.set(DEMO_NOW));

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

async function officeName(officeId: string): Promise<string> {
  const { body } = await env.server.gql<{ node: { name: string } }>(
    'query($id: ID!) { node(id: $id) { ... on Office { name } } }',
    { id: officeId },
    { 'accept-language': 'de' },
  );
  return body.data!.node.name;
}

/** The conversation's messages as the database has them, in order. */
async function storedMessages(conversationId: string) {
  return env.server.orm.em
    .fork()
    .execute<Array<{ seq: number; body: string; author_role: string }>>(
      'select seq, body, author_role from message where conversation_id = ? order by seq',
      [uuidOf(conversationId)],
    );
}

async function conversationRow(conversationId: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ citizen_last_read_seq: number; office_last_read_seq: number }>>(
      'select citizen_last_read_seq, office_last_read_seq from conversation where id = ?',
      [uuidOf(conversationId)],
    );
  return rows[0];
}

/** The thread's messages as the page shows them: the text of each item, in order. */
function thread(page: Page): Promise<string[]> {
  return page.locator('.thread > li .thread__body').allInnerTexts();
}

/**
 * Chromium logs each request that failed for the cut connection; those are what the test
 * caused. Any other error of the page still fails the test.
 */
function forgiveCutConnection() {
  const errors = env.visitor.pageErrors;
  const rest = errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'));
  errors.splice(0, errors.length, ...rest);
}

async function gqlAs(party: Party, query: string, variables: Record<string, unknown>) {
  const { body } = await env.server.gql(query, variables, party.headers);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const MARK_READ = `mutation($input: MarkConversationReadInput!) {
  markConversationRead(input: $input) { userErrors { code } }
}`;
const CLOSE = `mutation($input: SetConversationStatusInput!) {
  setConversationStatus(input: $input) { userErrors { code } }
}`;
const TYPING = `mutation($input: ConversationInput!) {
  sendTypingIndicator(input: $input) { sent userErrors { code } }
}`;

it(
  'starts a conversation, and shows the clerk’s answer, typing and read receipt live',
  async () => {
    const { town, citizen, clerk } = await messagingTown(env.server);
    const office = await officeName(town.office);
    const { page } = env.visitor;

    // Given a signed-in citizen on "My conversations", reached from the header
    await signInTo(page, citizen.account, '/my-town-hall');
    await waitForHeading(page, /^Mein Rathaus$/);
    await page
      .locator('header')
      .getByRole('link', { name: /^Nachrichten/ })
      .click();
    await waitForHeading(page, /^Meine Nachrichten$/);
    await page.getByText('Sie haben noch keinem Amt geschrieben.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she sends the form empty, each field says what is missing
    await page.getByRole('link', { name: 'An ein Amt schreiben' }).click();
    await waitForHeading(page, /^An ein Amt schreiben$/);
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await shown(summary).toMatch(
      /Wählen Sie das Amt[\s\S]*Geben Sie einen Betreff ein[\s\S]*Geben Sie Ihre Nachricht ein/,
    );
    await shown(page.locator('#subject-error')).toMatch(/Betreff/);
    await waitForTitle(page, /^Fehler: /);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and with the office, a subject and a message it is sent
    await page.getByLabel(office, { exact: true }).check();
    await page.getByLabel('Betreff').fill('Frage zum Wohngeld');
    await page.getByLabel('Ihre Nachricht').fill('Welche Unterlagen brauche ich?');
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await waitForHeading(page, /Frage zum Wohngeld/);
    const conversationId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    expect(await storedMessages(conversationId)).toEqual([
      { seq: 1, body: 'Welche Unterlagen brauche ich?', author_role: 'CITIZEN' },
    ]);
    expect(await thread(page)).toEqual(['Welche Unterlagen brauche ich?']);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When the clerk starts typing (once the page follows the conversation live), the page says so
    await waitForSubscriptions(env.server.bus, 1, 5000, 'conversationEvent');
    await gqlAs(clerk, TYPING, { input: { conversationId } });
    await page.getByText('Das Amt schreibt gerade …').waitFor();

    // ... and the answer appears without a reload, announced politely, while she types on
    const reply = page.getByLabel('Ihre Antwort');
    await reply.click();
    await page.keyboard.type('Danke, ich komme');
    await send(env.server, clerk, conversationId, 'Bitte bringen Sie den Mietvertrag mit.');
    await page
      .locator('.thread__item--staff')
      .filter({ hasText: 'Bitte bringen Sie den Mietvertrag mit.' })
      .waitFor();
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: `Neue Antwort von ${office}: Bitte bringen Sie den Mietvertrag mit.` })
      .waitFor();
    // Her typing was not interrupted: the focus and the text stay where they were.
    expect(await reply.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type(' morgen.');
    expect(await reply.inputValue()).toBe('Danke, ich komme morgen.');
    await shown(page.locator('.thread__item--staff h3')).toMatch(
      new RegExp(`${office} \\(Herr Sachbearbeiter\\)`),
    );
    // The page is open: the answer counts as read.
    await waitUntil(
      async () => (await conversationRow(conversationId))?.citizen_last_read_seq === 2,
      'the citizen’s read up to the answer in the database',
      { timeoutMs: 20_000, intervalMs: 200 },
    );

    // Then what she wrote before the answer counts as read by the office; her next message
    // does once the clerk reads it
    const receipt = page.locator('.thread__item', { hasText: 'Vom Amt gelesen' });
    await receipt.filter({ hasText: 'Welche Unterlagen brauche ich?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .locator('.thread__item--citizen:not(.thread__item--pending)')
      .filter({ hasText: 'Danke, ich komme morgen.' })
      .waitFor();
    expect(await page.getByLabel('Ihre Antwort').inputValue()).toBe('');
    await gqlAs(clerk, MARK_READ, { input: { conversationId, seq: 3 } });
    await receipt.filter({ hasText: 'Danke, ich komme morgen.' }).waitFor();
    expect(await receipt.count()).toBe(1);

    // And a later answer shows in the header's badge and the list, until she reads it
    await page.getByRole('link', { name: 'Zurück' }).click();
    await waitForHeading(page, /^Meine Nachrichten$/);
    await send(env.server, clerk, conversationId, 'Und den Einkommensnachweis.');
    await page.locator('header').getByRole('link', { name: 'Mein Rathaus' }).click();
    await waitForHeading(page, /^Mein Rathaus$/);
    const badge = page
      .locator('header')
      .getByRole('link', { name: 'Nachrichten (1 ungelesene Nachricht)' });
    await badge.waitFor();
    await badge.click();
    await waitForHeading(page, /^Meine Nachrichten$/);
    await page.getByText('1 ungelesene Nachricht', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Frage zum Wohngeld' }).click();
    await waitForHeading(page, /Frage zum Wohngeld/);
    await page.locator('header').getByRole('link', { name: 'Nachrichten', exact: true }).waitFor();
    expect(await thread(page)).toEqual([
      'Welche Unterlagen brauche ich?',
      'Bitte bringen Sie den Mietvertrag mit.',
      'Danke, ich komme morgen.',
      'Und den Einkommensnachweis.',
    ]);
  },
  TIMEOUT,
);

it(
  'keeps what she writes without a connection, sends it once, and misses no answer',
  async () => {
    const { town, citizen, clerk } = await messagingTown(env.server);
    const conversation = await startConversation(env.server, citizen, town.office, 'Hallo?');
    const { page, context } = env.visitor;
    // The page's WebSocket passes through the test, which can cut it as a dead network would:
    // closed for the page and the server, and every new attempt refused until it is back.
    const sockets: WebSocketRoute[] = [];
    let cut = false;
    await page.routeWebSocket(/\/graphql$/, async (socket) => {
      if (cut) return socket.close({ code: 1012, reason: 'offline' });
      socket.connectToServer();
      sockets.push(socket);
    });
    await signInTo(page, citizen.account, `/conversations/${conversation.id}`);
    await waitForHeading(page, /Frage zum Antrag/);
    await send(env.server, clerk, conversation.id, 'Antwort 1');
    await page.locator('.thread__item--staff').filter({ hasText: 'Antwort 1' }).waitFor();
    expect(sockets.length).toBeGreaterThan(0);

    // Given the connection is gone: HTTP fails, and the WebSocket closes
    cut = true;
    await context.setOffline(true);
    for (const socket of sockets.splice(0)) await socket.close({ code: 1012, reason: 'offline' });

    // When she writes, and the clerk writes twice meanwhile
    await page.getByLabel('Ihre Antwort').fill('Geschrieben ohne Netz');
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    const pending = page.locator('.thread__item--pending');
    await pending
      .filter({ hasText: 'Geschrieben ohne Netz' })
      .getByText('Wird gesendet …')
      .waitFor();
    expect(await page.getByLabel('Ihre Antwort').inputValue()).toBe('');
    await page.getByText(/Keine Verbindung/).waitFor();
    await send(env.server, clerk, conversation.id, 'Antwort 2');
    await send(env.server, clerk, conversation.id, 'Antwort 3');
    expect((await storedMessages(conversation.id)).map((m) => m.body)).toEqual([
      'Hallo?',
      'Antwort 1',
      'Antwort 2',
      'Antwort 3',
    ]);

    // (nothing reaches the page while it is cut; the next step is the positive control)
    expect(await thread(page)).toEqual(['Hallo?', 'Antwort 1', 'Geschrieben ohne Netz']);

    // Then, once the connection is back, everything arrives once and in order
    cut = false;
    await context.setOffline(false);
    await page.locator('.thread__item--staff').filter({ hasText: 'Antwort 3' }).waitFor({
      timeout: 60_000,
    });
    await pending.waitFor({ state: 'detached', timeout: 60_000 });
    const stored = await storedMessages(conversation.id);
    expect(stored.filter((m) => m.body === 'Geschrieben ohne Netz')).toHaveLength(1);
    expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    await page.locator('.thread > li').nth(4).waitFor();
    expect(await thread(page)).toEqual(stored.map((m) => m.body));
    expect(await page.getByText('Wird gesendet …').count()).toBe(0);
    forgiveCutConnection();
  },
  TIMEOUT,
);

it(
  'keeps an unsent message across a reload, and a retry after a lost answer stores it once',
  async () => {
    const { town, citizen } = await messagingTown(env.server);
    const conversation = await startConversation(env.server, citizen, town.office, 'Hallo?');
    const { page } = env.visitor;
    await signInTo(page, citizen.account, `/conversations/${conversation.id}`);
    await waitForHeading(page, /Frage zum Antrag/);

    // Given sending fails: the first time before the server has it, then after (answer lost)
    let attempts = 0;
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'SendMessage') return route.fallback();
      attempts += 1;
      if (attempts === 1) return route.abort('internetdisconnected');
      if (attempts === 2) {
        await route.fetch();
        return route.abort('internetdisconnected');
      }
      return route.fallback();
    });

    // When she writes and reloads the page before it went out
    await page.getByLabel('Ihre Antwort').fill('Bitte um Rückruf');
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    await page.getByText('Wird gesendet …').waitFor();
    await page.reload();
    await waitForHeading(page, /Frage zum Antrag/);

    // Then it is still there, sent again with the same id, and stored and shown once
    await page.locator('.thread__item').filter({ hasText: 'Bitte um Rückruf' }).first().waitFor();
    await page
      .locator('.thread__item--citizen:not(.thread__item--pending)')
      .filter({ hasText: 'Bitte um Rückruf' })
      .waitFor({ timeout: 60_000 });
    expect(attempts).toBeGreaterThanOrEqual(2);
    await page.getByText('Wird gesendet …').waitFor({ state: 'detached', timeout: 60_000 });
    expect((await storedMessages(conversation.id)).map((m) => m.body)).toEqual([
      'Hallo?',
      'Bitte um Rückruf',
    ]);
    expect(await thread(page)).toEqual(['Hallo?', 'Bitte um Rückruf']);
    forgiveCutConnection();
  },
  TIMEOUT,
);

it(
  'opens the conversation from the link in the answer reminder',
  async () => {
    // Given an answer she has not read for 11 minutes, and its reminder e-mail
    const { town, citizen, clerk } = await messagingTown(env.server);
    const conversation = await startConversation(env.server, citizen, town.office);
    await send(env.server, clerk, conversation.id, 'Ihr Antrag ist vollständig.');
    env.server.clock.set(new Date(DEMO_NOW.getTime() + 11 * 60_000));
    await sendAnswerReminders({
      em: env.server.orm.em.fork(),
      clock: env.server.clock.now,
      settings: { townName: 'Musterstadt' },
      conversationUrl: (id) => conversationUrl(env.server.url, id),
    });
    const mail = await lastEmailTo(env.server, citizen.account.email);
    const link = /http:\/\/\S+\/conversations\/\S+/.exec(mail?.body ?? '')?.[0];
    expect(link).toBe(`${env.server.url}/conversations/${conversation.id}`);

    // When she follows it (signing in first), the conversation opens with the answer
    const { page } = env.visitor;
    await page.goto(link as string);
    await waitForHeading(page, /^Anmelden$/);
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(citizen.account.email);
    await page.getByLabel('Passwort', { exact: true }).fill(citizen.account.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('link', { name: 'Jetzt nicht' }).click();
    await waitForHeading(page, /Frage zum Antrag/);
    await page.getByText('Ihr Antrag ist vollständig.').waitFor();
    await waitForTitle(page, /^Frage zum Antrag – /);

    // And an address of a conversation that is not hers says so
    await page.goto(
      '/conversations/Q29udmVyc2F0aW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA==',
    );
    await waitForHeading(page, /Gespräch nicht gefunden/);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'shows the office’s out-of-office notice as a notice, and lists the conversation with its unread count',
  async () => {
    // Given an office that opens at 10:00, and a citizen writing to it at 08:00
    const { town, citizen, clerk } = await messagingTown(env.server, {
      hours: ['10:00', '12:00'],
    });
    const office = await officeName(town.office);
    const conversation = await startConversation(env.server, citizen, town.office, 'Guten Morgen!');
    const stored = await storedMessages(conversation.id);
    expect(stored.map((m) => m.author_role)).toEqual(['CITIZEN', 'SYSTEM']);

    // When she looks at her conversations
    const { page } = env.visitor;
    await signInTo(page, citizen.account, '/conversations');
    await waitForHeading(page, /^Meine Nachrichten$/);
    const item = page.locator('.conversation-list__item');
    await item.first().waitFor();
    await shown(item).toMatch(
      new RegExp(`Frage zum Antrag[\\s\\S]*${office}[\\s\\S]*1 ungelesene Nachricht`),
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // Then the conversation shows the notice as the office's automatic notice, not a clerk's
    await item.getByRole('link', { name: 'Frage zum Antrag' }).click();
    await waitForHeading(page, /Frage zum Antrag/);
    const notice = page.locator('.thread__item--system');
    await notice.waitFor();
    await shown(notice.locator('h3')).toMatch(new RegExp(`^Automatische Mitteilung von ${office}`));
    await shown(notice.locator('.thread__body')).toBe(stored[1]!.body);
    expect(await page.locator('.thread__item--staff').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And when the office closes it (once the page follows it live), the page says so at once
    await waitForSubscriptions(env.server.bus, 1, 5000, 'conversationEvent');
    await gqlAs(clerk, CLOSE, { input: { conversationId: conversation.id, closed: true } });
    await page.getByText('Dieses Gespräch ist abgeschlossen.', { exact: false }).waitFor();
  },
  TIMEOUT,
);

it(
  'writes to an office about one of her upcoming appointments there',
  async () => {
    // Given a citizen with an appointment at Bürgerbüro Nord
    const { citizen } = await messagingTown(env.server);
    const booking = await demoBooking(env.server, {
      email: citizen.account.email,
      name: citizen.account.name,
    });
    const { body } = await env.server.gql<{
      bookAppointment: { appointment: { id: string } | null; userErrors: unknown[] };
    }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } userErrors { code } } }',
      { input: booking },
      citizen.headers,
    );
    expect(body.data?.bookAppointment.userErrors).toEqual([]);
    const appointmentId = body.data?.bookAppointment.appointment?.id ?? '';

    // When she writes to that office, about that appointment
    const { page } = env.visitor;
    await signInTo(page, citizen.account, '/conversations/new');
    await waitForHeading(page, /^An ein Amt schreiben$/);
    await page.getByLabel('Bürgerbüro Nord', { exact: true }).check();
    await page
      .getByLabel(/^Personalausweis beantragen am Dienstag, 12\. Januar 2027 um 10:00 Uhr$/)
      .check();
    await page.getByLabel('Betreff').fill('Termin verschieben?');
    await page.getByLabel('Ihre Nachricht').fill('Kann ich eine Stunde später kommen?');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await waitForHeading(page, /Termin verschieben\?/);

    // Then the conversation is about it
    const rows = await env.server.orm.em
      .fork()
      .execute<Array<{ appointment_id: string | null }>>(
        'select appointment_id from conversation where citizen_id = ?',
        [citizen.account.id],
      );
    expect(rows).toEqual([{ appointment_id: uuidOf(appointmentId) }]);
  },
  TIMEOUT,
);
