import { issueKioskToken } from '../../src/accounts/credentials.service.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  CALL_NEXT,
  createQueueTown,
  DRAW,
  OPEN_COUNTER,
  type QueueTown,
  type TicketPayload,
} from '../support/queue.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';

// Two instances on one database sharing a Redis bus, as in production: a clerk on one instance
// calls a ticket, the display and the phone connected to the other see it.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOW = new Date('2027-03-01T07:30:00Z');

let first: TestServer;
let second: TestServer;
let town: QueueTown;
let kiosk: Record<string, string>;
let clerk: Record<string, string>;

beforeAll(async () => {
  first = await startTestServer({ now: NOW, env: { REDIS_URL } });
  second = await startTestServer({
    now: NOW,
    env: { REDIS_URL },
    databaseName: first.databaseName,
  });
  town = await createQueueTown(first);
  const { token } = await issueKioskToken(
    { em: first.orm.em.fork() },
    { officeId: town.officeId, name: 'Foyer' },
  );
  kiosk = bearer(token);
  clerk = bearer(
    await signIn(
      first,
      await createAccount(first, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );
}, 60_000);

afterAll(async () => {
  await second.close();
  await first.close();
});

async function act(
  document: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const { body } = await first.gql<Record<string, TicketPayload>>(document, { input }, headers);
  const payload = Object.values(body.data ?? {})[0];
  if (!payload || payload.userErrors.length > 0) throw new Error(JSON.stringify(body));
  return payload.ticket;
}

it('shows a call made on one instance on the display and the phone of the other', async () => {
  // Given a waiting ticket, followed on the second instance by a display and by its phone
  const ticket = (await act(DRAW, { officeId: town.office, serviceId: town.service }, kiosk))!;
  await act(OPEN_COUNTER, { counterId: town.counters[0] }, clerk);
  const display = subscription<{
    queueBoard: { called: Array<{ number: string; counterName: string }> };
  }>(
    second.wsClient(),
    'subscription($o: ID!) { queueBoard(officeId: $o) { called { number counterName } } }',
    { o: town.office },
  );
  const phone = subscription<{ myTicket: { state: string; counterName: string | null } }>(
    second.wsClient(),
    'subscription($t: ID!) { myTicket(ticketId: $t) { state counterName } }',
    { t: ticket.id },
  );
  expect((await display.next(10_000)).data!.queueBoard.called).toEqual([]);
  expect((await phone.next(10_000)).data!.myTicket.state).toBe('WAITING');

  // When a clerk on the first instance calls next
  await act(CALL_NEXT, { counterId: town.counters[0] }, clerk);

  // Then both on the second instance see it
  expect((await display.next(10_000)).data!.queueBoard.called).toEqual([
    { number: ticket.number, counterName: 'Schalter 1' },
  ]);
  expect((await phone.next(10_000)).data!.myTicket).toEqual({
    state: 'CALLED',
    counterName: 'Schalter 1',
  });
});
