import type { Page } from 'playwright-core';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import { uuidOf } from '../../../src/resolvers/common/global-id.js';
import {
  bearer,
  createAccount,
  signIn,
  type TestAccount,
} from '../../../tests/support/accounts.js';
import { pdf } from '../../../tests/support/sample-files.js';
import { waitForSubscriptions } from '../../../tests/support/test-server.js';
import { parkingPermit, submittedThroughApi } from './support/applications.js';
import {
  accessibilityProblems,
  closeCleanly,
  openVisitor,
  serverAndBrowser,
  signInTo,
  waitForHeading,
  waitForTitle,
  type Visitor,
  shown,
} from './support/browser.js';

// A citizen applies online for the residential parking permit: one section of the form a page,
// problems at their fields, the registration certificate uploaded, the draft left and taken up
// again on another device, checked and submitted; the receipt is a PDF. Every form page has no
// WCAG 2.2 AA violations, in German and in English.

const TIMEOUT = 180_000;

const env = serverAndBrowser(TIMEOUT);
const visitors: Visitor[] = [];

afterEach(async () => {
  for (const visitor of visitors.splice(0)) await closeCleanly(visitor);
});

async function visitor(locale = 'de-DE'): Promise<Page> {
  const opened = await openVisitor(env.browser, env.server.url, { locale });
  visitors.push(opened);
  return opened.page;
}

async function applicationRow(accountId: string) {
  const rows = await env.server.orm.em
    .fork()
    .execute<Array<{ status: string; reference: string | null; answers: Record<string, unknown> }>>(
      'select status, reference, answers from application where applicant_id = ? order by created_at desc',
      [accountId],
    );
  return rows[0];
}

/** Signs in with a session cookie through the API, as a page of the client would. */
async function signInByApi(page: Page, account: TestAccount): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: {
      query: `mutation($input: SignInWithPasswordInput!) {
        signInWithPassword(input: $input) { userErrors { code } } }`,
      variables: {
        input: { email: account.email, password: account.password, sessionType: 'COOKIE' },
      },
    },
  });
  expect(await response.json()).toMatchObject({
    data: { signInWithPassword: { userErrors: [] } },
  });
}

const next = (page: Page, name = 'Speichern und weiter') =>
  page.getByRole('button', { name }).click();

it(
  'fills in the parking permit with an upload, comes back to the draft on another device, submits it and gets the receipt',
  async () => {
    // Given a signed-in citizen on the parking permit's page
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const serviceId = await parkingPermit(env.server);
    const page = await visitor();
    await signInTo(page, account, `/services/${encodeURIComponent(serviceId)}`);
    await waitForHeading(page, /^Bewohnerparkausweis beantragen$/);

    // When she applies online, the first section asks about her
    await page.getByRole('link', { name: /Online beantragen/ }).click();
    await waitForHeading(page, /Angaben zu Ihrer Person/);
    await shown(page.locator('main')).toMatch(/Schritt 1 von 6/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and going on without answers shows the API's problems at their fields
    await next(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await waitForTitle(page, /^Fehler: /);
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual([
      'Vorname(n): Bitte füllen Sie dieses Feld aus.',
      'Familienname: Bitte füllen Sie dieses Feld aus.',
      'Geburtsdatum: Bitte füllen Sie dieses Feld aus.',
    ]);
    const givenName = page.getByLabel('Vorname(n)');
    expect(await givenName.getAttribute('aria-invalid')).toBe('true');
    expect(await givenName.getAttribute('aria-describedby')).toBe(
      'field-applicant-givenName-hint field-applicant-givenName-error',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await summary.getByRole('link', { name: /^Familienname/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'field-applicant-familyName',
    );

    await givenName.fill('Erika');
    await page.getByLabel('Familienname').fill('Mustermann');
    await page.getByLabel('Geburtsdatum').fill('1984-08-12');
    await page.getByText(/Entwurf gespeichert um/).waitFor();
    await next(page);

    // ... the address, with a postal code of four digits first
    await waitForHeading(page, /Ihre Anschrift im Bewohnerparkgebiet/);
    await page.getByLabel('Straße', { exact: true }).fill('Ludgeristraße');
    await page.getByLabel('Hausnummer').fill('12a');
    await page.getByLabel('Postleitzahl').fill('4814');
    await page.getByLabel('Ort', { exact: true }).fill('Münster');
    await next(page);
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual([
      'Postleitzahl: Die Angabe hat nicht die erwartete Form. Bitte beachten Sie den Hinweis zum Feld.',
      'Ich bin unter dieser Anschrift mit Haupt- oder Nebenwohnsitz gemeldet: Bitte bestätigen Sie diese Angabe, indem Sie das Kästchen ankreuzen.',
    ]);
    await shown(page.locator('#field-address-postalCode-error')).toMatch(
      /nicht die erwartete Form/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Postleitzahl').fill('48143');
    await page.getByLabel(/Ich bin unter dieser Anschrift/).check();
    await next(page);

    // ... the vehicle and the permit
    await waitForHeading(page, /Ihr Fahrzeug/);
    await page.getByLabel('Kennzeichen').fill('MS-AB 123');
    await page.getByLabel('Hersteller und Modell').fill('VW Golf');
    await page.getByLabel('Auf mich').check();
    expect(await accessibilityProblems(page)).toEqual([]);
    await next(page);
    await waitForHeading(page, /Ihr Parkausweis/);
    await page.getByLabel('Ein Jahr').check();
    await page.getByLabel('Gültig ab').fill('2027-02-01');
    expect(await accessibilityProblems(page)).toEqual([]);
    await next(page);

    // ... then the documents: a file of another type is refused before it is sent
    await waitForHeading(page, /Nachweise hochladen/);
    const upload = page.getByLabel(/Zulassungsbescheinigung Teil I/);
    await upload.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a scan'),
    });
    await summary.waitFor();
    await shown(page.locator('#upload-registration-certificate-error')).toMatch(
      /Diese Art von Datei können wir nicht annehmen.*PDF, JPEG, PNG/,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await upload.setInputFiles({
      name: 'fahrzeugschein.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    await page.locator('.document-upload__file', { hasText: 'fahrzeugschein.pdf' }).waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and leaves: the draft is stored with her answers
    await page.getByRole('link', { name: /Später weitermachen/ }).click();
    await waitForHeading(page, /^Meine Anträge$/);
    const draft = await applicationRow(account.id);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      reference: null,
      answers: { vehicle: { licencePlate: 'MS-AB 123' }, permit: { validity: 'one-year' } },
    });

    // When she comes back on another device, the draft waits in "My applications"
    const other = await visitor();
    await signInTo(other, account, '/my-town-hall');
    await waitForHeading(other, /^Mein Rathaus$/);
    await other.getByRole('link', { name: 'Meine Anträge' }).click();
    await waitForHeading(other, /^Meine Anträge$/);
    expect(await accessibilityProblems(other)).toEqual([]);
    await other.getByRole('link', { name: /Weiter ausfüllen/ }).click();

    // Then she checks her answers and the uploaded file
    await waitForHeading(other, /Prüfen Sie Ihre Angaben/);
    const answers = await other.locator('main').innerText();
    expect(answers).toMatch(/Erika/);
    expect(answers).toMatch(/12\. August 1984/);
    expect(answers).toMatch(/MS-AB 123/);
    expect(answers).toMatch(/Auf mich/);
    expect(answers).toMatch(/fahrzeugschein\.pdf/);
    expect(answers).toMatch(/30,70\s€/);
    expect(await accessibilityProblems(other)).toEqual([]);

    // ... submits it, and sees its reference
    await other.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
    await waitForHeading(other, /Ihr Antrag ist eingegangen/);
    const reference = (await other.locator('.panel__code').innerText()).trim();
    expect(reference).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(await applicationRow(account.id)).toMatchObject({ status: 'SUBMITTED', reference });
    expect(await accessibilityProblems(other)).toEqual([]);

    // ... and downloads the receipt, a PDF
    const receipt = other.getByRole('link', { name: /Eingangsbestätigung herunterladen/ });
    const [download] = await Promise.all([other.waitForEvent('download'), receipt.click()]);
    const bytes = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // ... and the application is in her list, with its status
    await other.goto('/my-town-hall/applications');
    await waitForHeading(other, /^Meine Anträge$/);
    const sent = other.locator('section', { hasText: 'Eingereichte Anträge' });
    await shown(sent).toContain(reference);
    await shown(sent).toMatch(/Eingegangen/);
  },
  TIMEOUT,
);

it(
  'flags a wrong answer while it is typed, with the form’s own check under the Content Security Policy',
  async () => {
    // Given a citizen on the first section of the parking permit's form
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const serviceId = await parkingPermit(env.server);
    const page = await visitor();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const check = page.waitForResponse((response) =>
      /\/forms\/[^/]+\/validate\.js$/.test(new URL(response.url()).pathname),
    );
    await signInTo(page, account, `/services/${encodeURIComponent(serviceId)}`);
    await page.getByRole('link', { name: /Online beantragen/ }).click();
    await waitForHeading(page, /Angaben zu Ihrer Person/);
    expect((await check).headers()['content-type']).toBe('text/javascript; charset=utf-8');

    // When she types a first name of blanks only, without going on
    const givenName = page.getByLabel('Vorname(n)');
    await givenName.pressSequentially('  ');

    // Then the field says so at once, with the text the API's problem would have
    const error = page.locator('#field-applicant-givenName-error');
    await error.waitFor();
    await shown(error).toMatch(/nicht die erwartete Form/);
    expect(await givenName.getAttribute('aria-invalid')).toBe('true');
    // ... only the field she typed in, and no error summary before she goes on
    expect(await page.locator('#field-applicant-familyName-error').count()).toBe(0);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she types her name, the problem goes
    await givenName.fill('Erika');
    await error.waitFor({ state: 'detached' });
    expect(violations).toEqual([]);
  },
  TIMEOUT,
);

it(
  'has no WCAG 2.2 AA violations on the form pages in English, and uses the form’s English texts',
  async () => {
    const account = await createAccount(env.server, { name: 'Sam Smith' });
    const serviceId = await parkingPermit(env.server);
    const page = await visitor('en-GB');
    await signInByApi(page, account);
    const problems: Record<string, string[]> = {};
    const inspect = async (name: string) => {
      const found = await accessibilityProblems(page);
      if (found.length > 0) problems[name] = found;
    };

    await page.goto(`/services/${encodeURIComponent(serviceId)}/apply`);
    await waitForHeading(page, /About you$/);
    await inspect('about you');
    await next(page, 'Save and continue');
    await page.locator('.error-summary').waitFor();
    await shown(page.locator('.error-summary li').first()).toBe(
      'Given name(s): Please fill in this field.',
    );
    await inspect('about you with errors');
    for (const [step, heading] of [
      ['address', /Your address in the parking zone$/],
      ['vehicle', /Your vehicle$/],
      ['permit', /Your permit$/],
      ['documents', /Upload documents$/],
      ['check', /Check your answers$/],
    ] as const) {
      await page.goto(`/services/${encodeURIComponent(serviceId)}/apply?step=${step}`);
      await waitForHeading(page, heading);
      await inspect(step);
    }
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.locator('.error-summary').waitFor();
    await inspect('check with errors');
    expect(problems).toEqual({});
  },
  TIMEOUT,
);

it(
  'withdraws an application, and another open page of it shows the change live',
  async () => {
    // Given a submitted application, open on two devices
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { id, reference } = await submittedThroughApi(env.server, account);
    const path = `/my-town-hall/applications/${encodeURIComponent(id)}`;
    const watching = await visitor();
    await signInTo(watching, account, path);
    await waitForHeading(watching, new RegExp(`Ihr Antrag ${reference}`));
    await shown(watching.locator('.application-status').first()).toBe('Eingegangen');
    await shown(watching.locator('.timeline')).toMatch(/Antrag eingereicht/);
    expect(await accessibilityProblems(watching)).toEqual([]);
    await waitForSubscriptions(env.server.bus, 1, 5000, 'applicationUpdated');
    const page = await visitor();
    await signInTo(page, account, path);
    await waitForHeading(page, new RegExp(`Ihr Antrag ${reference}`));

    // When she withdraws it on one of them
    await page.getByRole('button', { name: 'Antrag zurückziehen' }).click();
    await waitForHeading(page, /Möchten Sie Ihren Antrag wirklich zurückziehen/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Antrag zurückziehen' }).click();
    await waitForHeading(page, new RegExp(`Ihr Antrag ${reference}`));
    await page.locator('.application-status', { hasText: 'Zurückgezogen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Antrag zurückziehen' }).count()).toBe(0);

    // Then the other shows it without a reload, and says so to screen readers
    await watching.locator('.application-status', { hasText: 'Zurückgezogen' }).waitFor();
    await shown(watching.locator('.timeline')).toMatch(/Antrag zurückgezogen/);
    await shown(watching.locator('.kern-sr-only[aria-live="polite"]')).toMatch(
      /Der Stand Ihres Antrags hat sich geändert: Zurückgezogen/,
    );
  },
  TIMEOUT,
);

it(
  'deletes a draft from My applications after asking',
  async () => {
    // Given a citizen with a draft she started
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const serviceId = await parkingPermit(env.server);
    const page = await visitor();
    await signInTo(page, account, `/services/${encodeURIComponent(serviceId)}/apply`);
    await waitForHeading(page, /Angaben zu Ihrer Person/);
    await page.getByLabel('Vorname(n)').fill('Erika');
    await page.getByText(/Entwurf gespeichert um/).waitFor();
    await page.goto('/my-town-hall/applications');
    await waitForHeading(page, /^Meine Anträge$/);

    // When she deletes it, and confirms
    await page.getByRole('button', { name: /Entwurf löschen/ }).click();
    await page.getByText(/Möchten Sie diesen Entwurf mit allen hochgeladenen Dateien/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Entwurf löschen' }).click();

    // Then it is gone, from the page and from the database
    await page
      .getByText('Der Entwurf für „Bewohnerparkausweis beantragen“ ist gelöscht.')
      .waitFor();
    await shown(page.locator('main')).toMatch(/Sie haben keinen begonnenen Antrag/);
    expect(await applicationRow(account.id)).toBeUndefined();
  },
  TIMEOUT,
);

it(
  'shows the office’s request live, takes the document asked for, and shows the decision live',
  async () => {
    // Given a submitted application open on the citizen's page, and a clerk of its office
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { id, reference } = await submittedThroughApi(env.server, account);
    const citizen = bearer(await signIn(env.server, account));
    const office = await env.server.gql<{ application: { office: { id: string } } }>(
      'query($id: ID!) { application(id: $id) { office { id } } }',
      { id },
      citizen,
    );
    const clerk = bearer(
      await signIn(
        env.server,
        await createAccount(env.server, {
          roles: [Role.STAFF],
          officeIds: [uuidOf(office.body.data!.application.office.id, 'Office')!],
        }),
      ),
    );
    const staff = async (mutation: string, variables: Record<string, unknown>) => {
      const { body } = await env.server.gql<Record<string, { userErrors: unknown[] }>>(
        mutation,
        variables,
        clerk,
      );
      expect(Object.values(body.data ?? {}).map((payload) => payload.userErrors)).toEqual([[]]);
    };
    const path = `/my-town-hall/applications/${encodeURIComponent(id)}`;
    const page = await visitor();
    await signInTo(page, account, path);
    await waitForHeading(page, new RegExp(`Ihr Antrag ${reference}`));
    await waitForSubscriptions(env.server.bus, 1, 5000, 'applicationUpdated');

    // When the clerk takes it and asks for the back of the registration certificate
    await staff(
      'mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { userErrors { code } } }',
      { input: { applicationId: id } },
    );
    await staff(
      `mutation($input: RequestApplicationInformationInput!) {
         requestApplicationInformation(input: $input) { userErrors { code } } }`,
      {
        input: {
          applicationId: id,
          message: 'Bitte laden Sie auch die Rückseite des Fahrzeugscheins hoch.',
        },
      },
    );

    // Then the citizen sees the request at once, with the clerk's words
    await page
      .getByRole('heading', { name: 'Das Amt braucht weitere Angaben von Ihnen' })
      .waitFor();
    await shown(page.locator('main')).toMatch(/Rückseite des Fahrzeugscheins/);
    await shown(page.locator('.application-status').first()).toBe('Angaben nötig');
    expect(await accessibilityProblems(page)).toEqual([]);

    // ... and sends the document right there
    await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles({
      name: 'rueckseite.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    // Then it is among the documents, and the case is back with the office
    await page.getByRole('link', { name: /rueckseite\.pdf/ }).waitFor();
    await page.locator('.application-status', { hasText: 'In Bearbeitung' }).first().waitFor();

    // When the clerk approves it
    await staff(
      `mutation($input: ApproveApplicationInput!) {
         approveApplication(input: $input) { userErrors { code } } }`,
      { input: { applicationId: id, reason: 'Sie wohnen im Bewohnerparkgebiet Altstadt.' } },
    );

    // Then the citizen sees the decision at once, and downloads it as a PDF
    await page.getByRole('heading', { name: 'Ihr Antrag ist bewilligt' }).waitFor();
    await shown(page.locator('main')).toMatch(/Bewohnerparkgebiet Altstadt/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Bescheid herunterladen/ }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);

it(
  'answers the office’s question in the conversation, with the document asked for uploaded there',
  async () => {
    // Given a submitted application, a clerk of its office who took it and asked for more
    const account = await createAccount(env.server, { name: 'Erika Mustermann' });
    const { id, reference } = await submittedThroughApi(env.server, account);
    const citizen = bearer(await signIn(env.server, account));
    const linked = await env.server.gql<{
      application: { office: { id: string }; conversation: { id: string } };
    }>(
      'query($id: ID!) { application(id: $id) { office { id } conversation { id } } }',
      { id },
      citizen,
    );
    const { office, conversation } = linked.body.data!.application;
    const clerk = bearer(
      await signIn(
        env.server,
        await createAccount(env.server, {
          roles: [Role.STAFF],
          officeIds: [uuidOf(office.id, 'Office')!],
        }),
      ),
    );
    for (const [mutation, variables] of [
      [
        'mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { userErrors { code } } }',
        { input: { applicationId: id } },
      ],
      [
        `mutation($input: RequestApplicationInformationInput!) {
           requestApplicationInformation(input: $input) { userErrors { code } } }`,
        {
          input: {
            applicationId: id,
            message: 'Bitte laden Sie auch die Rückseite des Fahrzeugscheins hoch.',
          },
        },
      ],
    ] as const) {
      const { body } = await env.server.gql<Record<string, { userErrors: unknown[] }>>(
        mutation,
        variables,
        clerk,
      );
      expect(Object.values(body.data ?? {}).map((payload) => payload.userErrors)).toEqual([[]]);
    }

    // When the citizen opens the conversation
    const page = await visitor();
    await signInTo(page, account, `/conversations/${encodeURIComponent(conversation.id)}`);
    await page.getByText(/Rückseite des Fahrzeugscheins/).waitFor();

    // Then it shows the application waiting for them, a link to it and where to upload
    await page.getByRole('heading', { name: `Ihr Antrag ${reference}` }).waitFor();
    expect(
      await page.getByRole('link', { name: `Antrag ${reference} ansehen` }).getAttribute('href'),
    ).toBe(`/my-town-hall/applications/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: 'Unterlagen nachreichen' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When they upload the back of the certificate there and answer
    await waitForSubscriptions(env.server.bus, 1, 5000, 'applicationUpdated');
    await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles({
      name: 'rueckseite.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(),
    });
    await page.getByRole('link', { name: /rueckseite\.pdf/ }).waitFor();
    await page.getByLabel('Ihre Antwort').fill('Die Rückseite ist hochgeladen.');
    await page.getByRole('button', { name: 'Senden' }).click();
    await page
      .locator('.thread__item--citizen', { hasText: 'Rückseite ist hochgeladen' })
      .waitFor();

    // Then the clerk sees the document on the case, and the case back in review
    await page.locator('.application-status', { hasText: 'In Bearbeitung' }).waitFor();
    const { body } = await env.server.gql<{
      application: { status: string; documents: Array<{ fileName: string; fromOffice: boolean }> };
    }>(
      'query($id: ID!) { application(id: $id) { status documents { fileName fromOffice } } }',
      { id },
      clerk,
    );
    expect(body.data!.application.status).toBe('IN_REVIEW');
    expect(body.data!.application.documents).toContainEqual({
      fileName: 'rueckseite.pdf',
      fromOffice: false,
    });
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
