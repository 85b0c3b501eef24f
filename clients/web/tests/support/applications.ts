import { bearer, signIn, type TestAccount } from '../../../../tests/support/accounts.js';
import { pdf } from '../../../../tests/support/sample-files.js';
import type { TestServer } from '../../../../tests/support/test-server.js';

// The demo town's parking permit, and an application for it made through the API as the web
// client makes it, for the tests of the pages that show applications.

/** The parking permit service's global ID. */
export async function parkingPermit(server: TestServer): Promise<string> {
  const { body } = await server.gql<{
    services: { edges: Array<{ node: { id: string; name: string } }> };
  }>('{ services(query: "Bewohnerparkausweis", first: 5) { edges { node { id name } } } }');
  const service = body.data?.services.edges.find(
    (edge) => edge.node.name === 'Bewohnerparkausweis beantragen',
  );
  if (!service) throw new Error(`no parking permit service: ${JSON.stringify(body)}`);
  return service.node.id;
}

/** A parking permit application submitted through the API, as the web client sends it. */
export async function submittedThroughApi(
  server: TestServer,
  account: TestAccount,
): Promise<{ id: string; reference: string }> {
  const headers = bearer(await signIn(server, account));
  const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const { body } = await server.gql<T>(query, variables, headers);
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data;
  };
  const started = await gql<{ startApplication: { application: { id: string; version: number } } }>(
    'mutation($input: StartApplicationInput!) { startApplication(input: $input) { application { id version } } }',
    { input: { serviceId: await parkingPermit(server) } },
  );
  const { id } = started.startApplication.application;
  await gql<{ saveApplicationDraft: { application: { version: number } } }>(
    `mutation($input: SaveApplicationDraftInput!) {
       saveApplicationDraft(input: $input) { application { version } } }`,
    {
      input: {
        applicationId: id,
        version: started.startApplication.application.version,
        answers: {
          applicant: { givenName: 'Erika', familyName: 'Mustermann', dateOfBirth: '1984-08-12' },
          address: {
            street: 'Ludgeristraße',
            houseNumber: '12a',
            postalCode: '48143',
            city: 'Münster',
            registered: true,
          },
          vehicle: { licencePlate: 'MS-AB 123', make: 'VW Golf', keeper: 'applicant' },
          permit: { validity: 'one-year', startDate: '2027-02-01' },
        },
      },
    },
  );
  const ticket = await gql<{ createApplicationUpload: { uploadUrl: string } }>(
    `mutation($input: CreateApplicationUploadInput!) {
       createApplicationUpload(input: $input) { uploadUrl } }`,
    {
      input: {
        applicationId: id,
        requirement: 'registration-certificate',
        fileName: 'fahrzeugschein.pdf',
      },
    },
  );
  const uploaded = await fetch(
    `${server.url}${new URL(ticket.createApplicationUpload.uploadUrl).pathname}`,
    {
      method: 'PUT',
      body: new Uint8Array(pdf()),
      headers: { ...headers, 'content-type': 'application/pdf' },
    },
  );
  expect(uploaded.status).toBe(201);
  const now = await gql<{ application: { version: number } }>(
    'query($id: ID!) { application(id: $id) { version } }',
    { id },
  );
  const submitted = await gql<{
    submitApplication: { application: { reference: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: SubmitApplicationInput!) {
       submitApplication(input: $input) { application { reference } userErrors { code field } } }`,
    { input: { applicationId: id, version: now.application.version } },
  );
  const reference = submitted.submitApplication.application?.reference;
  if (!reference) throw new Error(JSON.stringify(submitted));
  return { id, reference };
}
