import { parse, type OperationDefinitionNode } from 'graphql';
import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { createSchema } from '../../src/resolvers/schema.js';
import { operationCost } from '../../src/server/query-cost.js';
import { bearer, createAccount, mintCallers, signIn } from '../support/accounts.js';
import { createPublished } from '../support/announcements.js';
import { send, startConversation, type Party } from '../support/messaging.js';
import { bookAt, CHECK_IN, createQueueTown, type QueueTown } from '../support/queue.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Monday 1 March 2027; the queue town's counters are open 08:00-16:00 local (07:00-15:00 UTC).
const EARLY = new Date('2027-03-01T06:00:00Z');
const NOW = new Date('2027-03-01T07:30:00Z');

const DASHBOARD = `query($officeId: ID!, $days: Int) {
  officeDashboard(officeId: $officeId, days: $days) {
    openConversations awaitingAnswer oldestWaitingSince noticesInForce firstAnswerMedianSeconds
    today { day booked cancelled checkedIn noShows conversationsStarted firstAnswerMedianSeconds }
    days { day booked cancelled checkedIn noShows conversationsStarted firstAnswerMedianSeconds }
  }
}`;

type Day = {
  day: string;
  booked: number;
  cancelled: number;
  checkedIn: number;
  noShows: number;
  conversationsStarted: number;
  firstAnswerMedianSeconds: number | null;
};
type Dashboard = {
  openConversations: number;
  awaitingAnswer: number;
  oldestWaitingSince: string | null;
  noticesInForce: number;
  firstAnswerMedianSeconds: number | null;
  today: Day;
  days: Day[];
};

let server: TestServer;
let town: QueueTown;
let other: QueueTown;
let callers: Awaited<ReturnType<typeof mintCallers>>;
let citizen: Party;
let clerk: Party;

beforeAll(async () => {
  server = await startTestServer({ now: EARLY });
  town = await createQueueTown(server);
  other = await createQueueTown(server);
  callers = await mintCallers(server, [town.officeId, other.officeId]);
  const citizenAccount = await createAccount(server, { name: 'Bürgerin Berger' });
  citizen = {
    account: citizenAccount,
    token: await signIn(server, citizenAccount),
    headers: {},
  };
  citizen.headers = bearer(citizen.token);
  clerk = { account: callers.accounts.staff1, token: '', headers: callers.headers.staffOffice1 };
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function dashboard(
  variables: Record<string, unknown>,
  headers: Record<string, string> = callers.headers.staffOffice1,
) {
  return gqlCounted<{ officeDashboard: Dashboard }>(
    server,
    DASHBOARD,
    { officeId: town.office, ...variables },
    headers,
  );
}

const EMPTY_DAY = {
  booked: 0,
  cancelled: 0,
  checkedIn: 0,
  noShows: 0,
  conversationsStarted: 0,
  firstAnswerMedianSeconds: null,
};

it('shows an office’s appointments, conversations and notices as its rows say, in three statements', async () => {
  // Given an empty office, read once for the statement count
  // (each read twice: the first of a session at a new time also records its use)
  server.clock.set(EARLY);
  await dashboard({ days: 7 });
  const empty = await dashboard({ days: 7 });
  expect(empty.body.errors).toBeUndefined();
  expect(empty.body.data!.officeDashboard).toMatchObject({
    openConversations: 0,
    awaitingAnswer: 0,
    oldestWaitingSince: null,
    noticesInForce: 0,
    today: { day: '2027-03-01', ...EMPTY_DAY },
  });

  // And at 07:00 local: appointments at 08:00, 09:00 and 10:00 local, the last one cancelled,
  // and one at the other office
  const eight = await bookAt(server, town, '2027-03-01T07:00:00.000Z');
  const nine = await bookAt(server, town, '2027-03-01T08:00:00.000Z');
  const ten = await bookAt(server, town, '2027-03-01T09:00:00.000Z');
  await bookAt(server, other, '2027-03-01T08:00:00.000Z');
  const cancelled = await server.gql<{ cancelAppointment: { userErrors: unknown[] } }>(
    `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }`,
    { input: { code: ten.code, email: ten.email } },
  );
  expect(cancelled.body.data?.cancelAppointment.userErrors).toEqual([]);

  // And a conversation written at 07:00 local, before the office opens at 08:00, and answered at
  // 08:20: 80 minutes of waiting, of which 20 while the office was open
  const early = await startConversation(server, citizen, town.office, 'Vor der Öffnung.');
  server.clock.set(new Date('2027-03-01T07:20:00Z'));
  expect((await send(server, clerk, early.id, 'Guten Morgen!')).userErrors).toEqual([]);

  // And at 08:30 local the 09:00 one checks in at the kiosk; the 08:00 one never came
  server.clock.set(NOW);
  const { token } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: town.officeId, name: 'Foyer' },
  );
  const checkIn = await server.gql<{ checkIn: { userErrors: unknown[] } }>(
    CHECK_IN,
    { input: { code: nine.code } },
    bearer(token),
  );
  expect(checkIn.body.data?.checkIn.userErrors).toEqual([]);
  expect(eight.code).not.toBe(nine.code);

  // And two more conversations: one answered after 10 minutes, one waiting since 08:45 local
  const answered = await startConversation(server, citizen, town.office);
  server.clock.set(new Date('2027-03-01T07:40:00Z'));
  expect((await send(server, clerk, answered.id, 'Gern, was brauchen Sie?')).userErrors).toEqual(
    [],
  );
  server.clock.set(new Date('2027-03-01T07:45:00Z'));
  await startConversation(server, citizen, town.office, 'Wann haben Sie geöffnet?');
  await startConversation(server, citizen, other.office, 'Eine Frage an das andere Amt.');

  // And a notice of the office in force, one scheduled for tomorrow, and one of the other office
  await createPublished(server, callers.headers.staffOffice1, { officeId: town.office });
  await createPublished(
    server,
    callers.headers.staffOffice1,
    { officeId: town.office },
    '2027-03-02T08:00:00Z',
  );
  await createPublished(server, callers.headers.staffOffice2, { officeId: other.office });

  // When the office's clerk reads the dashboard at 09:00 local
  server.clock.set(new Date('2027-03-01T08:00:00Z'));
  await dashboard({ days: 7 });
  const full = await dashboard({ days: 7 });

  // Then it counts this office's rows only
  expect(full.body.errors).toBeUndefined();
  const figures = full.body.data!.officeDashboard;
  const today = {
    day: '2027-03-01',
    booked: 2,
    cancelled: 1,
    checkedIn: 1,
    noShows: 1,
    conversationsStarted: 3,
    // The median of 20 and 10 minutes of opening hours (of the wall clock's 80 and 10: 45)
    firstAnswerMedianSeconds: 900,
  };
  expect(figures).toEqual({
    openConversations: 3,
    awaitingAnswer: 1,
    oldestWaitingSince: '2027-03-01T07:45:00.000Z',
    noticesInForce: 1,
    firstAnswerMedianSeconds: 900,
    today,
    days: [
      ...['02-23', '02-24', '02-25', '02-26', '02-27', '02-28'].map((day) => ({
        day: `2027-${day}`,
        ...EMPTY_DAY,
      })),
      today,
    ],
  });

  // And the database did the counting: as many statements as for the empty office
  expect(full.sqlStatements).toBe(empty.sqlStatements);
});

it('answers admins for any office, with 30 days by default', async () => {
  const { body } = await dashboard({}, callers.headers.admin);
  expect(body.errors).toBeUndefined();
  expect(body.data!.officeDashboard.days).toHaveLength(30);
  expect(body.data!.officeDashboard.days[0]!.day).toBe('2027-01-31');
});

it('refuses staff of other offices, unknown offices and periods out of range, naming the argument', async () => {
  const refusal = async (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    (await dashboard(variables, headers)).body.errors?.[0]?.extensions;

  expect(await refusal({}, callers.headers.staffOffice2)).toMatchObject({
    code: 'FORBIDDEN',
    argument: 'officeId',
  });
  expect(await refusal({}, callers.headers.citizenA)).toMatchObject({ code: 'FORBIDDEN' });
  expect(await refusal({}, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
  expect(await refusal({ officeId: 'not-an-id' })).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'officeId',
  });
  expect(
    await refusal(
      { officeId: Buffer.from('Office:00000000-0000-4000-8000-000000000000').toString('base64') },
      callers.headers.admin,
    ),
  ).toMatchObject({ code: 'NOT_FOUND', argument: 'officeId' });
  for (const days of [0, 91, -3]) {
    expect(await refusal({ days })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'days' });
  }
  // Positive control: the same clerk with a period in range is answered
  const { body } = await dashboard({ days: 90 });
  expect(body.data!.officeDashboard.days).toHaveLength(90);
});

it('weighs the dashboard by the days it asks for, before it runs', async () => {
  const schema = await createSchema();
  const document = parse(DASHBOARD);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const costOf = (days?: number) =>
    operationCost(schema, document, operation, { officeId: town.office, days });
  expect(costOf(90)).toBeGreaterThan(costOf(7) * 5);
  // Without `days`, its default of 30.
  expect(costOf()).toBe(costOf(30));
});
