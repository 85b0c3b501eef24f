import {
  MOBILE,
  focused,
  openVisitor,
  tabTo,
  waitForHeading,
  type Visitor,
  closeCleanly,
  serverAndBrowser,
  waitForTitle,
  shown,
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

    // When they open the language menu with the keyboard (its button names the page's language)
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, /^button Deutsch$/);
    const toggle = page.locator('.language-switch__toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Then it lists the five languages, each named in itself, the current one marked
    const options = page.locator('.language-switch__list button');
    expect(await options.allInnerTexts()).toEqual([
      'Deutsch',
      'English',
      'Українська',
      'Türkçe',
      'العربية',
    ]);
    expect(
      await options.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang'))),
    ).toEqual(['de', 'en', 'uk', 'tr', 'ar']);
    await shown(page.locator('.language-switch__list [aria-current="true"]')).toBe('Deutsch');

    // When they choose English
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button English');
    const englishRequest = page.waitForRequest(
      (request) =>
        request.url().endsWith('/graphql') && request.headers()['accept-language'] === 'en-GB',
    );
    await page.keyboard.press('Enter');

    // Then the same page is in English: the client's texts and the API's
    await waitForHeading(page, /^Apply for a passport$/);
    await englishRequest;
    await shown(page.locator('main')).toMatch(/What to bring/);
    await shown(page.locator('main')).toMatch(/your current passport or identity card/);
    await shown(page.locator('nav.breadcrumbs')).toMatch(/ID cards and passports/);
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr', stored: 'en' });
    await waitForTitle(page, /^Apply for a passport – Musterstadt$/);
    // The menu is closed, the focus back on its button, which names English now.
    expect(await focused(page)).toBe('button English');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.language-switch__list').isHidden()).toBe(true);

    // And the choice holds after a reload and on other pages
    await page.goto('/');
    await waitForHeading(page, /^Musterstadt Town Hall$/);
    await page.locator('.category-list', { hasText: 'Housing and moving' }).waitFor();
    expect(await documentLanguage(page)).toMatchObject({ lang: 'en' });

    // And back to German
    await page.locator('.language-switch__toggle').click();
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
    await shown(page.locator('.error-summary')).toMatch(/There is a problem/);
    await shown(page.locator('#code-error')).toMatch(
      /We found no appointment with this booking code and email address/,
    );
  },
  TIMEOUT,
);

it(
  'switches to Ukrainian and to Arabic: the API texts in English, marked and explained, and right to left',
  async () => {
    // Given a German reader on a service page, on a phone
    visitor = await openVisitor(env.browser, env.server.url, { viewport: MOBILE });
    const { page } = visitor;
    await page.goto('/search?q=reisepass');
    await page.getByRole('link', { name: 'Reisepass beantragen', exact: true }).click();
    await waitForHeading(page, /^Reisepass beantragen$/);

    // When they choose Ukrainian in the menu
    const ukrainianRequest = page.waitForRequest(
      (request) =>
        request.url().endsWith('/graphql') &&
        request.headers()['accept-language'] === 'uk-UA,en;q=0.8',
    );
    await page.locator('.language-switch__toggle').click();
    await page.getByRole('button', { name: 'Українська' }).click();

    // Then the page is Ukrainian, the service's texts English (lang="en"), with a note saying so
    await page.getByRole('heading', { name: 'Що взяти з собою' }).waitFor();
    await waitForHeading(page, /^Apply for a passport$/);
    await ukrainianRequest;
    expect(await documentLanguage(page)).toEqual({ lang: 'uk', dir: 'ltr', stored: 'uk' });
    await shown(page.locator('h1 [lang="en"]')).toBe('Apply for a passport');
    await shown(page.locator('.untranslated-note')).toBe(
      'Деяких текстів на цій сторінці немає українською мовою. Їх показано англійською.',
    );
    await shown(page.locator('.language-switch__toggle')).toMatch(/Українська/);
    await waitForTitle(page, /^Apply for a passport – Musterstadt$/);

    // When they open the menu and close it again with Escape
    await page.locator('.language-switch__toggle').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.language-switch__list').isHidden()).toBe(true);
    expect(await focused(page)).toMatch(/^button Українська$/);

    // And choose Arabic
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'العربية' }).click();

    // Then the page runs right to left, in Arabic, the service still in English
    await page.getByRole('heading', { name: 'ما الذي تحضره معك' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl', stored: 'ar' });
    await shown(page.locator('.untranslated-note')).toMatch(/باللغة الإنجليزية/);
    // Times and numbers in Western digits, like the booking codes (see languages.ts)
    await shown(page.locator('.facts')).toMatch(/\d+ دقيقة/);
  },
  TIMEOUT,
);
