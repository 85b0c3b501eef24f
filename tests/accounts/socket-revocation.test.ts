import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn, type TestAccount } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { ask, liveClient, within, type LiveClient } from '../support/sockets.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';

// Security issue #13, finding 2: a WebSocket authenticates once, in connection_init. Whenever the
// rights of its principal change, the server closes it (4401: credentials ended, sign in again;
// 4403: rights changed, reconnect), so that no socket keeps rights its principal lost.

const T0 = new Date('2027-03-01T06:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const CLOSED_WITHIN_MS = 5000;

const APPOINTMENTS = `query($o: ID!) {
  officeAppointments(officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-08T00:00:00Z", reason: HANDLING_APPOINTMENT) { name email phone }
}`;
const INBOX = 'subscription($o: ID!) { inboxEvents(officeId: $o) { reason } }';
const OFFICES = '{ offices { id } }';
type Appointments = { officeAppointments: Array<{ name: string; email: string; phone: string }> };

let server: TestServer;
let admin: Record<string, string>;
let office1: BookingFixture;
let office2: BookingFixture;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  office1 = await createBookingFixture(server.orm);
  office2 = await createBookingFixture(server.orm);
  for (const office of [office1, office2]) {
    const { body } = await server.gql(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { code } } }',
      {
        input: guestBooking(office, '2027-03-02T08:00:00Z', {
          name: 'Erika Mustermann',
          phone: '+49 30 1234567',
        }),
      },
    );
    expect(body.errors).toBeUndefined();
  }
});

afterEach(async () => {
  server.clock.set(T0);
  await Promise.all(clients.splice(0).map(({ client }) => client.dispose()));
});

afterAll(async () => {
  await server.close();
});

/** A graphql-ws client of this server, connected (acknowledged) before it is returned. */
async function connected(token: string): Promise<LiveClient> {
  const live = liveClient(server.wsUrl, token);
  clients.push(live);
  await within(live.connected, 5000, 'connection_ack');
  return live;
}

async function adminCall(document: string, input: Record<string, unknown>) {
  const { body } = await server.gql<Record<string, { userErrors: unknown[] }>>(
    document,
    { input },
    admin,
  );
  expect(body.errors).toBeUndefined();
  expect(Object.values(body.data!)[0]!.userErrors).toEqual([]);
}

const grantStaffAccess = (account: TestAccount, offices: BookingFixture[]) =>
  adminCall(
    'mutation($input: GrantStaffAccessInput!) { grantStaffAccess(input: $input) { userErrors { code } } }',
    {
      email: account.email,
      name: account.name,
      officeIds: offices.map((office) => office.office),
    },
  );

describe('staff access', () => {
  it('closes the clerk’s socket with 4403 when staff access is revoked; reconnected, it sees no names and no inbox', async () => {
    // given a clerk whose socket reads the office's appointments and follows its inbox
    const clerk = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [office1.officeId],
    });
    const token = await signIn(server, clerk);
    const socket = await connected(token);
    const before = server.bus.activeSubscriptions();
    const inbox = subscription(socket.client, INBOX, { o: office1.office });
    await waitForSubscriptions(server.bus, before + 1);
    const read = await ask<Appointments>(socket.client, APPOINTMENTS, { o: office1.office });
    expect(read.data!.officeAppointments).toEqual([
      { name: 'Erika Mustermann', email: expect.any(String), phone: '+49 30 1234567' },
    ]);

    // when an admin revokes the clerk's staff access
    await adminCall(
      'mutation($input: RevokeStaffAccessInput!) { revokeStaffAccess(input: $input) { userErrors { code } } }',
      { accountId: toGlobalId('Account', clerk.id) },
    );

    // then the socket is closed, its inbox subscription with it
    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4403);
    await expect(inbox.next()).rejects.toBeDefined();
    // and the reconnect a graphql-ws client makes after 4403 gets the rights of a citizen
    const again = await connected(token);
    const refused = await ask(again.client, APPOINTMENTS, { o: office1.office });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const inboxAgain = subscription(again.client, INBOX, { o: office1.office });
    expect((await inboxAgain.next()).errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('closes a citizen’s socket with 4403 when staff access is granted; reconnected, it has it', async () => {
    // given a citizen's socket, refused the office's appointments
    const person = await createAccount(server);
    const token = await signIn(server, person);
    const socket = await connected(token);
    const refused = await ask(socket.client, APPOINTMENTS, { o: office1.office });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    // when an admin makes them staff of the office
    await grantStaffAccess(person, [office1]);

    // then the socket closes, and the reconnected one works with the new rights
    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4403);
    const again = await connected(token);
    const read = await ask<Appointments>(again.client, APPOINTMENTS, { o: office1.office });
    expect(read.data!.officeAppointments).toHaveLength(1);
  });

  it('closes a clerk’s socket with 4403 when their offices change; reconnected, it sees only the new office', async () => {
    // given a clerk of office 1 with a socket that reads office 1's appointments
    const clerk = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [office1.officeId],
    });
    const token = await signIn(server, clerk);
    const socket = await connected(token);
    const read = await ask<Appointments>(socket.client, APPOINTMENTS, { o: office1.office });
    expect(read.data!.officeAppointments).toHaveLength(1);

    // when an admin moves them to office 2
    await grantStaffAccess(clerk, [office2]);

    // then the socket closes; reconnected, office 1 is refused and office 2 answers
    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4403);
    const again = await connected(token);
    const old = await ask(again.client, APPOINTMENTS, { o: office1.office });
    expect(old.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const current = await ask<Appointments>(again.client, APPOINTMENTS, { o: office2.office });
    expect(current.data!.officeAppointments).toHaveLength(1);
  });
});

describe('sessions', () => {
  const DEVICES = '{ me { sessions { id current } } }';

  it('closes the socket of a session revoked from another device with 4401, and not the other’s', async () => {
    // given two devices of one account, each with a socket
    const person = await createAccount(server);
    const phone = await signIn(server, person);
    const laptop = await signIn(server, person);
    const phoneSocket = await connected(phone);
    const laptopSocket = await connected(laptop);
    const { body } = await server.gql<{
      me: { sessions: Array<{ id: string; current: boolean }> };
    }>(DEVICES, {}, bearer(laptop));
    const phoneSession = body.data!.me.sessions.find((session) => !session.current)!.id;

    // when the laptop signs the phone out
    const revoked = await server.gql(
      'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { userErrors { code } } }',
      { input: { sessionId: phoneSession } },
      bearer(laptop),
    );
    expect(revoked.body.data).toEqual({ revokeSession: { userErrors: [] } });

    // then the phone's socket closes and the laptop's keeps working
    expect(await within(phoneSocket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4401);
    const still = await ask<{ me: { sessions: unknown[] } }>(laptopSocket.client, DEVICES);
    expect(still.data!.me.sessions).toHaveLength(1);
  });

  it('closes a signed-out session’s socket with 4401, and a new socket with its token is refused', async () => {
    const person = await createAccount(server);
    const token = await signIn(server, person);
    const socket = await connected(token);

    await server.gql('mutation { signOut { signedOut } }', {}, bearer(token));

    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4401);
    const again = liveClient(server.wsUrl, token);
    clients.push(again);
    expect(await within(again.closed, 5000, 'refusal')).toBe(4403);
  });

  it('closes the socket of a session when it expires (90 days after sign-in), with 4401', async () => {
    // given a session used every few weeks until a second before its 90 days are up
    const person = await createAccount(server);
    const token = await signIn(server, person);
    for (const days of [29, 58, 87]) {
      server.clock.set(new Date(T0.getTime() + days * DAY));
      expect((await server.gql('{ me { id } }', {}, bearer(token))).status).toBe(200);
    }
    server.clock.set(new Date(T0.getTime() + 90 * DAY - 1000));
    const socket = await connected(token);
    const me = await ask<{ me: { id: string } | null }>(socket.client, '{ me { id } }');
    expect(me.data!.me).not.toBeNull();

    // when its end passes
    server.clock.set(new Date(T0.getTime() + 90 * DAY + 1000));

    // then the socket closes, without any request or event
    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4401);
  });
});

describe('API keys and kiosks', () => {
  it('closes the sockets of a revoked API key with 4401, and not those of another key', async () => {
    // given a developer's two keys, each with a socket
    const developer = bearer(await signIn(server, await createAccount(server)));
    const keys: Array<{ id: string; key: string }> = [];
    for (const name of ['App', 'Website']) {
      const { body } = await server.gql<{
        createApiKey: { apiKey: { id: string }; key: string };
      }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } key } }',
        { input: { name } },
        developer,
      );
      keys.push({ id: body.data!.createApiKey.apiKey.id, key: body.data!.createApiKey.key });
    }
    const revokedSocket = await connected(keys[0]!.key);
    const otherSocket = await connected(keys[1]!.key);
    expect((await ask(revokedSocket.client, OFFICES)).data).toBeDefined();

    // when the developer revokes the first key
    const { body } = await server.gql(
      'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { userErrors { code } } }',
      { input: { apiKeyId: keys[0]!.id } },
      developer,
    );
    expect(body.data).toEqual({ revokeApiKey: { userErrors: [] } });

    // then its socket closes, a new one is refused, and the other key's socket still answers
    expect(await within(revokedSocket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4401);
    const again = liveClient(server.wsUrl, keys[0]!.key);
    clients.push(again);
    expect(await within(again.closed, 5000, 'refusal')).toBe(4403);
    expect((await ask(otherSocket.client, OFFICES)).errors).toBeUndefined();
  });

  it('closes the socket of a revoked kiosk with 4401', async () => {
    const { body: issued } = await server.gql<{
      issueKioskToken: { kioskDevice: { id: string }; token: string };
    }>(
      'mutation($input: IssueKioskTokenInput!) { issueKioskToken(input: $input) { kioskDevice { id } token } }',
      { input: { officeId: office1.office, name: 'Foyer' } },
      admin,
    );
    const socket = await connected(issued.data!.issueKioskToken.token);
    expect((await ask(socket.client, OFFICES)).errors).toBeUndefined();

    await adminCall(
      'mutation($input: RevokeKioskDeviceInput!) { revokeKioskDevice(input: $input) { userErrors { code } } }',
      { kioskDeviceId: issued.data!.issueKioskToken.kioskDevice.id },
    );

    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4401);
  });
});

it('closes every socket of a deleted account with 4401: its sessions’ and its API keys’', async () => {
  // given a citizen with a signed-in socket and an API key with one
  const person = await createAccount(server);
  const token = await signIn(server, person);
  const { body } = await server.gql<{ createApiKey: { key: string } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
    { input: { name: 'Mein Skript' } },
    bearer(token),
  );
  const sessionSocket = await connected(token);
  const keySocket = await connected(body.data!.createApiKey.key);

  // when they delete their account
  const deleted = await server.gql(
    'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { userErrors { code } } }',
    { input: { confirmEmail: person.email } },
    bearer(token),
  );
  expect(deleted.body.data).toEqual({ deleteMyAccount: { userErrors: [] } });

  // then both sockets close
  expect(await within(sessionSocket.closed, CLOSED_WITHIN_MS, 'session socket')).toBe(4401);
  expect(await within(keySocket.closed, CLOSED_WITHIN_MS, 'API key socket')).toBe(4401);
});

describe('changes that no event announces', () => {
  let quick: TestServer;

  beforeAll(async () => {
    quick = await startTestServer({ env: { WS_AUTH_RECHECK_MS: '200' } });
  });

  afterAll(async () => {
    await quick.close();
  });

  it('closes a socket within WS_AUTH_RECHECK_MS when its rights change in the database directly', async () => {
    // given a clerk's socket on a server that re-reads credentials every 200 ms
    const office = await createBookingFixture(quick.orm);
    const clerk = await createAccount(quick, { roles: [Role.STAFF], officeIds: [office.officeId] });
    const socket = liveClient(quick.wsUrl, await signIn(quick, clerk));
    clients.push(socket);
    await within(socket.connected, 5000, 'connection_ack');

    // when the clerk's offices are taken away by hand (no event on the bus)
    await quick.orm.em.fork().execute('delete from staff_office where account_id = ?', [clerk.id]);

    // then the next re-reading closes the socket
    expect(await within(socket.closed, 5000, 'close')).toBe(4403);
  });
});
