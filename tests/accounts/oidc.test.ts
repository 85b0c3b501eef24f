import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import supertest from 'supertest';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { AccountIdentityEntity } from '../../src/entities/accounts/account-identity.entity.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createAccount, signInWithCookie } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { ask, liveClient, within, type LiveClient } from '../support/sockets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Staff sign in with the town's identity provider (issue #20): a real OpenID provider
// (oidc-provider) runs in this test; the users' claims are set per test.

const REDIRECT = 'http://rathaus.test/auth/oidc/callback';
const SECRET = 'rathaus-test-client-secret-0123456789';
const CLOSED_WITHIN_MS = 5000;
const ME = '{ me { email roles offices { slug } } }';
type Me = { me: { email: string; roles: string[]; offices: Array<{ slug: string }> } | null };

type Claims = Record<string, unknown>;
const users = new Map<string, Claims>();
const servers: Server[] = [];
const sockets: LiveClient[] = [];
let issuerA: string;
let issuerB: string;
let server: TestServer;
let office1: BookingFixture & { slug: string };
let office2: BookingFixture & { slug: string };

/** An OpenID provider on a free loopback port, with its clients, knowing the `users`. */
async function startProvider(clients: string[]): Promise<string> {
  const http = createServer();
  servers.push(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((clientId) => ({
      client_id: clientId,
      client_secret: SECRET,
      redirect_uris: [REDIRECT],
      post_logout_redirect_uris: ['http://rathaus.test/signed-out'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    findAccount: (_ctx: unknown, sub: string) =>
      users.has(sub) ? { accountId: sub, claims: () => ({ sub, ...users.get(sub) }) } : undefined,
    claims: {
      openid: ['sub', 'realm_access', 'rathaus_offices'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // Keycloak's mappers put the roles into the ID token, which Rathaus reads.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key'] },
  });
  http.on('request', provider.callback());
  return issuer;
}

function cookieOf(response: supertest.Response, name: string): string | null {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((line) => line.startsWith(`${name}=`));
  const value = cookie?.split(';')[0];
  return value && value !== `${name}=` ? value : null;
}

/**
 * Drives a browser through the provider: follows its redirects, logs in as `sub` and consents on
 * its development pages, and stops at the redirect back to Rathaus; that URL.
 */
async function throughProvider(authorizationUrl: string, sub: string): Promise<URL> {
  const origin = new URL(authorizationUrl).origin;
  const browser = supertest.agent(origin);
  let location = new URL(authorizationUrl);
  const prompts = ['login', 'consent'];
  for (let step = 0; step < 10; step++) {
    if (location.href.startsWith(REDIRECT)) return location;
    const interaction = /^\/interaction\/([^/]+)$/.exec(location.pathname);
    const response = interaction
      ? await browser
          .post(location.pathname)
          .type('form')
          .send({ prompt: prompts.shift(), login: sub, password: 'any' })
      : await browser.get(location.pathname + location.search);
    expect([302, 303]).toContain(response.status);
    location = new URL(response.headers.location as string, origin);
  }
  throw new Error(`the provider did not send the browser back: ${location.href}`);
}

type Flow = { flowCookie: string; authorizationUrl: URL };

async function startFlow(): Promise<Flow> {
  const start = await server.http().get('/auth/oidc/start');
  expect(start.status).toBe(303);
  return {
    flowCookie: cookieOf(start, 'rathaus_oidc') as string,
    authorizationUrl: new URL(start.headers.location as string),
  };
}

async function callback(flow: Flow, back: URL) {
  return server.http().get(`/auth/oidc/callback${back.search}`).set('Cookie', flow.flowCookie);
}

/** The whole sign-in as `sub`; the callback's answer. */
async function signInAs(sub: string) {
  const flow = await startFlow();
  return callback(flow, await throughProvider(flow.authorizationUrl.href, sub));
}

/** Why the server refused the callbacks, as its log says (openid-client's checks). */
function refusals(): string[] {
  return server.logs
    .filter((record) => record.msg === 'OpenID sign-in refused')
    .map((record) => String((record.err as { message: string }).message));
}

async function me(sessionCookie: string) {
  return (await server.gql<Me>(ME, {}, { cookie: sessionCookie })).body.data!.me;
}

const clerk = (offices: string[], roles = ['rathaus-staff']): Claims => ({
  email: 'Clerk@Example.org',
  email_verified: true,
  name: 'Clara Clerk',
  realm_access: { roles },
  rathaus_offices: offices,
});

beforeAll(async () => {
  issuerA = await startProvider(['rathaus', 'another-app']);
  issuerB = await startProvider(['rathaus']);
  server = await startTestServer({
    env: {
      OIDC_ISSUER: issuerA,
      OIDC_CLIENT_ID: 'rathaus',
      OIDC_CLIENT_SECRET: SECRET,
      OIDC_DISPLAY_NAME: 'Stadt-Login',
    },
  });
  const slugOf = async (fixture: BookingFixture) =>
    (await server.orm.em.fork().findOneOrFail(OfficeEntity, { id: fixture.officeId })).slug;
  const [first, second] = [
    await createBookingFixture(server.orm),
    await createBookingFixture(server.orm),
  ];
  office1 = { ...first!, slug: await slugOf(first!) };
  office2 = { ...second!, slug: await slugOf(second!) };
});

afterEach(async () => {
  server.logs.length = 0;
  users.clear();
  await Promise.all(sockets.splice(0).map((socket) => socket.client.dispose()));
});

afterAll(async () => {
  await server.close();
  await Promise.all(
    servers.map(
      (http) =>
        new Promise((resolve) => {
          http.closeAllConnections();
          http.close(resolve);
        }),
    ),
  );
});

describe('sign-in with the town’s provider', () => {
  it('offers the provider’s button to the web client', async () => {
    const { body } = await server.gql<{
      staffSignInOptions: { identityProvider: { label: string; startUrl: string } | null };
    }>('{ staffSignInOptions { identityProvider { label startUrl } } }');
    expect(body.data!.staffSignInOptions.identityProvider).toEqual({
      label: 'Stadt-Login',
      startUrl: '/auth/oidc/start',
    });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const { authorizationUrl, flowCookie } = await startFlow();
    expect(authorizationUrl.origin).toBe(issuerA);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toMatchObject({
      client_id: 'rathaus',
      redirect_uri: REDIRECT,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    for (const param of ['code_challenge', 'state', 'nonce']) {
      expect(authorizationUrl.searchParams.get(param)).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    }
    expect(flowCookie).toMatch(/^rathaus_oidc=/);
  });

  it('maps roles and offices from the claims, links the identity and opens a session', async () => {
    // given a clerk of office 1 at the provider, and an office slug Rathaus does not know
    users.set('clerk-1', clerk([office1.slug, 'no-such-office']));

    // when they sign in
    const answer = await signInAs('clerk-1');

    // then they are sent to the staff workspace, signed in as staff of office 1
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/staff');
    const session = cookieOf(answer, 'rathaus_session') as string;
    expect(await me(session)).toEqual({
      email: 'clerk@example.org',
      roles: ['STAFF'],
      offices: [{ slug: office1.slug }],
    });
    // and the identity is stored by issuer and subject
    const identity = await server.orm.em
      .fork()
      .findOneOrFail(AccountIdentityEntity, { subject: 'clerk-1' });
    expect(identity.issuer).toBe(issuerA);

    // when the provider later makes them an admin of office 2 only
    users.set('clerk-1', clerk([office2.slug], ['rathaus-staff', 'rathaus-admin']));
    const again = await signInAs('clerk-1');

    // then the same account's rights are replaced by what the claims say
    expect(await me(cookieOf(again, 'rathaus_session') as string)).toEqual({
      email: 'clerk@example.org',
      roles: ['STAFF', 'ADMIN'],
      offices: [{ slug: office2.slug }],
    });
    const count = await server.orm.em.fork().count(AccountIdentityEntity, { subject: 'clerk-1' });
    expect(count).toBe(1);
  });

  it('refuses a session to someone without the staff role, with a page that says why', async () => {
    users.set('citizen-1', {
      ...clerk([office1.slug], ['offline_access']),
      email: 'c1@example.org',
    });

    const answer = await signInAs('citizen-1');

    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.text).toContain('Stadt-Login');
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });

  it('takes staff access away when the claims lose the staff role, and closes their sockets', async () => {
    // given a clerk signed in through the provider with an open WebSocket
    users.set('clerk-2', { ...clerk([office1.slug]), email: 'clerk2@example.org' });
    const session = cookieOf(await signInAs('clerk-2'), 'rathaus_session') as string;
    const socket = liveClient(server.wsUrl, null, { headers: { cookie: session } });
    sockets.push(socket);
    await within(socket.connected, 5000, 'connection_ack');
    expect((await ask<Me>(socket.client, ME)).data!.me!.roles).toEqual(['STAFF']);

    // when the provider no longer gives them the staff role and they sign in again
    users.set('clerk-2', { ...clerk([office1.slug], []), email: 'clerk2@example.org' });
    const answer = await signInAs('clerk-2');

    // then they get no session, their socket closes, and their old session has no staff rights
    expect(answer.status).toBe(403);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
    expect(await within(socket.closed, CLOSED_WITHIN_MS, 'close')).toBe(4403);
    expect(await me(session)).toMatchObject({ roles: ['CITIZEN'], offices: [] });
  });
});

describe('local accounts', () => {
  it('links a local account with the address the provider confirms, keeping its citizen role', async () => {
    // given a citizen's local account, whose owner becomes a clerk at the provider
    const local = await createAccount(server, { roles: [Role.CITIZEN] });
    users.set('clerk-10', { ...clerk([office1.slug]), email: local.email.toUpperCase() });

    const session = cookieOf(await signInAs('clerk-10'), 'rathaus_session') as string;

    expect(await me(session)).toEqual({
      email: local.email,
      roles: ['CITIZEN', 'STAFF'],
      offices: [{ slug: office1.slug }],
    });
    const identity = await server.orm.em
      .fork()
      .findOneOrFail(AccountIdentityEntity, { subject: 'clerk-10' }, { populate: ['account'] });
    expect(identity.account.id).toBe(local.id);
  });

  it('does not link a local account when the provider says the address is unconfirmed', async () => {
    const local = await createAccount(server, { roles: [Role.CITIZEN] });
    users.set('clerk-11', { ...clerk([office1.slug]), email: local.email, email_verified: false });

    const answer = await signInAs('clerk-11');

    expect(answer.status).toBe(403);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
    const linked = await server.orm.em.fork().count(AccountIdentityEntity, { subject: 'clerk-11' });
    expect(linked).toBe(0);
  });
});

describe('refused answers', () => {
  it('refuses a code from another issuer', async () => {
    // given a flow started here, completed at a second provider that knows the same client id
    users.set('clerk-3', clerk([office1.slug]));
    const flow = await startFlow();
    const elsewhere = new URL(
      flow.authorizationUrl.pathname + flow.authorizationUrl.search,
      issuerB,
    );

    const answer = await callback(flow, await throughProvider(elsewhere.href, 'clerk-3'));

    expect(answer.status).toBe(400);
    expect(refusals()).toEqual([expect.stringContaining('unexpected "iss" (issuer)')]);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });

  it('refuses a code issued to another client id at the same provider', async () => {
    users.set('clerk-4', clerk([office1.slug]));
    const flow = await startFlow();
    const other = new URL(flow.authorizationUrl);
    other.searchParams.set('client_id', 'another-app');

    const answer = await callback(flow, await throughProvider(other.href, 'clerk-4'));

    // the provider refuses to give Rathaus tokens for a code issued to another client
    expect(answer.status).toBe(400);
    expect(refusals()).toEqual([expect.stringContaining('server responded with an error')]);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });

  it('refuses an answer whose state is not this browser’s', async () => {
    users.set('clerk-5', clerk([office1.slug]));
    const mine = await startFlow();
    const theirs = await startFlow();

    const back = await throughProvider(theirs.authorizationUrl.href, 'clerk-5');
    const answer = await callback(mine, back);

    expect(answer.status).toBe(400);
    expect(refusals()).toEqual([expect.stringContaining('unexpected "state"')]);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });

  it('refuses an ID token whose nonce is not the flow’s', async () => {
    users.set('clerk-6', clerk([office1.slug]));
    const flow = await startFlow();
    const tampered = new URL(flow.authorizationUrl);
    tampered.searchParams.set('nonce', 'a-nonce-this-flow-never-made-0123456789');

    const answer = await callback(flow, await throughProvider(tampered.href, 'clerk-6'));

    expect(answer.status).toBe(400);
    expect(refusals()).toEqual([expect.stringContaining('unexpected ID Token "nonce"')]);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });

  it('refuses a callback without the flow cookie', async () => {
    users.set('clerk-7', clerk([office1.slug]));
    const flow = await startFlow();
    const back = await throughProvider(flow.authorizationUrl.href, 'clerk-7');

    const answer = await server.http().get(`/auth/oidc/callback${back.search}`);

    expect(answer.status).toBe(400);
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
  });
});

describe('sign-out', () => {
  it('ends the session and sends the browser to the provider’s end-session endpoint', async () => {
    users.set('clerk-8', { ...clerk([office1.slug]), email: 'clerk8@example.org' });
    const session = cookieOf(await signInAs('clerk-8'), 'rathaus_session') as string;

    const answer = await server
      .http()
      .get('/auth/oidc/logout')
      .set({ Cookie: session, 'Sec-Fetch-Site': 'same-origin' });

    expect(answer.status).toBe(303);
    const location = new URL(answer.headers.location as string);
    expect(location.origin).toBe(issuerA);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: 'rathaus',
      post_logout_redirect_uri: 'http://rathaus.test/signed-out',
    });
    expect(cookieOf(answer, 'rathaus_session')).toBeNull();
    expect(answer.headers['set-cookie']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rathaus_session=;/)]),
    );
    expect(await me(session)).toBeNull();
  });

  it('signs staff who signed in with a password out here only', async () => {
    const staff = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [office1.officeId],
    });
    const session = await signInWithCookie(server, staff);
    expect(await me(session)).toMatchObject({ email: staff.email });

    const answer = await server
      .http()
      .get('/auth/oidc/logout')
      .set({ Cookie: session, 'Sec-Fetch-Site': 'same-origin' });

    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/signed-out');
    expect(answer.headers['set-cookie']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rathaus_session=;/)]),
    );
    expect(await me(session)).toBeNull();
  });

  it('signs nobody out for a link on a foreign page', async () => {
    users.set('clerk-9', { ...clerk([office1.slug]), email: 'clerk9@example.org' });
    const session = cookieOf(await signInAs('clerk-9'), 'rathaus_session') as string;

    const answer = await server
      .http()
      .get('/auth/oidc/logout')
      .set({ Cookie: session, 'Sec-Fetch-Site': 'cross-site' });

    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/staff');
    expect(await me(session)).toMatchObject({ email: 'clerk9@example.org' });
  });
});
