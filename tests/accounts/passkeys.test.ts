import { SoftwareAuthenticator, type Tampering } from '../support/authenticator.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const START_REGISTRATION = 'mutation { startPasskeyRegistration { options userErrors { code } } }';
const FINISH_REGISTRATION = `mutation($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) { passkey { id name } userErrors { code field } }
}`;
const START_SIGN_IN = 'mutation { startPasskeySignIn { options userErrors { code } } }';
const FINISH_SIGN_IN = `mutation($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) { account { email } token userErrors { code } }
}`;

type Options = { challenge: string; user: { id: string }; rp: { id: string } };
type SignInResult = {
  finishPasskeySignIn: {
    account: { email: string } | null;
    token: string | null;
    userErrors: Array<{ code: string }>;
  };
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

async function registeredAuthenticator(tampering: Tampering = {}) {
  const account = await createAccount(server);
  const auth = bearer(await signIn(server, account));
  const authenticator = new SoftwareAuthenticator('http://rathaus.test', 'rathaus.test');
  const start = await server.gql<{ startPasskeyRegistration: { options: Options } }>(
    START_REGISTRATION,
    {},
    auth,
  );
  const options = start.body.data!.startPasskeyRegistration.options;
  const finish = await server.gql<{
    finishPasskeyRegistration: {
      passkey: { id: string; name: string } | null;
      userErrors: Array<{ code: string }>;
    };
  }>(
    FINISH_REGISTRATION,
    { input: { response: authenticator.register(options, tampering), name: 'Mein Handy' } },
    auth,
  );
  return {
    account,
    auth,
    authenticator,
    options,
    result: finish.body.data!.finishPasskeyRegistration,
  };
}

async function signInOptions(): Promise<Options> {
  const { body } = await server.gql<{ startPasskeySignIn: { options: Options } }>(START_SIGN_IN);
  return body.data!.startPasskeySignIn.options;
}

async function finishSignIn(response: unknown, sessionType = 'BEARER') {
  const { body } = await server.gql<SignInResult>(FINISH_SIGN_IN, {
    input: { response, sessionType },
  });
  return body.data!.finishPasskeySignIn;
}

describe('registering a passkey', () => {
  it('verifies a real attestation and stores the passkey for the account', async () => {
    const { account, auth, options, result } = await registeredAuthenticator();
    expect(options.rp.id).toBe('rathaus.test');
    expect(result).toEqual({
      passkey: { id: expect.any(String), name: 'Mein Handy' },
      userErrors: [],
    });
    const { body } = await server.gql('{ me { passkeys { name } } }', {}, auth);
    expect(body.data).toEqual({ me: { passkeys: [{ name: 'Mein Handy' }] } });
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ n: string }>>('select count(*) as n from passkey where account_id = ?', [
        account.id,
      ]);
    expect(Number(row?.n)).toBe(1);
  });

  it('refuses a response for another origin, another RP ID or without user verification', async () => {
    for (const tampering of [
      { origin: 'https://evil.example' },
      { rpId: 'evil.example' },
      { withoutUserVerification: true },
    ]) {
      const { result } = await registeredAuthenticator(tampering);
      expect(result).toEqual({
        passkey: null,
        userErrors: [{ code: 'PASSKEY_VERIFICATION_FAILED', field: ['response'] }],
      });
    }
  });

  it('requires a signed-in account', async () => {
    const { body } = await server.gql(START_REGISTRATION);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signing in with a passkey (usernameless)', () => {
  it('signs in with a valid assertion and advances the signature counter', async () => {
    const { account, authenticator } = await registeredAuthenticator();
    const result = await finishSignIn(authenticator.assert(await signInOptions()));
    expect(result.account).toEqual({ email: account.email });
    expect(result.token).toMatch(/^rh_sess_/);
    const second = await finishSignIn(authenticator.assert(await signInOptions()));
    expect(second.token).toMatch(/^rh_sess_/);
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ sign_count: string }>>(
        'select sign_count from passkey where account_id = ?',
        [account.id],
      );
    expect(Number(row?.sign_count)).toBe(3);
  });

  it('refuses a replayed assertion: each challenge is answered once', async () => {
    const { authenticator } = await registeredAuthenticator();
    const response = authenticator.assert(await signInOptions());
    expect((await finishSignIn(response)).token).toMatch(/^rh_sess_/);
    expect(await finishSignIn(response)).toEqual({
      account: null,
      token: null,
      userErrors: [{ code: 'CHALLENGE_INVALID' }],
    });
  });

  it('refuses a challenge older than 60 seconds', async () => {
    const { authenticator } = await registeredAuthenticator();
    const options = await signInOptions();
    server.clock.set(new Date(Date.now() + 61_000));
    try {
      const result = await finishSignIn(authenticator.assert(options));
      expect(result.userErrors).toEqual([{ code: 'CHALLENGE_INVALID' }]);
    } finally {
      server.clock.set(new Date());
    }
  });

  it('refuses a challenge it never issued, and a registration challenge used for sign-in', async () => {
    const { authenticator, options: registrationOptions } = await registeredAuthenticator();
    const invented = await finishSignIn(
      authenticator.assert({ challenge: 'aW52ZW50ZWQtY2hhbGxlbmdl' }),
    );
    expect(invented.userErrors).toEqual([{ code: 'CHALLENGE_INVALID' }]);
    const wrongPurpose = await finishSignIn(authenticator.assert(registrationOptions));
    expect(wrongPurpose.userErrors).toEqual([{ code: 'CHALLENGE_INVALID' }]);
  });

  it.each<[string, Tampering]>([
    ['another origin', { origin: 'https://phishing.example' }],
    ['another RP ID', { rpId: 'phishing.example' }],
    ['no user verification', { withoutUserVerification: true }],
    ['a counter that went back (a cloned authenticator)', { counter: 1 }],
  ])('refuses an assertion with %s', async (_case, tampering) => {
    const { authenticator } = await registeredAuthenticator();
    await finishSignIn(authenticator.assert(await signInOptions()));
    const result = await finishSignIn(authenticator.assert(await signInOptions(), tampering));
    expect(result).toEqual({
      account: null,
      token: null,
      userErrors: [{ code: 'PASSKEY_VERIFICATION_FAILED' }],
    });
  });

  it('refuses an unknown credential', async () => {
    const stranger = new SoftwareAuthenticator('http://rathaus.test', 'rathaus.test');
    const result = await finishSignIn(stranger.assert(await signInOptions()));
    expect(result.userErrors).toEqual([{ code: 'PASSKEY_VERIFICATION_FAILED' }]);
  });
});

describe('managing passkeys', () => {
  it('renames and removes one of the account’s passkeys, and no one else’s', async () => {
    const { auth, result } = await registeredAuthenticator();
    const other = await registeredAuthenticator();
    const passkeyId = result.passkey!.id;
    const rename = await server.gql(
      'mutation($input: RenamePasskeyInput!) { renamePasskey(input: $input) { passkey { name } userErrors { code } } }',
      { input: { passkeyId, name: 'Laptop' } },
      auth,
    );
    expect(rename.body.data).toEqual({
      renamePasskey: { passkey: { name: 'Laptop' }, userErrors: [] },
    });

    const foreign = await server.gql(
      'mutation($input: RemovePasskeyInput!) { removePasskey(input: $input) { removedId userErrors { code } } }',
      { input: { passkeyId } },
      other.auth,
    );
    expect(foreign.body.data).toEqual({
      removePasskey: { removedId: null, userErrors: [{ code: 'NOT_FOUND' }] },
    });

    const removed = await server.gql(
      'mutation($input: RemovePasskeyInput!) { removePasskey(input: $input) { removedId userErrors { code } } }',
      { input: { passkeyId } },
      auth,
    );
    expect(removed.body.data).toEqual({ removePasskey: { removedId: passkeyId, userErrors: [] } });
    expect((await server.gql('{ me { passkeys { name } } }', {}, auth)).body.data).toEqual({
      me: { passkeys: [] },
    });
  });
});
