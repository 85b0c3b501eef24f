import { randomUUID } from 'node:crypto';
import { CloseCode } from 'graphql-ws';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { fromGlobalId, toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { messagingTown, startConversation, type Party } from '../support/messaging.js';
import { liveClient, within } from '../support/sockets.js';
import { startTestServer, subscription, waitForSubscriptions } from '../support/test-server.js';
import type { TestServer } from '../support/test-server.js';

// API keys with office scopes (docs/decisions/0028-api-key-scopes.md): the specialist software
// of an office reads its appointments and answers its conversations with a key that an admin
// scoped to that office, and nothing more; revoking the scope takes effect at once.

let server: TestServer;
let town: BookingFixture;
let otherTown: BookingFixture;
let citizen: Party;
let admin: Record<string, string>;
let conversationId: string;
let appointmentCode: string;

const SET_SCOPES = `mutation($input: SetApiKeyScopesInput!) {
  setApiKeyScopes(input: $input) {
    apiKey { id scopes { scope office { id } } }
    userErrors { code field }
  }
}`;
const OFFICE_APPOINTMENTS = `query($officeId: ID!) {
  officeAppointments(officeId: $officeId, from: "2027-03-02T00:00:00Z",
                     to: "2027-03-03T00:00:00Z", reason: HANDLING_APPOINTMENT) { code name }
}`;
const INBOX = `query($officeId: ID!) {
  inbox(officeId: $officeId) { conversations { edges { node { id subject citizenName } } } }
}`;
const CONVERSATION = `query($id: ID!) {
  conversation(id: $id) { id citizenName messages { edges { node { body authorRole } } } }
}`;
const SEND = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { body authorRole } userErrors { code field } }
}`;
const CHANGES = `subscription($officeId: ID!) {
  officeAppointmentsChanged(officeId: $officeId) { startsAt endsAt }
}`;

type Grant = { scope: 'OFFICE_APPOINTMENTS_READ' | 'OFFICE_MESSAGES_WRITE'; officeId: string };

function codeOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) {
  return errors?.[0]?.extensions?.code;
}

/** A developer's key, made through the API, with these scopes granted by the admin. */
async function scopedKey(scopes: Grant[]): Promise<{ id: string; key: string; owner: string }> {
  const developer = bearer(await signIn(server, await createAccount(server)));
  const { body } = await server.gql<{
    createApiKey: { apiKey: { id: string }; key: string };
  }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } key } }',
    { input: { name: 'Fachverfahren Meldewesen' } },
    developer,
  );
  const { apiKey, key } = body.data!.createApiKey;
  if (scopes.length > 0) await setScopes(apiKey.id, scopes);
  return { id: apiKey.id, key, owner: developer.authorization! };
}

async function setScopes(apiKeyId: string, scopes: Grant[], as = admin) {
  return server.gql<{
    setApiKeyScopes: {
      apiKey: { id: string; scopes: Array<{ scope: string; office: { id: string } }> } | null;
      userErrors: Array<{ code: string; field: string[] }>;
    };
  }>(SET_SCOPES, { input: { apiKeyId, scopes } }, as);
}

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  ({ town, citizen } = await messagingTown(server));
  otherTown = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  const booked = await server.gql<{ bookAppointment: { appointment: { code: string } } }>(
    `mutation($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { appointment { code } userErrors { code } }
    }`,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt: '2027-03-02T08:00:00Z',
        name: 'Bürgerin Berger',
        email: citizen.account.email,
      },
    },
    citizen.headers,
  );
  appointmentCode = booked.body.data!.bookAppointment.appointment.code;
  conversationId = (await startConversation(server, citizen, town.office)).id;
}, 60_000);

afterAll(async () => {
  await server.close();
});

it('refuses a key without scopes every staff operation', async () => {
  // Given a key that may only read public data
  const { key } = await scopedKey([]);
  const asKey = bearer(key);

  // When it asks for an office's appointments, inbox and conversation, and replies
  const plan = await server.gql(OFFICE_APPOINTMENTS, { officeId: town.office }, asKey);
  const inbox = await server.gql(INBOX, { officeId: town.office }, asKey);
  const conversation = await server.gql(CONVERSATION, { id: conversationId }, asKey);
  const reply = await server.gql(
    SEND,
    { input: { conversationId, body: 'Hallo', clientMessageId: 'unscoped' } },
    asKey,
  );
  const socket = liveClient(server.wsUrl, key);
  await socket.connected;
  const live = subscription(socket.client, CHANGES, { officeId: town.office });

  // Then each is refused with FORBIDDEN
  expect([plan, inbox, conversation, reply].map(({ body }) => codeOf(body.errors))).toEqual([
    'FORBIDDEN',
    'FORBIDDEN',
    'FORBIDDEN',
    'FORBIDDEN',
  ]);
  expect(codeOf((await live.next()).errors)).toBe('FORBIDDEN');
  await socket.client.dispose();
});

it('lets only admins grant scopes, and shows them to the key’s owner', async () => {
  // Given a developer's key
  const { id, owner } = await scopedKey([]);
  const grant: Grant[] = [{ scope: 'OFFICE_APPOINTMENTS_READ', officeId: town.office }];
  const clerk = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );

  // When its owner and a clerk of the office try to grant it a scope, then an admin does
  const byOwner = await setScopes(id, grant, { authorization: owner });
  const byClerk = await setScopes(id, grant, clerk);
  const byAdmin = await setScopes(id, grant);
  const unknownOffice = await setScopes(id, [
    { scope: 'OFFICE_MESSAGES_WRITE', officeId: toGlobalId('Office', randomUUID()) },
  ]);

  // Then only the admin's grant is taken, and the owner sees it on the key
  expect(codeOf(byOwner.body.errors)).toBe('FORBIDDEN');
  expect(codeOf(byClerk.body.errors)).toBe('FORBIDDEN');
  expect(byAdmin.body.data!.setApiKeyScopes).toEqual({
    apiKey: { id, scopes: [{ scope: 'OFFICE_APPOINTMENTS_READ', office: { id: town.office } }] },
    userErrors: [],
  });
  expect(unknownOffice.body.data!.setApiKeyScopes.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['scopes'] },
  ]);
  const mine = await server.gql<{
    me: { apiKeys: Array<{ id: string; scopes: Array<{ scope: string }> }> };
  }>('{ me { apiKeys { id scopes { scope } } } }', {}, { authorization: owner });
  expect(mine.body.data!.me.apiKeys).toEqual([
    { id, scopes: [{ scope: 'OFFICE_APPOINTMENTS_READ' }] },
  ]);
});

it('reads its office’s appointments with OFFICE_APPOINTMENTS_READ, logged naming the key', async () => {
  // Given a key scoped to the office's appointments
  const { key } = await scopedKey([{ scope: 'OFFICE_APPOINTMENTS_READ', officeId: town.office }]);

  // When it reads the office's appointments, another office's, and the office's inbox
  const plan = await server.gql<{ officeAppointments: Array<{ code: string; name: string }> }>(
    OFFICE_APPOINTMENTS,
    { officeId: town.office },
    bearer(key),
  );
  const other = await server.gql(OFFICE_APPOINTMENTS, { officeId: otherTown.office }, bearer(key));
  const inbox = await server.gql(INBOX, { officeId: town.office }, bearer(key));

  // Then it gets its office's appointments only, and the citizen's log names the key
  expect(plan.body.errors).toBeUndefined();
  expect(plan.body.data!.officeAppointments).toEqual([
    { code: appointmentCode, name: 'Bürgerin Berger' },
  ]);
  expect(codeOf(other.body.errors)).toBe('FORBIDDEN');
  expect(codeOf(inbox.body.errors)).toBe('FORBIDDEN');
  const log = await server.gql<{
    me: { dataAccessLog: { edges: Array<{ node: Record<string, unknown> }> } };
  }>(
    '{ me { dataAccessLog { edges { node { subject staffRole apiKeyName } } } } }',
    {},
    citizen.headers,
  );
  expect(log.body.data!.me.dataAccessLog.edges.map((edge) => edge.node)).toContainEqual({
    subject: `APPOINTMENT:${appointmentCode}`,
    staffRole: 'STAFF',
    apiKeyName: 'Fachverfahren Meldewesen',
  });
});

it('reads its office’s conversations, logged naming the key, and replies as the office with OFFICE_MESSAGES_WRITE', async () => {
  // Given a key scoped to the office's messages, and one scoped to another office's
  const { key } = await scopedKey([{ scope: 'OFFICE_MESSAGES_WRITE', officeId: town.office }]);
  const { key: otherKey } = await scopedKey([
    { scope: 'OFFICE_MESSAGES_WRITE', officeId: otherTown.office },
  ]);

  // When each reads the inbox and the conversation and replies
  const inbox = await server.gql<{
    inbox: { conversations: { edges: Array<{ node: { id: string; citizenName: string } }> } };
  }>(INBOX, { officeId: town.office }, bearer(key));
  const conversation = await server.gql<{
    conversation: { messages: { edges: Array<{ node: { body: string } }> } } | null;
  }>(CONVERSATION, { id: conversationId }, bearer(key));
  const reply = await server.gql<{
    sendMessage: { message: { body: string; authorRole: string } | null; userErrors: unknown[] };
  }>(
    SEND,
    { input: { conversationId, body: 'Wir melden uns.', clientMessageId: 'key-reply' } },
    bearer(key),
  );
  const otherInbox = await server.gql(INBOX, { officeId: town.office }, bearer(otherKey));
  const otherConversation = await server.gql(
    CONVERSATION,
    { id: conversationId },
    bearer(otherKey),
  );
  const otherReply = await server.gql<{ sendMessage: { userErrors: Array<{ code: string }> } }>(
    SEND,
    { input: { conversationId, body: 'Falsch', clientMessageId: 'other-reply' } },
    bearer(otherKey),
  );

  // Then the office's key reads and replies as the office; the other office's is refused
  expect(inbox.body.data!.inbox.conversations.edges.map((edge) => edge.node)).toEqual([
    expect.objectContaining({ id: conversationId, citizenName: 'Bürgerin Berger' }),
  ]);
  expect(conversation.body.data!.conversation!.messages.edges).toHaveLength(1);
  expect(reply.body.data!.sendMessage).toEqual({
    message: { body: 'Wir melden uns.', authorRole: 'STAFF' },
    userErrors: [],
  });
  expect(codeOf(otherInbox.body.errors)).toBe('FORBIDDEN');
  expect(otherConversation.body.data).toEqual({ conversation: null });
  expect(otherReply.body.data!.sendMessage.userErrors).toEqual([
    expect.objectContaining({ code: 'NOT_FOUND' }),
  ]);
  const log = await server.gql<{
    me: { dataAccessLog: { edges: Array<{ node: Record<string, unknown> }> } };
  }>(
    '{ me { dataAccessLog { edges { node { subject reason apiKeyName } } } } }',
    {},
    citizen.headers,
  );
  expect(log.body.data!.me.dataAccessLog.edges.map((edge) => edge.node)).toContainEqual({
    subject: `CONVERSATION:${fromGlobalId(conversationId)!.uuid}`,
    reason: 'ANSWERING_REQUEST',
    apiKeyName: 'Fachverfahren Meldewesen',
  });
  const seen = await server.gql<{
    conversation: { messages: { edges: Array<{ node: { body: string; authorRole: string } }> } };
  }>(CONVERSATION, { id: conversationId }, citizen.headers);
  expect(seen.body.data!.conversation.messages.edges.at(-1)!.node).toEqual({
    body: 'Wir melden uns.',
    authorRole: 'STAFF',
  });
});

it('refuses the next request and closes the subscription once the scope is revoked', async () => {
  // Given a scoped key following the office's appointment changes
  const { id, key } = await scopedKey([
    { scope: 'OFFICE_APPOINTMENTS_READ', officeId: town.office },
  ]);
  const socket = liveClient(server.wsUrl, key);
  await socket.connected;
  const open = server.bus.activeSubscriptions('counterTimeChanged');
  const live = subscription(socket.client, CHANGES, { officeId: town.office });
  await waitForSubscriptions(server.bus, open + 1, 15_000, 'counterTimeChanged');

  // When an admin takes the scope away
  const revoked = await setScopes(id, []);

  // Then the socket closes for changed rights, a new one is refused, and so is the next request
  expect(revoked.body.data!.setApiKeyScopes.apiKey!.scopes).toEqual([]);
  expect(await within(socket.closed, 10_000, 'the key’s socket closed')).toBe(CloseCode.Forbidden);
  await live.close();
  const again = liveClient(server.wsUrl, key);
  await again.connected;
  const refused = subscription(again.client, CHANGES, { officeId: town.office });
  expect(codeOf((await refused.next()).errors)).toBe('FORBIDDEN');
  await again.client.dispose();
  const plan = await server.gql(OFFICE_APPOINTMENTS, { officeId: town.office }, bearer(key));
  expect(codeOf(plan.body.errors)).toBe('FORBIDDEN');
});
