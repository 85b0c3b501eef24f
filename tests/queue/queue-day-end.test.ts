import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { endQueueDays, QUEUE_EVENT_RETENTION_DAYS } from '../../src/queue/queue-jobs.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  CALL_NEXT,
  createQueueTown,
  DRAW,
  OPEN_COUNTER,
  ticketAction,
  type QueueTown,
  type TicketPayload,
} from '../support/queue.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Monday 1 March 2027, 08:30 in Berlin; the fixture's counters are open 08:00-16:00.
const MONDAY = new Date('2027-03-01T07:30:00Z');
// Tuesday 06:00 in Berlin: the town's day changed, the office has not opened yet.
const TUESDAY = new Date('2027-03-02T05:00:00Z');

const MY_TICKET = `subscription($ticketId: ID!) { myTicket(ticketId: $ticketId) { number state } }`;
const EVENTS = `subscription($officeId: ID!, $afterSeq: Int) {
  queueEvents(officeId: $officeId, afterSeq: $afterSeq) { seq kind }
}`;
const STATISTICS = `query($officeId: ID!, $from: String!, $to: String!) {
  queueStatistics(officeId: $officeId, from: $from, to: $to) { day tickets noShows unserved }
}`;

let server: TestServer;
const clients: Client[] = [];

type Office = QueueTown & { clerk: Record<string, string>; clerkToken: string };

async function office(): Promise<Office> {
  const town = await createQueueTown(server);
  const clerkToken = await signIn(
    server,
    await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
  );
  return { ...town, clerk: bearer(clerkToken), clerkToken };
}

beforeAll(async () => {
  server = await startTestServer({ now: MONDAY });
}, 60_000);

afterEach(async () => {
  server.clock.set(MONDAY);
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

function clientFor(token: string | null) {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  clients.push(client);
  return client;
}

async function act(
  document: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<TicketPayload> {
  const { body } = await server.gql<Record<string, TicketPayload>>(document, { input }, headers);
  const payload = Object.values(body.data ?? {})[0];
  if (!payload) throw new Error(JSON.stringify(body));
  return payload;
}

async function draw(town: Office) {
  const payload = await act(DRAW, { officeId: town.office, serviceId: town.service }, town.clerk);
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload.ticket!;
}

/** The day end as the server's job runs it, at the test server's clock. */
const endDays = () =>
  endQueueDays({
    em: server.orm.em.fork(),
    clock: server.clock.now,
    bus: server.bus,
    settings: { timeZone: 'Europe/Berlin' },
  });

async function rows(sqlText: string, params: unknown[]) {
  return server.orm.em.fork().execute<Array<Record<string, unknown>>>(sqlText, params);
}

describe('the end of the queue’s day', () => {
  it('expires what was left unserved, closes the counters left open, and tells phones and clerks', async () => {
    // Given Monday's queue at closing time: one ticket called, one parked, one still waiting,
    // and two counters that nobody closed
    const town = await office();
    await draw(town);
    const parked = await draw(town);
    const waiting = await draw(town);
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);
    await act(OPEN_COUNTER, { counterId: town.counters[1] }, town.clerk);
    await act(CALL_NEXT, { counterId: town.counters[0] }, town.clerk);
    await act(CALL_NEXT, { counterId: town.counters[1] }, town.clerk);
    await act(ticketAction('parkTicket'), { ticketId: parked.id }, town.clerk);
    // … a phone following the waiting ticket, and a clerk's screen following the office
    const phone = subscription<{ myTicket: { number: string; state: string } }>(
      clientFor(null),
      MY_TICKET,
      { ticketId: waiting.id },
    );
    expect((await phone.next()).data!.myTicket.state).toBe('WAITING');
    const { lastSeq } = (
      await rows('select last_seq as "lastSeq" from queue_office where office_id = ?', [
        town.officeId,
      ])
    )[0] as { lastSeq: string };
    const screen = subscription<{ queueEvents: { seq: number; kind: string } }>(
      clientFor(town.clerkToken),
      EVENTS,
      { officeId: town.office, afterSeq: Number(lastSeq) },
    );

    // When Tuesday has begun and the day-end job runs
    server.clock.set(TUESDAY);
    const expired = await endDays();

    // Then the three tickets expired with a finish time, and no counter of the office is open
    expect(expired).toBe(3);
    const tickets = await rows(
      'select number, state, finished_at from queue_ticket where office_id = ? order by number',
      [town.officeId],
    );
    expect(tickets.map((ticket) => ticket.state)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
    expect(tickets.every((ticket) => ticket.finished_at !== null)).toBe(true);
    const open = await rows(
      'select count(*)::int as n from queue_counter qc join counter c on c.id = qc.counter_id where c.office_id = ?',
      [town.officeId],
    );
    expect(open[0]!.n).toBe(0);
    // … the phone shows the ticket expired, and the clerk's screen hears the day ended
    expect((await phone.next()).data!.myTicket).toEqual({
      number: waiting.number,
      state: 'EXPIRED',
    });
    expect((await screen.next()).data!.queueEvents.kind).toBe('DAY_ENDED');
    // … and Monday's statistics count them as unserved, not as no-shows
    const { body } = await server.gql<{
      queueStatistics: Array<{ day: string; tickets: number; noShows: number; unserved: number }>;
    }>(STATISTICS, { officeId: town.office, from: '2027-03-01', to: '2027-03-01' }, town.clerk);
    expect(body.data!.queueStatistics).toEqual([
      { day: '2027-03-01', tickets: 3, noShows: 0, unserved: 3 },
    ]);

    // When it runs again, it changes nothing and tells nobody; the next change of the day does
    expect(await endDays()).toBe(0);
    await screen.nothingWithin(300);
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);
    expect((await screen.next()).data!.queueEvents.kind).toBe('COUNTER_OPENED');
  });

  it('leaves today’s queue alone', async () => {
    // Given a ticket waiting and a counter open this morning
    const town = await office();
    const ticket = await draw(town);
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);

    // When the job runs later the same day
    server.clock.set(new Date('2027-03-01T15:00:00Z'));
    await endDays();

    // Then the ticket still waits and the counter is still open
    const [row] = await rows('select state from queue_ticket where number = ? and office_id = ?', [
      Number(ticket.number.split('-')[1]),
      town.officeId,
    ]);
    expect(row!.state).toBe('WAITING');
    const open = await rows('select count(*)::int as n from queue_counter where counter_id = ?', [
      town.counterIds[0],
    ]);
    expect(open[0]!.n).toBe(1);
  });

  it(`deletes queue events older than ${QUEUE_EVENT_RETENTION_DAYS} days`, async () => {
    // Given an office with events on Monday
    const town = await office();
    await draw(town);
    const before = await rows('select count(*)::int as n from queue_event where office_id = ?', [
      town.officeId,
    ]);
    expect(before[0]!.n).toBeGreaterThan(0);

    // When the job runs eight days later
    server.clock.set(new Date(MONDAY.getTime() + (QUEUE_EVENT_RETENTION_DAYS + 1) * 86_400_000));
    await endDays();

    // Then only the event of the day end it just wrote is left
    const after = await rows('select kind from queue_event where office_id = ?', [town.officeId]);
    expect(after).toEqual([{ kind: 'DAY_ENDED' }]);
  });
});

describe('openCounter', () => {
  it('refuses a counter that is out of service', async () => {
    // Given a counter an admin deactivated
    const town = await office();
    await rows('update counter set active = false where id = ?', [town.counterIds[0]]);

    // When a clerk opens it
    const payload = await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);

    // Then it is refused by name, and stays closed
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'COUNTER_INACTIVE', field: ['counterId'] }),
    ]);
    const open = await rows('select count(*)::int as n from queue_counter where counter_id = ?', [
      town.counterIds[0],
    ]);
    expect(open[0]!.n).toBe(0);
  });
});
