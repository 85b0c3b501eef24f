import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { createSchema } from '../../src/resolvers/schema.js';
import {
  CALLERS,
  createAccount,
  mintCallers,
  mintScopedKeys,
  SCOPED_KEY_CALLERS,
  type Caller,
  type ScopedKeyCaller,
} from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { ask, liveClient } from '../support/sockets.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Every query and mutation of the schema, called by every kind of caller: an operation that lets
// in anyone its policy does not name fails the test, and so does an operation without a policy.

const EVERYONE = CALLERS;
const PEOPLE: Caller[] = [
  'anonymous',
  'citizenA',
  'citizenB',
  'staffOffice1',
  'staffOffice2',
  'admin',
];
const ACCOUNTS: Caller[] = ['citizenA', 'citizenB', 'staffOffice1', 'staffOffice2', 'admin'];
const STAFF: Caller[] = ['staffOffice1', 'staffOffice2', 'admin'];
const ADMINS: Caller[] = ['admin'];

const POLICY: Record<string, Caller[]> = {
  'Query.node': EVERYONE,
  'Query.nodes': EVERYONE,
  'Query.offices': EVERYONE,
  'Query.categories': EVERYONE,
  'Query.services': EVERYONE,
  'Query.service': EVERYONE,
  'Query.freeSlots': EVERYONE,
  'Query.me': EVERYONE,
  // The staff sign-in page asks before anyone is signed in.
  'Query.staffSignInOptions': EVERYONE,
  'Query.appointment': PEOPLE,
  // The token of an appointment e-mail's link is the proof, as code and e-mail are for appointment.
  'Query.appointmentByToken': PEOPLE,
  'Query.rebookOffer': PEOPLE,
  // The request's token is the proof, as for a hold; the releases are public (node, Service).
  'Query.releaseRequest': PEOPLE,
  'Query.myReleaseRequests': ACCOUNTS,
  // Staff of office 1 and admins; staff of office 2 are refused for office 1's appointments.
  'Query.officeAppointments': ['staffOffice1', 'admin'],
  'Query.counters': STAFF,
  'Query.closures': STAFF,
  'Query.allOffices': ADMINS,
  'Query.staffMembers': ADMINS,
  'Query.apiKeys': ADMINS,
  'Query.kioskDevices': ADMINS,
  'Query.kiosk': ['kiosk'],
  // Announcements are public; drafts are filtered by office scope in the service, not refused.
  'Query.announcements': EVERYONE,
  'Query.announcement': EVERYONE,
  'Query.conversations': ACCOUNTS,
  'Query.conversation': ACCOUNTS,
  // Staff of office 1 and admins; staff of office 2 are refused office 1's inbox.
  'Query.inbox': ['staffOffice1', 'admin'],
  // Staff of office 1 and admins; staff of office 2 are refused office 1's templates.
  'Query.answerTemplates': ['staffOffice1', 'admin'],
  // Own applications; another's is null (NOT_FOUND), not refused.
  'Query.myApplications': ACCOUNTS,
  'Query.application': ACCOUNTS,
  'Mutation.bookAppointment': PEOPLE,
  // A hold is the token's (and a signed-in citizen's account's): another's is NOT_FOUND or
  // HOLD_EXPIRED, not refused (tests/appointments/slot-holds.test.ts).
  'Mutation.holdSlot': PEOPLE,
  'Mutation.releaseHold': PEOPLE,
  // Guests join with an e-mail address and act on offers by their e-mails' tokens; a token or
  // entry that is not the caller's is NOT_FOUND, not refused (tests/appointments/waitlist.test.ts).
  'Mutation.joinWaitlist': PEOPLE,
  'Mutation.confirmWaitlistEntry': PEOPLE,
  'Mutation.acceptWaitlistOffer': PEOPLE,
  'Mutation.declineWaitlistOffer': PEOPLE,
  'Mutation.leaveWaitlist': PEOPLE,
  'Query.waitlistEntryByToken': PEOPLE,
  'Query.myWaitlistEntries': ACCOUNTS,
  // One per person and release (tests/appointments/fair-release.test.ts).
  'Mutation.requestReleasedTime': PEOPLE,
  // Staff of either office pass the check; another office is a userError FORBIDDEN.
  'Mutation.createAppointmentRelease': STAFF,
  'Mutation.cancelAppointment': PEOPLE,
  'Mutation.rebookAppointment': PEOPLE,
  'Mutation.rescheduleAppointment': PEOPLE,
  // The signed link is the proof: whoever holds it may confirm (scarce-confirmation.test.ts).
  'Mutation.confirmBooking': PEOPLE,
  // Staff of either office pass the check; another office is a userError FORBIDDEN.
  'Mutation.cancelOfficeAppointments': STAFF,
  'Mutation.registerAccount': PEOPLE,
  'Mutation.verifyEmail': PEOPLE,
  'Mutation.acceptInvitation': PEOPLE,
  'Mutation.signInWithPassword': PEOPLE,
  'Mutation.startPasskeySignIn': PEOPLE,
  'Mutation.finishPasskeySignIn': PEOPLE,
  'Mutation.startPasskeyRegistration': ACCOUNTS,
  'Mutation.finishPasskeyRegistration': ACCOUNTS,
  'Mutation.renamePasskey': ACCOUNTS,
  'Mutation.removePasskey': ACCOUNTS,
  'Mutation.revokeSession': ACCOUNTS,
  'Mutation.changePassword': ACCOUNTS,
  'Mutation.claimGuestAppointments': ACCOUNTS,
  'Mutation.createApiKey': ACCOUNTS,
  'Mutation.revokeApiKey': ACCOUNTS,
  'Mutation.exportMyData': ACCOUNTS,
  'Mutation.deleteMyAccount': ACCOUNTS,
  'Mutation.createOffice': ADMINS,
  'Mutation.updateOffice': ADMINS,
  'Mutation.createCategory': ADMINS,
  'Mutation.updateCategory': ADMINS,
  'Mutation.createService': ADMINS,
  'Mutation.updateService': ADMINS,
  'Mutation.createCounter': ADMINS,
  'Mutation.updateCounter': ADMINS,
  'Mutation.setCounterSchedule': ADMINS,
  'Mutation.createClosure': ADMINS,
  'Mutation.deleteClosure': ADMINS,
  'Mutation.retireOffice': ADMINS,
  'Mutation.retireService': ADMINS,
  'Mutation.retireCounter': ADMINS,
  'Mutation.grantStaffAccess': ADMINS,
  'Mutation.revokeStaffAccess': ADMINS,
  'Mutation.issueKioskToken': ADMINS,
  'Mutation.revokeKioskDevice': ADMINS,
  'Mutation.setApiKeyScopes': ADMINS,
  // Endpoints of the caller's own keys; another's key or endpoint is a userError NOT_FOUND
  // (tests/webhooks/webhooks.test.ts). Admins see every endpoint.
  'Query.webhookEndpoints': ADMINS,
  'Mutation.createWebhookEndpoint': ACCOUNTS,
  'Mutation.updateWebhookEndpoint': ACCOUNTS,
  'Mutation.deleteWebhookEndpoint': ACCOUNTS,
  'Mutation.rotateWebhookEndpointSecret': ACCOUNTS,
  // Staff write announcements; office scope (town-wide: admins) is a userError FORBIDDEN.
  'Mutation.createAnnouncement': STAFF,
  'Mutation.updateAnnouncement': STAFF,
  'Mutation.publishAnnouncement': STAFF,
  'Mutation.withdrawAnnouncement': STAFF,
  'Mutation.deleteAnnouncement': STAFF,
  // Signing out is harmless for anyone; it runs last so that the callers stay signed in.
  'Mutation.startConversation': ACCOUNTS,
  'Mutation.sendMessage': ACCOUNTS,
  'Mutation.markConversationRead': ACCOUNTS,
  'Mutation.sendTypingIndicator': ACCOUNTS,
  'Mutation.assignConversation': STAFF,
  'Mutation.setConversationStatus': ACCOUNTS,
  // Staff; office scope is a userError (FORBIDDEN for a new one, NOT_FOUND for another's).
  'Mutation.createAnswerTemplate': STAFF,
  'Mutation.updateAnswerTemplate': STAFF,
  'Mutation.deleteAnswerTemplate': STAFF,
  // The lobby queue: tickets and the board carry no personal data (the ticket's ID is the proof).
  'Query.ticket': EVERYONE,
  'Query.queueBoard': EVERYONE,
  // Staff of office 1 and admins; staff of office 2 are refused office 1's queue.
  'Query.officeQueue': ['staffOffice1', 'admin'],
  'Query.queueStatistics': ['staffOffice1', 'admin'],
  'Query.officeDashboard': ['staffOffice1', 'admin'],
  'Query.queueCounters': ['staffOffice1', 'admin'],
  // The sample ID is no ticket's; another office's ticket is refused in the service (tests/queue).
  'Query.ticketAppointment': STAFF,
  // A kiosk checks in and draws; people check in from the phone, signed-in ones draw online.
  'Mutation.checkIn': [...PEOPLE, 'kiosk'],
  'Mutation.drawTicket': [...ACCOUNTS, 'kiosk'],
  // Clerks; office scope is a userError FORBIDDEN.
  'Mutation.openCounter': STAFF,
  'Mutation.closeCounter': STAFF,
  'Mutation.callNextTicket': STAFF,
  'Mutation.callTicket': STAFF,
  'Mutation.recallTicket': STAFF,
  'Mutation.markTicketNoShow': STAFF,
  'Mutation.finishTicket': STAFF,
  'Mutation.parkTicket': STAFF,
  'Mutation.transferTicket': STAFF,
  // Staff of office 1 and admins; staff of office 2 are refused office 1's work queue.
  'Query.officeApplications': ['staffOffice1', 'admin'],
  'Query.officeApplicationCounts': ['staffOffice1', 'admin'],
  // Staff; another office's application is a userError NOT_FOUND (tests/applications).
  'Mutation.takeApplication': STAFF,
  'Mutation.assignApplication': STAFF,
  'Mutation.requestApplicationInformation': STAFF,
  'Mutation.resumeApplication': STAFF,
  'Mutation.approveApplication': STAFF,
  'Mutation.rejectApplication': STAFF,
  'Mutation.closeApplication': STAFF,
  'Mutation.saveApplicationForm': ADMINS,
  'Mutation.removeApplicationForm': ADMINS,
  'Mutation.signOut': EVERYONE,
  // A signed-in account's own applications; another's is NOT_FOUND, not refused.
  'Mutation.startApplication': ACCOUNTS,
  'Mutation.saveApplicationDraft': ACCOUNTS,
  'Mutation.createApplicationUpload': ACCOUNTS,
  'Mutation.removeApplicationDocument': ACCOUNTS,
  'Mutation.discardApplicationDraft': ACCOUNTS,
  'Mutation.submitApplication': ACCOUNTS,
  'Mutation.withdrawApplication': ACCOUNTS,
};

// Subscriptions run over WebSocket only; an allowed one is open on the event bus, or ends with an
// error other than a refusal (an unknown conversation), a refused one ends with the refusal.
const SUBSCRIPTION_POLICY: Record<string, Caller[]> = {
  'Subscription.announcementPublished': EVERYONE,
  'Subscription.announcementWithdrawn': EVERYONE,
  'Subscription.slotAvailabilityChanged': EVERYONE,
  'Subscription.waitlistOffer': ACCOUNTS,
  'Subscription.conversationEvents': ACCOUNTS,
  // The applicant and the office's staff; another's application is NOT_FOUND, not refused.
  'Subscription.applicationUpdated': ACCOUNTS,
  'Subscription.inboxEvents': ['staffOffice1', 'admin'],
  // Times only, but of office 1's bookings: its staff and admins.
  'Subscription.officeAppointmentsChanged': ['staffOffice1', 'admin'],
  'Subscription.queueBoard': EVERYONE,
  'Subscription.myTicket': EVERYONE,
  'Subscription.queueEvents': ['staffOffice1', 'admin'],
  'Subscription.officeApplicationsChanged': ['staffOffice1', 'admin'],
};

// API keys with office scopes (tests/support/accounts.ts): a scoped key may do what every key
// may ('apiKey' above) and what its scope opens, for its office; an operation that a scope opens
// is listed here with the scoped keys that pass (another office's key passes the scope check of
// `conversation` and `sendMessage`, whose sample ID is no conversation of theirs: null or
// NOT_FOUND, not refused). Nothing else opens to a key (docs/decisions/0028-api-key-scopes.md).
const SCOPED_POLICY: Record<string, ScopedKeyCaller[]> = {
  'Query.officeAppointments': ['keyAppointmentsOffice1'],
  'Subscription.officeAppointmentsChanged': ['keyAppointmentsOffice1'],
  'Query.inbox': ['keyMessagesOffice1'],
  'Query.conversation': ['keyMessagesOffice1', 'keyAllScopesOffice2'],
  'Mutation.sendMessage': ['keyMessagesOffice1', 'keyAllScopesOffice2'],
};

type AnyCaller = Caller | ScopedKeyCaller;
const ALL_CALLERS: AnyCaller[] = [...CALLERS, ...SCOPED_KEY_CALLERS];

function isScopedKey(caller: AnyCaller): caller is ScopedKeyCaller {
  return (SCOPED_KEY_CALLERS as string[]).includes(caller);
}

/** Whether the policy lets the caller in: scoped keys as any key, plus what their scope opens. */
function mayCall(policy: Record<string, Caller[]>, key: string, caller: AnyCaller): boolean {
  if (!isScopedKey(caller)) return policy[key]!.includes(caller);
  return policy[key]!.includes('apiKey') || (SCOPED_POLICY[key] ?? []).includes(caller);
}

function isRefusal(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) {
  return (errors ?? []).some((error) =>
    ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(error.extensions?.code)),
  );
}

/** A value that passes GraphQL validation for the type; what the resolver makes of it is its business. */
function sampleValue(type: GraphQLInputType, officeId: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, officeId);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, officeId)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return officeId;
      case 'Int':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2027-03-02T08:00:00Z';
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The arguments a call must give; optional ones are left out, so that only access decides. */
function requiredArgs(field: GraphQLField<unknown, unknown>) {
  return field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
}

function documentFor(
  operation: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
) {
  const variables = requiredArgs(field).map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const args = requiredArgs(field).map((arg) => `${arg.name}: $${arg.name}`);
  const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation}${variables.length ? `(${variables.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  }${selection} }`;
}

let server: TestServer;
let callers: Awaited<ReturnType<typeof mintCallers>>;
let headers: Record<AnyCaller, Record<string, string>>;
let office1: string;

async function mintAll(offices: [string, string]) {
  callers = await mintCallers(server, offices);
  headers = { ...callers.headers, ...(await mintScopedKeys(server, offices)) };
}

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  const first = await createBookingFixture(server.orm);
  const second = await createBookingFixture(server.orm);
  office1 = first.office;
  await mintAll([first.officeId, second.officeId]);
}, 60_000);

afterAll(async () => {
  await server.close();
});

function operationsOf(
  schema: Awaited<ReturnType<typeof createSchema>>,
  kinds: ReadonlyArray<'query' | 'mutation' | 'subscription'>,
) {
  return kinds.flatMap((operation) => {
    const type = (
      operation === 'query'
        ? schema.getQueryType()
        : operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType()
    ) as GraphQLObjectType;
    return Object.values(type.getFields()).map((field) => ({
      key: `${type.name}.${field.name}`,
      document: documentFor(operation, field),
      variables: Object.fromEntries(
        requiredArgs(field).map((arg) => [arg.name, sampleValue(arg.type, office1)]),
      ),
    }));
  });
}

function bearerToken(caller: AnyCaller): string | null {
  return headers[caller].authorization?.replace(/^Bearer /, '') ?? null;
}

it('allows every operation exactly to the callers its policy names', async () => {
  const schema = await createSchema();
  const operations = operationsOf(schema, ['query', 'mutation']);
  expect(operations.map((operation) => operation.key).filter((key) => !(key in POLICY))).toEqual(
    [],
  );
  operations.sort(
    (a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'),
  );

  const unexpected: string[] = [];
  for (const operation of operations) {
    for (const caller of ALL_CALLERS) {
      const { status, body } = await server.gql(
        operation.document,
        operation.variables,
        headers[caller],
      );
      expect(status).toBeLessThan(500);
      const allowed = !isRefusal(body.errors);
      const expected = mayCall(POLICY, operation.key, caller);
      if (allowed !== expected) {
        unexpected.push(
          `${operation.key} by ${caller}: ${allowed ? 'allowed' : 'refused'} ${JSON.stringify(body.errors)}`,
        );
      }
    }
  }
  expect(unexpected).toEqual([]);
}, 120_000);

describe('over WebSocket', () => {
  // The matrix above signed everyone out at its end: fresh credentials.
  beforeAll(async () => {
    const first = await createBookingFixture(server.orm);
    const second = await createBookingFixture(server.orm);
    office1 = first.office;
    await mintAll([first.officeId, second.officeId]);
  }, 60_000);

  it('allows every query exactly to the callers its policy names, as over HTTP', async () => {
    const operations = operationsOf(await createSchema(), ['query']);
    const unexpected: string[] = [];
    for (const caller of ALL_CALLERS) {
      const socket = liveClient(server.wsUrl, bearerToken(caller));
      await socket.connected;
      for (const operation of operations) {
        const { errors } = await ask(socket.client, operation.document, operation.variables);
        const allowed = !isRefusal(errors);
        if (allowed !== mayCall(POLICY, operation.key, caller)) {
          unexpected.push(`${operation.key} by ${caller}: ${allowed ? 'allowed' : 'refused'}`);
        }
      }
      await socket.client.dispose();
    }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('allows every subscription exactly to the callers its policy names', async () => {
    const operations = operationsOf(await createSchema(), ['subscription']);
    expect(
      operations.map((operation) => operation.key).filter((key) => !(key in SUBSCRIPTION_POLICY)),
    ).toEqual([]);
    const unexpected: string[] = [];
    for (const caller of ALL_CALLERS) {
      const socket = liveClient(server.wsUrl, bearerToken(caller));
      await socket.connected;
      for (const operation of operations) {
        const open = server.bus.activeSubscriptions();
        const live = subscription(socket.client, operation.document, operation.variables);
        let ending: Parameters<typeof isRefusal>[0] | null = null;
        // After close() the read under way ends too; by then the outcome is decided.
        void live.next(60_000).then(
          (result) => (ending = result.errors ?? []),
          () => (ending ??= []),
        );
        await waitUntil(
          () => ending !== null || server.bus.activeSubscriptions() > open,
          `${operation.key} by ${caller} refused or open`,
          { timeoutMs: 10_000 },
        );
        const outcome = ending !== null && isRefusal(ending) ? 'refused' : 'allowed';
        await live.close();
        await waitUntil(
          () => server.bus.activeSubscriptions() === open,
          () => `${operation.key} by ${caller} closed on the bus`,
        );
        if ((outcome === 'allowed') !== mayCall(SUBSCRIPTION_POLICY, operation.key, caller)) {
          unexpected.push(`${operation.key} by ${caller}: ${outcome}`);
        }
      }
      await socket.client.dispose();
    }
    expect(unexpected).toEqual([]);
  }, 120_000);
});

describe('ownership', () => {
  const BOOK = `mutation($input: BookAppointmentInput!) {
    bookAppointment(input: $input) { appointment { id code email } userErrors { code } }
  }`;

  it('shows, reschedules and cancels a signed-in citizen’s appointment for its owner only (NOT_FOUND for others)', async () => {
    const town = await createBookingFixture(server.orm);
    const { body } = await server.gql<{
      bookAppointment: { appointment: { id: string; code: string; email: string } };
    }>(
      BOOK,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: '2027-03-03T08:00:00Z',
          name: 'Alice',
          email: callers.accounts.citizenA.email,
        },
      },
      callers.headers.citizenA,
    );
    const appointment = body.data!.bookAppointment.appointment;

    const own = await server.gql<{
      me: { appointments: { edges: Array<{ node: { id: string } }> } };
    }>('{ me { appointments { edges { node { id } } } } }', {}, callers.headers.citizenA);
    expect(own.body.data!.me.appointments.edges.map((edge) => edge.node.id)).toEqual([
      appointment.id,
    ]);
    const theirs = await server.gql<{ me: { appointments: { edges: unknown[] } } }>(
      '{ me { appointments { edges { node { id } } } } }',
      {},
      callers.headers.citizenB,
    );
    expect(theirs.body.data!.me.appointments.edges).toEqual([]);

    const node = 'query($id: ID!) { node(id: $id) { ... on Appointment { code email } } }';
    expect(
      (await server.gql(node, { id: appointment.id }, callers.headers.citizenB)).body.data,
    ).toEqual({ node: null });
    expect(
      (await server.gql(node, { id: appointment.id }, callers.headers.citizenA)).body.data,
    ).toEqual({
      node: { code: appointment.code, email: appointment.email },
    });

    const reschedule =
      'mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { appointment { startsAt } userErrors { code } } }';
    const later = { id: appointment.id, startsAt: '2027-03-03T09:00:00Z' };
    for (const caller of ['citizenB', 'anonymous'] as const) {
      const byOther = await server.gql(reschedule, { input: later }, callers.headers[caller]);
      expect(byOther.body.data).toEqual({
        rescheduleAppointment: { appointment: null, userErrors: [{ code: 'NOT_FOUND' }] },
      });
    }
    const movedByOwner = await server.gql(reschedule, { input: later }, callers.headers.citizenA);
    expect(movedByOwner.body.data).toEqual({
      rescheduleAppointment: {
        appointment: { startsAt: '2027-03-03T09:00:00.000Z' },
        userErrors: [],
      },
    });

    const cancel =
      'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointment { status } userErrors { code } } }';
    for (const caller of ['citizenB', 'anonymous'] as const) {
      const byOther = await server.gql(
        cancel,
        { input: { id: appointment.id } },
        callers.headers[caller],
      );
      expect(byOther.body.data).toEqual({
        cancelAppointment: { appointment: null, userErrors: [{ code: 'NOT_FOUND' }] },
      });
    }
    const byOwner = await server.gql(
      cancel,
      { input: { id: appointment.id } },
      callers.headers.citizenA,
    );
    expect(byOwner.body.data).toEqual({
      cancelAppointment: { appointment: { status: 'CANCELLED' }, userErrors: [] },
    });
  });

  it('shows account objects by ID to their owner only, and set-up objects to staff only', async () => {
    const town = await createBookingFixture(server.orm);
    const as = <TData>(caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
      server.gql<TData>(query, variables, callers.headers[caller]).then(({ body }) => body.data!);
    const me = await as<{ me: { id: string; sessions: Array<{ id: string }> } }>(
      'citizenA',
      '{ me { id sessions { id } } }',
    );
    const { createApiKey } = await as<{ createApiKey: { apiKey: { id: string } } }>(
      'citizenA',
      'mutation { createApiKey(input: { name: "Matrix" }) { apiKey { id } } }',
    );
    const { counters } = await as<{ counters: Array<{ id: string }> }>(
      'admin',
      'query($o: ID!) { counters(officeId: $o) { id } }',
      { o: town.office },
    );
    const { kioskDevices } = await as<{ kioskDevices: Array<{ id: string }> }>(
      'admin',
      '{ kioskDevices { id } }',
    );
    const { createClosure } = await as<{ createClosure: { closure: { id: string } } }>(
      'admin',
      'mutation($i: CreateClosureInput!) { createClosure(input: $i) { closure { id } } }',
      {
        i: {
          officeId: town.office,
          startsAt: '2027-04-01T06:00:00Z',
          endsAt: '2027-04-01T10:00:00Z',
          reason: { de: 'Betriebsausflug' },
        },
      },
    );
    const visibleTo: Array<[string, Caller[]]> = [
      [me.me.id, ['citizenA']],
      [me.me.sessions[0]!.id, ['citizenA']],
      [createApiKey.apiKey.id, ['citizenA']],
      [counters[0]!.id, STAFF],
      [createClosure.closure.id, STAFF],
      [kioskDevices[0]!.id, ADMINS],
    ];
    const unexpected: string[] = [];
    for (const [id, allowed] of visibleTo) {
      for (const caller of CALLERS) {
        const { node } = await as<{ node: { id: string } | null }>(
          caller,
          'query($id: ID!) { node(id: $id) { id } }',
          { id },
        );
        if ((node?.id === id) !== allowed.includes(caller)) {
          unexpected.push(`${id} by ${caller}: ${node ? 'shown' : 'null'}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('never lets an API key or a kiosk see personal data through me', async () => {
    for (const caller of ['apiKey', 'kiosk'] as const) {
      const { body } = await server.gql('{ me { email } }', {}, callers.headers[caller]);
      expect(body.data).toEqual({ me: null });
    }
  });

  it('answers an unknown bearer token with 401, not as anonymous', async () => {
    const { status, body } = await server.gql(
      '{ offices { id } }',
      {},
      { authorization: `Bearer rh_key_${randomUUID()}` },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('refusals in the caller’s language', () => {
  it('refuses an operation with the auth checker’s codes, in German unless English is asked for', async () => {
    // Given an anonymous caller and a citizen, asking for what needs an account or an admin
    const asAnonymous = (headers: Record<string, string>) =>
      server.gql('{ conversations { totalCount } }', {}, headers);
    const asCitizen = (headers: Record<string, string>) =>
      server.gql('{ staffMembers { id } }', {}, { ...callers.headers.citizenA, ...headers });

    // When they ask without a language, and in English
    const answers = await Promise.all([
      asAnonymous({}),
      asAnonymous({ 'accept-language': 'en' }),
      asCitizen({}),
      asCitizen({ 'accept-language': 'en' }),
    ]);

    // Then signing in could help the anonymous caller, not the citizen; each in its language
    expect(answers.map(({ body }) => body.errors?.[0])).toEqual([
      expect.objectContaining({
        message: 'Bitte melden Sie sich dafür an.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
      expect.objectContaining({
        message: 'Please sign in to do this.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
      expect.objectContaining({
        message: 'Dazu sind Sie nicht berechtigt.',
        extensions: { code: 'FORBIDDEN' },
      }),
      expect.objectContaining({
        message: 'You may not do this.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it('answers an unknown bearer token in German too', async () => {
    // Given a bearer token that names nothing
    const headers = { authorization: `Bearer rh_key_${randomUUID()}` };

    // When it is used without a language
    const { status, body } = await server.gql('{ offices { id } }', {}, headers);

    // Then the 401 says so in German
    expect(status).toBe(401);
    expect(body.errors?.[0]).toMatchObject({
      message:
        'Das Zugangstoken ist ungültig, abgelaufen oder widerrufen. Bitte melden Sie sich erneut an.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an account’s private fields to anyone but its owner, in German', async () => {
    // Given a person signing in, which makes no one the owner within that same request
    const account = await createAccount(server);

    // When the sign-in's answer asks for the account's sessions
    const { body } = await server.gql(
      `mutation($input: SignInWithPasswordInput!) {
        signInWithPassword(input: $input) { account { sessions { id } } }
      }`,
      { input: { email: account.email, password: account.password, sessionType: 'BEARER' } },
    );

    // Then the field is refused as FORBIDDEN, with a German message
    expect(body.errors?.[0]).toMatchObject({
      message: 'Das darf nur sehen, wem das Konto gehört.',
      path: ['signInWithPassword', 'account', 'sessions'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
