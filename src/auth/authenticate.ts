import type { EntityManager } from '@mikro-orm/postgresql';
import {
  liveApiKeyByHash,
  liveApiKeysByIds,
  liveKioskByHash,
  liveKiosksByIds,
  liveSessionByToken,
  liveSessionsByIds,
  touchApiKey,
  touchKioskDevice,
  touchSession,
  type LiveApiKey,
} from '../accounts/account.queries.js';
import { liveAt, SESSION_IDLE_DAYS } from '../accounts/sessions.js';
import { SessionKind } from '../entities/accounts/session.entity.js';
import { anonymous, type Principal } from './principal.js';
import { hashSecret, SecretPrefix } from './secrets.js';

export type Credentials = {
  /** The token of an `Authorization: Bearer …` header or of a WebSocket's connection_init. */
  bearer: string | null;
  /** The value of the session cookie. */
  cookie: string | null;
};

/** What the credentials prove: a principal, or that a presented bearer token is not valid. */
export type Authentication = { principal: Principal } | { invalid: 'bearer' | 'cookie' };

// Last-use times are written at most once a minute per credential, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

function due(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() > TOUCH_INTERVAL_MS;
}

async function sessionPrincipal(
  em: EntityManager,
  token: string,
  kind: SessionKind,
  now: Date,
): Promise<Principal | null> {
  const session = await liveSessionByToken(em, { hash: hashSecret(token), kind }, liveAt(now));
  if (!session) return null;
  if (due(session.lastUsedAt, now)) await touchSession(em, session.sessionId, now);
  return {
    kind: 'account',
    accountId: session.accountId,
    roles: session.roles,
    officeIds: session.officeIds,
    sessionId: session.sessionId,
  };
}

async function apiKeyPrincipal(
  em: EntityManager,
  key: string,
  now: Date,
): Promise<Principal | null> {
  const apiKey = await liveApiKeyByHash(em, hashSecret(key));
  if (!apiKey) return null;
  if (due(apiKey.lastUsedAt, now)) await touchApiKey(em, apiKey.id, now);
  return apiKeyPrincipalOf(apiKey);
}

function apiKeyPrincipalOf(apiKey: LiveApiKey): Principal {
  return {
    kind: 'apiKey',
    apiKeyId: apiKey.id,
    ownerId: apiKey.ownerId,
    name: apiKey.name,
    scopes: apiKey.scopes,
  };
}

async function kioskPrincipal(
  em: EntityManager,
  token: string,
  now: Date,
): Promise<Principal | null> {
  const kiosk = await liveKioskByHash(em, hashSecret(token));
  if (!kiosk) return null;
  if (due(kiosk.lastUsedAt, now)) await touchKioskDevice(em, kiosk.id, now);
  return { kind: 'kiosk', deviceId: kiosk.id, officeId: kiosk.officeId };
}

/**
 * Decides who is calling. A bearer token wins over a cookie; its prefix says what it is. An
 * invalid bearer token is reported (the client must sign in again); so is an invalid cookie,
 * which the server then clears and treats as anonymous. `emOf` gives the entity manager to look
 * credentials up with; a caller without any (most API reads) needs none.
 */
export async function authenticate(
  emOf: () => EntityManager,
  credentials: Credentials,
  now: Date,
): Promise<Authentication> {
  const { bearer, cookie } = credentials;
  if (!bearer && !cookie) return { principal: anonymous };
  const em = emOf();
  if (bearer) {
    let principal: Principal | null = null;
    if (bearer.startsWith(SecretPrefix.session)) {
      principal = await sessionPrincipal(em, bearer, SessionKind.BEARER, now);
    } else if (bearer.startsWith(SecretPrefix.apiKey)) {
      principal = await apiKeyPrincipal(em, bearer, now);
    } else if (bearer.startsWith(SecretPrefix.kiosk)) {
      principal = await kioskPrincipal(em, bearer, now);
    }
    return principal ? { principal } : { invalid: 'bearer' };
  }
  const principal = await sessionPrincipal(em, cookie!, SessionKind.COOKIE, now);
  return principal ? { principal } : { invalid: 'cookie' };
}

/** The token of an Authorization header ("Bearer <token>"), or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S{1,512})\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** A principal as the database has it now, and when its credentials end unless used before. */
export type CurrentPrincipal = { principal: Principal; validUntil: Date | null };

/**
 * The credential a principal authenticated with (`session:<id>`, `apiKey:<id>`, `kiosk:<id>`), or
 * null for one without (anonymous, the admin command line).
 */
export function credentialKey(principal: Principal): string | null {
  switch (principal.kind) {
    case 'account':
      return principal.sessionId ? `session:${principal.sessionId}` : null;
    case 'apiKey':
      return `apiKey:${principal.apiKeyId}`;
    case 'kiosk':
      return `kiosk:${principal.deviceId}`;
    case 'anonymous':
      return null;
    default: {
      const unknown: never = principal;
      throw new Error(`Unknown principal ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Who the credentials of open WebSockets belong to now, in at most three statements however many
 * there are, keyed by `credentialKey`. A credential that ended (signed out, revoked, expired,
 * account deleted) is missing from the answer. Last-use times stay as they are: a socket that is
 * merely open does not keep its session from going idle.
 */
export async function currentPrincipals(
  em: EntityManager,
  principals: Principal[],
  now: Date,
): Promise<Map<string, CurrentPrincipal>> {
  const ids = (kind: Principal['kind']) =>
    principals.flatMap((principal) => {
      if (principal.kind !== kind) return [];
      const key = credentialKey(principal);
      return key ? [key.slice(key.indexOf(':') + 1)] : [];
    });
  const current = new Map<string, CurrentPrincipal>();
  const sessionIds = ids('account');
  if (sessionIds.length > 0) {
    for (const session of await liveSessionsByIds(em, sessionIds, liveAt(now))) {
      const idleUntil = session.lastUsedAt.getTime() + SESSION_IDLE_DAYS * 86_400_000;
      current.set(`session:${session.sessionId}`, {
        principal: {
          kind: 'account',
          accountId: session.accountId,
          roles: session.roles,
          officeIds: session.officeIds,
          sessionId: session.sessionId,
        },
        validUntil: new Date(Math.min(session.expiresAt.getTime(), idleUntil)),
      });
    }
  }
  const apiKeyIds = ids('apiKey');
  if (apiKeyIds.length > 0) {
    for (const apiKey of await liveApiKeysByIds(em, apiKeyIds)) {
      current.set(`apiKey:${apiKey.id}`, {
        principal: apiKeyPrincipalOf(apiKey),
        validUntil: null,
      });
    }
  }
  const kioskIds = ids('kiosk');
  if (kioskIds.length > 0) {
    for (const kiosk of await liveKiosksByIds(em, kioskIds)) {
      current.set(`kiosk:${kiosk.id}`, {
        principal: { kind: 'kiosk', deviceId: kiosk.id, officeId: kiosk.officeId },
        validUntil: null,
      });
    }
  }
  return current;
}
