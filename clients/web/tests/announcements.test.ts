import { Role } from '../../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { createPublished } from '../../../tests/support/announcements.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import {
  axeViolations,
  MOBILE,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// The town's announcements in the web client: the list, one announcement at the address the API
// and the feeds link to, urgent warnings on the start page, and the "show more" paging that the
// announcements share with the service search.

const TIMEOUT = 90_000;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor;

afterEach(async () => {
  if (!visitor) return;
  const { foreignRequests, pageErrors } = visitor;
  await visitor.close();
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

type Listed = {
  announcements: {
    totalCount: number;
    edges: Array<{ node: { id: string; title: string; url: string; emergency: boolean } }>;
  };
};

async function listed(lang: 'DE' | 'EN') {
  const { body } = await env.server.gql<Listed>(
    'query($lang: Language) { announcements(first: 50, lang: $lang) { totalCount edges { node { id title url emergency } } } }',
    { lang },
  );
  return body.data!.announcements;
}

it(
  'lists the announcements, emergencies first, and opens one at the address the API gives',
  async () => {
    const expected = await listed('DE');
    expect(expected.totalCount).toBeGreaterThan(3);
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;

    await page.goto('/');
    await page.locator('.site-footer a', { hasText: 'Aktuelle Meldungen' }).click();
    await waitForHeading(page, /Aktuelle Meldungen aus Musterstadt/);
    // The heading shows before the list has arrived: wait for its last entry.
    const firstPage = expected.edges.slice(0, 20).map(({ node }) => node.title);
    const links = page.locator('.result-list__title a');
    await links.nth(firstPage.length - 1).waitFor();
    expect(await links.allInnerTexts()).toEqual(firstPage);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.result-list__title a').first().click();
    const first = expected.edges[0]!.node;
    expect(first.emergency).toBe(true);
    await waitForHeading(page, new RegExp(first.title));
    await page.locator('.announcement p').first().waitFor();
    await shown(page.locator('.announcement-item__badge')).toMatch(/Dringende Warnung/);
    expect(await axeViolations(page)).toEqual([]);

    // Every announcement's url (also the feeds' links) is a page of the web client.
    for (const { node } of expected.edges.slice(1, 4)) {
      await page.goto(new URL(node.url).pathname);
      await waitForHeading(page, new RegExp(node.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  },
  TIMEOUT,
);

it(
  'shows English texts in English, and an address that is no announcement as not found',
  async () => {
    const expected = await listed('EN');
    visitor = await openVisitor(env.browser, env.server.url, { locale: 'en-GB', viewport: MOBILE });
    const { page } = visitor;

    await page.goto('/announcements');
    await waitForHeading(page, /News and notices from Musterstadt/);
    await shown(page.locator('.result-list__title a').first()).toBe(expected.edges[0]!.node.title);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto('/announcements/not-an-announcement');
    await waitForHeading(page, /Page not found/);
  },
  TIMEOUT,
);

it(
  'warns on the start page of what is urgent, linking to its text',
  async () => {
    const emergencies = (await listed('DE')).edges.filter(({ node }) => node.emergency);
    expect(emergencies.length).toBeGreaterThan(0);
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;

    await page.goto('/');
    const warning = page.locator('.emergency-notices');
    await warning.waitFor();
    await shown(warning.locator('h2')).toBe('Dringende Warnung');
    expect(await warning.locator('a').allInnerTexts()).toEqual(
      emergencies.map(({ node }) => node.title),
    );
    await warning.locator('a').first().click();
    await waitForHeading(page, new RegExp(emergencies[0]!.node.title));
  },
  TIMEOUT,
);

it(
  'grows a list page by page with "show more", the focus on the first new item',
  async () => {
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;

    // Every service (about a hundred): the service search shares the announcements' paging.
    await page.goto('/search');
    const links = page.locator('.result-list__title a');
    await links.nth(19).waitFor();
    expect(await links.count()).toBe(20);
    await page.locator('main button', { hasText: 'Weitere Leistungen anzeigen' }).click();
    await links.nth(39).waitFor();
    expect(await links.count()).toBe(40);
    await page.waitForFunction(
      () => document.activeElement === document.querySelectorAll('.result-list__title a')[20],
    );
  },
  TIMEOUT,
);

it(
  'shows an emergency published while a page is open on that page at once, and nothing else',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.CITIZEN, Role.ADMIN] });
    const headers = bearer(await signIn(env.server, admin));
    visitor = await openVisitor(env.browser, env.server.url, { viewport: MOBILE });
    const { page } = visitor;

    // Given a citizen reading a service's page, with the live connection open
    const subscribed = page.waitForEvent('websocket').then(
      (socket) =>
        new Promise<void>((resolve) =>
          socket.on('framesent', ({ payload }) => {
            if (String(payload).includes('"operationName":"AnnouncementPublished"')) resolve();
          }),
        ),
    );
    await page.goto('/search?q=hund');
    await page.locator('.result-list a').first().click();
    await page.locator('.facts').waitFor();
    await subscribed;
    await waitForSubscriptions(env.server.bus, 1, 5000, 'announcementPublished');
    const region = page.locator('.emergency-notices__region');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const before = await region.locator('li').count();

    // When the town publishes news and then an emergency, town-wide
    const news = await createPublished(env.server, headers, { title: { de: 'Neue Bücherei' } });
    const emergency = await createPublished(env.server, headers, {
      severity: 'EMERGENCY',
      category: 'WARNING',
      title: { de: 'Abkochgebot für Trinkwasser in der Altstadt' },
    });

    // Then the emergency appears on the open page, first, linking to its text; the news does not
    const first = region.locator('li').first();
    await first.getByText('Abkochgebot für Trinkwasser in der Altstadt').waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe(
      `/announcements/${encodeURIComponent(emergency.id)}`,
    );
    expect(await region.locator('li').count()).toBe(before + 1);
    expect(await region.innerText()).not.toContain(news.title);
    expect(await axeViolations(page)).toEqual([]);
  },
  TIMEOUT,
);
