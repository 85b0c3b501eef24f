import { randomBytes } from 'node:crypto';
import {
  createApiKey,
  issueKioskToken,
  setApiKeyScopes,
} from '../../src/accounts/credentials.service.js';
import type { OfficeScope } from '../../src/auth/principal.js';
import { ApiKeyScope } from '../../src/entities/accounts/api-key-scope.entity.js';
import { hashPassword } from '../../src/accounts/password.js';
import { AccountEntity, Role } from '../../src/entities/accounts/account.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { renderBody } from '../../src/notifications/outbox.js';
import type { TestServer } from './test-server.js';

export type TestAccount = { id: string; email: string; password: string; name: string };

/** An account written straight to the database, as `npm run admin` or a verified sign-up leaves it. */
export async function createAccount(
  server: TestServer,
  options: { roles?: Role[]; officeIds?: string[]; verified?: boolean; name?: string } = {},
): Promise<TestAccount> {
  const em = server.orm.em.fork();
  const suffix = randomBytes(4).toString('hex');
  const password = `secret-${randomBytes(8).toString('hex')}`;
  const name = options.name ?? `Test Person ${suffix}`;
  const account = em.create(AccountEntity, {
    email: `person-${suffix}@example.org`,
    name,
    passwordHash: await hashPassword(password),
    roles: options.roles ?? [Role.CITIZEN],
    emailVerifiedAt: options.verified === false ? null : new Date('2026-01-01T00:00:00Z'),
  });
  if (options.officeIds?.length) {
    account.offices.set(options.officeIds.map((id) => em.getReference(OfficeEntity, id)));
  }
  await em.flush();
  return { id: account.id, email: account.email as string, password, name };
}

const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code } }
}`;

/** Signs in through the API and returns the bearer token. */
export async function signIn(server: TestServer, account: TestAccount): Promise<string> {
  const { body } = await server.gql<{
    signInWithPassword: { token: string | null; userErrors: unknown[] };
  }>(SIGN_IN, {
    input: { email: account.email, password: account.password, sessionType: 'BEARER' },
  });
  const token = body.data?.signInWithPassword.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return token;
}

/** Signs in as the web client does and returns the Cookie header to send. */
export async function signInWithCookie(server: TestServer, account: TestAccount): Promise<string> {
  const { headers } = await server.gql(SIGN_IN, {
    input: { email: account.email, password: account.password, sessionType: 'COOKIE' },
  });
  const cookie = /rathaus_session=[^;]+/.exec(String(headers['set-cookie']))?.[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export type Caller =
  | 'anonymous'
  | 'citizenA'
  | 'citizenB'
  | 'staffOffice1'
  | 'staffOffice2'
  | 'admin'
  | 'apiKey'
  | 'kiosk';

export const CALLERS: Caller[] = [
  'anonymous',
  'citizenA',
  'citizenB',
  'staffOffice1',
  'staffOffice2',
  'admin',
  'apiKey',
  'kiosk',
];

/** Credentials of every kind of caller, minted through the real services. */
export async function mintCallers(server: TestServer, offices: [string, string]) {
  const citizenA = await createAccount(server);
  const citizenB = await createAccount(server);
  const staff1 = await createAccount(server, { roles: [Role.STAFF], officeIds: [offices[0]] });
  const staff2 = await createAccount(server, { roles: [Role.STAFF], officeIds: [offices[1]] });
  const admin = await createAccount(server, { roles: [Role.ADMIN, Role.STAFF] });
  const developer = await createAccount(server);
  const em = server.orm.em.fork();
  const developerPrincipal = {
    kind: 'account' as const,
    accountId: developer.id,
    roles: [Role.CITIZEN],
    officeIds: [],
    sessionId: null,
  };
  const { key } = await createApiKey(
    { em, principal: developerPrincipal },
    { name: 'Matrix test app' },
  );
  const { token: kioskToken } = await issueKioskToken(
    { em },
    {
      officeId: offices[0],
      name: 'Foyer',
    },
  );
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    citizenA: bearer(await signIn(server, citizenA)),
    citizenB: bearer(await signIn(server, citizenB)),
    staffOffice1: bearer(await signIn(server, staff1)),
    staffOffice2: bearer(await signIn(server, staff2)),
    admin: bearer(await signIn(server, admin)),
    apiKey: bearer(key),
    kiosk: bearer(kioskToken),
  };
  return { headers, accounts: { citizenA, citizenB, staff1, staff2, admin, developer } };
}

/** API keys with office scopes that an admin granted, as integrations of an office hold them. */
export type ScopedKeyCaller =
  'keyAppointmentsOffice1' | 'keyMessagesOffice1' | 'keyAllScopesOffice2';

export const SCOPED_KEY_CALLERS: ScopedKeyCaller[] = [
  'keyAppointmentsOffice1',
  'keyMessagesOffice1',
  'keyAllScopesOffice2',
];

/** A new API key of a new account, with these scopes granted through the real service. */
export async function createScopedKey(
  server: TestServer,
  scopes: OfficeScope[],
): Promise<{ key: string; apiKeyId: string; ownerId: string }> {
  const owner = await createAccount(server);
  const em = server.orm.em.fork();
  const { key, apiKey } = await createApiKey(
    {
      em,
      principal: {
        kind: 'account',
        accountId: owner.id,
        roles: [Role.CITIZEN],
        officeIds: [],
        sessionId: null,
      },
    },
    { name: 'Fachverfahren' },
  );
  const admin = {
    kind: 'account' as const,
    accountId: owner.id,
    roles: [Role.ADMIN],
    officeIds: [],
    sessionId: null,
  };
  await setApiKeyScopes({ em, principal: admin, bus: server.bus }, { apiKeyId: apiKey.id, scopes });
  return { key, apiKeyId: apiKey.id, ownerId: owner.id };
}

/** Credentials of the scoped API keys: office 1's appointments, office 1's messages, office 2's both. */
export async function mintScopedKeys(
  server: TestServer,
  offices: [string, string],
): Promise<Record<ScopedKeyCaller, Record<string, string>>> {
  const appointments = await createScopedKey(server, [
    { scope: ApiKeyScope.OFFICE_APPOINTMENTS_READ, officeId: offices[0] },
  ]);
  const messages = await createScopedKey(server, [
    { scope: ApiKeyScope.OFFICE_MESSAGES_WRITE, officeId: offices[0] },
  ]);
  const both = await createScopedKey(server, [
    { scope: ApiKeyScope.OFFICE_APPOINTMENTS_READ, officeId: offices[1] },
    { scope: ApiKeyScope.OFFICE_MESSAGES_WRITE, officeId: offices[1] },
  ]);
  return {
    keyAppointmentsOffice1: bearer(appointments.key),
    keyMessagesOffice1: bearer(messages.key),
    keyAllScopesOffice2: bearer(both.key),
  };
}

/** Every e-mail queued for the address, oldest first, as it will be sent (secrets filled in). */
export async function emailsTo(server: TestServer, address: string) {
  const rows = await server.orm.em
    .fork()
    .execute<Array<{ subject: string; body: string; secret: string | null }>>(
      'select subject, body, secret from outbox_message where recipient = ? order by created_at, id',
      [address.toLowerCase()],
    );
  return rows.map((row) => ({ subject: row.subject, body: renderBody(row.body, row.secret) }));
}

/** The newest e-mail in the outbox for an address. */
export async function lastEmailTo(server: TestServer, address: string) {
  return (await emailsTo(server, address)).at(-1) ?? null;
}
