import type { EntityManager } from '@mikro-orm/postgresql';
import { idleCutoff } from '../accounts/sessions.js';
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
