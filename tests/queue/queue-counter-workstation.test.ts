import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { mintCallers } from '../support/accounts.js';
import { guestBooking } from '../support/fixtures.js';
import {
  CHECK_IN,
  createQueueTown,
  DRAW,
  OPEN_COUNTER,
  type QueueTown,
  type TicketPayload,
} from '../support/queue.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// What the clerk's counter workstation reads besides the queue: which counters are open, and the
// booking behind an appointment ticket, whose read the citizen finds in their data access log.

// Monday 1 March 2027, 08:30 in Berlin; the fixture's counters are open 08:00-16:00.
const NOW = new Date('2027-03-01T07:30:00Z');
const NINE = '2027-03-01T08:00:00.000Z';

const QUEUE_COUNTERS = `query($officeId: ID!) { queueCounters(officeId: $officeId) { id name open } }`;
const TICKET_APPOINTMENT = `query($ticketId: ID!) {
  ticketAppointment(ticketId: $ticketId, reason: HANDLING_APPOINTMENT) { code name email }
}`;

let server: TestServer;
let town: QueueTown;
let otherTown: QueueTown;
let callers: Awaited<ReturnType<typeof mintCallers>>;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  town = await createQueueTown(server);
  otherTown = await createQueueTown(server);
  callers = await mintCallers(server, [town.officeId, otherTown.officeId]);
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function mutate(document: string, input: Record<string, unknown>, caller: string) {
  const { body } = await server.gql<Record<string, TicketPayload>>(
    document,
    { input },
    callers.headers[caller as keyof typeof callers.headers],
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0]!;
}

async function logRows(actorId: string) {
  return server.orm.em
    .fork()
    .execute<Array<{ citizen_id: string; subject: string; reason: string; channel: string }>>(
      'select citizen_id, subject, reason, channel from data_access_log where actor_id = ?',
      [actorId],
    );
}

it('lists the office’s counters with whether each is open, for its clerks only', async () => {
  // Given the first counter opened by a clerk
  await mutate(OPEN_COUNTER, { counterId: town.counters[0] }, 'staffOffice1');

  // When the clerks of the office ask
  const { body } = await server.gql<{ queueCounters: Array<{ id: string; open: boolean }> }>(
    QUEUE_COUNTERS,
    { officeId: town.office },
    callers.headers.staffOffice1,
  );

  // Then the open one is open and the others are not; another office's clerk is refused
  expect(body.data!.queueCounters.map((counter) => [counter.id, counter.open])).toEqual(
    town.counters.map((id, index) => [id, index === 0]),
  );
  const other = await server.gql(
    QUEUE_COUNTERS,
    { officeId: town.office },
    callers.headers.staffOffice2,
  );
  expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('gives the clerk the booking behind an appointment ticket and logs the read', async () => {
  // Given a citizen's own booking at 09:00, checked in from her phone at 08:30
  const citizen = callers.accounts.citizenA;
  const booked = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } | null };
  }>(
    `mutation($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { appointment { id code } userErrors { code } }
    }`,
    { input: guestBooking(town, NINE, { name: citizen.name, email: citizen.email }) },
    callers.headers.citizenA,
  );
  const appointment = booked.body.data!.bookAppointment.appointment!;
  const checkedIn = await mutate(CHECK_IN, { appointmentId: appointment.id }, 'citizenA');
  expect(checkedIn.userErrors).toEqual([]);
  const ticketId = checkedIn.ticket!.id;

  // When a clerk of the office reads it for serving the citizen
  const { body } = await server.gql<{
    ticketAppointment: { code: string; name: string; email: string } | null;
  }>(TICKET_APPOINTMENT, { ticketId }, callers.headers.staffOffice1);

  // Then she sees name, contact and code, and the citizen's log has the read with its reason
  expect(body.data!.ticketAppointment).toEqual({
    code: appointment.code,
    name: citizen.name,
    email: citizen.email,
  });
  expect(await logRows(callers.accounts.staff1.id)).toEqual([
    {
      citizen_id: citizen.id,
      subject: `APPOINTMENT:${appointment.code}`,
      reason: 'HANDLING_APPOINTMENT',
      channel: 'HTTP',
    },
  ]);

  // And a clerk of another office is refused, without a log entry
  const refused = await server.gql(TICKET_APPOINTMENT, { ticketId }, callers.headers.staffOffice2);
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await logRows(callers.accounts.staff2.id)).toEqual([]);
});

it('answers null for a walk-in ticket and an unknown one', async () => {
  const walkIn = await mutate(DRAW, { officeId: town.office, serviceId: town.service }, 'kiosk');
  expect(walkIn.userErrors).toEqual([]);
  for (const ticketId of [walkIn.ticket!.id, toGlobalId('Ticket', randomUUID())]) {
    const { body } = await server.gql<{ ticketAppointment: unknown }>(
      TICKET_APPOINTMENT,
      { ticketId },
      callers.headers.staffOffice1,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ ticketAppointment: null });
  }
});
