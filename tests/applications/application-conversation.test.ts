import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { ApplicationStatus } from '../../src/entities/applications/application-status.js';
import type { Listening } from '../../src/realtime/event-bus.js';
import type { ApplicationChanged } from '../../src/realtime/topics.js';
import { toGlobalId, uuidOf } from '../../src/resolvers/common/global-id.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

/** A town whose citizen has an application in `status` linked to a conversation with the office. */
async function caseWithConversation(status: ApplicationStatus) {
  const { town, citizen, clerk } = await messagingTown(server);
  const formId = await insertForm(server, town.serviceId, {
    definition: residentialParkingPermitForm,
  });
  const conversation = await startConversation(server, citizen, town.office);
  const applicationId = await insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.account.id,
    status,
  });
  await server.orm.em
    .fork()
    .execute('update application set conversation_id = ? where id = ?', [
      uuidOf(conversation.id, 'Conversation'),
      applicationId,
    ]);
  return { citizen, clerk, conversation, applicationId };
}

async function stateOf(applicationId: string) {
  const em = server.orm.em.fork();
  const [row] = await em.execute<Array<{ status: string }>>(
    'select status from application where id = ?',
    [applicationId],
  );
  const events = await em.execute<Array<{ kind: string; by_staff: boolean }>>(
    'select kind, by_staff from application_event where application_id = ? order by id',
    [applicationId],
  );
  return { status: row?.status, events };
}

it("sends the case back to review when the citizen answers the office's question in the conversation", async () => {
  const { citizen, clerk, conversation, applicationId } = await caseWithConversation(
    ApplicationStatus.INFORMATION_REQUESTED,
  );
  // The office's own message answers nothing.
  expect((await send(server, clerk, conversation.id, 'Noch etwas?')).userErrors).toEqual([]);
  expect(await stateOf(applicationId)).toEqual({ status: 'INFORMATION_REQUESTED', events: [] });

  let listening: Listening | undefined;
  const heard = new Promise<ApplicationChanged>((resolve) => {
    listening = server.bus.listen('applicationUpdated', applicationId, resolve);
  });
  try {
    await listening!.ready;
    const sent = await send(server, citizen, conversation.id, 'Hier ist die Antwort.');
    expect(sent.userErrors).toEqual([]);
    expect(await heard).toEqual({ applicationId, status: 'IN_REVIEW' });
  } finally {
    listening!.close();
  }
  expect(await stateOf(applicationId)).toEqual({
    status: 'IN_REVIEW',
    events: [{ kind: 'CITIZEN_ANSWERED', by_staff: false }],
  });

  // A second message answers nothing more: the case is already back with the clerk.
  await send(server, citizen, conversation.id, 'Und noch ein Nachtrag.');
  expect((await stateOf(applicationId)).events).toHaveLength(1);
});

it('leaves an application alone whose office asked nothing', async () => {
  const { citizen, conversation, applicationId } = await caseWithConversation(
    ApplicationStatus.SUBMITTED,
  );
  expect((await send(server, citizen, conversation.id, 'Wie weit sind Sie?')).userErrors).toEqual(
    [],
  );
  expect(await stateOf(applicationId)).toEqual({ status: 'SUBMITTED', events: [] });
});

it('names the application a conversation is about, to its citizen and to its office', async () => {
  // Given a case linked to a conversation, and another conversation about nothing in particular
  const { citizen, clerk, conversation, applicationId } = await caseWithConversation(
    ApplicationStatus.INFORMATION_REQUESTED,
  );
  const other = await startConversation(server, citizen, (await messagingTown(server)).town.office);
  const query = `query($a: ID!, $b: ID!) {
    a: conversation(id: $a) { application { id status } }
    b: conversation(id: $b) { application { id } }
  }`;

  // When the citizen and the clerk read them
  const asCitizen = await server.gql(query, { a: conversation.id, b: other.id }, citizen.headers);
  const asClerk = await server.gql(query, { a: conversation.id, b: other.id }, clerk.headers);

  // Then both see the application of the first; the other has none (or is not the clerk's)
  const application = {
    id: toGlobalId('Application', applicationId),
    status: 'INFORMATION_REQUESTED',
  };
  expect(asCitizen.body).toMatchObject({ data: { a: { application }, b: { application: null } } });
  expect(asClerk.body).toMatchObject({ data: { a: { application }, b: null } });
});
