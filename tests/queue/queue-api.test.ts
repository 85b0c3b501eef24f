import { randomUUID } from 'node:crypto';
import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, mintCallers, signIn } from '../support/accounts.js';
import {
  bookAt,
  CALL_NEXT,
  CHECK_IN,
  CLOSE_COUNTER,
  createQueueTown,
  DRAW,
  OPEN_COUNTER,
  ticketAction,
  TICKET_FIELDS,
  type QueueTown,
  type TicketPayload,
  type TicketResult,
} from '../support/queue.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Monday 1 March 2027, 08:30 in Berlin; the fixture's counters are open 08:00-16:00.
const NOW = new Date('2027-03-01T07:30:00Z');
// 09:00 local that day.
const NINE = '2027-03-01T08:00:00.000Z';

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

afterEach(() => server.clock.set(NOW));

afterAll(async () => {
  await server.close();
});

type Headers = Record<string, string>;

async function mutate(
  document: string,
  input: Record<string, unknown>,
  headers: Headers,
): Promise<TicketPayload> {
  const { body } = await server.gql<Record<string, TicketPayload>>(document, { input }, headers);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0]!;
}

const kiosk = () => callers.headers.kiosk;
const clerk = () => callers.headers.staffOffice1;

async function draw(headers: Headers = kiosk(), queue: QueueTown = town) {
  return mutate(DRAW, { officeId: queue.office, serviceId: queue.service }, headers);
}

async function openAll(queue: QueueTown, headers: Headers = clerk()) {
  for (const counterId of queue.counters) {
    const { userErrors } = await mutate(OPEN_COUNTER, { counterId }, headers);
    expect(userErrors).toEqual([]);
  }
}

async function ticketRow(id: string) {
  const [row] = await server.orm.em
    .fork()
    .execute<
      Array<{ state: string; counter_id: string | null; recalls: number; service_id: string }>
    >('select state, counter_id, recalls, service_id from queue_ticket where id = ?', [
      Buffer.from(id, 'base64').toString().split(':')[1],
    ]);
  return row;
}

describe('checkIn', () => {
  it('checks a booked appointment in at its office’s kiosk, once', async () => {
    // Given an appointment at 09:00 and the kiosk of its office, at 08:30
    const appointment = await bookAt(server, town, NINE);

    // When the citizen types the code in lower case with a dash
    const first = await mutate(
      CHECK_IN,
      { code: `${appointment.code.slice(0, 4).toLowerCase()}-${appointment.code.slice(4)}` },
      kiosk(),
    );

    // Then a waiting appointment ticket stands, first in line, and a second check-in is refused
    expect(first.userErrors).toEqual([]);
    expect(first.ticket).toMatchObject({
      number: expect.stringMatching(/^T-\d{3}$/),
      state: 'WAITING',
      kind: 'APPOINTMENT',
      position: 1,
      counterName: null,
    });
    expect((await ticketRow(first.ticket!.id))?.state).toBe('WAITING');
    const again = await mutate(CHECK_IN, { code: appointment.code }, kiosk());
    expect(again).toMatchObject({
      ticket: null,
      userErrors: [{ code: 'ALREADY_CHECKED_IN', field: ['code'] }],
    });
  });

  it('refuses unknown codes, codes of another office, day or state, and the wrong time', async () => {
    // Given appointments of this office today, tomorrow and cancelled, and one of another office
    const otherOffice = await bookAt(server, otherTown, NINE);
    const tomorrow = await bookAt(server, town, '2027-03-02T08:00:00.000Z');
    const cancelled = await bookAt(server, town, '2027-03-01T08:30:00.000Z');
    await server.gql(
      'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }',
      { input: { code: cancelled.code, email: cancelled.email } },
    );
    const late = await bookAt(server, town, '2027-03-01T09:00:00.000Z');

    // When the kiosk is given each of them
    const codeOf = async (code: string) =>
      (await mutate(CHECK_IN, { code }, kiosk())).userErrors.map((error) => error.code);

    // Then each is refused with its code
    expect(await codeOf('ABCDEFGH')).toEqual(['NOT_FOUND']);
    expect(await codeOf('not a code')).toEqual(['NOT_FOUND']);
    expect(await codeOf(otherOffice.code)).toEqual(['WRONG_OFFICE']);
    expect(await codeOf(tomorrow.code)).toEqual(['NOT_TODAY']);
    expect(await codeOf(cancelled.code)).toEqual(['CANCELLED']);
    // 10:00 local is more than an hour away at 08:30 …
    expect(await codeOf(late.code)).toEqual(['TOO_EARLY']);
    // … and more than 15 minutes past at 10:16
    server.clock.set(new Date('2027-03-01T09:16:00Z'));
    expect(await codeOf(late.code)).toEqual(['TOO_LATE']);
    const stored = await server.orm.em
      .fork()
      .execute('select count(*)::int as n from queue_ticket where office_id = ?', [
        otherTown.officeId,
      ]);
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('checks in from the phone with code and e-mail, near the time and while the office is open', async () => {
    // Given an appointment at 09:00
    const appointment = await bookAt(server, town, NINE);

    // When the guest says "I'm here" without the e-mail, too early, and then in time
    const withoutEmail = await mutate(CHECK_IN, { code: appointment.code }, {});
    server.clock.set(new Date('2027-03-01T07:25:00Z'));
    const early = await mutate(
      CHECK_IN,
      { code: appointment.code, email: appointment.email.toUpperCase() },
      {},
    );
    server.clock.set(new Date('2027-03-01T07:45:00Z'));
    const wrongEmail = await mutate(
      CHECK_IN,
      { code: appointment.code, email: 'someone@example.org' },
      {},
    );
    const inTime = await mutate(
      CHECK_IN,
      { code: appointment.code, email: appointment.email.toUpperCase() },
      {},
    );

    // Then the phone gets the ticket only in the last case
    expect(withoutEmail.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['email'] }]);
    expect(early.userErrors).toMatchObject([{ code: 'TOO_EARLY' }]);
    expect(wrongEmail.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(inTime.userErrors).toEqual([]);
    expect(inTime.ticket).toMatchObject({ kind: 'APPOINTMENT', state: 'WAITING' });
  });

  it('refuses a check-in from the phone while the office is closed', async () => {
    // Given an appointment at 15:30 and the office closed from 15:35 on
    const appointment = await bookAt(server, town, '2027-03-01T14:30:00.000Z');
    await server.orm.em.fork().execute(
      `insert into closure (id, office_id, starts_at, ends_at, reason)
         values (gen_random_uuid(), ?, '2027-03-01T14:35:00Z', '2027-03-01T15:30:00Z', '{"de":"Zu"}')`,
      [town.officeId],
    );

    // When the guest checks in from the phone at 15:40, within the window but during the closure
    server.clock.set(new Date('2027-03-01T14:40:00Z'));
    const closed = await mutate(CHECK_IN, { code: appointment.code, email: appointment.email }, {});

    // Then the office is closed; the kiosk, in the lobby, still checks in
    expect(closed.userErrors).toMatchObject([{ code: 'OFFICE_CLOSED' }]);
    expect((await mutate(CHECK_IN, { code: appointment.code }, kiosk())).userErrors).toEqual([]);
  });

  it('checks a signed-in owner’s appointment in by its ID, nobody else’s', async () => {
    // Given an appointment booked by citizen A
    const { body } = await server.gql<{
      bookAppointment: { appointment: { id: string } };
    }>(
      `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`,
      {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt: '2027-03-01T08:00:00.000Z',
          name: 'A',
          email: callers.accounts.citizenA.email,
        },
      },
      callers.headers.citizenA,
    );
    const appointmentId = body.data!.bookAppointment.appointment.id;
    server.clock.set(new Date('2027-03-01T07:45:00Z'));

    // When citizen B and then A check it in by ID
    const byOther = await mutate(CHECK_IN, { appointmentId }, callers.headers.citizenB);
    const byOwner = await mutate(CHECK_IN, { appointmentId }, callers.headers.citizenA);

    // Then only the owner gets a ticket
    expect(byOther.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['appointmentId'] }]);
    expect(byOwner.userErrors).toEqual([]);
    expect(
      (await mutate(CHECK_IN, { appointmentId: 'not-an-id' }, callers.headers.citizenA)).userErrors,
    ).toMatchObject([{ code: 'INVALID_INPUT', field: ['appointmentId'] }]);
  });
});

describe('drawTicket', () => {
  it('numbers walk-ins per office and day with the service group’s letter', async () => {
    // Given a fresh office
    const queue = await createQueueTown(server);
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );

    // When its kiosk draws three tickets, one for the registry office's service
    const first = await draw(bearer(token), queue);
    const second = await draw(bearer(token), queue);
    const registry = await mutate(
      DRAW,
      { officeId: queue.office, serviceId: queue.otherService },
      bearer(token),
    );

    // Then they count up from 1; the fixture's group "Testkategorie" gives W (T is for
    // appointments), the registry office S
    expect([first, second, registry].map((result) => result.ticket?.number)).toEqual([
      'W-001',
      'W-002',
      'S-003',
    ]);
    expect(second.ticket).toMatchObject({ kind: 'WALK_IN', state: 'WAITING', position: 2 });
  });

  it('refuses another office’s kiosk, unknown services and services no counter handles', async () => {
    const codes = async (input: Record<string, unknown>, headers = kiosk()) =>
      (await mutate(DRAW, input, headers)).userErrors.map((error) => [error.code, error.field]);
    expect(await codes({ officeId: otherTown.office, serviceId: otherTown.service })).toEqual([
      ['WRONG_OFFICE', ['officeId']],
    ]);
    expect(
      await codes({ officeId: town.office, serviceId: toGlobalId('Service', randomUUID()) }),
    ).toEqual([['NOT_FOUND', ['serviceId']]]);
    expect(await codes({ officeId: town.office, serviceId: town.unhandledService })).toEqual([
      ['NOT_OFFERED', ['serviceId']],
    ]);
    expect(await codes({ officeId: town.office, serviceId: town.office })).toEqual([
      ['INVALID_INPUT', ['serviceId']],
    ]);
  });

  it('refuses more than three draws in one operation, drawing none', async () => {
    // Given a fresh office and its kiosk
    const queue = await createQueueTown(server);
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );

    // When four draws come aliased in one operation
    const aliases = [1, 2, 3, 4]
      .map((i) => `d${i}: drawTicket(input: $input) { ticket { id } }`)
      .join(' ');
    const { status, body } = await server.gql(
      `mutation($input: DrawTicketInput!) { ${aliases} }`,
      { input: { officeId: queue.office, serviceId: queue.service } },
      bearer(token),
    );

    // Then the operation is refused as a whole
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const rows = await server.orm.em
      .fork()
      .execute('select count(*)::int as n from queue_ticket where office_id = ?', [queue.officeId]);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('draws online for a signed-in citizen while the office is open only', async () => {
    const online = await draw(callers.headers.citizenA);
    expect(online.userErrors).toEqual([]);
    server.clock.set(new Date('2027-03-01T17:00:00Z'));
    expect((await draw(callers.headers.citizenA)).userErrors).toMatchObject([
      { code: 'OFFICE_CLOSED' },
    ]);
  });

  it('limits the tickets a citizen draws online', async () => {
    // Given a server with the real limits (RATE_LIMIT_FACTOR 1) and a citizen
    const strict = await startTestServer({ now: NOW, env: { RATE_LIMIT_FACTOR: '1' } });
    try {
      const queue = await createQueueTown(strict);
      const citizen = bearer(await signIn(strict, await createAccount(strict)));
      const drawOne = () =>
        strict
          .gql<{ drawTicket: TicketPayload }>(
            DRAW,
            { input: { officeId: queue.office, serviceId: queue.service } },
            citizen,
          )
          .then(({ status, body }) => ({ status, codes: body.data!.drawTicket.userErrors }));

      // When they draw four tickets in an hour
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await drawOne());

      // Then the fourth is refused with 429 and nothing is stored for it
      expect(answers.map((answer) => answer.codes.map((error) => error.code))).toEqual([
        [],
        [],
        [],
        ['RATE_LIMITED'],
      ]);
      expect(answers[3]!.status).toBe(429);
      const rows = await strict.orm.em
        .fork()
        .execute('select count(*)::int as n from queue_ticket where office_id = ?', [
          queue.officeId,
        ]);
      expect(rows).toEqual([{ n: 3 }]);
    } finally {
      await strict.close();
    }
  });
});

describe('the clerk at the counter', () => {
  it('opens, calls next, recalls at most 3 times, finishes and closes', async () => {
    // Given a fresh office with an appointment checked in for 09:00 and a walk-in drawn at 08:50
    const queue = await createQueueTown(server);
    const staff = bearer(
      await signIn(
        server,
        await createAccount(server, { roles: [Role.STAFF], officeIds: [queue.officeId] }),
      ),
    );
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );
    const appointment = await bookAt(server, queue, NINE);
    server.clock.set(new Date('2027-03-01T07:50:00Z'));
    const walkIn = (await draw(bearer(token), queue)).ticket!;
    const checkedIn = (await mutate(CHECK_IN, { code: appointment.code }, bearer(token))).ticket!;
    const counter = queue.counters[0]!;

    // When the clerk calls next before opening the counter, then opens it
    const closed = await mutate(CALL_NEXT, { counterId: counter }, staff);
    const opened = await server.gql<{
      openCounter: { counter: { id: string; name: string; open: boolean } };
    }>(OPEN_COUNTER, { input: { counterId: counter } }, staff);
    const first = await mutate(CALL_NEXT, { counterId: counter }, staff);
    const busy = await mutate(CALL_NEXT, { counterId: counter }, staff);

    // Then the appointment due at 09:00 goes before the walk-in drawn at 08:50
    expect(closed.userErrors).toMatchObject([{ code: 'COUNTER_CLOSED', field: ['counterId'] }]);
    expect(opened.body.data!.openCounter.counter).toEqual({
      id: counter,
      name: 'Schalter 1',
      open: true,
    });
    expect(first.ticket).toMatchObject({
      id: checkedIn.id,
      state: 'CALLED',
      counterName: 'Schalter 1',
      position: null,
    });
    expect(busy.userErrors).toMatchObject([{ code: 'COUNTER_BUSY' }]);
    expect(
      (await server.gql(CLOSE_COUNTER, { input: { counterId: counter } }, staff)).body.data,
    ).toMatchObject({ closeCounter: { userErrors: [{ code: 'COUNTER_BUSY' }] } });

    // And the clerk recalls it three times, no more, and finishes it
    const recall = ticketAction('recallTicket');
    const recalls = [];
    for (let i = 0; i < 4; i += 1)
      recalls.push(await mutate(recall, { ticketId: checkedIn.id }, staff));
    expect(recalls.map((result) => result.ticket?.recalls ?? result.userErrors[0]!.code)).toEqual([
      1,
      2,
      3,
      'RECALL_LIMIT_REACHED',
    ]);
    server.clock.set(new Date('2027-03-01T08:05:00Z'));
    const done = await mutate(ticketAction('finishTicket'), { ticketId: checkedIn.id }, staff);
    expect(done.ticket).toMatchObject({ state: 'DONE', counterName: 'Schalter 1' });
    expect(
      (await mutate(ticketAction('finishTicket'), { ticketId: checkedIn.id }, staff)).userErrors,
    ).toMatchObject([{ code: 'WRONG_STATE' }]);

    // And next comes the walk-in; a no-show ends it; then the line is empty and the counter closes
    const second = await mutate(CALL_NEXT, { counterId: counter }, staff);
    expect(second.ticket?.id).toBe(walkIn.id);
    const noShow = await mutate(ticketAction('markTicketNoShow'), { ticketId: walkIn.id }, staff);
    expect(noShow.ticket?.state).toBe('NO_SHOW');
    expect((await mutate(CALL_NEXT, { counterId: counter }, staff)).userErrors).toMatchObject([
      { code: 'QUEUE_EMPTY' },
    ]);
    const closing = await server.gql<{ closeCounter: { counter: { open: boolean } } }>(
      CLOSE_COUNTER,
      { input: { counterId: counter } },
      staff,
    );
    expect(closing.body.data!.closeCounter.counter.open).toBe(false);
    expect(await ticketRow(walkIn.id)).toMatchObject({ state: 'NO_SHOW', recalls: 0 });
  });

  it('parks a ticket and calls it back, and transfers one to a service another counter handles', async () => {
    // Given a fresh office with its counters open and two walk-ins
    const queue = await createQueueTown(server);
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );
    await openAll(queue, callers.headers.admin);
    const first = (await draw(bearer(token), queue)).ticket!;
    const second = (await draw(bearer(token), queue)).ticket!;
    const [counter1, , registry] = queue.counters as [string, string, string];
    const as = callers.headers.admin;

    // When counter 1 calls the first and parks it, calls the second and transfers it to the
    // registry office's service
    expect((await mutate(CALL_NEXT, { counterId: counter1 }, as)).ticket?.id).toBe(first.id);
    expect(
      (await mutate(ticketAction('parkTicket'), { ticketId: first.id }, as)).ticket,
    ).toMatchObject({
      state: 'PARKED',
      counterName: null,
    });
    expect((await mutate(CALL_NEXT, { counterId: counter1 }, as)).ticket?.id).toBe(second.id);
    const toUnhandled = await mutate(
      ticketAction('transferTicket', 'TransferTicketInput'),
      { ticketId: second.id, serviceId: queue.unhandledService },
      as,
    );
    const toCounterWithout = await mutate(
      ticketAction('transferTicket', 'TransferTicketInput'),
      { ticketId: second.id, serviceId: queue.otherService, counterId: counter1 },
      as,
    );
    const transferred = await mutate(
      ticketAction('transferTicket', 'TransferTicketInput'),
      { ticketId: second.id, serviceId: queue.otherService },
      as,
    );

    // Then no counter handles the first service, counter 1 not the second; the transfer waits
    // for the registry counter, which alone calls it, and the parked one comes back by callTicket
    expect(toUnhandled.userErrors).toMatchObject([{ code: 'NOT_HANDLED', field: ['serviceId'] }]);
    expect(toCounterWithout.userErrors).toMatchObject([
      { code: 'NOT_HANDLED', field: ['counterId'] },
    ]);
    expect(transferred.ticket).toMatchObject({
      state: 'WAITING',
      service: { name: 'Geburtsurkunde' },
    });
    expect((await mutate(CALL_NEXT, { counterId: counter1 }, as)).userErrors).toMatchObject([
      { code: 'QUEUE_EMPTY' },
    ]);
    expect((await mutate(CALL_NEXT, { counterId: registry }, as)).ticket).toMatchObject({
      id: second.id,
      counterName: 'Schalter 3',
    });
    const back = await mutate(
      ticketAction('callTicket', 'CallTicketInput'),
      { ticketId: first.id, counterId: counter1 },
      as,
    );
    expect(back.ticket).toMatchObject({ id: first.id, state: 'CALLED', counterName: 'Schalter 1' });
    expect(
      (
        await mutate(
          ticketAction('callTicket', 'CallTicketInput'),
          { ticketId: first.id, counterId: registry },
          as,
        )
      ).userErrors,
    ).toMatchObject([{ code: 'WRONG_STATE' }]);
  });

  it('refuses staff of another office and unknown counters and tickets', async () => {
    const codes = async (document: string, input: Record<string, unknown>, headers: Headers) =>
      (await mutate(document, input, headers)).userErrors.map((error) => error.code);
    const ticket = (await draw()).ticket!;
    expect(
      await codes(OPEN_COUNTER, { counterId: town.counters[0] }, callers.headers.staffOffice2),
    ).toEqual(['FORBIDDEN']);
    expect(
      await codes(CALL_NEXT, { counterId: town.counters[0] }, callers.headers.staffOffice2),
    ).toEqual(['FORBIDDEN']);
    expect(
      await codes(
        ticketAction('finishTicket'),
        { ticketId: ticket.id },
        callers.headers.staffOffice2,
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      await codes(CALL_NEXT, { counterId: toGlobalId('Counter', randomUUID()) }, clerk()),
    ).toEqual(['NOT_FOUND']);
    expect(
      await codes(
        ticketAction('finishTicket'),
        { ticketId: toGlobalId('Ticket', randomUUID()) },
        clerk(),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await codes(ticketAction('finishTicket'), { ticketId: ticket.id }, clerk())).toEqual([
      'WRONG_STATE',
    ]);
    expect(await codes(CALL_NEXT, { counterId: ticket.id }, clerk())).toEqual(['INVALID_INPUT']);
  });
});

describe('twenty clerks pressing "call next" at once', () => {
  it('call twenty different tickets, then the next twenty, and lose none', async () => {
    // Given an office with 20 open counters, 20 clerks signed in, and 40 walk-ins
    const queue = await createQueueTown(server, { counters: 20 });
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );
    const clerks = await Promise.all(
      queue.counters.map(async () =>
        bearer(
          await signIn(
            server,
            await createAccount(server, { roles: [Role.STAFF], officeIds: [queue.officeId] }),
          ),
        ),
      ),
    );
    await openAll(queue, clerks[0]);
    const drawn: TicketResult[] = [];
    for (let i = 0; i < 40; i += 1) drawn.push((await draw(bearer(token), queue)).ticket!);

    const pressAll = () =>
      Promise.all(
        queue.counters.map((counterId, index) => mutate(CALL_NEXT, { counterId }, clerks[index]!)),
      );

    // When all twenty press at once
    const firstRound = await pressAll();

    // Then each called a different ticket, the twenty first in line
    expect(firstRound.flatMap((result) => result.userErrors)).toEqual([]);
    const firstIds = firstRound.map((result) => result.ticket!.id);
    expect(new Set(firstIds).size).toBe(20);
    expect(new Set(firstIds)).toEqual(new Set(drawn.slice(0, 20).map((ticket) => ticket.id)));
    expect(new Set(firstRound.map((result) => result.ticket!.counterName)).size).toBe(20);

    // When they press again at once with their tickets still called: all refused
    expect((await pressAll()).map((result) => result.userErrors[0]?.code)).toEqual(
      Array(20).fill('COUNTER_BUSY'),
    );

    // When they finish and press at once twice more
    await Promise.all(
      firstIds.map((ticketId, index) =>
        mutate(ticketAction('finishTicket'), { ticketId }, clerks[index]!),
      ),
    );
    const secondRound = await pressAll();
    await Promise.all(
      secondRound.map((result, index) =>
        mutate(ticketAction('finishTicket'), { ticketId: result.ticket!.id }, clerks[index]!),
      ),
    );
    const thirdRound = await pressAll();

    // Then the other twenty were called, each once, and then the line was empty
    const secondIds = secondRound.map((result) => result.ticket!.id);
    expect(new Set([...firstIds, ...secondIds]).size).toBe(40);
    expect(thirdRound.map((result) => result.userErrors[0]?.code)).toEqual(
      Array(20).fill('QUEUE_EMPTY'),
    );
    const rows = await server.orm.em
      .fork()
      .execute<Array<{ state: string; n: number }>>(
        'select state, count(*)::int as n from queue_ticket where office_id = ? group by state',
        [queue.officeId],
      );
    expect(rows).toEqual([{ state: 'DONE', n: 40 }]);
    // Each call and each finish is one event, numbered without gaps.
    const events = await server.orm.em
      .fork()
      .execute<Array<{ kind: string; n: number; max: string }>>(
        `select kind, count(*)::int as n from queue_event where office_id = ? group by kind order by kind`,
        [queue.officeId],
      );
    expect(events).toEqual([
      { kind: 'CALLED', n: 40 },
      { kind: 'COUNTER_OPENED', n: 20 },
      { kind: 'DONE', n: 40 },
      { kind: 'JOINED', n: 40 },
    ]);
    const seqs = await server.orm.em
      .fork()
      .execute<Array<{ gapless: boolean }>>(
        'select max(seq) = count(*) and min(seq) = 1 as gapless from queue_event where office_id = ?',
        [queue.officeId],
      );
    expect(seqs).toEqual([{ gapless: true }]);
  }, 120_000);
});

describe('reading the queue', () => {
  const OFFICE_QUEUE = `query($officeId: ID!) { officeQueue(officeId: $officeId) { ${TICKET_FIELDS} } }`;

  it('lists today’s open tickets for the office’s staff with a fixed number of statements', async () => {
    // Given an office with two and then ten waiting tickets
    const queue = await createQueueTown(server);
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );
    const admin = callers.headers.admin;
    for (let i = 0; i < 2; i += 1) await draw(bearer(token), queue);
    const few = await gqlCounted<{ officeQueue: TicketResult[] }>(
      server,
      OFFICE_QUEUE,
      { officeId: queue.office },
      admin,
    );
    for (let i = 0; i < 8; i += 1) await draw(bearer(token), queue);
    const many = await gqlCounted<{ officeQueue: TicketResult[] }>(
      server,
      OFFICE_QUEUE,
      { officeId: queue.office },
      admin,
    );

    // Then the list is in line order with positions and waits, in as many statements for ten
    expect(many.body.data!.officeQueue.map((ticket) => ticket.position)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(many.body.data!.officeQueue[0]).toMatchObject({
      number: 'W-001',
      estimatedWaitMinutes: 0,
    });
    expect(many.sqlStatements).toBe(few.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(6);

    // And staff of another office are refused
    const { body } = await server.gql(
      OFFICE_QUEUE,
      { officeId: queue.office },
      callers.headers.staffOffice2,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('draws, calls and finishes in a fixed number of statements', async () => {
    // Given a fresh office with an open counter
    const queue = await createQueueTown(server);
    const { token } = await issueKioskToken(
      { em: server.orm.em.fork() },
      { officeId: queue.officeId, name: 'Foyer' },
    );
    await openAll(queue, callers.headers.admin);
    const counted = (document: string, input: Record<string, unknown>, headers: Headers) =>
      gqlCounted<Record<string, TicketPayload>>(server, document, { input }, headers);

    // When the kiosk draws twice and a clerk calls and finishes
    const first = await counted(
      DRAW,
      { officeId: queue.office, serviceId: queue.service },
      bearer(token),
    );
    const second = await counted(
      DRAW,
      { officeId: queue.office, serviceId: queue.service },
      bearer(token),
    );
    const call = await counted(CALL_NEXT, { counterId: queue.counters[0] }, callers.headers.admin);
    const ticketId = call.body.data!.callNextTicket!.ticket!.id;
    const finish = await counted(ticketAction('finishTicket'), { ticketId }, callers.headers.admin);

    // Then each costs a few statements, whatever the line holds
    // (authentication, the checks, one transaction with the number or transition and its event,
    // and the answer's read)
    expect(second.sqlStatements).toBeLessThanOrEqual(first.sqlStatements);
    expect(first.sqlStatements).toBeLessThanOrEqual(12);
    expect(call.sqlStatements).toBeLessThanOrEqual(10);
    expect(finish.sqlStatements).toBeLessThanOrEqual(9);
  });

  it('shows anyone a ticket by its ID and the board by office, without personal data', async () => {
    // Given a checked-in appointment called to counter 1
    const appointment = await bookAt(server, town, '2027-03-01T08:30:00.000Z');
    const ticket = (await mutate(CHECK_IN, { code: appointment.code }, kiosk())).ticket!;
    await openAll(town);
    await mutate(
      ticketAction('callTicket', 'CallTicketInput'),
      { ticketId: ticket.id, counterId: town.counters[0] },
      clerk(),
    );

    // When an anonymous phone and the kiosk read the ticket and the board
    const byId = await server.gql<{ ticket: TicketResult }>(
      `query($ticketId: ID!) { ticket(ticketId: $ticketId) { ${TICKET_FIELDS} } }`,
      { ticketId: ticket.id },
    );
    const board = await server.gql<{
      queueBoard: {
        called: Array<{ number: string; counterName: string }>;
        office: { name: string };
      };
    }>(
      'query($officeId: ID!) { queueBoard(officeId: $officeId) { seq waitingCount called { number counterName recalls calledAt } office { name } } }',
      { officeId: town.office },
      kiosk(),
    );

    // Then both show the number and the counter, and nothing of the citizen
    expect(byId.body.data!.ticket).toMatchObject({
      number: ticket.number,
      state: 'CALLED',
      counterName: 'Schalter 1',
    });
    expect(board.body.data!.queueBoard.called).toContainEqual(
      expect.objectContaining({ number: ticket.number, counterName: 'Schalter 1' }),
    );
    const text = JSON.stringify([byId.body, board.body]);
    expect(text).not.toContain(appointment.email);
    expect(text).not.toContain('Erika');
    expect(text).not.toContain(appointment.code);
  });
});
