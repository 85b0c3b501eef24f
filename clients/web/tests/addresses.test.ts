import { readFile } from 'node:fs/promises';
import { createAccount, lastEmailTo } from '../../../tests/support/accounts.js';
import { routes } from '../src/lib/routes.js';
import { serverBrowserAndVisitor, waitForHeading } from './support/browser.js';
import { drawAtKiosk, nordQueue } from './support/queue.js';

// Every address of the web client answers 200 with its page, every other one 404 with the
// not-found page, and the links in Rathaus' e-mails open working pages.

const TIMEOUT = 90_000;

const env = serverBrowserAndVisitor(TIMEOUT);

/**
 * A path for a route pattern: a real service for `:serviceId`, a real ticket for `:ticketId`, a
 * made-up value for the others.
 */
async function pathOf(pattern: string): Promise<string> {
  const { body } = await env.server.gql<{ services: { edges: Array<{ node: { id: string } }> } }>(
    '{ services(first: 1) { edges { node { id } } } }',
  );
  const service = encodeURIComponent(body.data!.services.edges[0]!.node.id);
  let path = pattern.replace(':serviceId', service);
  if (path.includes(':ticketId')) {
    const ticket = await drawAtKiosk(env.server, await nordQueue(env.server));
    path = path.replace(':ticketId', encodeURIComponent(ticket.id));
  }
  return path.replace(/:[A-Za-z]+/g, 'some-id');
}

it(
  'answers 200 for each of the routes, and the build lists exactly those to the server',
  async () => {
    const built = JSON.parse(
      await readFile(new URL('../dist/routes.json', import.meta.url), 'utf8'),
    ) as string[];
    expect(built).toEqual(Object.values(routes));
    for (const pattern of Object.values(routes)) {
      const response = await env.server
        .http()
        .get(await pathOf(pattern))
        .set('accept', 'text/html');
      expect([pattern, response.status]).toEqual([pattern, 200]);
      expect(response.text).toContain('<div id="app">');
    }
    // A trailing slash and a query are the same page, as for the client's router.
    expect(
      (await env.server.http().get('/sign-in/?return=%2F').set('accept', 'text/html')).status,
    ).toBe(200);
  },
  TIMEOUT,
);

it(
  'answers 404 with the not-found page for an unknown address',
  async () => {
    const { page } = env.visitor;
    // A service that does not exist is no page either, however its address is made.
    const unknownService = encodeURIComponent(
      Buffer.from('Service:00000000-0000-4000-8000-000000000000').toString('base64'),
    );
    for (const path of [
      '/no/such/page',
      '/my-town-hall/appointments',
      '/sign-in/again',
      '/services/does-not-exist',
      `/services/${unknownService}`,
      `/services/${unknownService}/book/office`,
    ]) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 404]);
      await waitForHeading(page, /Seite nicht gefunden/);
    }
    // The server's own paths are not the client's: a calendar file that does not exist is 404
    // from the server, without the page.
    const calendar = await env.server.http().get('/appointments/not-a-token.ics');
    expect(calendar.status).toBe(404);
    expect(calendar.text).not.toContain('<div id="app">');
  },
  TIMEOUT,
);

it(
  'opens the sign-in page from the e-mail to someone who registers an address with an account',
  async () => {
    // Given an account, and someone registering its address again
    const account = await createAccount(env.server);
    await env.server.gql(
      `mutation($input: RegisterAccountInput!) { registerAccount(input: $input) { emailSent } }`,
      { input: { email: account.email, name: 'Someone' } },
    );
    const body = (await lastEmailTo(env.server, account.email))?.body ?? '';
    const link = /http:\/\/rathaus\.test(\/\S*)/.exec(body)?.[1];
    expect(link).toBe('/sign-in');

    // When its owner follows the link, a working sign-in page opens
    const { page } = env.visitor;
    const response = await page.goto(link as string);
    expect(response?.status()).toBe(200);
    await waitForHeading(page, /^Anmelden$/);
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(account.email);
    await page.getByLabel('Passwort', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await waitForHeading(page, /Nächstes Mal mit Fingerabdruck oder Gesicht anmelden/);
  },
  TIMEOUT,
);
