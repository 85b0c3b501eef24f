import { announceDueAnnouncements } from '../../../src/announcements/announcement-scheduler.js';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import { createDraft, createPublished } from '../../../tests/support/announcements.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import {
  accessibilityProblems,
  DEMO_NOW,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// The clerks' notices in the staff workspace: written in German and English, previewed as
// citizens see them, scheduled, edited with a history, emergencies only after a confirmation,
// withdrawn; and nothing of another office's notices.

const TIMEOUT = 180_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let citizen: Visitor | null = null;

afterEach(async () => {
  await citizen?.close();
  citizen = null;
});

async function officeIds(): Promise<{ nord: string; other: string }> {
  const { body } = await env.server.gql<{ offices: Array<{ id: string; name: string }> }>(
    '{ offices { id name } }',
  );
  const offices = body.data!.offices;
  return {
    nord: offices.find((office) => office.name === 'Bürgerbüro Nord')!.id,
    other: offices.find((office) => office.name !== 'Bürgerbüro Nord')!.id,
  };
}

async function clerkOf(office: string, name = 'Maria Schulz') {
  return createAccount(env.server, {
    roles: [Role.STAFF],
    officeIds: [fromGlobalId(office)!.uuid],
    name,
  });
}

async function statusOf(id: string, headers: Record<string, string>): Promise<string | null> {
  const { body } = await env.server.gql<{ announcement: { status: string } | null }>(
    'query($id: ID!) { announcement(id: $id) { status } }',
    { id },
    headers,
  );
  return body.data?.announcement?.status ?? null;
}

/** The global ID of the notice the editor shows (its address). */
function noticeIdOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/')[3]!);
}

it(
  'writes a notice in German and English, previews it, schedules it, and citizens see it when due',
  async () => {
    const { nord } = await officeIds();
    const clerk = await clerkOf(nord);
    const clerkHeaders = bearer(await signIn(env.server, clerk));
    const { page } = env.visitor;

    // Given the clerk on her office's notices
    await signInTo(page, clerk, '/staff/notices');
    await waitForHeading(page, /Meldungen$/);
    await page.getByRole('heading', { name: /^In Kraft/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she writes a notice, first without its German text
    await page.getByRole('link', { name: 'Neue Meldung schreiben' }).click();
    await waitForHeading(page, /Neue Meldung schreiben$/);
    await page.locator('#title-en').fill('Citizens’ office closed on Friday');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();

    // Then the form names each field that is missing, next to it, as the API would
    await page
      .locator('#title-de-error', { hasText: 'Bitte füllen Sie dieses Feld aus' })
      .waitFor();
    await page.locator('#body-de-error').waitFor();
    await page
      .locator('#body-en-error', { hasText: 'Eine Übersetzung braucht Überschrift und Text' })
      .waitFor();
    expect(await page.title()).toMatch(/^Fehler/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she completes it in German and English and looks at the preview in English
    await page.locator('#title-de').fill('Bürgerbüro am Freitag geschlossen');
    await page
      .locator('#body-de')
      .fill('Am Freitag bleibt das Bürgerbüro geschlossen.\n\nAb Montag sind wir wieder da.');
    await page
      .locator('#body-en')
      .fill('The citizens’ office is closed on Friday.\n\nWe are back on Monday.');
    await page.getByLabel('Art der Meldung').selectOption('CLOSURE');
    await page.getByRole('button', { name: 'Vorschau zeigen' }).click();
    const preview = page.locator('#notice-preview');
    await preview.getByText('Bürgerbüro am Freitag geschlossen').waitFor();
    await preview.getByLabel('Englisch').check();
    await preview.getByText('Citizens’ office closed on Friday').waitFor();
    expect(await preview.locator('.announcement p').allInnerTexts()).toEqual([
      'The citizens’ office is closed on Friday.',
      'We are back on Monday.',
    ]);
    await shown(preview).toMatch(/Schließung[\s\S]*Bürgerbüro Nord/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And saves it and schedules it for 10:00 today
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await waitForHeading(page, /Meldung bearbeiten$/);
    const id = noticeIdOf(page.url());
    expect(await statusOf(id, clerkHeaders)).toBe('DRAFT');
    await page.getByLabel('Zu einem späteren Zeitpunkt').check();
    await page.getByLabel('Veröffentlichen am').fill('2027-01-11T10:00');
    await page.getByRole('button', { name: 'Veröffentlichung planen' }).click();
    await page.getByText('Die Veröffentlichung ist geplant.').waitFor();
    expect(await statusOf(id, clerkHeaders)).toBe('SCHEDULED');

    // Then it is listed as scheduled, and citizens do not see it yet
    await page.goto('/staff/notices');
    const scheduled = page.locator('section', {
      has: page.getByRole('heading', { name: /^Geplant/ }),
    });
    await scheduled.getByRole('link', { name: 'Bürgerbüro am Freitag geschlossen' }).waitFor();
    await shown(scheduled).toMatch(/Erscheint am 11\. Januar 2027, 10:00 Uhr/);
    citizen = await openVisitor(env.browser, env.server.url);
    await citizen.page.goto('/announcements');
    await waitForHeading(citizen.page, /Aktuelle Meldungen/);
    await citizen.page.locator('.result-list__title').first().waitFor();
    expect(await citizen.page.getByText('Bürgerbüro am Freitag geschlossen').count()).toBe(0);

    // When its time comes (the server's clock at 10:00 in Berlin)
    env.server.clock.set(new Date('2027-01-11T09:00:00Z'));
    expect(
      await announceDueAnnouncements({
        em: env.server.orm.em.fork(),
        bus: env.server.bus,
        clock: env.server.clock.now,
      }),
    ).toContain(fromGlobalId(id)!.uuid);

    // Then citizens see it, in English too
    await citizen.page.reload();
    await citizen.page.getByRole('link', { name: 'Bürgerbüro am Freitag geschlossen' }).click();
    await waitForHeading(citizen.page, /^Bürgerbüro am Freitag geschlossen$/);
    const english = await env.server.gql<{ announcement: { title: string } }>(
      'query($id: ID!) { announcement(id: $id, lang: EN) { title } }',
      { id },
    );
    expect(english.body.data!.announcement.title).toBe('Citizens’ office closed on Friday');
  },
  TIMEOUT,
);

it(
  'records every edit in the history, publishes an emergency only after a confirmation, and withdraws it',
  async () => {
    env.server.clock.set(DEMO_NOW);
    const { nord } = await officeIds();
    const clerk = await clerkOf(nord, 'Jonas Weber');
    const clerkHeaders = bearer(await signIn(env.server, clerk));
    const { page } = env.visitor;

    // Given a citizen on the start page, following emergencies live
    citizen = await openVisitor(env.browser, env.server.url);
    const open = env.server.bus.activeSubscriptions('announcementPublished');
    const withdrawals = env.server.bus.activeSubscriptions('announcementWithdrawn');
    // Its own subscription, not another page's: the frame its page sends, then the server's.
    const subscribed = new Promise<void>((resolve) =>
      citizen!.page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('"operationName":"AnnouncementPublished"')) resolve();
        }),
      ),
    );
    await citizen.page.goto('/');
    await subscribed;
    await waitForSubscriptions(env.server.bus, open + 1, 20_000, 'announcementPublished');
    await waitForSubscriptions(env.server.bus, withdrawals + 1, 20_000, 'announcementWithdrawn');

    // And a draft the clerk wrote
    await signInTo(page, clerk, '/staff/notices/new');
    await waitForHeading(page, /Neue Meldung schreiben$/);
    await page.locator('#title-de').fill('Trinkwasser bitte abkochen');
    await page
      .locator('#body-de')
      .fill('Im Ortsteil Nord bitte Leitungswasser vor dem Trinken abkochen.');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await waitForHeading(page, /Meldung bearbeiten$/);
    const id = noticeIdOf(page.url());

    // When she raises it to an emergency and changes its headline
    await page.getByLabel('Notfall').check();
    await page.locator('#title-de').fill('Trinkwasser im Ortsteil Nord abkochen');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Die Änderungen sind gespeichert.').waitFor();

    // Then the history shows who changed what and when
    await page.getByRole('link', { name: /^Verlauf ansehen \(2 Fassungen\)$/ }).click();
    await waitForHeading(page, /Verlauf der Meldung$/);
    const latest = page.locator('li', {
      has: page.getByRole('heading', { name: 'Fassung 2: geändert' }),
    });
    await shown(latest).toMatch(
      /Jonas Weber, 11\. Januar 2027, 08:00 Uhr[\s\S]*Dringlichkeit[\s\S]*Vorher: Zur Information[\s\S]*Nachher: Notfall[\s\S]*Überschrift \(Deutsch\)[\s\S]*Vorher: Trinkwasser bitte abkochen[\s\S]*Nachher: Trinkwasser im Ortsteil Nord abkochen/,
    );
    await page.getByRole('heading', { name: 'Fassung 1: geschrieben' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she publishes it now, the emergency asks for a confirmation first
    await page.goto(`/staff/notices/${encodeURIComponent(id)}`);
    await waitForHeading(page, /Meldung bearbeiten$/);
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    const confirmation = page.getByRole('region', { name: 'Als Notfall veröffentlichen?' });
    await confirmation.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await statusOf(id, clerkHeaders)).toBe('DRAFT');
    // Cancelling publishes nothing
    await confirmation.getByRole('button', { name: 'Abbrechen' }).click();
    await confirmation.waitFor({ state: 'detached' });
    expect(await statusOf(id, clerkHeaders)).toBe('DRAFT');

    // And once she confirms, it is published
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await page.getByRole('button', { name: 'Ja, jetzt als Notfall veröffentlichen' }).click();
    await page.getByText('Die Meldung ist veröffentlicht.').waitFor();
    expect(await statusOf(id, clerkHeaders)).toBe('PUBLISHED');

    // Then the citizen's page shows it above everything, without reloading
    await citizen.page
      .locator('.emergency-notices')
      .getByRole('link', { name: 'Trinkwasser im Ortsteil Nord abkochen' })
      .waitFor();

    // When she withdraws it
    await page.getByRole('button', { name: 'Meldung zurückziehen' }).click();
    await page.getByText('Die Meldung ist zurückgezogen.').waitFor();
    expect(await statusOf(id, clerkHeaders)).toBe('EXPIRED');

    // Then the citizen's open page takes it down without reloading
    await citizen.page
      .locator('.emergency-notices')
      .getByRole('link', { name: 'Trinkwasser im Ortsteil Nord abkochen' })
      .waitFor({ state: 'detached' });
    // And citizens no longer see it after a reload, and the office's list has it among the ended ones
    await citizen.page.reload();
    // (once the emergencies are there: the town's boil-water notice stays)
    await citizen.page
      .locator('.emergency-notices')
      .getByRole('link', { name: 'Abkochgebot für Trinkwasser in Nord und Heide' })
      .waitFor();
    expect(await citizen.page.getByText('Trinkwasser im Ortsteil Nord abkochen').count()).toBe(0);
    await page.goto('/staff/notices');
    const ended = page.locator('section', {
      has: page.getByRole('heading', { name: /^Zurückgezogen oder abgelaufen/ }),
    });
    await ended.getByRole('link', { name: 'Trinkwasser im Ortsteil Nord abkochen' }).waitFor();
  },
  TIMEOUT,
);

it(
  'shows a clerk nothing of another office’s notices to manage, neither in the list nor by address',
  async () => {
    env.server.clock.set(DEMO_NOW);
    const { nord, other } = await officeIds();
    const clerk = await clerkOf(nord);
    const otherHeaders = bearer(await signIn(env.server, await clerkOf(other, 'Eva Klein')));
    const draft = await createDraft(env.server, otherHeaders, {
      officeId: other,
      title: { de: 'Entwurf des anderen Amts' },
    });
    const published = await createPublished(env.server, otherHeaders, {
      officeId: other,
      title: { de: 'Meldung des anderen Amts' },
    });
    const { page } = env.visitor;

    // The other office's list, by its address
    await signInTo(page, clerk, `/staff/notices?office=${encodeURIComponent(other)}`);
    await waitForHeading(page, /Meldungen$/);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('table').count()).toBe(0);

    // Its draft is not found; its published notice is not hers to edit
    await page.goto(`/staff/notices/${encodeURIComponent(draft.id)}`);
    await page.getByText('Diese Meldung gibt es nicht').waitFor();
    await page.goto(`/staff/notices/${encodeURIComponent(published.id)}`);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('form.notice-form').count()).toBe(0);
    await page.goto(`/staff/notices/${encodeURIComponent(published.id)}/history`);
    await page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await page.locator('.notice-history').count()).toBe(0);

    // Her own office's list shows its notices, and none of the other office's (positive control)
    await page.goto('/staff/notices');
    await page.getByRole('heading', { name: /^In Kraft/ }).waitFor();
    expect(await page.getByText('Meldung des anderen Amts').count()).toBe(0);
    expect(await page.getByText('Entwurf des anderen Amts').count()).toBe(0);
  },
  TIMEOUT,
);

it(
  'shows the API’s refusals next to their fields, and asks before a notice in force becomes an emergency',
  async () => {
    env.server.clock.set(DEMO_NOW);
    const { nord } = await officeIds();
    const clerk = await clerkOf(nord, 'Lena Fischer');
    const clerkHeaders = bearer(await signIn(env.server, clerk));
    const draft = await createDraft(env.server, clerkHeaders, {
      officeId: nord,
      title: { de: 'Sprechstunde fällt aus' },
      expiresAt: '2027-01-12T17:00:00Z',
    });
    const published = await createPublished(env.server, clerkHeaders, {
      officeId: nord,
      title: { de: 'Straße gesperrt' },
    });
    const { page } = env.visitor;

    // When she schedules the draft for after the end of its validity
    await signInTo(page, clerk, `/staff/notices/${encodeURIComponent(draft.id)}`);
    await waitForHeading(page, /Meldung bearbeiten$/);
    await page.getByLabel('Zu einem späteren Zeitpunkt').check();
    await page.getByLabel('Veröffentlichen am').fill('2027-01-13T09:00');
    await page.getByRole('button', { name: 'Veröffentlichung planen' }).click();

    // Then the API's refusal stands next to the field it names, and in the summary
    await page
      .locator('#publishAt-error', { hasText: 'muss vor dem Ende der Gültigkeit liegen' })
      .waitFor();
    await page.locator('.error-summary a[href="#publishAt"]').waitFor();
    expect(await statusOf(draft.id, clerkHeaders)).toBe('DRAFT');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she raises a notice in force to an emergency, it asks first
    await page.goto(`/staff/notices/${encodeURIComponent(published.id)}`);
    await waitForHeading(page, /Meldung bearbeiten$/);
    await page.getByLabel('Notfall').check();
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('region', { name: 'Als Notfall veröffentlichen?' }).waitFor();
    const severity = async () => {
      const { body } = await env.server.gql<{ announcement: { severity: string } }>(
        'query($id: ID!) { announcement(id: $id) { severity } }',
        { id: published.id },
      );
      return body.data!.announcement.severity;
    };
    expect(await severity()).toBe('INFO');
    await page.getByRole('button', { name: 'Ja, als Notfall speichern' }).click();
    await page.getByText('Die Änderungen sind gespeichert.').waitFor();
    expect(await severity()).toBe('EMERGENCY');
  },
  TIMEOUT,
);

it(
  'lets an admin write a notice for the whole town, which every office’s citizens see; clerks cannot',
  async () => {
    env.server.clock.set(DEMO_NOW);
    const { nord } = await officeIds();
    const admin = await createAccount(env.server, { roles: [Role.ADMIN], name: 'Petra Lang' });
    const { page } = env.visitor;

    // Given an admin who chooses the whole town on the notices page
    await signInTo(page, admin, '/staff/notices');
    await waitForHeading(page, /Meldungen$/);
    await page.getByLabel('Standort').selectOption({ label: 'Ganze Stadt (alle Standorte)' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/office=town/);
    await page.getByRole('heading', { name: /^In Kraft/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she writes a notice there and publishes it now
    await page.getByRole('link', { name: 'Neue Meldung schreiben' }).click();
    await waitForHeading(page, /Neue Meldung schreiben$/);
    await page.locator('#title-de').fill('Stadtfest am Samstag');
    await page.locator('#body-de').fill('Am Samstag feiert Musterstadt auf dem Marktplatz.');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await waitForHeading(page, /Meldung bearbeiten$/);
    const id = noticeIdOf(page.url());
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await page.getByText('Die Meldung ist veröffentlicht.').waitFor();

    // Then it is town-wide: listed with every office's notices, and on the town's list
    const { body } = await env.server.gql<{
      announcements: { edges: Array<{ node: { id: string; townWide: boolean } }> };
    }>(
      'query($o: ID) { announcements(officeId: $o, first: 100) { edges { node { id townWide } } } }',
      {
        o: nord,
      },
    );
    expect(body.data!.announcements.edges.map(({ node }) => node)).toContainEqual({
      id,
      townWide: true,
    });
    await page.goto('/staff/notices?office=town');
    const inForce = page.locator('section', {
      has: page.getByRole('heading', { name: /^In Kraft/ }),
    });
    await inForce.getByRole('link', { name: 'Stadtfest am Samstag' }).waitFor();

    // And a clerk neither gets the town's list nor its notice to edit
    const clerk = await clerkOf(nord, 'Jan Busch');
    citizen = await openVisitor(env.browser, env.server.url);
    await signInTo(citizen.page, clerk, '/staff/notices?office=town');
    await citizen.page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    await citizen.page.goto(`/staff/notices/${encodeURIComponent(id)}`);
    await citizen.page.getByText('Sie arbeiten nicht für diesen Standort').waitFor();
    expect(await citizen.page.locator('form.notice-form').count()).toBe(0);
    // Her own office's list opens (positive control), without the town-wide notice
    await citizen.page.goto('/staff/notices');
    await citizen.page.getByRole('heading', { name: /^In Kraft/ }).waitFor();
    expect(await citizen.page.getByText('Stadtfest am Samstag').count()).toBe(0);
  },
  TIMEOUT,
);
