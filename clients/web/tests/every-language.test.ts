import { readFile } from 'node:fs/promises';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright-core';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { closeCleanly, openVisitor, serverAndBrowser, type Visitor } from './support/browser.js';
import { parkingPermit, submittedThroughApi } from './support/applications.js';
import { demoBooking } from './support/booking.js';
import { drawAtKiosk, nordQueue } from './support/queue.js';

// Every route of the client (src/lib/routes.ts) in each of the five languages: the page's own
// heading from its catalogue, `lang` and `dir` on the document, no catalogue key shown instead
// of a text, and no console error (a message that fails to format logs one).

const TIMEOUT = 240_000;
const TOWN = 'Musterstadt';

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(visitor);
  visitor = undefined;
});

type Catalogue = Record<string, string>;

async function catalogue(lang: string): Promise<Catalogue> {
  const file = new URL(`../src/i18n/${lang}.json`, import.meta.url);
  return JSON.parse(await readFile(file, 'utf8'));
}

/** The browsers' languages that choose each of the client's languages on a first visit. */
const LANGUAGES = [
  { lang: 'de', browser: 'de-DE', dir: 'ltr' },
  { lang: 'en', browser: 'en-GB', dir: 'ltr' },
  { lang: 'uk', browser: 'uk-UA', dir: 'ltr' },
  { lang: 'tr', browser: 'tr-TR', dir: 'ltr' },
  { lang: 'ar', browser: 'ar-SY', dir: 'rtl' },
] as const;

type Stop = {
  path: string;
  /** The h1's catalogue key (with its values), or null where the h1 is the API's text. */
  heading: [string, Record<string, string>?] | null;
};

/** Without the bidi isolates that right-to-left pages put around values. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '').trim();

/**
 * Shows the stop's page: loaded anew where `load` says so, else through the client's own router
 * (as a link would, a page load in each of some 175 stops cost most of this test's time).
 * The new page counts once its heading has changed, or, where two stops in a row share their
 * heading, at once.
 */
async function visit(
  page: Page,
  stop: Stop,
  messages: Catalogue,
  lang: string,
  problems: string[],
  { load = false, sameHeading = false }: { load?: boolean; sameHeading?: boolean } = {},
) {
  if (load) {
    await page.goto(stop.path);
  } else {
    await page.evaluate((path) => {
      const heading = document.querySelector('main h1');
      Object.assign(window, { previousHeading: [heading, heading?.textContent] });
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, stop.path);
  }
  const expected = stop.heading
    ? String(new IntlMessageFormat(messages[stop.heading[0]]!, lang).format(stop.heading[1]))
    : null;
  try {
    await page.waitForFunction(
      ({ want, fresh }) => {
        const heading = document.querySelector('main h1');
        const text = heading?.textContent?.replace(/[\u2068\u2069]/g, '').trim() ?? '';
        const [previous, previousText] = (window as { previousHeading?: [Element, string] })
          .previousHeading ?? [null, null];
        if (fresh && heading === previous && heading?.textContent === previousText) return false;
        return want ? text.endsWith(want) : text !== '' && !document.querySelector('.loading');
      },
      { want: expected, fresh: !load && !sameHeading },
      { timeout: 10_000 },
    );
  } catch {
    const heading = await page.locator('main h1').allTextContents();
    problems.push(`${stop.path}: heading ${JSON.stringify(heading.map(plain))}, not "${expected}"`);
    return;
  }
  // Lazy parts of a page (categories, results) load after its heading.
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 10_000 });
  const shown = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    text: document.body.innerText,
  }));
  // A key shows as a word of its own: the developers page's event names (appointment.cancelled)
  // contain keys (appointment.cancel) without being one.
  const shownKeys = Object.keys(messages).filter((key) =>
    new RegExp(`(^|[^\\w.])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w.])`).test(
      shown.text,
    ),
  );
  if (shownKeys.length > 0) problems.push(`${stop.path}: shows the keys ${shownKeys.join(', ')}`);
  if (shown.lang !== lang) problems.push(`${stop.path}: <html lang="${shown.lang}">`);
  const dir = LANGUAGES.find((entry) => entry.lang === lang)!.dir;
  if (shown.dir !== dir) problems.push(`${stop.path}: <html dir="${shown.dir}">`);
}

/**
 * Visits the stops in order: the first loaded anew (a fresh start, or what the test changed
 * outside the page, such as signing in, taken up), the others through the client's router.
 */
async function tour(
  page: Page,
  stops: Stop[],
  messages: Catalogue,
  lang: string,
  problems: string[],
) {
  for (const [index, stop] of stops.entries()) {
    const before = stops[index - 1];
    await visit(page, stop, messages, lang, problems, {
      load: index === 0,
      sameHeading:
        before !== undefined &&
        stop.heading !== null &&
        JSON.stringify(before.heading) === JSON.stringify(stop.heading),
    });
  }
}

it.each(LANGUAGES)(
  'shows every page in $lang, each with its heading and no missing text',
  async ({ lang, browser }) => {
    // Given a citizen with an appointment, the ids of a service, a category and an announcement
    const messages = await catalogue(lang);
    const account = await createAccount(env.server, { name: 'Olena Kovalenko' });
    const index = LANGUAGES.findIndex((entry) => entry.lang === lang);
    const booking = await demoBooking(env.server, {
      email: account.email,
      name: account.name,
      startsAt: new Date(Date.UTC(2027, 0, 12, 9, 20 * index)).toISOString(),
    });
    const headers = bearer(await signIn(env.server, account));
    const booked = await env.server.gql<{
      bookAppointment: { appointment: { id: string; code: string } | null };
    }>(
      `mutation($input: BookAppointmentInput!) {
         bookAppointment(input: $input) { appointment { id code } } }`,
      { input: booking },
      headers,
    );
    const appointment = booked.body.data?.bookAppointment.appointment;
    expect(appointment).toBeTruthy();
    const ids = await env.server.gql<{
      categories: Array<{ id: string }>;
      announcements: { edges: Array<{ node: { id: string } }> };
    }>('{ categories { id } announcements(first: 1) { edges { node { id } } } }');
    const categoryId = ids.body.data!.categories[0]!.id;
    const announcementId = ids.body.data!.announcements.edges[0]!.node.id;
    const { serviceId, officeId } = booking;
    const ticket = await drawAtKiosk(env.server, await nordQueue(env.server));

    visitor = await openVisitor(env.browser, env.server.url, { locale: browser });
    const { page } = visitor;
    const problems: string[] = [];
    const book = (step: string) => `/services/${encodeURIComponent(serviceId)}/book/${step}`;
    const parkingId = await parkingPermit(env.server);
    const submitted = await submittedThroughApi(env.server, account);
    const apply = (query: string) => `/services/${encodeURIComponent(parkingId)}/apply${query}`;

    // When they visit every page signed out
    await tour(
      page,
      [
        { path: '/', heading: ['start.heading', { town: TOWN }] },
        { path: '/search', heading: ['search.heading.all'] },
        { path: '/search?q=zzzzqqq', heading: ['search.heading.query', { query: 'zzzzqqq' }] },
        { path: `/search?category=${encodeURIComponent(categoryId)}`, heading: null },
        { path: `/services/${encodeURIComponent(serviceId)}`, heading: null },
        { path: '/appointment', heading: ['appointment.find.heading'] },
        { path: `/appointment?code=${appointment!.code}`, heading: ['appointment.find.heading'] },
        { path: '/announcements', heading: ['announcements.heading', { town: TOWN }] },
        { path: `/announcements/${encodeURIComponent(announcementId)}`, heading: null },
        { path: '/verify-email', heading: ['verifyEmail.heading'] },
        { path: '/accept-invitation', heading: ['invitation.heading'] },
        { path: '/register', heading: ['register.heading'] },
        { path: '/sign-in', heading: ['signIn.heading'] },
        { path: '/signed-out', heading: ['signedOut.heading'] },
        // German or English (its own catalogue, src/developers/i18n/): the heading is not checked.
        { path: '/developers', heading: null },
        { path: `/tickets/${encodeURIComponent(ticket.id)}`, heading: ['ticket.heading'] },
        { path: '/no/such/page', heading: ['notFound.heading'] },
      ] satisfies Stop[],
      messages,
      lang,
      problems,
    );

    // And the booking journey's steps with their answers given
    await page.evaluate(
      (draft) => sessionStorage.setItem('rathaus.booking', JSON.stringify(draft)),
      {
        serviceId,
        officeId,
        day: '2027-01-13',
        startsAt: '2027-01-13T09:00:00.000Z',
        name: 'Olena Kovalenko',
        email: 'olena@example.org',
        phone: '+49 151 1234567',
      },
    );
    await tour(
      page,
      [
        { path: book('office'), heading: ['booking.office.heading'] },
        { path: book('day'), heading: ['booking.day.heading'] },
        { path: book('time'), heading: ['booking.time.heading'] },
        { path: book('details'), heading: ['booking.details.heading'] },
        { path: book('check'), heading: ['check.heading'] },
      ] satisfies Stop[],
      messages,
      lang,
      problems,
    );

    // And, signed in, the account's pages
    const signedIn = await page.request.post('/graphql', {
      data: {
        query: `mutation($input: SignInWithPasswordInput!) {
          signInWithPassword(input: $input) { userErrors { code } } }`,
        variables: {
          input: { email: account.email, password: account.password, sessionType: 'COOKIE' },
        },
      },
    });
    expect(await signedIn.json()).toMatchObject({
      data: { signInWithPassword: { userErrors: [] } },
    });
    await tour(
      page,
      [
        { path: '/create-passkey', heading: ['passkey.offer.heading'] },
        { path: '/my-town-hall', heading: ['myTownHall.heading'] },
        {
          path: `/my-town-hall/appointments/${encodeURIComponent(appointment!.id)}`,
          heading: ['appointment.show.heading'],
        },
        { path: '/my-town-hall/applications', heading: ['myApplications.heading'] },
        // Its own catalogues (src/developers/api-keys-i18n/): the heading is checked there.
        { path: '/my-town-hall/api-keys', heading: null },
        // The form's own sections are the town's texts (German and English): headings not checked.
        { path: apply(''), heading: null },
        { path: apply('?step=documents'), heading: ['apply.documents.heading'] },
        { path: apply('?step=check'), heading: ['apply.check.heading'] },
        {
          path: `/my-town-hall/applications/${encodeURIComponent(submitted.id)}`,
          heading: ['application.heading', { reference: submitted.reference }],
        },
      ] satisfies Stop[],
      messages,
      lang,
      problems,
    );

    // Then each showed its heading in the language, and nothing was missing
    expect(problems).toEqual([]);
  },
  TIMEOUT,
);
