import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { ask, liveClient, within, type LiveClient } from '../support/sockets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Two instances on one database sharing Redis, as in production: the admin's change goes through
// one instance, the clerk's socket is open on the other (security issue #13, finding 2).

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let first: TestServer;
let second: TestServer;
const clients: LiveClient[] = [];

beforeAll(async () => {
  first = await startTestServer({ env: { REDIS_URL } });
  second = await startTestServer({ env: { REDIS_URL }, databaseName: first.databaseName });
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map(({ client }) => client.dispose()));
  await second.close();
  await first.close();
});

it('closes a clerk’s socket on the other instance when staff access is revoked, and not a bystander’s', async () => {
  // given a clerk's socket and a colleague's socket on instance 2
  const office = await createBookingFixture(first.orm);
  const admin = bearer(await signIn(first, await createAccount(first, { roles: [Role.ADMIN] })));
  const staff = { roles: [Role.STAFF], officeIds: [office.officeId] };
  const clerk = await createAccount(first, staff);
  const colleague = await createAccount(first, staff);
  const clerkSocket = liveClient(second.wsUrl, await signIn(first, clerk));
  const colleagueSocket = liveClient(second.wsUrl, await signIn(first, colleague));
  clients.push(clerkSocket, colleagueSocket);
  // Acknowledged only once instance 2 listens on Redis for changes of the credential.
  await within(clerkSocket.connected, 5000, 'clerk connection_ack');
  await within(colleagueSocket.connected, 5000, 'colleague connection_ack');

  // when the admin revokes the clerk's staff access through instance 1
  const { body } = await first.gql(
    'mutation($input: RevokeStaffAccessInput!) { revokeStaffAccess(input: $input) { userErrors { code } } }',
    { input: { accountId: toGlobalId('Account', clerk.id) } },
    admin,
  );
  expect(body.data).toEqual({ revokeStaffAccess: { userErrors: [] } });

  // then instance 2 closes the clerk's socket, and the colleague's still reads the office
  expect(await within(clerkSocket.closed, 5000, 'close on instance 2')).toBe(4403);
  const read = await ask(
    colleagueSocket.client,
    `query($o: ID!) { officeAppointments(officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-08T00:00:00Z", reason: HANDLING_APPOINTMENT) { code } }`,
    { o: office.office },
  );
  expect(read.errors).toBeUndefined();
});
