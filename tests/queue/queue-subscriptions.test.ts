import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
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

const BOARD = `subscription($officeId: ID!) {
  queueBoard(officeId: $officeId) { seq waitingCount called { number counterName recalls } }
}`;
const MY_TICKET = `subscription($ticketId: ID!) {
  myTicket(ticketId: $ticketId) { number state position estimatedWaitMinutes counterName }
}`;
const EVENTS = `subscription($officeId: ID!, $afterSeq: Int) {
  queueEvents(officeId: $officeId, afterSeq: $afterSeq) { seq kind counterId ticket { number state } }
}`;

type Board = {
  queueBoard: {
    seq: number;
    waitingCount: number;
    called: Array<{ number: string; counterName: string; recalls: number }>;
  };
};
type MyTicket = {
  myTicket: {
    number: string;
    state: string;
    position: number | null;
    estimatedWaitMinutes: number | null;
    counterName: string | null;
  };
};
type QueueEvent = {
  queueEvents: {
    seq: number;
    kind: string;
    counterId: string | null;
    ticket: { number: string } | null;
  };
};

let server: TestServer;
const clients: Client[] = [];

type Office = QueueTown & {
  kiosk: Record<string, string>;
  clerk: Record<string, string>;
  clerkToken: string;
};

async function office(): Promise<Office> {
  const town = await createQueueTown(server);
  const { token } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: town.officeId, name: 'Foyer' },
  );
  const clerkToken = await signIn(
    server,
    await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
  );
  return { ...town, kiosk: bearer(token), clerk: bearer(clerkToken), clerkToken };
}

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T07:30:00Z') });
}, 60_000);

afterEach(async () => {
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
) {
  const { body } = await server.gql<Record<string, TicketPayload>>(document, { input }, headers);
  const payload = Object.values(body.data ?? {})[0];
  if (!payload || payload.userErrors.length > 0) throw new Error(JSON.stringify(body));
  return payload;
}

const draw = (town: Office) =>
  act(DRAW, { officeId: town.office, serviceId: town.service }, town.kiosk).then((p) => p.ticket!);

describe('queueBoard', () => {
  it('shows the display the board now, then each change of its office only', async () => {
    // Given an office with one waiting ticket, an open counter, and another office
    const town = await office();
    const other = await office();
    const first = await draw(town);
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);

    // When a display without credentials subscribes
    const board = subscription<Board>(clientFor(null), BOARD, { officeId: town.office });

    // Then it gets the board as it is
    const now = (await board.next()).data!.queueBoard;
    expect(now).toMatchObject({ waitingCount: 1, called: [] });

    // When the clerk calls next, the board shows the number and the counter
    await act(CALL_NEXT, { counterId: town.counters[0] }, town.clerk);
    const called = (await board.next()).data!.queueBoard;
    expect(called.called).toEqual([
      { number: first.number, counterName: 'Schalter 1', recalls: 0 },
    ]);
    expect(called.waitingCount).toBe(0);
    expect(called.seq).toBeGreaterThan(now.seq);

    // A change of the other office does not reach it; the next one of its own does
    await draw(other);
    await board.nothingWithin(300);
    await draw(town);
    expect((await board.next()).data!.queueBoard.waitingCount).toBe(1);
  });

  it('gives a display that reconnects the board as it is, changes missed included', async () => {
    // Given a display that saw the board and went away
    const town = await office();
    const firstClient = clientFor(null);
    const before = subscription<Board>(firstClient, BOARD, { officeId: town.office });
    expect((await before.next()).data!.queueBoard.waitingCount).toBe(0);
    await firstClient.dispose();

    // When two tickets are drawn and one called while it is away, and it subscribes again
    await draw(town);
    await draw(town);
    await act(OPEN_COUNTER, { counterId: town.counters[1] }, town.clerk);
    await act(CALL_NEXT, { counterId: town.counters[1] }, town.clerk);
    const after = subscription<Board>(clientFor(null), BOARD, { officeId: town.office });

    // Then it shows what happened meanwhile
    expect((await after.next()).data!.queueBoard).toMatchObject({
      waitingCount: 1,
      called: [{ counterName: 'Schalter 2' }],
    });
  });
});

describe('myTicket', () => {
  it('tells the phone its place, then where to go, and nothing when nothing changed for it', async () => {
    // Given two waiting tickets and an open counter
    const town = await office();
    const ahead = await draw(town);
    const mine = await draw(town);
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);

    // When the phone of the second follows it
    const phone = subscription<MyTicket>(clientFor(null), MY_TICKET, { ticketId: mine.id });

    // Then it is second, then first once the one ahead is called
    expect((await phone.next()).data!.myTicket).toMatchObject({
      number: mine.number,
      state: 'WAITING',
      position: 2,
    });
    await act(CALL_NEXT, { counterId: town.counters[0] }, town.clerk);
    expect((await phone.next()).data!.myTicket).toMatchObject({ position: 1 });

    // A ticket drawn behind it and the one ahead finished change nothing for it; being called does
    await draw(town);
    await phone.nothingWithin(300);
    await act(ticketAction('finishTicket'), { ticketId: ahead.id }, town.clerk);
    await act(CALL_NEXT, { counterId: town.counters[0] }, town.clerk);
    expect((await phone.next()).data!.myTicket).toEqual({
      number: mine.number,
      state: 'CALLED',
      position: null,
      estimatedWaitMinutes: null,
      counterName: 'Schalter 1',
    });

    // Served, the phone is told so, and the subscription ends
    await act(ticketAction('finishTicket'), { ticketId: mine.id }, town.clerk);
    expect((await phone.next()).data!.myTicket).toMatchObject({ state: 'DONE' });
    await expect(phone.next()).rejects.toThrow('the subscription ended');
  });

  it('ends at once for a ticket that does not exist', async () => {
    const town = await office();
    const ticket = await draw(town);
    const unknown = Buffer.from(
      `Ticket:${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
    ).toString('base64');
    const phone = subscription<MyTicket>(clientFor(null), MY_TICKET, { ticketId: unknown });
    await expect(phone.next()).rejects.toThrow('the subscription ended');
    // The same for a ticket that does exist delivers it.
    const real = subscription<MyTicket>(clientFor(null), MY_TICKET, { ticketId: ticket.id });
    expect((await real.next()).data!.myTicket.number).toBe(ticket.number);
  });
});

describe('queueEvents', () => {
  it('catches a clerk up with what happened after the last event seen, then continues live', async () => {
    // Given a clerk following the office's events live, and another office
    const town = await office();
    const other = await office();
    const firstClient = clientFor(town.clerkToken);
    const live = subscription<QueueEvent>(firstClient, EVENTS, { officeId: town.office });
    await waitUntil(() => server.bus.activeSubscriptions() === 1, 'the clerk listens');
    const drawn = await draw(town);
    const joined = (await live.next()).data!.queueEvents;
    expect(joined).toMatchObject({ kind: 'JOINED', ticket: { number: drawn.number } });
    // The other office's events do not reach this clerk.
    await draw(other);
    await live.nothingWithin(300);
    await draw(town);
    const seen = (await live.next()).data!.queueEvents;
    expect(seen).toMatchObject({ seq: joined.seq + 1, kind: 'JOINED' });

    // When the clerk's socket drops, and meanwhile a counter opens and calls the ticket
    await firstClient.dispose();
    await act(OPEN_COUNTER, { counterId: town.counters[0] }, town.clerk);
    await act(CALL_NEXT, { counterId: town.counters[0] }, town.clerk);
    const again = subscription<QueueEvent>(clientFor(town.clerkToken), EVENTS, {
      officeId: town.office,
      afterSeq: seen.seq,
    });

    // Then the reconnected clerk gets the two missed events in order, then the next live one
    const missed = [(await again.next()).data!.queueEvents, (await again.next()).data!.queueEvents];
    expect(missed.map((event) => [event.seq, event.kind])).toEqual([
      [seen.seq + 1, 'COUNTER_OPENED'],
      [seen.seq + 2, 'CALLED'],
    ]);
    expect(missed[0]!.counterId).toBe(town.counters[0]);
    expect(missed[1]!.ticket).toEqual({ number: drawn.number, state: 'CALLED' });
    await act(ticketAction('finishTicket'), { ticketId: drawn.id }, town.clerk);
    expect((await again.next()).data!.queueEvents).toMatchObject({
      seq: seen.seq + 3,
      kind: 'DONE',
    });
  });

  it('refuses staff of another office', async () => {
    const town = await office();
    const other = await office();
    const refused = subscription<QueueEvent>(clientFor(other.clerkToken), EVENTS, {
      officeId: town.office,
    });
    const { errors } = (await refused.next()) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
