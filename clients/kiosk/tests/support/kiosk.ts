import {
  issueKioskToken,
  revokeKioskDevice,
} from '../../../../src/accounts/credentials.service.js';
import { Role } from '../../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../../../../tests/support/accounts.js';
import type { TestServer } from '../../../../tests/support/test-server.js';
import type { Browser, Page } from 'playwright-core';
import { waitUntil } from '../../../../tests/support/wait.js';
import { openVisitor, type Visitor } from '../../../web/tests/support/browser.js';

export type DemoOffice = { id: string; uuid: string; slug: string; name: string };

/** A demo town office by its slug, with its global ID and UUID. */
export async function demoOffice(server: TestServer, slug: string): Promise<DemoOffice> {
  const { body } = await server.gql<{ offices: Array<{ id: string; slug: string; name: string }> }>(
    '{ offices { id slug name } }',
  );
  const office = body.data?.offices.find((candidate) => candidate.slug === slug);
  if (!office) throw new Error(`no office ${slug}`);
  return { ...office, uuid: fromGlobalId(office.id)!.uuid };
}

/** A kiosk token for the office, as `issue-kiosk-token` makes it; and its device's UUID. */
export async function mintKioskToken(
  server: TestServer,
  office: DemoOffice,
): Promise<{ token: string; deviceId: string }> {
  const { token, device } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: office.uuid, name: 'Foyer' },
  );
  return { token, deviceId: device.id };
}

export async function revokeKiosk(server: TestServer, deviceId: string): Promise<void> {
  await revokeKioskDevice(
    { em: server.orm.em.fork(), clock: () => server.clock.now(), bus: server.bus },
    deviceId,
  );
}

/** A service of the office found by a word of its German name. */
export async function serviceAt(
  server: TestServer,
  office: DemoOffice,
  query: string,
): Promise<{ id: string; name: string }> {
  const { body } = await server.gql<{
    services: { edges: Array<{ node: { id: string; name: string } }> };
  }>(
    'query($officeId: ID!, $query: String) { services(officeId: $officeId, query: $query, first: 1) { edges { node { id name } } } }',
    { officeId: office.id, query },
  );
  const service = body.data?.services.edges[0]?.node;
  if (!service) throw new Error(`no service ${query} at ${office.slug}`);
  return service;
}

/** Books the first free slot of the service at the office from `from` on, as a guest; its code. */
export async function bookFirstFree(
  server: TestServer,
  office: DemoOffice,
  service: { id: string },
  from: string,
): Promise<string> {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: boolean }> }>(
    'query($s: ID!, $o: ID!, $from: DateTime!, $to: DateTime!) { freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt available } }',
    {
      s: service.id,
      o: office.id,
      from,
      to: new Date(Date.parse(from) + 45 * 60_000).toISOString(),
    },
  );
  for (const slot of body.data?.freeSlots.filter((candidate) => candidate.available) ?? []) {
    const booked = await server.gql<{
      bookAppointment: { appointment: { code: string } | null };
    }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { code } } }',
      {
        input: {
          serviceId: service.id,
          officeId: office.id,
          startsAt: slot.startsAt,
          name: 'Erika Mustermann',
          email: `erika.${Math.random().toString(36).slice(2)}@example.org`,
        },
      },
    );
    const code = booked.body.data?.bookAppointment.appointment?.code;
    if (code) return code;
  }
  throw new Error(`no free slot at ${office.slug} from ${from}: ${JSON.stringify(body)}`);
}

/** A clerk of the office, signed in: the bearer headers for the API. */
export async function clerkOf(server: TestServer, office: DemoOffice) {
  const clerk = await createAccount(server, { roles: [Role.STAFF], officeIds: [office.uuid] });
  return bearer(await signIn(server, clerk));
}

/**
 * A kiosk's browser: a touch screen (unless `touch: false`), set up with the token through the
 * set-up link; `window.print` only counts its calls (headless Chromium has no printer).
 */
export async function openKiosk(
  browser: Browser,
  serverUrl: string,
  token: string | null,
  options: { touch?: boolean } = {},
): Promise<Visitor> {
  const visitor = await openVisitor(browser, serverUrl, {
    viewport: { width: 1080, height: 1920 },
    ...(options.touch === false ? {} : { hasTouch: true }),
  });
  // A kiosk's journey is many steps, each waiting for the server: on a loaded machine one step
  // can take longer than Playwright's default.
  visitor.page.setDefaultTimeout(60_000);
  await visitor.page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  if (token) {
    // Set up means checked twice: by the set-up screen, then by the kiosk on its start. A test
    // that catches the next check (a reload's) must not catch this start's instead.
    let checks = 0;
    visitor.page.on('response', (response) => {
      if (response.request().postDataJSON()?.operationName === 'ThisKiosk') checks += 1;
    });
    await visitor.page.goto(`/kiosk/setup#token=${encodeURIComponent(token)}`);
    await visitor.page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
    await waitUntil(() => checks >= 2, 'the kiosk checked its token on start', {
      timeoutMs: 60_000,
    });
  }
  return visitor;
}

/** Everything the page keeps in storage, as "key=value" lines. */
export function storage(page: Page): Promise<{ local: string[]; session: string[] }> {
  return page.evaluate(() => ({
    local: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`),
    session: Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key)}`),
  }));
}

/** Every button, link and input smaller than 44 × 44 px, named. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], input, select, textarea')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { element, box };
      })
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

/**
 * Drops the browser's "401 (Unauthorized)" console lines of a test that has the server refuse a
 * token on purpose; any other error still fails the test.
 */
export function expectRefusedTokens(visitor: Visitor): void {
  const others = visitor.pageErrors.filter(
    (error) => !/status of 401 \(Unauthorized\)/.test(error),
  );
  expect(visitor.pageErrors.length).toBeGreaterThan(others.length);
  visitor.pageErrors.splice(0, visitor.pageErrors.length, ...others);
}

/**
 * Stops the page's clock (installed with `page.clock.install` before the page loaded), so that
 * its timers run only when the test moves the clock, however long the test takes in real time;
 * then a key press starts the kiosk's idle count from zero. The jump to the paused time fires
 * each due timer at most once.
 */
export async function freezeIdleClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 5000);
  await page.keyboard.press('Shift');
}

/**
 * Runs `work` (an axe run, which waits on the page's timers) while the page's clock is stopped,
 * moving the clock on by a millisecond at a time until it is done: the page's timers run, but
 * its idle count barely moves, however long the work takes in real time.
 */
export async function withCreepingClock<T>(page: Page, work: () => Promise<T>): Promise<T> {
  let done = false;
  const result = work().finally(() => {
    done = true;
  });
  while (!done) await page.clock.runFor(1);
  return result;
}
