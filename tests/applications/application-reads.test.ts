import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { ApplicationStatus } from '../../src/entities/applications/application-status.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { createAccount, signIn, bearer } from '../support/accounts.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import { messagingTown } from '../support/messaging.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T08:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

const APPLICATION = `query($id: ID!) {
  application(id: $id) {
    id reference status version answers overdue applicantName
    assignee { name }
    service { id } office { id }
    form { version processingDays fee { amountCents } service { id } }
    answerProblems { pointer code }
    missingDocuments documents { id } receipt { id } decision { id } timeline { kind }
  }
}`;

/** A town whose citizen has a submitted parking permit application, past its due date. */
async function submittedCase() {
  const { town, citizen, clerk } = await messagingTown(server);
  const formId = await insertForm(server, town.serviceId, {
    definition: residentialParkingPermitForm,
  });
  const applicationId = await insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.account.id,
    status: ApplicationStatus.SUBMITTED,
  });
  return { town, citizen, clerk, id: toGlobalId('Application', applicationId) };
}

it('shows an application to its applicant without the names only staff see', async () => {
  // Given a citizen's submitted application
  const { town, citizen, id } = await submittedCase();

  // When the citizen reads it
  const { body } = await server.gql<{ application: Record<string, unknown> }>(
    APPLICATION,
    { id },
    citizen.headers,
  );

  // Then they see it with its service, office, form and problems, but no staff-only fields
  expect(body.errors).toBeUndefined();
  expect(body.data!.application).toMatchObject({
    id,
    status: 'SUBMITTED',
    answers: { person: { name: 'Erika Mustermann' } },
    overdue: true,
    applicantName: null,
    assignee: null,
    service: { id: town.service },
    office: { id: town.office },
    form: { version: 1, processingDays: 14, fee: null, service: { id: town.service } },
    documents: [],
    receipt: null,
    decision: null,
    timeline: [],
  });
  const problems = body.data!.application.answerProblems as Array<{ pointer: string }>;
  expect(problems.map((problem) => problem.pointer)).toContain('/applicant/givenName');
});

it('shows the applicant’s name to the office’s staff and nothing to another citizen', async () => {
  // Given a citizen's application and another citizen
  const { citizen, clerk, id } = await submittedCase();
  const other = bearer(await signIn(server, await createAccount(server)));

  // When the office's clerk and the other citizen read it
  const byClerk = await server.gql<{ application: { applicantName: string } }>(
    APPLICATION,
    { id },
    clerk.headers,
  );
  const byOther = await server.gql(APPLICATION, { id }, other);

  // Then the clerk sees the applicant's name, which goes to the citizen's data access log, and
  // the other citizen nothing at all
  expect(byClerk.body.data!.application.applicantName).toBe('Bürgerin Berger');
  const logged = await server.orm.em
    .fork()
    .execute<Array<{ actor_id: string; subject: string; reason: string }>>(
      'select actor_id, subject, reason from data_access_log where citizen_id = ?',
      [citizen.account.id],
    );
  expect(logged).toEqual([
    {
      actor_id: clerk.account.id,
      subject: expect.stringMatching(/^APPLICATION:T-2027-/),
      reason: 'PROCESSING_APPLICATION',
    },
  ]);
  expect(byOther.body).toMatchObject({ data: { application: null } });
  expect(byOther.body.errors).toBeUndefined();
  const node = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id }, other);
  expect(node.body.data).toEqual({ node: null });
});

it('lists the citizen’s own applications, newest first, and the service’s online form', async () => {
  // Given a citizen with a submitted application and, later, a draft for another service
  const first = await submittedCase();
  const { town: otherTown } = await messagingTown(server);
  const formId = await insertForm(server, otherTown.serviceId);
  const draft = await insertApplication(server, {
    formId,
    serviceId: otherTown.serviceId,
    officeId: otherTown.officeId,
    applicantId: first.citizen.account.id,
    status: ApplicationStatus.DRAFT,
  });

  // When the citizen lists their applications and looks at the service
  const { body } = await server.gql<{
    myApplications: { totalCount: number; edges: Array<{ node: { id: string; status: string } }> };
    service: { onlineApplication: { id: string; version: number } | null };
  }>(
    `query($service: ID!) {
      myApplications(first: 10) { totalCount edges { node { id status } } }
      service(id: $service) { onlineApplication { id version } }
    }`,
    { service: first.town.service },
    first.citizen.headers,
  );

  // Then both are listed, the draft first, and the service offers its form
  expect(body.errors).toBeUndefined();
  expect(body.data!.myApplications.totalCount).toBe(2);
  expect(body.data!.myApplications.edges.map((edge) => edge.node)).toEqual([
    { id: toGlobalId('Application', draft), status: 'DRAFT' },
    { id: first.id, status: 'SUBMITTED' },
  ]);
  expect(body.data!.service.onlineApplication).toMatchObject({ version: 1 });
});

describe('batching', () => {
  it('answers a page of my applications with their services, offices, forms, files and timelines in as many statements for 6 as for 2', async () => {
    // Given a citizen with six submitted applications for the services of two offices
    const { town, citizen } = await messagingTown(server);
    const other = await messagingTown(server);
    const forms = [
      { town, formId: await insertForm(server, town.serviceId) },
      { town: other.town, formId: await insertForm(server, other.town.serviceId) },
    ];
    for (let index = 0; index < 6; index += 1) {
      const { town: where, formId } = forms[index % 2]!;
      await insertApplication(server, {
        formId,
        serviceId: where.serviceId,
        officeId: where.officeId,
        applicantId: citizen.account.id,
        status: ApplicationStatus.SUBMITTED,
      });
    }
    const page = `query($first: Int!) { myApplications(first: $first) { edges { node {
      id reference service { name } office { name } form { version definition }
      answerProblems { pointer } missingDocuments documents { downloadUrl } receipt { id }
      timeline { kind } conversation { id } } } } }`;
    // Reading once moves the session's last use; the requests measured touch nothing.
    await server.gql(page, { first: 1 }, citizen.headers);

    // When the citizen reads pages of 2 and of 6
    const counted = [];
    for (const first of [2, 6]) {
      const response = await gqlCounted<{ myApplications: { edges: unknown[] } }>(
        server,
        page,
        { first },
        citizen.headers,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.myApplications.edges).toHaveLength(first);
      counted.push(response.sqlStatements);
    }

    // Then both cost the same: the session, the page, and one statement per relation (services,
    // offices, forms, files, timelines)
    expect(counted).toEqual([7, 7]);
  });
});

it('tells until when a decided case is kept, by the retention years of its form', async () => {
  // Given a citizen's case decided under a form kept 3 years, and one still undecided
  const { town, citizen } = await messagingTown(server);
  const formId = await insertForm(server, town.serviceId, { retentionYears: 3 });
  const decided = await insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.account.id,
    status: ApplicationStatus.APPROVED,
    decidedAt: new Date('2027-02-10T08:00:00Z'),
  });
  const open = await insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.account.id,
    status: ApplicationStatus.IN_REVIEW,
  });

  // When the citizen reads their applications
  const { body } = await server.gql<{
    myApplications: { edges: Array<{ node: { id: string; keptUntil: string | null } }> };
  }>('{ myApplications(first: 10) { edges { node { id keptUntil } } } }', {}, citizen.headers);

  // Then the decided one is kept three years from its decision, the open one has no date yet
  const keptUntil = new Map(
    body.data!.myApplications.edges.map(({ node }) => [node.id, node.keptUntil]),
  );
  expect(keptUntil.get(toGlobalId('Application', decided))).toBe('2030-02-10T08:00:00.000Z');
  expect(keptUntil.get(toGlobalId('Application', open))).toBeNull();
});
