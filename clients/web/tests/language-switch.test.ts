import {
  focused,
  openVisitor,
  tabTo,
  waitForHeading,
  type Visitor,
  closeCleanly,
  serverAndBrowser,
  waitForTitle,
} from './support/browser.js';

const TIMEOUT = 90_000;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor;

afterEach(() => closeCleanly(visitor));

function documentLanguage(visitorPage: Visitor['page']) {
  return visitorPage.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    stored: localStorage.getItem('rathaus.lang'),
  }));
}

it(
  'switches German to English with the keyboard: texts, API texts, lang and dir, and keeps it',
  async () => {
    // Given a German env.browser on a service page
    visitor = await openVisitor(env.browser, env.server.url, { locale: 'de-DE' });
    const { page } = visitor;
    await page.goto('/search?q=reisepass');
    await page.getByRole('link', { name: 'Reisepass beantragen', exact: true }).click();
    await waitForHeading(page, /^Reisepass beantragen$/);
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr', stored: null });

    // When they press the language button (named in its own language, marked as English)
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, /^button English$/);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    const englishRequest = page.waitForRequest(
      (request) =>
        request.url().endsWith('/graphql') && request.headers()['accept-language'] === 'en-GB',
    );
    await page.keyboard.press('Enter');

    // Then the same page is in English: the client's texts and the API's
    await waitForHeading(page, /^Apply for a passport$/);
    await englishRequest;
    expect(await page.locator('main').innerText()).toMatch(/What to bring/);
    expect(await page.locator('main').innerText()).toMatch(
      /your current passport or identity card/,
    );
    expect(await page.locator('nav.breadcrumbs').innerText()).toMatch(/ID cards and passports/);
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr', stored: 'en' });
    await waitForTitle(page, /^Apply for a passport – Musterstadt$/);
    // The focus stays where the citizen was, now on the button back to German.
    expect(await focused(page)).toBe('button Deutsch');
    expect(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('lang')).toBe('de');

    // And the choice holds after a reload and on other pages
    await page.goto('/');
    await waitForHeading(page, /^Musterstadt Town Hall$/);
    await page.locator('.category-list', { hasText: 'Housing and moving' }).waitFor();
    expect(await documentLanguage(page)).toMatchObject({ lang: 'en' });

    // And back to German
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await waitForHeading(page, /^Rathaus Musterstadt$/);
    await page.locator('.category-list', { hasText: 'Wohnen und Umzug' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr', stored: 'de' });
  },
  TIMEOUT,
);

it(
  'starts in English for a env.browser that asks for English, and shows API messages in English',
  async () => {
    visitor = await openVisitor(env.browser, env.server.url, { locale: 'en-GB' });
    const { page } = visitor;
    await page.goto('/appointment');
    await waitForHeading(page, /^View or cancel your appointment$/);
    expect(await documentLanguage(page)).toMatchObject({ lang: 'en', dir: 'ltr' });
    await page.getByLabel('Booking code').fill('ABCDEFGH');
    await page.getByLabel('Email address').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Show appointment' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').innerText()).toMatch(/There is a problem/);
    expect(await page.locator('#code-error').innerText()).toMatch(
      /We found no appointment with this booking code and email address/,
    );
  },
  TIMEOUT,
);
