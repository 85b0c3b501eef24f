import type { Page } from 'playwright-core';
import { residentialParkingPermitForm } from '../../../src/applications/forms/residential-parking-permit.js';
import { toGlobalId } from '../../../src/resolvers/common/global-id.js';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { createAccount } from '../../../tests/support/accounts.js';
import {
  insertApplication,
  insertForm,
  COMPLETE_PARKING_PERMIT,
} from '../../../tests/support/application-rows.js';
import { messagingTown, send, type Party } from '../../../tests/support/messaging.js';
import { pdf } from '../../../tests/support/sample-files.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { waitUntil } from '../../../tests/support/wait.js';
import {
  accessibilityProblems,
  chooseLanguage,
  closeCleanly,
  DEMO_NOW,
  openVisitor,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// The clerks' pages of online applications in the staff workspace: a citizen's submitted
// parking permit arrives in the office's NEW queue, a clerk takes it (a colleague sees it taken,
// live), asks for more, the citizen answers in the linked conversation, the clerk approves with a
// reason and the decision letter is there for the citizen. Both pages pass axe in German and
// English. The citizen acts through the API as the citizens' pages do.

const TIMEOUT = 240_000;

const env = serverBrowserAndVisitor(TIMEOUT);
let colleagueBrowser: Visitor | undefined;

afterEach(async () => {
  env.server.clock.set(DEMO_NOW);
  await closeCleanly(colleagueBrowser);
  colleagueBrowser = undefined;
});

type UserError = { code: string; field: string[] | null; message: string };

/** Runs a citizen's operation and answers its data, failing on any error. */
async function asCitizen<T>(
  citizen: Party,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { body } = await env.server.gql<T>(query, variables, citizen.headers);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The citizen fills in the parking permit, uploads the registration certificate and submits. */
async function submittedApplication(citizen: Party, serviceId: string): Promise<string> {
  type Payload = { application: { id: string; version: number } | null; userErrors: UserError[] };
  const { startApplication: started } = await asCitizen<{ startApplication: Payload }>(
    citizen,
    `mutation($input: StartApplicationInput!) { startApplication(input: $input) {
      application { id version } userErrors { code field message } } }`,
    { input: { serviceId } },
  );
  const id = started.application!.id;
  const { saveApplicationDraft: saved } = await asCitizen<{ saveApplicationDraft: Payload }>(
    citizen,
    `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) {
      application { id version } userErrors { code field message } } }`,
    {
      input: {
        applicationId: id,
        answers: COMPLETE_PARKING_PERMIT,
        version: started.application!.version,
      },
    },
  );
  expect(saved.userErrors).toEqual([]);
  const { createApplicationUpload: ticket } = await asCitizen<{
    createApplicationUpload: { uploadUrl: string | null; userErrors: UserError[] };
  }>(
    citizen,
    `mutation($input: CreateApplicationUploadInput!) { createApplicationUpload(input: $input) {
      uploadUrl userErrors { code field message } } }`,
    {
      input: {
        applicationId: id,
        requirement: 'registration-certificate',
        fileName: 'fahrzeugschein.pdf',
      },
    },
  );
  expect(ticket.userErrors).toEqual([]);
  const put = await env.server
    .http()
    .put(new URL(ticket.uploadUrl!).pathname)
    .set('authorization', citizen.headers.authorization!)
    .set('content-type', 'application/pdf')
    .send(pdf());
  expect(put.status).toBe(201);
  const { submitApplication: submitted } = await asCitizen<{ submitApplication: Payload }>(
    citizen,
    `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
      application { id version } userErrors { code field message } } }`,
    { input: { applicationId: id, version: saved.application!.version } },
  );
  expect(submitted.userErrors).toEqual([]);
  return id;
}

type CitizenView = {
  status: string;
  reference: string;
  conversation: { id: string } | null;
  decision: { fileName: string; downloadUrl: string } | null;
};

async function citizenView(citizen: Party, id: string): Promise<CitizenView> {
  const { application } = await asCitizen<{ application: CitizenView }>(
    citizen,
    `query($id: ID!) { application(id: $id) {
      status reference conversation { id } decision { fileName downloadUrl } } }`,
    { id },
  );
  return application;
}

function queueAddress(office: string, queue?: string): string {
  const query = new URLSearchParams({ office });
  if (queue) query.set('queue', queue);
  return `/staff/applications?${query.toString()}`;
}

/** The queue's link to a case, by its reference. */
function caseLink(page: Page, reference: string) {
  return page.getByRole('link', { name: new RegExp(reference) });
}

it(
  'lets a clerk take a submitted case, ask for more, and approve it with a decision letter the citizen can open',
  async () => {
    // Given an office with the parking permit form, a citizen, a clerk and a colleague of hers
    const { town, citizen, clerk } = await messagingTown(env.server);
    await insertForm(env.server, town.serviceId, { definition: residentialParkingPermitForm });
    const colleague = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [town.officeId],
      name: 'Frau Kollegin',
    });

    // And the citizen's submitted application
    const applicationId = await submittedApplication(citizen, town.service);
    const { reference } = await citizenView(citizen, applicationId);
    expect(reference).toMatch(/^MS-\d{4}-\d{6}$/);

    // When the clerk opens the office's NEW queue
    const { page } = env.visitor;
    await signInTo(page, clerk.account, queueAddress(town.office, 'new'));
    await waitForHeading(page, /Anträge$/);
    await caseLink(page, reference).waitFor();

    // Then the case is listed with its applicant, status, due date and nobody handling it
    const row = page.locator('.application-queue__item', { hasText: reference });
    await shown(row).toMatch(
      /Bürgerin Berger · Eingegangen[\s\S]*Fällig am[\s\S]*Niemandem zugewiesen/,
    );
    expect(await page.getByRole('link', { name: 'Neu (1)' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    // And a colleague who has the queue open too
    colleagueBrowser = await openVisitor(env.browser, env.server.url);
    const colleaguePage = colleagueBrowser.page;
    await signInTo(colleaguePage, colleague, queueAddress(town.office, 'new'));
    await caseLink(colleaguePage, reference).waitFor();
    await waitForSubscriptions(env.server.bus, 2, 10_000, 'officeApplicationsChanged');

    // When the clerk opens the case: answers, documents and history are there
    await caseLink(page, reference).click();
    await waitForHeading(page, new RegExp(`Antrag ${reference}`));
    await page.getByRole('heading', { name: 'Angaben im Antrag' }).waitFor();
    const answers = page.locator('.application-answers').first();
    await shown(answers).toMatch(/Erika/);
    await page.getByRole('link', { name: /fahrzeugschein\.pdf/ }).waitFor();
    expect(
      await page.getByRole('link', { name: /fahrzeugschein\.pdf/ }).getAttribute('target'),
    ).toBe('_blank');
    await page
      .locator('.application-documents__item', { hasText: 'Eingangsbestätigung' })
      .getByRole('link')
      .waitFor();
    await shown(page.locator('.application-timeline')).toMatch(/Eingereicht/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // And takes it
    await page.getByRole('button', { name: 'Antrag übernehmen' }).click();
    await page.getByText('Sie haben den Antrag übernommen.').waitFor();
    await page.getByText('In Bearbeitung', { exact: true }).waitFor();

    // Then the colleague's NEW queue empties without a reload, and the OPEN one shows who has it
    await colleaguePage.getByText('Keine Anträge in dieser Ansicht.').waitFor();
    await colleaguePage.getByRole('link', { name: 'Alle offenen (1)' }).click();
    const taken = colleaguePage.locator('.application-queue__item', { hasText: reference });
    await taken.getByText('Zuständig: Herr Sachbearbeiter').waitFor();
    // ... and her case page offers no taking, but handing on
    await caseLink(colleaguePage, reference).click();
    await waitForHeading(colleaguePage, new RegExp(`Antrag ${reference}`));
    await colleaguePage.getByRole('heading', { name: 'Bearbeiten' }).waitFor();
    expect(await colleaguePage.getByRole('button', { name: 'Antrag übernehmen' }).count()).toBe(0);

    // When the clerk asks for more without writing anything, then with a question
    await page.getByRole('button', { name: 'Rückfrage senden' }).click();
    await page.locator('#application-message-error').waitFor();
    await page
      .getByLabel('Ihre Rückfrage')
      .fill('Bitte laden Sie die Rückseite des Fahrzeugscheins hoch.');
    await page.getByRole('button', { name: 'Rückfrage senden' }).click();
    await page.getByText('Die Rückfrage ist gesendet.').waitFor();

    // Then the case waits, the question is in the timeline and in the citizen's conversation
    await page.getByText('Rückfrage gestellt', { exact: true }).first().waitFor();
    await shown(page.locator('.application-timeline')).toMatch(
      /Bitte laden Sie die Rückseite des Fahrzeugscheins hoch\./,
    );
    const waiting = await citizenView(citizen, applicationId);
    expect(waiting.status).toBe('INFORMATION_REQUESTED');
    await page.getByRole('button', { name: 'Ohne Antwort weiterbearbeiten' }).waitFor();
    const conversationLink = page.getByRole('link', { name: /Zum Gespräch über diesen Antrag/ });
    expect(await conversationLink.getAttribute('href')).toContain(
      encodeURIComponent(waiting.conversation!.id),
    );

    // When the citizen answers in the conversation
    const answer = await send(
      env.server,
      citizen,
      waiting.conversation!.id,
      'Ich reiche die Rückseite heute nach.',
    );
    expect(answer.userErrors).toEqual([]);

    // Then the case is in review again on the clerk's page without a reload
    await page.getByText('In Bearbeitung', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Entscheiden' }).waitFor();

    // When the clerk approves without a reason, then with one, and confirms
    await page.getByRole('button', { name: 'Bewilligen', exact: true }).click();
    await page.locator('#application-reason-error').waitFor();
    await page.getByLabel('Begründung').fill('Alle Voraussetzungen sind erfüllt.');
    await page.getByRole('button', { name: 'Bewilligen', exact: true }).click();
    await page.getByText(/Den Antrag von Bürgerin Berger bewilligen\?/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, bewilligen' }).click();
    await page.getByText('Der Antrag ist bewilligt; der Bescheid ist erstellt.').waitFor();

    // Then the decision letter is linked, and opens as a PDF in the clerk's session (the link
    // names the town's PUBLIC_URL, which in tests is no host the browser reaches)
    const letter = page.locator('.application-documents__item', { hasText: 'Bescheid' });
    const letterHref = await letter.getByRole('link').getAttribute('href');
    const opened = await page.request.get(new URL(letterHref!).pathname);
    expect(opened.status()).toBe(200);
    expect((await opened.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'Antrag abschließen' }).waitFor();

    // And the citizen sees the decision and downloads the letter
    await waitUntil(
      async () => (await citizenView(citizen, applicationId)).status === 'APPROVED',
      'the citizen sees the approval',
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    const decided = await citizenView(citizen, applicationId);
    const download = await env.server
      .http()
      .get(new URL(decided.decision!.downloadUrl).pathname)
      .set('authorization', citizen.headers.authorization!);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(download.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // And both pages pass axe in English too
    await chooseLanguage(page, 'English');
    await waitForHeading(page, new RegExp(`Application ${reference}`));
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to the applications' }).click();
    await waitForHeading(page, /Applications$/);
    await page.getByRole('link', { name: 'Decided' }).click();
    await caseLink(page, reference).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

/** An office of the demo town with two services that have an online form, and those forms. */
async function demoOfficeWithTwoForms() {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ office_id: string; service_id: string; form_id: string }>>(
      `with latest as (select distinct on (service_id) id, service_id from application_form
                     order by service_id, version desc)
     select so.office_id, latest.service_id, latest.id as form_id
       from latest join service_office so on so.service_id = latest.service_id
      where so.office_id = (select so2.office_id from latest l2
                              join service_office so2 on so2.service_id = l2.service_id
                             group by so2.office_id having count(*) >= 2
                             order by so2.office_id limit 1)
      order by latest.service_id`,
    );
  expect(rows.length).toBeGreaterThanOrEqual(2);
  const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
  return { officeId: first.office_id, first, second };
}

async function serviceName(serviceId: string): Promise<string> {
  const { body } = await env.server.gql<{ service: { name: string } }>(
    'query($id: ID!) { service(id: $id) { name } }',
    { id: toGlobalId('Service', serviceId) },
  );
  return body.data!.service.name;
}

it(
  'pages through an office’s queue, filters it by service, marks overdue cases, and hands one on, continues, rejects and closes it',
  async () => {
    // Given a demo office with two online services: 25 new cases of one and one of the other,
    // all past their processing time
    const { officeId, first, second } = await demoOfficeWithTwoForms();
    const office = toGlobalId('Office', officeId);
    const applicant = await createAccount(env.server, { name: 'Herr Antragsteller' });
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [officeId],
      name: 'Frau Bearbeiterin',
    });
    await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [officeId],
      name: 'Herr Vertretung',
    });
    for (let index = 0; index < 25; index++) {
      await insertApplication(env.server, {
        formId: first.form_id,
        serviceId: first.service_id,
        officeId,
        applicantId: applicant.id,
        status: 'SUBMITTED',
      });
    }
    const single = toGlobalId(
      'Application',
      await insertApplication(env.server, {
        formId: second.form_id,
        serviceId: second.service_id,
        officeId,
        applicantId: applicant.id,
        status: 'SUBMITTED',
      }),
    );
    const secondName = await serviceName(second.service_id);
    env.server.clock.set(new Date('2027-02-20T08:00:00Z'));

    // When the clerk opens the office's overdue queue
    const { page } = env.visitor;
    await signInTo(page, clerk, queueAddress(office, 'overdue'));
    await waitForHeading(page, /Anträge$/);

    // Then it holds all 26, 25 on the first page, each marked overdue
    await page.getByText('26 Anträge in dieser Ansicht.').waitFor();
    expect(await page.getByRole('link', { name: 'Überfällig (26)' }).count()).toBe(1);
    const items = page.locator('.application-queue__item');
    expect(await items.count()).toBe(25);
    expect(await items.filter({ hasText: 'Überfällig' }).count()).toBe(25);

    // And the next page holds the last one, and leads back to the first
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.getByRole('link', { name: 'Zur ersten Seite' }).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('.application-queue__item').length === 1,
    );

    // When she shows the other service only
    await page.getByLabel('Leistung').selectOption({ label: secondName });
    await page.getByRole('button', { name: 'Anzeigen' }).click();

    // Then only its case is listed
    await page.getByText('1 Antrag in dieser Ansicht.').waitFor();
    expect(await items.count()).toBe(1);
    await shown(items.first()).toContain(secondName);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she opens it and hands it to her colleague
    await items.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Bearbeiten' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/applications/${encodeURIComponent(single)}`);
    await page.getByLabel('Zuweisen an').selectOption({ label: 'Herr Vertretung' });
    await page.getByRole('button', { name: 'Zuweisen', exact: true }).click();

    // Then he handles it, and it is in review
    await page.getByText('Der Antrag ist Herr Vertretung zugewiesen.').waitFor();
    await page.getByText('In Bearbeitung', { exact: true }).waitFor();
    await shown(page.locator('.application-facts').first()).toMatch(/Zuständig\s+Herr Vertretung/);

    // When she asks for more, then goes on without waiting for the answer
    await page.getByLabel('Ihre Rückfrage').fill('Bitte reichen Sie den Nachweis nach.');
    await page.getByRole('button', { name: 'Rückfrage senden' }).click();
    await page.getByRole('button', { name: 'Ohne Antwort weiterbearbeiten' }).click();
    await page.getByText('Der Antrag ist wieder in Bearbeitung.').waitFor();

    // And rejects it with a reason, changing her mind once on the confirmation
    await page.getByLabel('Begründung').fill('Der Nachweis fehlt.');
    await page.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.getByText('Abgelehnt', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, ablehnen' }).click();
    await page.getByText('Der Antrag ist abgelehnt; der Bescheid ist erstellt.').waitFor();
    await page.locator('.application-documents__item', { hasText: 'Bescheid' }).waitFor();
    await shown(page.locator('.application-timeline')).toMatch(
      /Abgelehnt[\s\S]*von Frau Bearbeiterin/,
    );

    // And closes it
    await page.getByRole('button', { name: 'Antrag abschließen' }).click();
    await page.getByRole('button', { name: 'Ja, abschließen' }).click();
    await page.getByText('Dieser Antrag ist erledigt; es gibt nichts mehr zu tun.').waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Bewilligen|Ablehnen/ })
        .count(),
    ).toBe(0);

    // Then the decided queue lists it, and the overdue one no longer
    await page.getByRole('link', { name: 'Zurück zu den Anträgen' }).click();
    await page.getByRole('link', { name: 'Überfällig (25)' }).waitFor();
    await page.getByRole('link', { name: 'Entschieden' }).click();
    await page.getByText('1 Antrag in dieser Ansicht.').waitFor();
    await shown(items.first()).toMatch(/Abgeschlossen/);
  },
  TIMEOUT,
);
