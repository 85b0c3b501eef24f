import type { Page } from 'playwright-core';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { waitUntil } from '../../../tests/support/wait.js';
import {
  accessibilityProblems,
  closeCleanly,
  DEMO_NOW,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  waitForTitle,
  type Visitor,
  shown,
} from './support/browser.js';
import { bookTodayAs, drawAtKiosk, nordClerk, nordQueue, type NordQueue } from './support/queue.js';

// The clerk's counter workstation (/staff/counter) on a Monday morning at Bürgerbüro Nord, and
// the phone of the citizen whose number she calls, in a browser of its own.

const TIMEOUT = 180_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let queue: NordQueue;
const others: Visitor[] = [];

beforeAll(async () => {
  queue = await nordQueue(env.server);
}, TIMEOUT);

afterEach(async () => {
  env.server.clock.set(DEMO_NOW);
  for (const visitor of others.splice(0)) await closeCleanly(visitor);
});

async function anotherBrowser(): Promise<Visitor> {
  const visitor = await openVisitor(env.browser, env.server.url);
  others.push(visitor);
  return visitor;
}

/** Signs the clerk in on the way to the workstation and takes her counter. */
async function atCounter(page: Page, name: string, counter: 'Schalter 1' | 'Schalter 2') {
  const clerk = await nordClerk(env.server, queue, name);
  await signInTo(page, clerk, '/staff/counter');
  await waitForHeading(page, /^Bürgerbüro Nord\s*Schalter$/);
  await page.getByLabel('Mein Schalter').selectOption({ label: counter });
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await waitForHeading(page, new RegExp(`Schalter: ${counter}$`));
  return clerk;
}

async function openMyCounter(page: Page, counter: string) {
  const heading = page.locator('#desk-heading');
  await heading.filter({ hasText: /ist (geöffnet|geschlossen)$/ }).waitFor();
  if ((await heading.innerText()).endsWith('geschlossen')) {
    await page.getByRole('button', { name: 'Schalter öffnen' }).click();
  }
  await heading.filter({ hasText: `${counter} ist geöffnet` }).waitFor();
}

/** The number called to the clerk's counter, once one is. */
async function calledNumber(page: Page): Promise<string> {
  const number = page.locator('.counter-desk__number');
  await number.waitFor();
  return (await number.innerText()).replace('Aufgerufen:', '').trim();
}

it(
  'calls the next number, which the citizen’s phone shows live; recall, done and no-show',
  async () => {
    // Given two citizens who drew numbers at the kiosk, one following hers on the phone
    const first = await drawAtKiosk(env.server, queue);
    const second = await drawAtKiosk(env.server, queue);
    const phone = (await anotherBrowser()).page;
    await phone.goto(`/tickets/${encodeURIComponent(first.id)}`);
    await waitForHeading(phone, /^Ihre Wartenummer$/);
    await phone.getByText('Sie sind als Nächstes an der Reihe.').waitFor();
    await waitForTitle(phone, new RegExp(`^Wartenummer ${first.number}`));

    // When a clerk takes Schalter 1 and opens it
    const { page } = env.visitor;
    await atCounter(page, 'Monika Schulz', 'Schalter 1');
    await openMyCounter(page, 'Schalter 1');
    await page.locator('.counter-glance').getByText('Schalter 1').waitFor();
    await page.getByRole('row', { name: new RegExp(first.number) }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // And calls the next number with the keyboard shortcut N
    await page.keyboard.press('n');

    // Then she has the first number, and the citizen's phone says where to go, without reload
    expect(await calledNumber(page)).toBe(first.number);
    await phone.getByText('Sie sind dran. Bitte gehen Sie zu Schalter 1.').waitFor();
    await waitForTitle(phone, new RegExp(`^${first.number}: Bitte zu Schalter 1`));

    // When she calls again, the count shows it, and so does the phone
    await page.getByRole('button', { name: 'Erneut aufrufen' }).click();
    await page.getByText('1 von höchstens 3 Mal').waitFor();
    await phone.getByText('Ihre Nummer wurde noch einmal aufgerufen.').waitFor();

    // And D marks it done: the phone says so, and the counter is free for the next
    await page.keyboard.press('d');
    await phone.getByText('Ihr Anliegen ist erledigt.').waitFor();
    await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();

    // The next citizen does not come
    await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).click();
    expect(await calledNumber(page)).toBe(second.number);
    await page.getByRole('button', { name: 'Nicht erschienen' }).click();
    await page.getByText('Zurzeit wartet niemand.').waitFor();
    const [row] = await env.server.orm.em
      .fork()
      .execute<Array<{ state: string }>>(
        `select state from queue_ticket where number = ? and office_id = ?`,
        [Number(second.number.split('-')[1]), officeUuid()],
      );
    expect(row?.state).toBe('NO_SHOW');

    // With nobody waiting, "call next" says so in words
    await page.keyboard.press('n');
    await page
      .getByRole('alert')
      .getByText('Niemand wartet auf ein Anliegen, das Ihr Schalter bearbeitet.')
      .waitFor();
  },
  TIMEOUT,
);

function officeUuid(): string {
  return fromGlobalId(queue.officeId)!.uuid;
}

it(
  'parks a number and calls it back from the list, and transfers one to another service',
  async () => {
    // Given a clerk at Schalter 1 and a citizen's number
    const { page } = env.visitor;
    await atCounter(page, 'Jana Keller', 'Schalter 1');
    await openMyCounter(page, 'Schalter 1');
    const parked = await drawAtKiosk(env.server, queue);
    await page.getByRole('row', { name: new RegExp(parked.number) }).waitFor();

    // When she calls it and sets it aside (a form to fill in)
    await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).click();
    expect(await calledNumber(page)).toBe(parked.number);
    await page.getByRole('button', { name: 'Zurückstellen' }).click();

    // Then the list shows it set aside, and she calls it back from there
    const row = page.getByRole('row', { name: new RegExp(parked.number) });
    await row.filter({ hasText: 'Zurückgestellt' }).waitFor();
    await row.getByRole('button', { name: `${parked.number} hierher aufrufen` }).click();
    expect(await calledNumber(page)).toBe(parked.number);

    // When she sends it to a service that Schalter 2 handles, but names her own counter
    const transfer = page.getByRole('group', { name: 'Weiterleiten' });
    await transfer.getByLabel('An Anliegen').selectOption({ label: queue.onlyAtCounter2.name });
    await transfer.getByLabel('An Schalter').selectOption({ label: 'Schalter 1' });
    await transfer.getByRole('button', { name: 'Weiterleiten' }).click();

    // Then the refusal stands next to the field, in words
    await transfer
      .locator('.kern-error')
      .getByText(/Kein Schalter dieses Standorts bearbeitet dieses Anliegen/)
      .waitFor();
    expect(
      await transfer
        .locator('[aria-invalid="true"]')
        .evaluateAll((nodes) => nodes.map((node) => node.id)),
    ).toEqual(['transfer-counter']);

    // And to any counter that handles it, the number waits for that service, no longer here
    await transfer.getByLabel('An Schalter').selectOption({ label: 'Jeder passende Schalter' });
    await transfer.getByRole('button', { name: 'Weiterleiten' }).click();
    await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
    await row
      .filter({ hasText: queue.onlyAtCounter2.name })
      .filter({ hasText: 'Wartet' })
      .waitFor();
  },
  TIMEOUT,
);

it(
  'gives two clerks different numbers, and tells the slower one in words',
  async () => {
    // Given two clerks at Schalter 1 and 2 (the second one's live connection can go quiet)
    const one = env.visitor.page;
    const two = (await anotherBrowser()).page;
    // The second clerk's page can be kept from reading the queue again (a slow connection).
    let quiet = false;
    const held: Array<() => Promise<void>> = [];
    await two.route('**/graphql', async (route) => {
      if (quiet && route.request().postDataJSON()?.operationName === 'CounterDesk') {
        held.push(() => route.continue());
      } else {
        await route.continue();
      }
    });
    await atCounter(one, 'Petra Lang', 'Schalter 1');
    await openMyCounter(one, 'Schalter 1');
    await atCounter(two, 'Ali Yilmaz', 'Schalter 2');
    await openMyCounter(two, 'Schalter 2');
    const a = await drawAtKiosk(env.server, queue);
    const b = await drawAtKiosk(env.server, queue);
    for (const page of [one, two]) {
      await page.getByRole('row', { name: new RegExp(b.number) }).waitFor();
    }

    // When both press "call next" at the same moment
    await Promise.all([one.keyboard.press('n'), two.keyboard.press('n')]);

    // Then each has a number, and not the same one
    const called = [await calledNumber(one), await calledNumber(two)];
    expect(new Set(called).size).toBe(2);
    expect(called.filter((number) => [a.number, b.number].includes(number))).not.toEqual([]);

    // When the second clerk calls another number while hers is not done
    const c = await drawAtKiosk(env.server, queue);
    const rowOf = (page: Page, number: string) =>
      page.getByRole('row', { name: new RegExp(number) });
    await rowOf(two, c.number)
      .getByRole('button', { name: `${c.number} hierher aufrufen` })
      .click();

    // Then she is told in words to finish hers first
    await two
      .getByRole('alert')
      .getByText(/An diesem Schalter ist noch eine Nummer aufgerufen/)
      .waitFor();

    // When both are done, and the first calls that number while the second's page is not told
    await one.keyboard.press('d');
    await two.keyboard.press('d');
    for (const page of [one, two]) {
      await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
    }
    quiet = true;
    await rowOf(one, c.number)
      .getByRole('button', { name: `${c.number} hierher aufrufen` })
      .click();
    expect(await calledNumber(one)).toBe(c.number);
    await rowOf(two, c.number)
      .getByRole('button', { name: `${c.number} hierher aufrufen` })
      .click();

    // Then the second clerk reads that a colleague was faster, and her list is read again
    await two
      .getByRole('alert')
      .getByText(/Eine Kollegin oder ein Kollege war schneller/)
      .waitFor();
    quiet = false;
    for (const release of held.splice(0)) await release();
    await rowOf(two, c.number).filter({ hasText: 'Aufgerufen an Schalter 1' }).waitFor();
    await one.keyboard.press('d');
    await one.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
  },
  TIMEOUT,
);

it(
  'shows the booking behind an appointment number and writes the read to the citizen’s log',
  async () => {
    // Given a citizen's own appointment this morning, checked in from her phone near its time
    const citizen = await createAccount(env.server, { name: 'Erika Mustermann' });
    const appointment = await bookTodayAs(
      env.server,
      queue,
      citizen,
      new Date(DEMO_NOW.getTime() + 60_000),
    );
    const near = new Date(
      Math.max(DEMO_NOW.getTime(), Date.parse(appointment.startsAt) - 20 * 60_000),
    );
    env.server.clock.set(near);
    const checkedIn = await env.server.gql<{ checkIn: { ticket: { number: string } | null } }>(
      `mutation($input: CheckInInput!) { checkIn(input: $input) { ticket { number } userErrors { code } } }`,
      { input: { appointmentId: appointment.id } },
      bearer(await signIn(env.server, citizen)),
    );
    expect(checkedIn.body.errors).toBeUndefined();
    const number = checkedIn.body.data!.checkIn.ticket!.number;

    // When a clerk calls it to her counter
    const { page } = env.visitor;
    const clerk = await atCounter(page, 'Sabine Roth', 'Schalter 2');
    await openMyCounter(page, 'Schalter 2');
    await page.getByRole('row', { name: new RegExp(number) }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(number) })
      .getByRole('button', { name: `${number} hierher aufrufen` })
      .click();

    // Then she sees the booking's name, contact and code, and that reading them is logged
    const details = page.locator('.counter-desk__appointment');
    await details.getByText(appointment.code).waitFor();
    await shown(details).toMatch(
      new RegExp(`Erika Mustermann[\\s\\S]*${citizen.email}[\\s\\S]*${appointment.code}`),
    );
    await details.getByText(/Datenzugriffsprotokoll/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // And the citizen's data access log has the read, with its reason
    let rows: Array<{ citizen_id: string; subject: string; reason: string }> = [];
    await waitUntil(async () => {
      rows = await env.server.orm.em
        .fork()
        .execute('select citizen_id, subject, reason from data_access_log where actor_id = ?', [
          clerk.id,
        ]);
      return rows.length > 0;
    }, 'the data access log entry');
    expect(rows).toEqual([
      {
        citizen_id: citizen.id,
        subject: `APPOINTMENT:${appointment.code}`,
        reason: 'HANDLING_APPOINTMENT',
      },
    ]);
    await page.getByRole('button', { name: 'Erledigt' }).click();
    await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
  },
  TIMEOUT,
);
