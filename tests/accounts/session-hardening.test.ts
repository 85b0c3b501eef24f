import WebSocket from 'ws';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Security review #13, finding 13: a changed password must lock out whoever knew the old one,
// and a session alone (say, left open on a shared computer) must not delete the account.

const ME = '{ me { email } }';
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { changed userErrors { code field } }
}`;
const DELETE = `mutation($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input) { deleted userErrors { code field } }
}`;
const MINUTE = 60_000;

let server: TestServer;
const start = new Date('2027-01-04T08:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ now: start });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => server.clock.set(start));

function connect(token: string) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const acknowledged = new Promise<boolean>((resolve) => {
    socket.once('open', () =>
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
      ),
    );
    socket.on('message', (data) => resolve(JSON.parse(String(data)).type === 'connection_ack'));
    socket.once('close', () => resolve(false));
  });
  return { socket, closed, acknowledged };
}

describe('changing the password', () => {
  it('signs out every other device and closes its WebSockets, and keeps this one', async () => {
    // given: the owner on their laptop, and a thief who signed in with the old password
    const account = await createAccount(server);
    const owner = await signIn(server, account);
    const thief = await signIn(server, account);
    const thiefSocket = connect(thief);
    const ownerSocket = connect(owner);
    expect(await thiefSocket.acknowledged).toBe(true);
    expect(await ownerSocket.acknowledged).toBe(true);

    // when: the owner changes the password
    const { body } = await server.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: account.password, newPassword: 'ein-ganz-neues-passwort' } },
      bearer(owner),
    );

    // then: the thief's session and WebSocket are gone, the owner's stay
    expect(body.data).toEqual({ changePassword: { changed: true, userErrors: [] } });
    expect(await thiefSocket.closed).toBe(4401);
    expect((await server.gql(ME, {}, bearer(thief))).status).toBe(401);
    expect((await server.gql(ME, {}, bearer(owner))).body.data).toEqual({
      me: { email: account.email },
    });
    expect(ownerSocket.socket.readyState).toBe(WebSocket.OPEN);
    ownerSocket.socket.close();
    expect(await signIn(server, { ...account, password: 'ein-ganz-neues-passwort' })).toMatch(
      /^rh_sess_/,
    );
  });

  it('changes nothing and signs nobody out with a wrong current password', async () => {
    const account = await createAccount(server);
    const owner = await signIn(server, account);
    const other = await signIn(server, account);
    const { body } = await server.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'nicht-das-passwort', newPassword: 'ein-ganz-neues-passwort' } },
      bearer(owner),
    );
    expect(body.data).toEqual({
      changePassword: {
        changed: false,
        userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['currentPassword'] }],
      },
    });
    expect((await server.gql(ME, {}, bearer(other))).status).toBe(200);
  });
});

describe('deleting the account', () => {
  async function accountExists(id: string): Promise<boolean> {
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ live: boolean }>>(
        'select deleted_at is null as live from account where id = ?',
        [id],
      );
    return row?.live ?? false;
  }

  it('refuses a session that signed in more than 5 minutes ago without the password', async () => {
    // given: a session opened 6 minutes ago (a computer left signed in)
    const account = await createAccount(server);
    const token = await signIn(server, account);
    server.clock.set(new Date(start.getTime() + 6 * MINUTE));

    // when: it asks to delete the account without the password, then with a wrong one
    const bare = await server.gql(
      DELETE,
      { input: { confirmEmail: account.email } },
      bearer(token),
    );
    const wrong = await server.gql(
      DELETE,
      { input: { confirmEmail: account.email, password: 'geraten-und-falsch' } },
      bearer(token),
    );

    // then: both are refused and the account lives on
    expect(bare.body.data).toEqual({
      deleteMyAccount: {
        deleted: false,
        userErrors: [{ code: 'REAUTHENTICATION_REQUIRED', field: ['password'] }],
      },
    });
    expect(wrong.body.data).toEqual({
      deleteMyAccount: {
        deleted: false,
        userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['password'] }],
      },
    });
    expect(await accountExists(account.id)).toBe(true);

    // and: with the password it is deleted
    const confirmed = await server.gql(
      DELETE,
      { input: { confirmEmail: account.email, password: account.password } },
      bearer(token),
    );
    expect(confirmed.body.data).toEqual({ deleteMyAccount: { deleted: true, userErrors: [] } });
    expect(await accountExists(account.id)).toBe(false);
  });

  it('deletes without the password right after signing in (within 5 minutes)', async () => {
    const account = await createAccount(server);
    const token = await signIn(server, account);
    server.clock.set(new Date(start.getTime() + 4 * MINUTE));
    const { body } = await server.gql(
      DELETE,
      { input: { confirmEmail: account.email } },
      bearer(token),
    );
    expect(body.data).toEqual({ deleteMyAccount: { deleted: true, userErrors: [] } });
    expect(await accountExists(account.id)).toBe(false);
  });
});
