import { createAccount, type TestAccount } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  waitForTitle,
  shown,
} from './support/browser.js';

// "My API keys" in my town hall: a citizen makes a key for her program (its secret shown once),
// the key works against /graphql, and once she revokes it (after a question) it is refused.

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

async function keysOf(account: TestAccount) {
  return env.server.orm.em
    .fork()
    .execute<Array<{ name: string; revoked: boolean }>>(
      'select name, revoked_at is not null as revoked from api_key where owner_id = ?',
      [account.id],
    );
}

/** What a program gets from /graphql with the key. */
function callWith(key: string) {
  return env.server
    .http()
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${key}`)
    .send({ query: '{ offices { name } me { id } }' });
}

it(
  'creates a key whose secret is shown once, which works until she revokes it after a question',
  async () => {
    // Given a signed-in citizen on her town hall page
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { page, context } = env.visitor;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInTo(page, account, '/my-town-hall');
    await waitForHeading(page, /^Mein Rathaus$/);

    // When she follows "API keys"
    await page.getByRole('link', { name: 'API-Schlüssel', exact: true }).click();
    await waitForHeading(page, /^Meine API-Schlüssel$/);
    await waitForTitle(page, /^Meine API-Schlüssel – /);
    expect(page.url()).toMatch(/\/my-town-hall\/api-keys$/);
    await page.getByText('Sie haben noch keinen API-Schlüssel.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and creates a key without saying what for, the field says what is missing
    const field = page.getByLabel('Wofür ist der Schlüssel?');
    await page.getByRole('button', { name: 'Schlüssel erstellen' }).click();
    await page
      .locator('.kern-error')
      .filter({ hasText: 'Geben Sie an, wofür der Schlüssel ist.' })
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await keysOf(account)).toEqual([]);

    // ... and with a name, the key is made and its secret shown, with the advice to keep it safe
    await field.fill('  Fahrplan-App ');
    await page.getByRole('button', { name: 'Schlüssel erstellen' }).click();
    await page
      .getByRole('heading', { name: 'Ihr neuer Schlüssel „Fahrplan-App“' })
      .waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await page.getByText('Der Schlüssel wird nur dieses eine Mal angezeigt.').waitFor();
    const key = await page.getByLabel('API-Schlüssel', { exact: true }).inputValue();
    expect(key).toMatch(/^rh_key_\S{20,}$/);
    expect(await keysOf(account)).toEqual([{ name: 'Fahrplan-App', revoked: false }]);
    const item = page.locator('.device-list__item', { hasText: 'Fahrplan-App' });
    await item.getByText('Noch nie verwendet').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and copies it with the button
    await page.getByRole('button', { name: 'Schlüssel kopieren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Der Schlüssel ist in der Zwischenablage.' })
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // Then her program reads public data with it (and no personal data)
    const used = await callWith(key);
    expect(used.status).toBe(200);
    expect(used.body.data.offices.length).toBeGreaterThan(0);
    expect(used.body.data.me).toBeNull();
    expect(used.body.extensions.cost).toMatchObject({ limit: 10_000 });

    // When she comes back, the secret is not shown again, and the key was used
    await page.reload();
    await waitForHeading(page, /^Meine API-Schlüssel$/);
    await item.getByText('Zuletzt verwendet: ').waitFor();
    expect(await page.content()).not.toContain(key);
    await shown(item).toContain(`Beginnt mit ${key.slice(0, 13)}`);

    // When she asks to revoke it, the page asks first; "cancel" keeps it
    await item.getByRole('button', { name: 'Widerrufen: Fahrplan-App' }).click();
    await item.getByText('Möchten Sie den Schlüssel „Fahrplan-App“ wirklich widerrufen?').waitFor();
    await page.waitForFunction(() =>
      document.activeElement?.textContent?.startsWith('Möchten Sie den Schlüssel'),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await item.getByRole('button', { name: 'Abbrechen' }).click();
    await item.getByRole('button', { name: 'Widerrufen: Fahrplan-App' }).waitFor();
    expect(await keysOf(account)).toEqual([{ name: 'Fahrplan-App', revoked: false }]);

    // Then confirming revokes it: the page says so and the key is refused from now on
    await item.getByRole('button', { name: 'Widerrufen: Fahrplan-App' }).click();
    await page.getByRole('button', { name: 'Ja, Schlüssel widerrufen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Der Schlüssel „Fahrplan-App“ ist widerrufen.' })
      .waitFor();
    await item.locator('.status-tag', { hasText: /^Widerrufen: \d/ }).waitFor();
    expect(await item.getByRole('button').count()).toBe(0);
    expect(await keysOf(account)).toEqual([{ name: 'Fahrplan-App', revoked: true }]);
    const refused = await callWith(key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'shows the page in English, with the key texts of its own catalogue',
  async () => {
    const account = await createAccount(env.server, { name: 'Jane Doe' });
    const { page } = env.visitor;
    await signInTo(page, account, '/my-town-hall');
    await waitForHeading(page, /^Mein Rathaus$/);
    await page.evaluate(() => localStorage.setItem('rathaus.lang', 'en'));
    await page.goto('/my-town-hall/api-keys');
    await waitForHeading(page, /^My API keys$/);
    await page.getByText('You have no API key yet.').waitFor();
    await page.getByLabel('What is the key for?').fill('Timetable app');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByRole('heading', { name: 'Your new key “Timetable app”' }).waitFor();
    await page.getByText('The key is shown this once only.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
