import {
  closeCleanly,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
  type Visitor,
} from './support/browser.js';

// Leichte Sprache, a reading option of German pages where the API has texts in it: services
// (the API does not say which have, so it is always offered there) and announcements (those
// whose availableLanguages hold DE_LS).

const TIMEOUT = 90_000;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(visitor);
  visitor = undefined;
});

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

type Listed = { id: string; title: string; availableLanguages: string[] };

async function announcements(): Promise<Listed[]> {
  const { body } = await env.server.gql<{
    announcements: { edges: Array<{ node: Listed }> };
  }>('{ announcements(first: 50, lang: DE) { edges { node { id title availableLanguages } } } }');
  return body.data!.announcements.edges.map(({ node }) => node);
}

it(
  'shows a service in Leichte Sprache when a German reader presses the option, and keeps the choice',
  async () => {
    // Given a German reader on the passport's page
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;
    await page.goto('/search?q=reisepass');
    await page.getByRole('link', { name: 'Reisepass beantragen', exact: true }).click();
    await waitForHeading(page, /^Reisepass beantragen$/);
    const option = page.getByRole('button', { name: 'Leichte Sprache' });
    expect(await option.getAttribute('aria-pressed')).toBe('false');

    // When they press "Leichte Sprache"
    const easyRequest = page.waitForRequest((request) =>
      (request.postData() ?? '').includes('"lang":"DE_LS"'),
    );
    await option.click();

    // Then the API's easy texts show, the option pressed
    await easyRequest;
    await waitForHeading(page, /^Reise-Pass beantragen$/);
    expect(await option.getAttribute('aria-pressed')).toBe('true');
    // No note: Leichte Sprache is German, the page's language.
    expect(await page.locator('.untranslated-note').count()).toBe(0);

    // And the choice holds after a reload, until they press the option again
    await page.reload();
    await waitForHeading(page, /^Reise-Pass beantragen$/);
    await page.getByRole('button', { name: 'Leichte Sprache', pressed: true }).click();
    await waitForHeading(page, /^Reisepass beantragen$/);
  },
  TIMEOUT,
);

it(
  'offers Leichte Sprache on announcements that have it, and to German readers only',
  async () => {
    const listed = await announcements();
    const easy = listed.find((entry) => entry.availableLanguages.includes('DE_LS'));
    const plain = listed.find((entry) => !entry.availableLanguages.includes('DE_LS'));
    expect(easy && plain).toBeTruthy();

    // Given a German reader on an announcement with an easy version
    visitor = await openVisitor(env.browser, env.server.url);
    const { page } = visitor;
    await page.goto(`/announcements/${encodeURIComponent(easy!.id)}`);
    await waitForHeading(page, exactly(easy!.title));

    // When they press "Leichte Sprache", then it shows in Leichte Sprache
    await page.getByRole('button', { name: 'Leichte Sprache', pressed: false }).click();
    await waitForHeading(page, /^Wasser abkochen in Nord und Heide$/);

    // And an announcement without an easy version has no such option
    await page.goto(`/announcements/${encodeURIComponent(plain!.id)}`);
    await waitForHeading(page, exactly(plain!.title));
    await page.locator('.announcement p').first().waitFor();
    expect(await page.locator('.easy-language').count()).toBe(0);
    await closeCleanly(visitor);

    // And an English reader is not offered German, easy or not
    visitor = await openVisitor(env.browser, env.server.url, { locale: 'en-GB' });
    await visitor.page.goto(`/announcements/${encodeURIComponent(easy!.id)}`);
    await waitForHeading(visitor.page, /^Boil-water notice for the Nord and Heide districts$/);
    await visitor.page.locator('.announcement p').first().waitFor();
    expect(await visitor.page.locator('.easy-language').count()).toBe(0);
  },
  TIMEOUT,
);
