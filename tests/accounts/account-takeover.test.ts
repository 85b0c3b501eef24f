import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, emailsTo, lastEmailTo, signIn } from '../support/accounts.js';
import { SoftwareAuthenticator } from '../support/authenticator.js';
import { databaseUrl } from '../support/database.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Security review #13, finding 3: account pre-hijacking. An attacker registers an address that is
// not theirs (a future clerk's) with a password of their choosing and waits for the owner to
// confirm it. Only the person holding the mailbox may end up with credentials.

const REGISTER = `mutation($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent userErrors { code } }
}`;
const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code } }
}`;
const VERIFY = `mutation($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { account { email emailVerified } token userErrors { code field } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { account { email emailVerified roles } userErrors { code field } }
}`;
const GRANT = `mutation($input: GrantStaffAccessInput!) {
  grantStaffAccess(input: $input) { staffMember { roles } userErrors { code } }
}`;
const ME = '{ me { email roles } }';

const ATTACKER_PASSWORD = 'angreifer-passwort-123';
const CLERK_PASSWORD = 'das-eigene-passwort-der-kollegin';

type SignInResult = {
  signInWithPassword: { token: string | null; userErrors: { code: string }[] };
};

let server: TestServer;
let admin: Record<string, string>;
let town: BookingFixture;
let addresses = 0;

beforeAll(async () => {
  server = await startTestServer();
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await server.close();
});

function newAddress(): string {
  addresses += 1;
  return `kollegin-${addresses}-${process.pid}@musterstadt.example`;
}

async function signInWith(email: string, password: string) {
  const { body } = await server.gql<SignInResult>(SIGN_IN, {
    input: { email, password, sessionType: 'BEARER' },
  });
  return body.data!.signInWithPassword;
}

/** The token of the newest link to `path` in the address's mailbox. */
async function linkToken(email: string, path: string): Promise<string> {
  const mails = await emailsTo(server, email);
  const pattern = new RegExp(`${path}\\?token=([^\\s&]+)`);
  const token = mails
    .map((mail) => pattern.exec(mail.body)?.[1])
    .filter(Boolean)
    .at(-1);
  if (!token) throw new Error(`no ${path} link for ${email}: ${JSON.stringify(mails)}`);
  return decodeURIComponent(token);
}

async function attackerRegisters(email: string) {
  const { body } = await server.gql(REGISTER, {
    input: { email, name: 'Nicht die Kollegin', password: ATTACKER_PASSWORD },
  });
  expect(body.data).toEqual({ registerAccount: { emailSent: true, userErrors: [] } });
}

describe('a staff grant for an address someone registered first', () => {
  it('drops the attacker’s password and invites the clerk, who alone can then sign in as staff', async () => {
    // given: the attacker registered the clerk's address with their own password
    const email = newAddress();
    await attackerRegisters(email);

    // when: an admin gives that address staff access
    const granted = await server.gql(
      GRANT,
      { input: { email, name: 'Neue Kollegin', officeIds: [town.office] } },
      admin,
    );
    expect(granted.body.data).toEqual({
      grantStaffAccess: {
        staffMember: { roles: expect.arrayContaining(['STAFF']) },
        userErrors: [],
      },
    });

    // then: the attacker's password no longer works (and triggers no mail to the clerk)
    const before = (await emailsTo(server, email)).length;
    expect(await signInWith(email, ATTACKER_PASSWORD)).toEqual({
      token: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS' }],
    });
    expect(await emailsTo(server, email)).toHaveLength(before);

    // and: the clerk's invitation sets her own password
    const accepted = await server.gql(ACCEPT, {
      input: { token: await linkToken(email, '/accept-invitation'), password: CLERK_PASSWORD },
    });
    expect(accepted.body.data).toEqual({
      acceptInvitation: {
        account: { email, emailVerified: true, roles: expect.arrayContaining(['STAFF']) },
        userErrors: [],
      },
    });
    expect((await signInWith(email, ATTACKER_PASSWORD)).token).toBeNull();
    const clerk = await signInWith(email, CLERK_PASSWORD);
    expect(clerk.token).toMatch(/^rh_sess_/);
    expect((await server.gql(ME, {}, bearer(clerk.token!))).body.data).toEqual({
      me: { email, roles: expect.arrayContaining(['STAFF']) },
    });
  });

  it('invites an existing citizen too, who keeps signing in with their own password', async () => {
    // given: a verified citizen
    const citizen = await createAccount(server);

    // when: they become staff
    await server.gql(
      GRANT,
      { input: { email: citizen.email, name: citizen.name, officeIds: [town.office] } },
      admin,
    );

    // then: an invitation went out, and their password still works
    expect((await lastEmailTo(server, citizen.email))?.body).toContain('/accept-invitation?token=');
    expect((await signInWith(citizen.email, citizen.password)).token).toMatch(/^rh_sess_/);
  });

  it('accepts the invitation over WebSocket as over HTTP, once', async () => {
    const email = newAddress();
    await server.gql(
      GRANT,
      { input: { email, name: 'Kollegin', officeIds: [town.office] } },
      admin,
    );
    const token = await linkToken(email, '/accept-invitation');
    const client = server.wsClient();
    const accept = () =>
      new Promise<unknown>((resolve, reject) => {
        let result: unknown;
        client.subscribe(
          { query: ACCEPT, variables: { input: { token, password: CLERK_PASSWORD } } },
          { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
        );
      });

    expect(await accept()).toEqual({
      data: {
        acceptInvitation: {
          account: { email, emailVerified: true, roles: expect.arrayContaining(['STAFF']) },
          userErrors: [],
        },
      },
    });
    expect(await accept()).toMatchObject({
      data: { acceptInvitation: { account: null, userErrors: [{ code: 'INVALID_TOKEN' }] } },
    });
    expect((await signInWith(email, CLERK_PASSWORD)).token).toMatch(/^rh_sess_/);
  });

  it('leaves the attacker out when the operator uses the admin command line', async () => {
    // given: the attacker registered the future admin's address
    const email = newAddress();
    await attackerRegisters(email);

    // when: the operator makes that address an admin from the command line
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['dist/server/cli.js', 'create-admin', '--email', email, '--name', 'Die Chefin'],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl(server.databaseName),
          PUBLIC_URL: 'http://rathaus.test',
          LOG_LEVEL: 'warn',
        },
      },
    );
    expect(stdout).toContain(`${email} is an admin`);

    // then: the attacker's password is gone, and the invitation sets the owner's
    expect((await signInWith(email, ATTACKER_PASSWORD)).userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS' },
    ]);
    await server.gql(ACCEPT, {
      input: { token: await linkToken(email, '/accept-invitation'), password: CLERK_PASSWORD },
    });
    const owner = await signInWith(email, CLERK_PASSWORD);
    expect((await server.gql(ME, {}, bearer(owner.token!))).body.data).toEqual({
      me: { email, roles: expect.arrayContaining(['ADMIN', 'STAFF']) },
    });
  });
});

describe('a verification link the attacker made the server send', () => {
  it('lets the mailbox holder set the password, and the attacker’s stops working', async () => {
    // given: the attacker registered the address and tried to sign in, which mails the owner a link
    const email = newAddress();
    await attackerRegisters(email);
    expect((await signInWith(email, ATTACKER_PASSWORD)).userErrors).toEqual([
      { code: 'EMAIL_NOT_VERIFIED' },
    ]);
    const links = (await emailsTo(server, email)).length;
    expect(links).toBe(2);
    const firstLink = await linkToken(email, '/verify-email');

    // when: the owner follows the link and chooses a password
    const verified = await server.gql(VERIFY, {
      input: { token: firstLink, password: CLERK_PASSWORD },
    });

    // then: the address is confirmed without signing anyone in, and only the owner's password works
    expect(verified.body.data).toEqual({
      verifyEmail: { account: { email, emailVerified: true }, token: null, userErrors: [] },
    });
    expect(verified.headers['set-cookie']).toBeUndefined();
    expect(await signInWith(email, ATTACKER_PASSWORD)).toEqual({
      token: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS' }],
    });
    expect((await signInWith(email, CLERK_PASSWORD)).token).toMatch(/^rh_sess_/);
  });

  it('cannot be used once another link of the account was (no second chance to set a password)', async () => {
    const email = newAddress();
    await attackerRegisters(email);
    await signInWith(email, ATTACKER_PASSWORD);
    const [registrationMail, signInMail] = await emailsTo(server, email);
    const tokenOf = (body: string) => decodeURIComponent(/token=([^\s&]+)/.exec(body)![1]!);

    await server.gql(VERIFY, {
      input: { token: tokenOf(signInMail!.body), password: CLERK_PASSWORD },
    });
    const second = await server.gql(VERIFY, {
      input: { token: tokenOf(registrationMail!.body), password: ATTACKER_PASSWORD },
    });

    expect(second.body.data).toMatchObject({
      verifyEmail: { account: null, userErrors: [{ code: 'INVALID_TOKEN' }] },
    });
    expect((await signInWith(email, ATTACKER_PASSWORD)).token).toBeNull();
    expect((await signInWith(email, CLERK_PASSWORD)).token).toMatch(/^rh_sess_/);
  });
});

describe('the owner registering an address someone squatted', () => {
  it('gets a link through which they set their own password, answered like any registration', async () => {
    // given: the attacker registered the address first
    const email = newAddress();
    await attackerRegisters(email);

    // when: the owner registers too
    const { body } = await server.gql(REGISTER, {
      input: { email, name: 'Die Eigentümerin', password: CLERK_PASSWORD },
    });

    // then: the answer is the usual one, and the newest e-mail holds a verification link
    expect(body.data).toEqual({ registerAccount: { emailSent: true, userErrors: [] } });
    const verified = await server.gql(VERIFY, {
      input: { token: await linkToken(email, '/verify-email'), password: CLERK_PASSWORD },
    });
    expect(verified.body.data).toMatchObject({ verifyEmail: { userErrors: [] } });
    expect((await signInWith(email, CLERK_PASSWORD)).token).toMatch(/^rh_sess_/);
    expect((await signInWith(email, ATTACKER_PASSWORD)).token).toBeNull();
  });
});

describe('a passkey attached before the address was confirmed', () => {
  it('signs nobody in, and is removed when the owner confirms the address', async () => {
    // given: an account with a passkey whose address is (again) unconfirmed, as a database from
    // before this fix can hold
    const account = await createAccount(server);
    const auth = bearer(await signIn(server, account));
    const authenticator = new SoftwareAuthenticator('http://rathaus.test', 'rathaus.test');
    const start = await server.gql<{
      startPasskeyRegistration: { options: { challenge: string; user: { id: string } } };
    }>('mutation { startPasskeyRegistration { options } }', {}, auth);
    const registered = await server.gql(
      'mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { passkey { id } userErrors { code } } }',
      {
        input: {
          response: authenticator.register(start.body.data!.startPasskeyRegistration.options),
        },
      },
      auth,
    );
    expect(registered.body.data).toMatchObject({ finishPasskeyRegistration: { userErrors: [] } });
    await server.orm.em
      .fork()
      .execute('update account set email_verified_at = null where id = ?', [account.id]);

    // when: the passkey is used to sign in
    const options = await server.gql<{ startPasskeySignIn: { options: { challenge: string } } }>(
      'mutation { startPasskeySignIn { options } }',
    );
    const assertion = authenticator.assert(options.body.data!.startPasskeySignIn.options);
    const passkeySignIn = await server.gql(
      'mutation($input: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $input) { token userErrors { code } } }',
      { input: { response: assertion, sessionType: 'BEARER' } },
    );

    // then: it is refused
    expect(passkeySignIn.body.data).toEqual({
      finishPasskeySignIn: { token: null, userErrors: [{ code: 'PASSKEY_VERIFICATION_FAILED' }] },
    });

    // and: confirming the address through the owner's link removes it
    await signInWith(account.email, account.password);
    await server.gql(VERIFY, {
      input: { token: await linkToken(account.email, '/verify-email'), password: CLERK_PASSWORD },
    });
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ n: string }>>('select count(*) as n from passkey where account_id = ?', [
        account.id,
      ]);
    expect(Number(row?.n)).toBe(0);
  });
});
