import { Role } from '../../../src/entities/accounts/account.entity.js';
import { createAccount } from '../../../tests/support/accounts.js';
import { parkingPermit } from './support/applications.js';
import {
  accessibilityProblems,
  chooseLanguage,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
  shown,
} from './support/browser.js';

// A service's online application form in the staff administration: an admin sees the published
// version as JSON, a problem of her edit named by its JSON pointer, the preview of what she types,
// publishes a new version that citizens get, and switches the online application off; clerks do
// not get in.

// Four states of the page checked with axe at two widths each: minutes on a loaded box.
const TIMEOUT = 300_000;

const env = serverBrowserAndVisitor(TIMEOUT);

type Definition = {
  ui: {
    sections: Array<{ when?: { field: unknown; equals: unknown } }>;
    fields: Record<string, { label: Record<string, unknown> }>;
  };
};
type OnlineApplication = {
  version: number;
  definition: Definition;
  processingDays: number;
  fee: { amountCents: number } | null;
};

/** The form citizens get for the service now (the API's public answer), or null. */
async function liveForm(serviceId: string): Promise<OnlineApplication | null> {
  const { body } = await env.server.gql<{
    service: { onlineApplication: OnlineApplication | null };
  }>(
    `query($id: ID!) { service(id: $id) {
       onlineApplication { version definition processingDays fee { amountCents } } } }`,
    { id: serviceId },
  );
  if (!body.data) throw new Error(JSON.stringify(body));
  return body.data.service.onlineApplication;
}

it(
  'lets an admin correct a definition by its JSON pointer, preview it, publish it and switch it off',
  async () => {
    const admin = await createAccount(env.server, { roles: [Role.ADMIN] });
    const serviceId = await parkingPermit(env.server);
    const published = (await liveForm(serviceId))!;
    const { page } = env.visitor;
    const definition = page.locator('#application-form-definition');
    const preview = page.locator('section.application-form-preview');
    const edited = async (change: (value: Definition) => void) => {
      const value = JSON.parse(await definition.inputValue()) as Definition;
      change(value);
      await definition.fill(JSON.stringify(value, null, 2));
    };

    // Given an admin on the service's page, who opens its online application
    await signInTo(page, admin, `/staff/admin/services/${encodeURIComponent(serviceId)}`);
    await waitForHeading(page, /^Bewohnerparkausweis beantragen bearbeiten$/);
    await page.getByRole('link', { name: 'Online-Antrag', exact: true }).click();
    await waitForHeading(page, /^Online-Antrag für Bewohnerparkausweis beantragen$/);

    // Then she sees the published version, its definition, and the form as citizens see it
    await page.getByText(`Veröffentlicht ist Version ${published.version}.`).waitFor();
    expect(JSON.parse(await page.getByLabel('Formulardefinition (JSON)').inputValue())).toEqual(
      published.definition,
    );
    await preview.getByRole('heading', { name: 'Angaben zu Ihrer Person' }).waitFor();
    await preview.getByLabel('Vorname(n)').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she renames a field, the preview shows the new label at once
    await edited((value) => {
      value.ui.fields['/applicant/givenName']!.label.de = 'Vorname(n) laut Ausweis';
    });
    await preview.getByLabel('Vorname(n) laut Ausweis').waitFor();

    // When a condition names its field by a number, the preview says it cannot show the form, and
    // comes back once the condition is gone
    await edited((value) => {
      value.ui.sections[1]!.when = { field: 5, equals: true };
    });
    await preview.getByText('Diese Definition lässt sich nicht als Formular zeigen.').waitFor();
    await edited((value) => {
      delete value.ui.sections[1]!.when;
    });
    await preview.getByLabel('Vorname(n) laut Ausweis').waitFor();

    // When she leaves out the German label of another field and publishes
    await edited((value) => {
      delete value.ui.fields['/applicant/familyName']!.label.de;
    });
    // (the preview names the field by its pointer meanwhile, so that no control goes unnamed)
    await preview.getByLabel('/applicant/familyName').waitFor();
    await page.getByLabel('Bearbeitungszeit in Tagen').fill('10');
    await page.getByLabel('Gebühr in Euro').fill('35,50');
    await page.getByRole('button', { name: 'Als neue Version veröffentlichen' }).click();

    // Then the problem is named by its JSON pointer next to the definition and in the summary
    const problem = page.locator('#application-form-definition-error-1');
    await problem.waitFor();
    await shown(problem).toContain('/ui/fields/~1applicant~1familyName/label/de');
    expect(await definition.getAttribute('aria-invalid')).toBe('true');
    await shown(page.locator('.error-summary')).toContain(
      '/ui/fields/~1applicant~1familyName/label/de',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    expect((await liveForm(serviceId))!.version).toBe(published.version);

    // When the text is no JSON at all, the preview waits and nothing is sent
    const correct = await definition.inputValue();
    await definition.fill(correct.slice(0, -2));
    await preview
      .getByText('Die Vorschau erscheint, sobald die Definition gültiges JSON')
      .waitFor();
    await page.getByRole('button', { name: 'Als neue Version veröffentlichen' }).click();
    await page
      .locator('.error-summary')
      .getByText(/kein gültiges JSON/)
      .waitFor();

    // When she puts the label back and publishes
    await definition.fill(correct);
    await edited((value) => {
      value.ui.fields['/applicant/familyName']!.label.de = 'Familienname';
    });
    await page.getByRole('button', { name: 'Als neue Version veröffentlichen' }).click();

    // Then the next version is published, and it is what citizens get
    const next = published.version + 1;
    await page
      .getByRole('status')
      .filter({ hasText: `Version ${next} des Online-Antrags ist veröffentlicht.` })
      .waitFor();
    await page.getByText(`Veröffentlicht ist Version ${next}.`).waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    const live = (await liveForm(serviceId))!;
    expect(live.version).toBe(next);
    expect(live.definition.ui.fields['/applicant/givenName']!.label.de).toBe(
      'Vorname(n) laut Ausweis',
    );
    expect(live.processingDays).toBe(10);
    expect(live.fee).toEqual({ amountCents: 3550 });
    expect(await page.getByLabel('Gebühr in Euro').inputValue()).toBe('35.50');

    // And in English the page and the preview speak English
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /^Online application for Apply for a residents’ parking permit$/);
    await page.getByLabel('Form definition (JSON)').waitFor();
    await preview.getByRole('heading', { name: 'About you' }).waitFor();
    // (a label's language that holds no text gives way to the German)
    await page
      .getByLabel('Form definition (JSON)')
      .fill(
        (await page.getByLabel('Form definition (JSON)').inputValue()).replace(
          '"Given name(s)"',
          '{ "text": "Given name(s)" }',
        ),
      );
    await preview.getByLabel('Vorname(n) laut Ausweis').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she switches the online application off
    await page.getByRole('link', { name: 'Switch the online application off' }).click();
    await page.getByRole('heading', { name: /^Switch off the online application for / }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, switch off' }).click();

    // Then citizens can no longer apply online, and the page offers to publish one again
    await page.getByRole('status').filter({ hasText: 'is switched off.' }).waitFor();
    await page.getByText('This service has no online application at the moment.').waitFor();
    expect(await liveForm(serviceId)).toBeNull();
    await page.getByRole('button', { name: 'Publish as a new version' }).waitFor();
  },
  TIMEOUT,
);

it(
  'gives a clerk neither the form nor its editor',
  async () => {
    const clerk = await createAccount(env.server, { roles: [Role.STAFF] });
    const serviceId = await parkingPermit(env.server);
    const { page } = env.visitor;
    await signInTo(
      page,
      clerk,
      `/staff/admin/services/${encodeURIComponent(serviceId)}/application-form`,
    );
    await waitForHeading(page, /^Nur für die Verwaltung$/);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /veröffentlichen/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
