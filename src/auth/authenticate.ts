import type { EntityManager } from '@mikro-orm/postgresql';
import { idleCutoff, SESSION_IDLE_DAYS } from '../accounts/sessions.js';
import { Role } from '../entities/accounts/account.entity.js';
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

async function sessionPrincipal(
  em: EntityManager,
  token: string,
  kind: SessionKind,
  now: Date,
): Promise<Principal | null> {
  const [row] = await em.execute<
    Array<{
      session_id: string;
      account_id: string;
      roles: Role[];
      office_ids: string[];
      last_used_at: Date;
    }>
  >(
    `select s.id as session_id, s.account_id, a.roles, s.last_used_at,
            array(select so.office_id::text from staff_office so where so.account_id = a.id) as office_ids
       from session s join account a on a.id = s.account_id
      where s.token_hash = ? and s.kind = ? and s.revoked_at is null and s.expires_at > ?
        and s.last_used_at > ? and a.deleted_at is null`,
    [hashSecret(token), kind, now, idleCutoff(now)],
  );
  if (!row) return null;
  if (now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_INTERVAL_MS) {
    await em.execute('update session set last_used_at = ? where id = ?', [now, row.session_id]);
  }
  return {
    kind: 'account',
    accountId: row.account_id,
    roles: row.roles,
    officeIds: row.office_ids,
    sessionId: row.session_id,
  };
}

async function apiKeyPrincipal(
  em: EntityManager,
  key: string,
  now: Date,
): Promise<Principal | null> {
  const [row] = await em.execute<
    Array<{ id: string; owner_id: string; last_used_at: Date | null }>
  >(
    `select k.id, k.owner_id, k.last_used_at from api_key k join account a on a.id = k.owner_id
      where k.key_hash = ? and k.revoked_at is null and a.deleted_at is null`,
    [hashSecret(key)],
  );
  if (!row) return null;
  if (
    !row.last_used_at ||
    now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_INTERVAL_MS
  ) {
    await em.execute('update api_key set last_used_at = ? where id = ?', [now, row.id]);
  }
  return { kind: 'apiKey', apiKeyId: row.id, ownerId: row.owner_id };
}

async function kioskPrincipal(
  em: EntityManager,
  token: string,
  now: Date,
): Promise<Principal | null> {
  const [row] = await em.execute<
    Array<{ id: string; office_id: string; last_used_at: Date | null }>
  >(
    'select id, office_id, last_used_at from kiosk_device where token_hash = ? and revoked_at is null',
    [hashSecret(token)],
  );
  if (!row) return null;
  if (
    !row.last_used_at ||
    now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_INTERVAL_MS
  ) {
    await em.execute('update kiosk_device set last_used_at = ? where id = ?', [now, row.id]);
  }
  return { kind: 'kiosk', deviceId: row.id, officeId: row.office_id };
}

/**
 * Decides who is calling. A bearer token wins over a cookie; its prefix says what it is. An
 * invalid bearer token is reported (the client must sign in again); so is an invalid cookie,
 * which the server then clears and treats as anonymous.
 */
export async function authenticate(
  em: EntityManager,
  credentials: Credentials,
  now: Date,
): Promise<Authentication> {
  const { bearer, cookie } = credentials;
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
  if (cookie) {
    const principal = await sessionPrincipal(em, cookie, SessionKind.COOKIE, now);
    return principal ? { principal } : { invalid: 'cookie' };
  }
  return { principal: anonymous };
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
    const rows = await em.execute<
      Array<{
        session_id: string;
        account_id: string;
        roles: Role[];
        office_ids: string[];
        expires_at: Date;
        last_used_at: Date;
      }>
    >(
      `select s.id as session_id, s.account_id, a.roles, s.expires_at, s.last_used_at,
              array(select so.office_id::text from staff_office so where so.account_id = a.id) as office_ids
         from session s join account a on a.id = s.account_id
        where s.id in (?) and s.revoked_at is null and s.expires_at > ? and s.last_used_at > ?
          and a.deleted_at is null`,
      [sessionIds, now, idleCutoff(now)],
    );
    for (const row of rows) {
      const idleUntil = new Date(row.last_used_at).getTime() + SESSION_IDLE_DAYS * 86_400_000;
      current.set(`session:${row.session_id}`, {
        principal: {
          kind: 'account',
          accountId: row.account_id,
          roles: row.roles,
          officeIds: row.office_ids,
          sessionId: row.session_id,
        },
        validUntil: new Date(Math.min(new Date(row.expires_at).getTime(), idleUntil)),
      });
    }
  }
  const apiKeyIds = ids('apiKey');
  if (apiKeyIds.length > 0) {
    const rows = await em.execute<Array<{ id: string; owner_id: string }>>(
      `select k.id, k.owner_id from api_key k join account a on a.id = k.owner_id
        where k.id in (?) and k.revoked_at is null and a.deleted_at is null`,
      [apiKeyIds],
    );
    for (const row of rows) {
      current.set(`apiKey:${row.id}`, {
        principal: { kind: 'apiKey', apiKeyId: row.id, ownerId: row.owner_id },
        validUntil: null,
      });
    }
  }
  const kioskIds = ids('kiosk');
  if (kioskIds.length > 0) {
    const rows = await em.execute<Array<{ id: string; office_id: string }>>(
      'select id, office_id from kiosk_device where id in (?) and revoked_at is null',
      [kioskIds],
    );
    for (const row of rows) {
      current.set(`kiosk:${row.id}`, {
        principal: { kind: 'kiosk', deviceId: row.id, officeId: row.office_id },
        validUntil: null,
      });
    }
  }
  return current;
}
