import { lastEmailTo, createAccount, bearer } from '../support/accounts.js';
import { bodyWithoutCost, startTestServer, type TestServer } from '../support/test-server.js';

const REGISTER = `mutation($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent userErrors { code field message } }
}`;
const VERIFY = `mutation($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { account { email emailVerified roles } token userErrors { code } }
}`;
const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { account { email } token expiresAt userErrors { code field message } }
}`;
const ME = '{ me { email name emailVerified roles } }';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

async function accountCount(email: string): Promise<number> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ n: string }>>('select count(*) as n from account where email = ?', [email]);
  return Number(row?.n);
}

function tokenFrom(body: string): string {
  const match = /token=([^\s&]+)/.exec(body);
  if (!match?.[1]) throw new Error(`no token in: ${body}`);
  return decodeURIComponent(match[1]);
}

describe('registration and e-mail verification', () => {
  it('registers, e-mails a link, and the link confirms the address and sets the password without signing in', async () => {
    const email = 'Neu.Buerger@Example.org';
    const { body } = await server.gql(REGISTER, {
      input: { email, name: 'Neu Bürger', password: 'ein-sicheres-passwort' },
    });
    expect(body.data).toEqual({ registerAccount: { emailSent: true, userErrors: [] } });

    const mail = await lastEmailTo(server, email);
    expect(mail?.subject).toMatch(/bestätigen/);
    expect(mail?.body).toContain('http://rathaus.test/verify-email?token=');

    const verified = await server.gql<{ verifyEmail: { token: string | null } }>(VERIFY, {
      input: { token: tokenFrom(mail!.body), password: 'ein-sicheres-passwort' },
    });
    expect(verified.body.data!.verifyEmail).toEqual({
      account: { email: 'neu.buerger@example.org', emailVerified: true, roles: ['CITIZEN'] },
      token: null,
      userErrors: [],
    });
    expect(verified.headers['set-cookie']).toBeUndefined();

    const signedIn = await server.gql(SIGN_IN, {
      input: { email, password: 'ein-sicheres-passwort' },
    });
    const setCookie = String(signedIn.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^rathaus_session=rh_sess_[\w-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax/,
    );
    const cookie = setCookie.split(';')[0]!;
    const me = await server.gql(ME, {}, { cookie });
    expect(me.body.data).toEqual({
      me: {
        email: 'neu.buerger@example.org',
        name: 'Neu Bürger',
        emailVerified: true,
        roles: ['CITIZEN'],
      },
    });

    const again = await server.gql(VERIFY, {
      input: { token: tokenFrom(mail!.body), password: 'ein-anderes-passwort' },
    });
    expect(again.body.data).toMatchObject({
      verifyEmail: { account: null, userErrors: [{ code: 'INVALID_TOKEN' }] },
    });
  });

  it('answers a registration for a taken address exactly like a new one, and creates nothing', async () => {
    const existing = await createAccount(server);
    const fresh = await server.gql(REGISTER, {
      input: { email: 'brand.new@example.org', name: 'A', password: 'ein-sicheres-passwort' },
    });
    const taken = await server.gql(REGISTER, {
      input: { email: existing.email, name: 'A', password: 'ein-sicheres-passwort' },
    });

    expect(taken.status).toBe(fresh.status);
    expect(bodyWithoutCost(taken.body)).toEqual(bodyWithoutCost(fresh.body));
    expect(await accountCount(existing.email)).toBe(1);
    expect((await lastEmailTo(server, existing.email))?.subject).toMatch(/Anmeldeversuch/);
  });

  it('names every invalid field', async () => {
    const { body } = await server.gql<{
      registerAccount: { userErrors: Array<{ field: string[] }> };
    }>(REGISTER, {
      input: { email: 'nope', name: '', password: 'short' },
    });
    expect(body.data!.registerAccount.userErrors.map((error) => error.field)).toEqual([
      ['email'],
      ['name'],
      ['password'],
    ]);
    expect(await accountCount('nope')).toBe(0);
  });
});

describe('password sign-in', () => {
  it('signs in with a bearer token for native apps', async () => {
    const account = await createAccount(server);
    const { body } = await server.gql<{ signInWithPassword: { token: string } }>(SIGN_IN, {
      input: {
        email: account.email.toUpperCase(),
        password: account.password,
        sessionType: 'BEARER',
      },
    });
    const token = body.data!.signInWithPassword.token;
    expect(token).toMatch(/^rh_sess_/);
    expect((await server.gql(ME, {}, bearer(token))).body.data).toMatchObject({
      me: { email: account.email },
    });
    const [stored] = await server.orm.em
      .fork()
      .execute<Array<{ token_hash: string }>>(
        'select token_hash from session where account_id = ?',
        [account.id],
      );
    expect(stored?.token_hash).not.toContain(token.slice(8));
  });

  it('gives the same status and body for an unknown e-mail and a wrong password', async () => {
    const account = await createAccount(server);
    const unknown = await server.gql(SIGN_IN, {
      input: { email: 'nobody@example.org', password: 'whatever-123' },
    });
    const wrong = await server.gql(SIGN_IN, {
      input: { email: account.email, password: 'whatever-123' },
    });
    expect(wrong.status).toBe(unknown.status);
    expect(bodyWithoutCost(wrong.body)).toEqual(bodyWithoutCost(unknown.body));
    expect(wrong.body.data).toEqual({
      signInWithPassword: {
        account: null,
        token: null,
        expiresAt: null,
        userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: expect.any(String) }],
      },
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('blocks an e-mail and IP after 10 failures in 15 minutes, known or not, then lets them in again', async () => {
    const account = await createAccount(server);
    for (const email of [account.email, 'ghost@example.org']) {
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const { body } = await server.gql<{
          signInWithPassword: { userErrors: Array<{ code: string }> };
        }>(SIGN_IN, {
          input: { email, password: `wrong-${attempt}-password` },
        });
        expect(body.data!.signInWithPassword.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
      }
      const blocked = await server.gql<{
        signInWithPassword: { userErrors: Array<{ code: string }> };
      }>(SIGN_IN, {
        input: { email, password: account.password },
      });
      expect(blocked.body.data!.signInWithPassword.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    }
    server.clock.set(new Date(Date.now() + 16 * 60_000));
    try {
      const later = await server.gql<{ signInWithPassword: { token: string | null } }>(SIGN_IN, {
        input: { email: account.email, password: account.password, sessionType: 'BEARER' },
      });
      expect(later.body.data!.signInWithPassword.token).toMatch(/^rh_sess_/);
    } finally {
      server.clock.set(new Date());
    }
  }, 60_000);

  it('asks to verify the address first, and only after the right password', async () => {
    const account = await createAccount(server, { verified: false });
    const { body } = await server.gql<{
      signInWithPassword: { userErrors: Array<{ code: string }> };
    }>(SIGN_IN, {
      input: { email: account.email, password: account.password },
    });
    expect(body.data!.signInWithPassword.userErrors[0]?.code).toBe('EMAIL_NOT_VERIFIED');
    expect((await lastEmailTo(server, account.email))?.subject).toMatch(/bestätigen/);
  });
});
