import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  bookAt,
  CALL_NEXT,
  CHECK_IN,
  createQueueTown,
  OPEN_COUNTER,
  ticketAction,
  type QueueTown,
  type TicketPayload,
} from '../support/queue.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Monday 1 March 2027, 08:30 in Berlin; the fixture's counters are open 08:00-16:00.
const NOW = new Date('2027-03-01T07:30:00Z');

const PLAN = `query($o: ID!) {
  officeAppointments(officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-02T00:00:00Z",
                     reason: HANDLING_APPOINTMENT) {
    code counterName ticket { number state counterName }
  }
}`;

type PlanRow = {
  code: string;
  counterName: string;
  ticket: { number: string; state: string; counterName: string | null } | null;
};

let server: TestServer;
let town: QueueTown;
let kiosk: Record<string, string>;
let clerk: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createQueueTown(server);
  const { token } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: town.officeId, name: 'Foyer' },
  );
  kiosk = bearer(token);
  clerk = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function act(document: string, input: Record<string, unknown>, headers = clerk) {
  const { body } = await server.gql<Record<string, TicketPayload>>(document, { input }, headers);
  const payload = Object.values(body.data ?? {})[0];
  if (!payload || payload.userErrors.length) throw new Error(JSON.stringify(body));
  return payload;
}

async function plan() {
  const response = await gqlCounted<{ officeAppointments: PlanRow[] }>(
    server,
    PLAN,
    { o: town.office },
    clerk,
  );
  if (!response.body.data) throw new Error(JSON.stringify(response.body));
  return { rows: response.body.data.officeAppointments, statements: response.sqlStatements };
}

it('shows the plan each appointment’s counter and where it stands in the queue, without a query per appointment', async () => {
  // Given one appointment at 09:00, not checked in yet
  const first = await bookAt(server, town, '2027-03-01T08:00:00.000Z');
  const one = await plan();
  expect(one.rows).toEqual([
    { code: first.code, counterName: expect.stringMatching(/^Schalter \d$/), ticket: null },
  ]);

  // When two more are booked, one checked in and served, one checked in and waiting
  const second = await bookAt(server, town, '2027-03-01T08:00:00.000Z');
  const third = await bookAt(server, town, '2027-03-01T08:00:00.000Z');
  const served = (await act(CHECK_IN, { code: second.code }, kiosk)).ticket!;
  await act(OPEN_COUNTER, { counterId: town.counters[0] });
  await act(CALL_NEXT, { counterId: town.counters[0] });
  await act(ticketAction('finishTicket'), { ticketId: served.id });
  const waiting = (await act(CHECK_IN, { code: third.code }, kiosk)).ticket!;

  // Then the plan shows each with its counter and its ticket's state …
  const three = await plan();
  const byCode = new Map(three.rows.map((row) => [row.code, row]));
  expect(byCode.get(first.code)).toEqual({
    code: first.code,
    counterName: one.rows[0]!.counterName,
    ticket: null,
  });
  expect(byCode.get(second.code)!.ticket).toEqual({
    number: served.number,
    state: 'DONE',
    counterName: 'Schalter 1',
  });
  expect(byCode.get(third.code)!.ticket).toEqual({
    number: waiting.number,
    state: 'WAITING',
    counterName: null,
  });
  // … and a fourth appointment checked in costs no further SQL statement (none per row)
  const fourth = await bookAt(server, town, '2027-03-01T08:30:00.000Z');
  await act(CHECK_IN, { code: fourth.code }, kiosk);
  const four = await plan();
  expect(four.rows).toHaveLength(4);
  expect(four.statements).toBe(three.statements);
});

it('gives the citizen the ticket of their own appointment once checked in', async () => {
  // Given a signed-in citizen's appointment at 09:30
  const account = await createAccount(server);
  const citizen = bearer(await signIn(server, account));
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } };
  }>(
    `mutation($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { appointment { id code } userErrors { code } }
    }`,
    {
      input: {
        serviceId: town.service,
        officeId: town.office,
        startsAt: '2027-03-01T08:30:00.000Z',
        name: 'Erika Mustermann',
        email: account.email,
        idempotencyKey: 'appointment-ticket-citizen',
      },
    },
    citizen,
  );
  const appointment = body.data!.bookAppointment.appointment;
  const read = async () =>
    (
      await server.gql<{ node: { ticket: { number: string; state: string } | null } }>(
        'query($id: ID!) { node(id: $id) { ... on Appointment { ticket { number state } } } }',
        { id: appointment.id },
        citizen,
      )
    ).body.data!.node.ticket;
  expect(await read()).toBeNull();

  // When it is checked in at the kiosk
  const ticket = (await act(CHECK_IN, { code: appointment.code }, kiosk)).ticket!;

  // Then the citizen's appointment shows its ticket
  expect(await read()).toEqual({ number: ticket.number, state: 'WAITING' });
});
