import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  answerErrors,
  answerErrorsWith,
  type AnswersCheck,
  type FormDefinition,
} from '../../src/applications/form-definition.js';
import { certificateOfResidenceForm } from '../../src/applications/forms/certificate-of-residence.js';
import { dogRegistrationForm } from '../../src/applications/forms/dog-registration.js';
import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { insertForm } from '../support/application-rows.js';
import { messagingTown } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// GET /forms/<id>/validate.js: the browser's copy of the server's answers check. Imported here
// from a folder without node_modules (as a browser has none), it must find the same problems as
// the server's ajv for the same answers.

let server: TestServer;
let dir: string;
let serviceId: string;

beforeAll(async () => {
  server = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'rathaus-form-check-'));
  serviceId = (await messagingTown(server)).town.serviceId;
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const pathOf = (formId: string) =>
  `/forms/${encodeURIComponent(toGlobalId('ApplicationForm', formId))}/validate.js`;

/** The served check of a definition, imported as the browser would. */
async function servedCheck(definition: FormDefinition) {
  const formId = await insertForm(server, serviceId, { definition });
  const response = await server.http().get(pathOf(formId));
  const file = join(dir, `${formId}.mjs`);
  await writeFile(file, response.text);
  const module = (await import(pathToFileURL(file).href)) as { validate: AnswersCheck };
  // As the API reads it (jsonb orders an object's keys its own way, and so ajv's errors).
  const [stored] = await server.orm.em
    .fork()
    .execute<Array<{ definition: FormDefinition }>>(
      'select definition from application_form where id = ?',
      [formId],
    );
  return { response, validate: module.validate, stored: stored!.definition };
}

const dog = () => ({
  owner: {
    givenName: 'Jonas',
    familyName: 'Schäfer',
    dateOfBirth: '1990-03-01',
    email: 'jonas.schaefer@example.org',
    address: { street: 'Am Markt', houseNumber: '3', postalCode: '48143', city: 'Münster' },
  },
  dog: {
    name: 'Bello',
    breed: 'Labrador-Mischling',
    sex: 'male',
    dateOfBirth: '2025-05-20',
    colour: 'schwarz',
    microchipNumber: '276098106012345',
  },
  keeping: { since: '2026-11-15', otherDogs: 0 },
  tax: { exemptionClaimed: false },
});

/** Answers right and wrong in every way the demo forms can tell. */
const samples: unknown[] = [
  {},
  dog(),
  { ...dog(), owner: { ...dog().owner, dateOfBirth: '1990-02-30', email: 'jonas@' } },
  { ...dog(), owner: { ...dog().owner, givenName: '𝒥'.repeat(100), familyName: '𝒥'.repeat(101) } },
  { ...dog(), dog: { ...dog().dog, sex: 'unknown', microchipNumber: '12' }, extra: true },
  { ...dog(), keeping: { since: 'gestern', otherDogs: -1.5 } },
  { person: { givenName: '', dateOfBirth: 1975 }, delivery: { method: 'post' } },
  { vehicle: { registration: 'MS AB 123' }, address: null },
  [],
  'answers',
];

it.each([
  ['dog registration', dogRegistrationForm],
  ['certificate of residence', certificateOfResidenceForm],
  ['residential parking permit', residentialParkingPermitForm],
])('serves a check of the %s that finds what the server finds', async (_name, definition) => {
  // Given a form version, when its check is fetched
  const { response, validate, stored } = await servedCheck(definition);

  // Then it is a script of the site's own that browsers keep, without imports
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(response.text).not.toMatch(/^\s*import\b/m);

  // And it finds the same problems, at the same pointers, as the server's own check
  for (const answers of samples) {
    expect(answerErrorsWith(validate, stored, answers)).toEqual(answerErrors(stored, answers));
  }
  expect(answerErrorsWith(validate, definition, {}).length).toBeGreaterThan(0);
});

it('answers 404 for a form version that does not exist, and for what is no form’s ID', async () => {
  const missing = await server.http().get(pathOf('00000000-0000-4000-8000-000000000000'));
  expect(missing.status).toBe(404);
  const notAForm = await server
    .http()
    .get(`/forms/${encodeURIComponent(toGlobalId('Service', serviceId))}/validate.js`);
  expect(notAForm.status).toBe(404);
  expect((await server.http().get('/forms/nonsense/validate.js')).status).toBe(404);
});
