import { createAccount, type TestAccount } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  closeCleanly,
  headingHasFocus,
  openVisitor,
  waitForHeading,
  waitForTitle,
  type Visitor,
  signInWithPassword,
  shown,
} from './support/browser.js';
import { addVirtualAuthenticator, localhostServerAndBrowser } from './support/passkeys.js';

// "My devices": the citizen's passkeys (rename, remove after a confirmation) and the devices
// signed in to her account, each other one with "sign out this device".

const TIMEOUT = 120_000;

const env = localhostServerAndBrowser(TIMEOUT);
const visitors: Visitor[] = [];

async function visitor(): Promise<Visitor> {
  const opened = await openVisitor(env.browser, env.url);
  visitors.push(opened);
  return opened;
}

afterEach(async () => {
  for (const opened of visitors.splice(0)) await closeCleanly(opened);
});

async function passkeysOf(account: TestAccount) {
  return env.server.orm.em
    .fork()
    .execute<Array<{ name: string; created_at: string }>>(
      'select name, created_at from passkey where account_id = ?',
      [account.id],
    );
}

async function liveSessionsOf(account: TestAccount) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ count: number }>>(
      'select count(*)::int as count from session where account_id = ? and revoked_at is null',
      [account.id],
    );
  return rows[0]?.count;
}

/** "3. Dezember 2026, 14:15 Uhr": how the page tells a moment, in the town's time zone. */
function inBerlin(instant: Date | string | undefined): string {
  if (!instant) throw new Error('no moment to format');
  const day = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
  const time = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return `${day}, ${time} Uhr`.replace(/\./g, '\\.');
}

it(
  'lists her passkey, renames it (the name is checked at its field) and removes it after asking',
  async () => {
    // Given a citizen who signs in with her password and sets up a passkey on the way
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { page } = await visitor();
    await addVirtualAuthenticator(page);
    await page.goto('/my-town-hall/devices');
    await signInWithPassword(page, account);
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
    await page.getByRole('button', { name: 'Passkey einrichten' }).click();
    await waitForHeading(page, /Ihr Passkey ist eingerichtet/);
    await page.getByRole('link', { name: 'Weiter' }).click();

    // Then "My devices" shows it: when it was set up, never used yet, kept on one device
    await waitForHeading(page, /^Meine Geräte$/);
    await waitForTitle(page, /^Meine Geräte – /);
    const passkeys = page.locator('section', { hasText: 'Ihre Passkeys' });
    const item = passkeys.locator('.device-list__item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    const [stored] = await passkeysOf(account);
    await shown(item.locator('h3')).toBe(stored!.name);
    await shown(item).toMatch(
      new RegExp(
        `Eingerichtet: ${inBerlin(stored?.created_at)}[\\s\\S]*` +
          'Noch nie zum Anmelden verwendet[\\s\\S]*Nur auf einem Gerät gespeichert',
      ),
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she renames it to nothing, the field says what is missing and nothing is saved
    await item.getByRole('button', { name: /^Umbenennen: / }).click();
    const field = page.getByLabel('Neuer Name des Passkeys');
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await field.fill('   ');
    await page.getByRole('button', { name: 'Namen speichern' }).click();
    await item
      .locator('.kern-error')
      .filter({ hasText: 'Geben Sie einen Namen für den Passkey ein.' })
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await passkeysOf(account)).map((row) => row.name)).toEqual([stored?.name]);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and with a name, it is saved and the page says so
    await field.fill('  Laptop im Büro ');
    await page.getByRole('button', { name: 'Namen speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Der Passkey heißt jetzt „Laptop im Büro“.' })
      .waitFor();
    await item.locator('h3', { hasText: 'Laptop im Büro' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Laptop im Büro');
    expect((await passkeysOf(account)).map((row) => row.name)).toEqual(['Laptop im Büro']);

    // When she asks to remove it, the page asks first; "cancel" keeps it
    await item.getByRole('button', { name: 'Entfernen: Laptop im Büro' }).click();
    const question = item.getByText('Möchten Sie den Passkey „Laptop im Büro“ wirklich entfernen?');
    await question.waitFor();
    await page.waitForFunction(() =>
      document.activeElement?.textContent?.startsWith('Möchten Sie den Passkey'),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await item.getByRole('button', { name: 'Abbrechen' }).click();
    await item.getByRole('button', { name: 'Entfernen: Laptop im Büro' }).waitFor();
    expect((await passkeysOf(account)).map((row) => row.name)).toEqual(['Laptop im Büro']);

    // Then confirming removes it
    await item.getByRole('button', { name: 'Entfernen: Laptop im Büro' }).click();
    await page.getByRole('button', { name: 'Ja, Passkey entfernen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Der Passkey „Laptop im Büro“ ist entfernt.' })
      .waitFor();
    await passkeys.getByText('Sie haben noch keinen Passkey.').waitFor();
    expect(await passkeysOf(account)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'signs out her other browser from the first one, which then finds itself signed out',
  async () => {
    // Given the same citizen signed in in two browsers (neither wants a passkey now)
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const first = await visitor();
    const second = await visitor();
    for (const { page } of [second, first]) {
      await page.goto('/my-town-hall');
      await signInWithPassword(page, account);
      await page.getByRole('link', { name: 'Jetzt nicht' }).click();
      await waitForHeading(page, /^Mein Rathaus$/);
    }
    expect(await liveSessionsOf(account)).toBe(2);

    // When she opens "My devices" in the first one
    const { page } = first;
    await page.getByRole('link', { name: /^Meine Geräte/ }).click();
    await waitForHeading(page, /^Meine Geräte$/);
    expect(await headingHasFocus(page)).toBe(true);
    const sessions = page.locator('section', { hasText: 'Angemeldete Geräte' });
    const items = sessions.locator('.device-list__item');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);

    // Then both are named in plain words, and only the other one can be signed out here
    const marked = page.locator('.device-list__current', { hasText: 'Dieses Gerät' });
    const current = items.filter({ has: marked });
    const other = items.filter({ hasNot: marked });
    expect(await current.count()).toBe(1);
    await shown(current.locator('h3')).toBe('Chrome auf Linux');
    await shown(current).toMatch(
      /Angemeldet im Browser[\s\S]*Zuletzt aktiv: 11\. Januar 2027, 08:00 Uhr/,
    );
    expect(await current.getByRole('button').count()).toBe(0);
    await shown(other.locator('h3')).toBe('Chrome auf Linux');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she signs the other one out
    await other.getByRole('button', { name: 'Dieses Gerät abmelden: Chrome auf Linux' }).click();

    // Then the page says so and lists this device only; the session has ended
    await page
      .getByRole('status')
      .filter({ hasText: 'Chrome auf Linux ist abgemeldet.' })
      .waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.device-list__item').length === 1);
    expect(await items.filter({ has: marked }).count()).toBe(1);
    expect(await liveSessionsOf(account)).toBe(1);

    // ... and the second browser's open page, at its next request, sends her to sign in
    await second.page.getByRole('link', { name: /^Meine Geräte/ }).click();
    await waitForHeading(second.page, /^Anmelden$/);
    await second.page.locator('header').getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(new URL(second.page.url()).search).toBe('?return=%2Fmy-town-hall%2Fdevices');
    // ... while the first one is still signed in.
    await page.reload();
    await waitForHeading(page, /^Meine Geräte$/);
    await page.locator('header').getByText('Angemeldet als Erika Mustermann').waitFor();
  },
  TIMEOUT,
);
