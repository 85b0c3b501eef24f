import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import express from 'express';
import type { Browser } from 'playwright-core';
import { answerErrors } from '../../../src/applications/form-definition.js';
import { formValidatorModule } from '../../../src/applications/form-validator-module.js';
import { dogRegistrationForm } from '../../../src/applications/forms/dog-registration.js';
import { securityHeaders } from '../../../src/server/security-headers.js';
import { launchBrowser } from './support/browser.js';

// The web client imports src/applications/form-definition.ts (docs/application-forms.md) for a
// form's sections, controls and documents. ajv, which that module also holds, runs its compiled
// checks through `Function`, which the server's Content Security Policy refuses: here the module
// is bundled by Vite as the client is and run under the server's own headers, so a module that
// made ajv on import (and so broke every page that imports it) fails this test. The answers are
// checked in the browser with the form's standalone check, served from the site as the API does.

const TIMEOUT = 120_000;

/** Answers with a problem of every kind the dog registration can tell. */
const WRONG_ANSWERS = {
  owner: { givenName: ' ', dateOfBirth: '1990-02-30', email: 'jonas@' },
  dog: { sex: 'unknown', microchipNumber: '12' },
  keeping: { otherDogs: -1.5 },
  extra: true,
};

const named = (problems: Array<{ pointer: string; code: string }>) =>
  problems.map(({ pointer, code }) => `${pointer} ${code}`);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

let dir: string;
let browser: Browser;
let close: () => Promise<void>;
let url: string;

declare global {
  interface Window {
    formLayout?: {
      sections: string[];
      afterChoice: string[];
      widgets: string[];
      documents: string[];
    };
    cspViolations: string[];
    formProblems?: Array<{ pointer: string; code: string }>;
    WRONG_ANSWERS: unknown;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rathaus-form-browser-'));
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    `import { answerErrorsWith, applicableDocuments, fieldWidget, visibleSections } from ${JSON.stringify(
      join(root, 'src/applications/form-definition.js'),
    )};
import { dogRegistrationForm } from ${JSON.stringify(join(root, 'src/applications/forms/dog-registration.js'))};
const form = dogRegistrationForm;
const fields = form.ui.sections.flatMap((section) => section.fields);
const chosen = Object.fromEntries(
  form.ui.sections.filter((section) => section.when).map((section) => {
    const tokens = section.when.field.slice(1).split('/');
    return [tokens[0], { [tokens[1]]: section.when.equals }];
  }),
);
window.formLayout = {
  sections: visibleSections(form, {}).map((section) => section.id),
  afterChoice: visibleSections(form, chosen).map((section) => section.id),
  widgets: fields.map((field) => fieldWidget(form, field)),
  documents: applicableDocuments(form, chosen).map((document) => document.key),
};
const check = '/forms/dog/validate.js';
import(/* @vite-ignore */ check).then(({ validate }) => {
  window.formProblems = answerErrorsWith(validate, form, window.WRONG_ANSWERS);
});
`,
  );
  await writeFile(
    join(dir, 'vite.config.mjs'),
    `export default { root: ${JSON.stringify(dir)}, logLevel: 'warn', build: { outDir: ${JSON.stringify(
      join(dir, 'dist'),
    )}, lib: { entry: ${JSON.stringify(entry)}, formats: ['es'], fileName: 'form' } } };\n`,
  );
  await run(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(dir, 'vite.config.mjs'),
    ],
    { cwd: join(root, 'clients/web') },
  );
  const script = await readFile(join(dir, 'dist/form.mjs'));

  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.use(securityHeaders(url));
  // The check as the API serves it (src/server/form-validator-route.ts).
  const check = formValidatorModule(dogRegistrationForm);
  app.get('/forms/dog/validate.js', (_request, response) => {
    response.type('text/javascript; charset=utf-8').send(check);
  });
  app.get('/form.mjs', (_request, response) => {
    response.type('text/javascript').send(script);
  });
  app.get('/', (_request, response) => {
    response
      .type('html')
      .send(
        '<!doctype html><html lang="de"><title>Formular</title><script type="module" src="/form.mjs"></script></html>',
      );
  });
  close = () => new Promise((resolve) => server.close(() => resolve()));
  browser = await launchBrowser();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await close?.();
  await rm(dir, { recursive: true, force: true });
});

it(
  'runs the form layout functions, and the form’s check served by the site, in the browser under the server’s Content Security Policy',
  async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((answers) => {
      window.WRONG_ANSWERS = answers;
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective),
      );
    }, WRONG_ANSWERS);
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.waitForFunction(
      () => window.formLayout !== undefined || window.cspViolations.length > 0,
    );

    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    const layout = await page.evaluate(() => window.formLayout);
    const { dogRegistrationForm } =
      await import('../../../src/applications/forms/dog-registration.js');
    const conditional = dogRegistrationForm.ui.sections.filter((section) => section.when);
    expect(conditional.length).toBeGreaterThan(0);
    // A conditional section is hidden until its answer is given, then shown.
    for (const section of conditional) {
      expect(layout?.sections).not.toContain(section.id);
      expect(layout?.afterChoice).toContain(section.id);
    }
    expect(layout?.widgets).toContain('checkbox');
    expect(layout?.widgets).toContain('date');
    expect(layout?.documents.length).toBeGreaterThan(0);

    // The form's standalone check, loaded from the site, finds what the server's ajv finds.
    await page.waitForFunction(
      () => window.formProblems !== undefined || window.cspViolations.length > 0,
    );
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    const problems = await page.evaluate(() => window.formProblems);
    expect(problems?.length).toBeGreaterThan(0);
    expect(named(problems ?? [])).toEqual(named(answerErrors(dogRegistrationForm, WRONG_ANSWERS)));
    await page.close();
  },
  TIMEOUT,
);
