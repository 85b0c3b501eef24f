import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { openDatabase } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { CREATE, PUBLISH, WITHDRAW, draftInput } from '../support/announcements.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import {
  chatTown,
  graphqlAt,
  reconnectBackoff,
  startConversation,
  type ChatTown,
} from './support/chat.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';
import { throwawayRedis, type ThrowawayRedis } from './support/throwaway-redis.js';
import { waitUntil } from '../support/wait.js';

// Issue #21, fault 6, for every kind of live view: two instances share a PostgreSQL cluster and
// a Redis of the test's own (REDIS_URL). The staff inbox, free slots, the office's appointment
// plan, the lobby queue (board, ticket, clerks' events), announcements, applications and
// waitlist offers are followed on instance B (conversations: redis-outage.test.ts); while Redis is away, changes of each are made through instance A,
// whose events then reach nobody on B. Once Redis is back, each of B's subscriptions gets what it
// missed (read from the database), on the socket it had. A subscription opened on B while Redis
// is away is accepted, hears what B publishes meanwhile, and catches up and goes live once Redis
// is back.

/** A start may take long on a loaded machine: other tests start servers too. */
const STARTUP = { readyTimeoutMs: 60_000 };
/** Reconnecting and catching up are quick, but the machine may be busy. */
const WAIT = { timeoutMs: 30_000 };

let postgres: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let a: ServerProcess | undefined;
let b: ServerProcess | undefined;
let town: ChatTown;
/** Two submitted applications of the office (database ids): one taken before, one during. */
let applications: [string, string];
const sockets: LiveSocket[] = [];

/** Subscriptions over one WebSocket; what each receives is kept by its label, in order. */
class LiveSocket {
  readonly received = new Map<string, Array<Record<string, unknown> | string>>();
  readonly errors: unknown[] = [];
  /** The close code of each time the socket closed. */
  readonly closeCodes: number[] = [];
  reconnects = 0;
  private readonly client: Client;

  constructor(url: string, token?: string) {
    this.client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: reconnectBackoff,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) this.reconnects += 1;
        },
        closed: (event) => this.closeCodes.push((event as { code: number }).code),
      },
    });
  }

  subscribe(label: string, query: string, variables: Record<string, unknown>): void {
    const received: Array<Record<string, unknown> | string> = [];
    this.received.set(label, received);
    this.client.subscribe<Record<string, Record<string, unknown> | string>>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push({ label, errors: result.errors });
          const value = result.data ? Object.values(result.data)[0] : undefined;
          if (value !== undefined) received.push(value);
        },
        error: (error) => this.errors.push({ label, error }),
        complete: () => this.errors.push({ label, completed: true }),
      },
    );
  }

  of(label: string): Array<Record<string, unknown> | string> {
    return this.received.get(label) ?? [];
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  redis = await throwawayRedis();
  await redis.start();
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
    // No sweep of the sockets' rights during the test: a sign-out must close them by its event.
    WS_AUTH_RECHECK_MS: '3600000',
  };
  a = await serverProcess(env);
  b = await serverProcess(env);
  // One after the other: the first start migrates the database.
  await a.start(STARTUP);
  await b.start(STARTUP);
  town = await chatTown(postgres.url, a.url, 2);
  const orm = await openDatabase({
    url: postgres.url,
    poolSize: 2,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    const formId = await insertForm({ orm }, town.ids.service);
    const row = {
      formId,
      serviceId: town.ids.service,
      officeId: town.ids.office,
      applicantId: town.citizens[1]!.id,
      status: 'SUBMITTED',
    };
    applications = [await insertApplication({ orm }, row), await insertApplication({ orm }, row)];
  } finally {
    await orm.close();
  }
}, 150_000);

afterAll(async () => {
  await Promise.allSettled(sockets.map((socket) => socket.close()));
  await a?.remove().catch(() => {});
  await b?.remove().catch(() => {});
  await redis?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

/** A mutation through one instance; its payload, failing on user errors. */
async function mutate(
  server: ServerProcess,
  document: string,
  input: Record<string, unknown>,
  token?: string,
): Promise<Record<string, unknown>> {
  const data = await graphqlAt<Record<string, Record<string, unknown>>>(
    server.url,
    document,
    { input },
    token,
  );
  const payload = Object.values(data)[0]!;
  expect(payload.userErrors ?? []).toEqual([]);
  return payload;
}

const TAKE = `mutation($input: TakeApplicationInput!) {
  takeApplication(input: $input) { application { id status } userErrors { code } }
}`;
const DRAW = `mutation($input: DrawTicketInput!) {
  drawTicket(input: $input) { ticket { id number } userErrors { code } }
}`;
const OPEN_COUNTER = `mutation($input: QueueCounterInput!) {
  openCounter(input: $input) { counter { id } userErrors { code } }
}`;
const CALL_NEXT = `mutation($input: QueueCounterInput!) {
  callNextTicket(input: $input) { ticket { id number } userErrors { code } }
}`;
const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code email } userErrors { code } }
}`;
const CANCEL = `mutation($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { userErrors { code } }
}`;
const JOIN = `mutation($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) { joined userErrors { code } }
}`;
const FREE_SLOTS = `query($s: ID!, $o: ID!, $from: DateTime!, $to: DateTime!) {
  freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt available }
}`;

const SUBSCRIPTIONS = {
  inbox: `subscription($o: ID!) { inboxEvents(officeId: $o) { reason conversation { id } } }`,
  plan: `subscription($o: ID!) { officeAppointmentsChanged(officeId: $o) { startsAt } }`,
  queueEvents: `subscription($o: ID!) { queueEvents(officeId: $o) { seq kind } }`,
  caseQueue: `subscription($o: ID!) { officeApplicationsChanged(officeId: $o) { applicationId status } }`,
  application: `subscription($id: ID!) { applicationUpdated(applicationId: $id) { id status } }`,
  slots: `subscription($s: ID!, $o: ID!) { slotAvailabilityChanged(serviceId: $s, officeId: $o) { startsAt available } }`,
  board: `subscription($o: ID!) { queueBoard(officeId: $o) { seq called { number } } }`,
  ticket: `subscription($t: ID!) { myTicket(ticketId: $t) { state } }`,
  published: `subscription($o: ID!) { announcementPublished(officeId: $o) { id } }`,
  offers: `subscription { waitlistOffer { startsAt } }`,
  withdrawn: `subscription($o: ID!) { announcementWithdrawn(officeId: $o) }`,
};

/** How many times `text` occurs in what the server wrote so far. */
function occurrences(server: ServerProcess, text: string): number {
  return server.output().split(text).length - 1;
}

it('Redis killed and back: every kind of live view on the other instance catches up without reconnecting', async () => {
  const [onA, onB] = [a!, b!];
  const wsUrl = `${onB.url.replace('http', 'ws')}/graphql`;
  const { clerk, citizens, office, service, counter } = town;
  const [walkIn, applicant] = citizens;
  const [takenBefore, takenDuring] = applications.map((id) => toGlobalId('Application', id));

  // Given two free times ahead, an open counter with a waiting ticket, a visible announcement
  // and a draft, all made through A …
  const { freeSlots } = await graphqlAt<{
    freeSlots: Array<{ startsAt: string; available: number }>;
  }>(onA.url, FREE_SLOTS, {
    s: service,
    o: office,
    from: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 4 * 86_400_000).toISOString(),
  });
  const [slotBefore, slotDuring] = freeSlots.filter((slot) => slot.available > 0);
  const book = async (startsAt: string) =>
    (
      await mutate(onA, BOOK, {
        serviceId: service,
        officeId: office,
        startsAt,
        name: 'Erika Mustermann',
        email: `erika.${randomUUID()}@example.org`,
      })
    ).appointment as { code: string; email: string };
  // A citizen waits for a time in those days (a cancellation is offered to them).
  const joined = await mutate(
    onA,
    JOIN,
    {
      serviceId: service,
      officeIds: [office],
      startsAfter: new Date(Date.now() + 86_400_000).toISOString(),
      endsBefore: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      earliestTime: '00:00',
      latestTime: '24:00',
      name: 'Bürgerin 1',
    },
    walkIn!.token,
  );
  expect(joined.joined).toBe(true);
  await mutate(onA, OPEN_COUNTER, { counterId: counter }, clerk.token);
  const drawn = await mutate(onA, DRAW, { officeId: office, serviceId: service }, walkIn!.token);
  const ticket = drawn.ticket as { id: string; number: string };
  const createDraft = async () =>
    (
      (await mutate(onA, CREATE, draftInput({ officeId: office }), clerk.token)).announcement as {
        id: string;
      }
    ).id;
  const visibleBefore = await createDraft();
  const draft = await createDraft();

  // … followed on B by the office's staff, the waiting citizen and the public.
  const staff = new LiveSocket(wsUrl, clerk.token);
  const waiting = new LiveSocket(wsUrl, walkIn!.token);
  const visitor = new LiveSocket(wsUrl);
  const leaving = new LiveSocket(wsUrl, applicant!.token);
  sockets.push(staff, waiting, visitor, leaving);
  waiting.subscribe('offers', SUBSCRIPTIONS.offers, {});
  leaving.subscribe('published', SUBSCRIPTIONS.published, { o: office });
  staff.subscribe('inbox', SUBSCRIPTIONS.inbox, { o: office });
  staff.subscribe('plan', SUBSCRIPTIONS.plan, { o: office });
  staff.subscribe('queueEvents', SUBSCRIPTIONS.queueEvents, { o: office });
  staff.subscribe('caseQueue', SUBSCRIPTIONS.caseQueue, { o: office });
  staff.subscribe('application', SUBSCRIPTIONS.application, { id: takenDuring });
  visitor.subscribe('slots', SUBSCRIPTIONS.slots, { s: service, o: office });
  visitor.subscribe('board', SUBSCRIPTIONS.board, { o: office });
  visitor.subscribe('ticket', SUBSCRIPTIONS.ticket, { t: ticket.id });
  visitor.subscribe('published', SUBSCRIPTIONS.published, { o: office });
  visitor.subscribe('withdrawn', SUBSCRIPTIONS.withdrawn, { o: office });
  await waitUntil(
    () => visitor.of('board').length > 0 && visitor.of('ticket').length > 0,
    'the board and the ticket as they are',
    WAIT,
  );

  // Positive control: with Redis up, a change of each kind made through A crosses to B.
  const firstConversation = await startConversation(onA.url, applicant!, office, 'Vorher');
  const bookedBefore = await book(slotBefore!.startsAt);
  await mutate(onA, DRAW, { officeId: office, serviceId: service }, applicant!.token);
  await mutate(onA, PUBLISH, { id: visibleBefore }, clerk.token);
  await mutate(onA, TAKE, { applicationId: takenBefore }, clerk.token);
  const has = (socket: LiveSocket, label: string, match: (item: never) => boolean) =>
    socket.of(label).some((item) => match(item as never));
  const crossedBefore = {
    inbox: () =>
      has(staff, 'inbox', (e: { conversation: { id: string } }) => {
        return e.conversation.id === firstConversation;
      }),
    plan: () =>
      has(staff, 'plan', (e: { startsAt: string }) => e.startsAt === slotBefore!.startsAt),
    slots: () =>
      has(visitor, 'slots', (e: { startsAt: string; available: number }) => {
        return e.startsAt === slotBefore!.startsAt && e.available === 0;
      }),
    queueEvents: () => has(staff, 'queueEvents', (e: { kind: string }) => e.kind === 'JOINED'),
    board: () => visitor.of('board').length > 1,
    published: () =>
      visitor.of('published').some((e) => (e as { id: string }).id === visibleBefore),
    caseQueue: () =>
      has(staff, 'caseQueue', (e: { applicationId: string }) => e.applicationId === takenBefore),
  };
  await waitUntil(
    () => Object.values(crossedBefore).every((crossed) => crossed()),
    () =>
      `changes crossing before the outage: ${Object.entries(crossedBefore)
        .filter(([, crossed]) => !crossed())
        .map(([kind]) => kind)}`,
    WAIT,
  );

  // When Redis dies, and both instances noticed …
  const errorsBefore = [onA, onB].map((server) => occurrences(server, 'Redis event bus error'));
  await redis!.kill();
  const downAt = Date.now();
  await waitUntil(
    () =>
      [onA, onB].every(
        (server, index) => occurrences(server, 'Redis event bus error') > errorsBefore[index]!,
      ),
    'both instances noticing that Redis is away',
    WAIT,
  );
  const countsWhenDown = [staff, waiting, visitor].flatMap((socket) =>
    [...socket.received].map(([label, items]) => ({ socket, label, count: items.length })),
  );

  // … a subscription opened on B meanwhile is accepted and hears what B publishes …
  const lateComer = new LiveSocket(wsUrl);
  sockets.push(lateComer);
  lateComer.subscribe('published', SUBSCRIPTIONS.published, { o: office });
  const localWhileDown = (await mutate(onB, CREATE, draftInput({ officeId: office }), clerk.token))
    .announcement as { id: string };
  await mutate(onB, PUBLISH, { id: localWhileDown.id }, clerk.token);
  await waitUntil(
    () => lateComer.of('published').some((e) => (e as { id: string }).id === localWhileDown.id),
    'an announcement published through B reaching a subscription opened on B while Redis is away',
    WAIT,
  );

  // … and a change of every kind is made through A, whose events reach nobody on B.
  const secondConversation = await startConversation(onA.url, walkIn!, office, 'Während');
  await book(slotDuring!.startsAt);
  const called = (await mutate(onA, CALL_NEXT, { counterId: counter }, clerk.token)).ticket as {
    number: string;
  };
  await mutate(onA, PUBLISH, { id: draft }, clerk.token);
  await mutate(onA, WITHDRAW, { id: visibleBefore }, clerk.token);
  await mutate(onA, TAKE, { applicationId: takenDuring }, clerk.token);
  await mutate(onA, CANCEL, bookedBefore);
  const { signOut } = await graphqlAt<{ signOut: { signedOut: boolean } }>(
    onA.url,
    'mutation { signOut { signedOut } }',
    {},
    applicant!.token,
  );
  expect(signOut.signedOut).toBe(true);
  expect(leaving.closeCodes).toEqual([]);
  for (const { socket, label, count } of countsWhenDown) {
    // The local announcement reaches B's own subscribers; nothing of A's does.
    const local = label === 'published' ? 1 : 0;
    expect([label, socket.of(label).length]).toEqual([label, count + local]);
  }

  // Then, once Redis is back, each of B's subscriptions gets what it missed, on its socket.
  const caughtUp = {
    inbox: () =>
      has(staff, 'inbox', (e: { conversation: { id: string } }) => {
        return e.conversation.id === secondConversation;
      }),
    plan: () =>
      has(staff, 'plan', (e: { startsAt: string }) => e.startsAt === slotDuring!.startsAt),
    slots: () =>
      has(visitor, 'slots', (e: { startsAt: string; available: number }) => {
        return e.startsAt === slotDuring!.startsAt && e.available === 0;
      }),
    queueEvents: () => has(staff, 'queueEvents', (e: { kind: string }) => e.kind === 'CALLED'),
    board: () =>
      has(visitor, 'board', (e: { called: Array<{ number: string }> }) =>
        e.called.some((call) => call.number === called.number),
      ),
    ticket: () => has(visitor, 'ticket', (e: { state: string }) => e.state === 'CALLED'),
    published: () => visitor.of('published').some((e) => (e as { id: string }).id === draft),
    withdrawn: () => visitor.of('withdrawn').includes(visibleBefore),
    // A session signed out meanwhile has its sockets closed (4401: sign in again).
    signedOut: () => leaving.closeCodes.includes(4401),
    offer: () =>
      has(waiting, 'offers', (e: { startsAt: string }) => e.startsAt === slotBefore!.startsAt),
    application: () =>
      has(staff, 'application', (e: { id: string; status: string }) => {
        return e.id === takenDuring && e.status === 'IN_REVIEW';
      }),
    caseQueue: () =>
      has(staff, 'caseQueue', (e: { applicationId: string; status: string }) => {
        return e.applicationId === takenDuring && e.status === 'IN_REVIEW';
      }),
    openedWhileDown: () =>
      lateComer.of('published').some((e) => (e as { id: string }).id === draft),
  };
  await redis!.start();
  const upAt = Date.now();
  const caughtUpAfter = new Map<string, number>();
  await waitUntil(
    () => {
      for (const [kind, done] of Object.entries(caughtUp)) {
        if (!caughtUpAfter.has(kind) && done()) caughtUpAfter.set(kind, Date.now() - upAt);
      }
      return caughtUpAfter.size === Object.keys(caughtUp).length;
    },
    () =>
      `catching up after Redis is back: ${Object.keys(caughtUp).filter((kind) => !caughtUpAfter.has(kind))}`,
    WAIT,
  );

  // Live events cross again, to the subscriptions of before and to the one opened meanwhile.
  const after = (await mutate(onA, CREATE, draftInput({ officeId: office }), clerk.token))
    .announcement as { id: string };
  await mutate(onA, PUBLISH, { id: after.id }, clerk.token);
  await waitUntil(
    () =>
      [visitor, lateComer].every((socket) =>
        socket.of('published').some((e) => (e as { id: string }).id === after.id),
      ),
    'an announcement crossing again',
    WAIT,
  );

  // The clerks' queue events stay one each, in order.
  const seqs = staff.of('queueEvents').map((e) => (e as { seq: number }).seq);
  expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
  // (The signed-out socket's subscription ended with its close.)
  for (const socket of sockets) {
    expect(socket.reconnects).toBe(0);
    if (socket !== leaving) expect(socket.errors).toEqual([]);
  }
  expect(onA.output() + onB.output()).not.toContain('unhandled');
  const kinds = Object.keys(caughtUp).length;
  const slowest = Math.max(...caughtUpAfter.values());
  console.log(
    `redis catch-up: 2 instances, ${kinds} kinds of live view on B (${Object.keys(caughtUp).join(', ')}), ` +
      `Redis down ${upAt - downAt} ms with a change of each made through A, ` +
      `all caught up ${slowest} ms after it was back (fastest ${Math.min(...caughtUpAfter.values())} ms), ` +
      `reconnects=0, servers restarted=0, lost=${kinds - caughtUpAfter.size}`,
  );
}, 180_000);
