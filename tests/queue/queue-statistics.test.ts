import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { bearer, mintCallers } from '../support/accounts.js';
import {
  CALL_NEXT,
  createQueueTown,
  DRAW,
  OPEN_COUNTER,
  ticketAction,
  type QueueTown,
  type TicketPayload,
} from '../support/queue.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const STATISTICS = `query($officeId: ID!, $from: String!, $to: String!) {
  queueStatistics(officeId: $officeId, from: $from, to: $to) {
    day tickets noShows waitMedianSeconds waitP90Seconds serviceMedianSeconds serviceP90Seconds
    perHour { hour tickets }
  }
}`;

let server: TestServer;
let town: QueueTown;
let callers: Awaited<ReturnType<typeof mintCallers>>;
let kiosk: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T07:00:00Z') });
  town = await createQueueTown(server);
  const other = await createQueueTown(server);
  callers = await mintCallers(server, [town.officeId, other.officeId]);
  const { token } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: town.officeId, name: 'Foyer' },
  );
  kiosk = bearer(token);
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function act(document: string, input: Record<string, unknown>, at: string) {
  server.clock.set(new Date(at));
  const { body } = await server.gql<Record<string, TicketPayload>>(
    document,
    { input },
    document === DRAW ? kiosk : callers.headers.staffOffice1,
  );
  const payload = Object.values(body.data ?? {})[0];
  if (!payload || payload.userErrors.length > 0) throw new Error(JSON.stringify(body));
  return payload.ticket;
}

it('reports a day’s tickets per hour, waiting and service times and no-shows to the office’s staff', async () => {
  // Given three walk-ins drawn at 08:10, 08:20 and 09:05 local; the first two served in 10 and
  // 20 minutes after 20 minutes' wait each, the third called after 5 minutes and not come
  const walkIn = { officeId: town.office, serviceId: town.service };
  const counterId = town.counters[0];
  const t1 = (await act(DRAW, walkIn, '2027-03-01T07:10:00Z'))!;
  const t2 = (await act(DRAW, walkIn, '2027-03-01T07:20:00Z'))!;
  await act(OPEN_COUNTER, { counterId }, '2027-03-01T07:25:00Z');
  await act(CALL_NEXT, { counterId }, '2027-03-01T07:30:00Z');
  await act(ticketAction('finishTicket'), { ticketId: t1.id }, '2027-03-01T07:40:00Z');
  await act(CALL_NEXT, { counterId }, '2027-03-01T07:40:00Z');
  await act(ticketAction('finishTicket'), { ticketId: t2.id }, '2027-03-01T08:00:00Z');
  const t3 = (await act(DRAW, walkIn, '2027-03-01T08:05:00Z'))!;
  await act(CALL_NEXT, { counterId }, '2027-03-01T08:10:00Z');
  await act(ticketAction('markTicketNoShow'), { ticketId: t3.id }, '2027-03-01T08:15:00Z');

  // When the office's clerk asks for the week
  const { body } = await server.gql(
    STATISTICS,
    { officeId: town.office, from: '2027-02-26', to: '2027-03-04' },
    callers.headers.staffOffice1,
  );

  // Then the day's figures are there (medians and 90th percentiles interpolated)
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({
    queueStatistics: [
      {
        day: '2027-03-01',
        tickets: 3,
        noShows: 1,
        waitMedianSeconds: 1200,
        waitP90Seconds: 1200,
        serviceMedianSeconds: 900,
        serviceP90Seconds: 1140,
        perHour: [
          { hour: 8, tickets: 2 },
          { hour: 9, tickets: 1 },
        ],
      },
    ],
  });

  // And a ticket's estimated wait comes from the last hour's service times: third in line with
  // one open counter, two services of the median 10 minutes (nearest rank of 10 and 20) ahead
  let third = null;
  for (let i = 0; i < 3; i += 1) third = await act(DRAW, walkIn, '2027-03-01T08:20:00Z');
  expect(third).toMatchObject({ position: 3, estimatedWaitMinutes: 20 });
});

it('refuses staff of other offices and periods that are not days or too long', async () => {
  const ask = (variables: Record<string, unknown>, caller: 'staffOffice1' | 'staffOffice2') =>
    server
      .gql(STATISTICS, { officeId: town.office, ...variables }, callers.headers[caller])
      .then(({ body }) => body.errors?.[0]?.extensions);
  expect(await ask({ from: '2027-03-01', to: '2027-03-01' }, 'staffOffice2')).toMatchObject({
    code: 'FORBIDDEN',
  });
  expect(await ask({ from: '2027-02-30', to: '2027-03-01' }, 'staffOffice1')).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'from',
  });
  expect(await ask({ from: '2027-03-01', to: '2027-04-01' }, 'staffOffice1')).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'to',
  });
  expect(await ask({ from: '2027-03-02', to: '2027-03-01' }, 'staffOffice1')).toMatchObject({
    code: 'BAD_USER_INPUT',
    argument: 'to',
  });
});
