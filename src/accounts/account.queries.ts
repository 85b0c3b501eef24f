import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  date,
  dateOrNull,
  preparedRowOf,
  rowOf,
  rowsOf,
  run,
  sql,
  type Sql,
} from '../common/sql.js';
import type { AccountTokenPurpose } from '../entities/accounts/account-token.entity.js';
import type { Role } from '../entities/accounts/account.entity.js';
import type { OfficeScope } from '../auth/principal.js';
import type { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import type { ApiKeyEntity } from '../entities/accounts/api-key.entity.js';
import type { ChallengePurpose } from '../entities/accounts/auth-challenge.entity.js';
import type { KioskDeviceEntity } from '../entities/accounts/kiosk-device.entity.js';
import type { SessionEntity, SessionKind } from '../entities/accounts/session.entity.js';

// The only SQL of the accounts domain, for its use cases and for authenticating requests
// (src/auth/authenticate.ts). One way of writing per table:
// - the credentials (session, api_key, kiosk_device, account_token, auth_challenge) and
//   sign_in_attempt are written here only: authentication touches them on every request, and
//   they are claimed, revoked or purged by single statements whose result matters (`returning`);
// - account, staff_office and passkey are written through the ORM only (the services'
//   entities: low-traffic writes of whole rows, collections, binary keys).
// Reads return plain records; the entities satisfy the same types where the ORM reads them.

type Row = Record<string, unknown>;

/** Two e-mails registering at once, or two sign-ins counting attempts, wait for each other. */
export async function lockEmail(
  tx: EntityManager,
  purpose: 'registration' | 'signIn',
  key: string,
): Promise<void> {
  // The second argument keeps these locks apart from those of other domains on the same text.
  const space = purpose === 'registration' ? 1 : 2;
  await run(tx, sql`select pg_advisory_xact_lock(hashtextextended(${key}, ${space}))`);
}

// Sessions

export type SessionRecord = Pick<
  SessionEntity,
  'id' | 'kind' | 'userAgent' | 'createdAt' | 'lastUsedAt' | 'expiresAt' | 'revokedAt'
>;

const SESSION_COLUMNS = sql.trusted(
  's.id, s.kind, s.user_agent, s.created_at, s.last_used_at, s.expires_at, s.revoked_at',
);

function sessionRecord(row: Row): SessionRecord {
  return {
    id: row.id as string,
    kind: row.kind as SessionKind,
    userAgent: row.user_agent as string | null,
    createdAt: date(row.created_at),
    lastUsedAt: date(row.last_used_at),
    expiresAt: date(row.expires_at),
    revokedAt: dateOrNull(row.revoked_at),
  };
}

export async function insertSession(
  em: EntityManager,
  session: {
    accountId: string;
    tokenHash: string;
    kind: SessionKind;
    userAgent: string | null;
    createdAt: Date;
    expiresAt: Date;
    viaIdentityProvider: boolean;
  },
): Promise<SessionRecord> {
  const [row] = await rowsOf<Row>(
    em,
    sql`insert into session as s
          (id, account_id, token_hash, kind, user_agent, created_at, last_used_at, expires_at,
           via_identity_provider)
        values (${randomUUID()}, ${session.accountId}, ${session.tokenHash}, ${session.kind},
                ${session.userAgent}, ${session.createdAt}, ${session.createdAt}, ${session.expiresAt},
                ${session.viaIdentityProvider})
        returning ${SESSION_COLUMNS}`,
  );
  return sessionRecord(row!);
}

/**
 * The accounts with admin rights, their rows locked for the transaction: two admins who take
 * each other's rights at once wait for one another, and the second sees the first's change.
 */
export async function lockedAdmins(em: EntityManager): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`select id from account where roles @> array['ADMIN']::text[] and deleted_at is null
         order by id for update`,
  );
  return rows.map((row) => row.id);
}

/** Whether the session was opened by signing in at the town's identity provider. */
export async function sessionViaIdentityProvider(
  em: EntityManager,
  sessionId: string,
): Promise<boolean> {
  const row = await rowOf<{ via_identity_provider: boolean }>(
    em,
    sql`select via_identity_provider from session where id = ${sessionId}`,
  );
  return row?.via_identity_provider ?? false;
}

/** The account's sessions that are neither revoked nor expired, most recently used first. */
export async function activeSessionsOf(
  em: EntityManager,
  accountId: string,
  live: { now: Date; idleBefore: Date },
): Promise<SessionRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${SESSION_COLUMNS} from session s
         where s.account_id = ${accountId} and s.revoked_at is null
           and s.expires_at > ${live.now} and s.last_used_at > ${live.idleBefore}
         order by s.last_used_at desc`,
  );
  return rows.map(sessionRecord);
}

/** One session of the account, whatever its state; null when it is not the account's. */
export async function sessionOf(
  em: EntityManager,
  accountId: string,
  sessionId: string,
): Promise<SessionRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`select ${SESSION_COLUMNS} from session s
         where s.id = ${sessionId} and s.account_id = ${accountId}`,
  );
  return row && sessionRecord(row);
}

/** Revokes one live session of the account; whether there was one. */
export async function revokeSession(
  em: EntityManager,
  session: { id: string; accountId: string },
  now: Date,
): Promise<boolean> {
  const revoked = await run(
    em,
    sql`update session set revoked_at = ${now}
         where id = ${session.id} and account_id = ${session.accountId} and revoked_at is null`,
  );
  return revoked > 0;
}

/** Revokes the account's live sessions but `keep`; the ended ones' ids. */
export async function revokeSessionsOf(
  em: EntityManager,
  accountId: string,
  keep: string | null,
  now: Date,
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`update session set revoked_at = ${now}
         where account_id = ${accountId} and revoked_at is null and id is distinct from ${keep}
         returning id`,
  );
  return rows.map((row) => row.id);
}

/** Deletes every session of the account; their ids. */
export async function deleteSessionsOf(em: EntityManager, accountId: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`delete from session where account_id = ${accountId} returning id`,
  );
  return rows.map((row) => row.id);
}

// Authentication: the live credentials behind a token, and their last use.

/** A live session with what its principal needs. */
export type SessionPrincipalRecord = {
  sessionId: string;
  accountId: string;
  roles: Role[];
  officeIds: string[];
  lastUsedAt: Date;
  expiresAt: Date;
};

const SESSION_PRINCIPAL_COLUMNS = sql.trusted(
  `s.id as session_id, s.account_id, a.roles, s.last_used_at, s.expires_at,
   array(select so.office_id::text from staff_office so where so.account_id = a.id) as office_ids`,
);

function sessionPrincipalRecord(row: Row): SessionPrincipalRecord {
  return {
    sessionId: row.session_id as string,
    accountId: row.account_id as string,
    roles: row.roles as Role[],
    officeIds: row.office_ids as string[],
    lastUsedAt: date(row.last_used_at),
    expiresAt: date(row.expires_at),
  };
}

/** Not revoked, neither expired nor idle, of an account that is not deleted. */
function liveSession(live: { now: Date; idleBefore: Date }): Sql {
  return sql`s.revoked_at is null and s.expires_at > ${live.now}
     and s.last_used_at > ${live.idleBefore} and a.deleted_at is null`;
}

export async function liveSessionByToken(
  em: EntityManager,
  token: { hash: string; kind: SessionKind },
  live: { now: Date; idleBefore: Date },
): Promise<SessionPrincipalRecord | null> {
  // Every signed-in request asks: a hot read.
  const row = await preparedRowOf<Row>(
    em,
    sql`select ${SESSION_PRINCIPAL_COLUMNS}
          from session s join account a on a.id = s.account_id
         where s.token_hash = ${token.hash} and s.kind = ${token.kind} and ${liveSession(live)}`,
  );
  return row && sessionPrincipalRecord(row);
}

export async function liveSessionsByIds(
  em: EntityManager,
  ids: readonly string[],
  live: { now: Date; idleBefore: Date },
): Promise<SessionPrincipalRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${SESSION_PRINCIPAL_COLUMNS}
          from session s join account a on a.id = s.account_id
         where s.id in (${[...ids]}) and ${liveSession(live)}`,
  );
  return rows.map(sessionPrincipalRecord);
}

export async function touchSession(em: EntityManager, id: string, now: Date): Promise<void> {
  await run(em, sql`update session set last_used_at = ${now} where id = ${id}`);
}

export type LiveApiKey = {
  id: string;
  ownerId: string;
  name: string;
  lastUsedAt: Date | null;
  scopes: OfficeScope[];
};

// The key with its scopes in one statement: authentication reads it on every request.
const LIVE_API_KEY_COLUMNS = sql.trusted(
  `k.id, k.owner_id, k.name, k.last_used_at,
   coalesce((select json_agg(json_build_object('scope', s.scope, 'officeId', s.office_id)
                             order by s.scope, s.office_id)
               from api_key_scope s where s.api_key_id = k.id), '[]'::json) as scopes`,
);

function liveApiKey(row: Row): LiveApiKey {
  return {
    id: row.id as string,
    ownerId: row.owner_id as string,
    name: row.name as string,
    lastUsedAt: dateOrNull(row.last_used_at),
    scopes: row.scopes as OfficeScope[],
  };
}

export async function liveApiKeyByHash(
  em: EntityManager,
  keyHash: string,
): Promise<LiveApiKey | null> {
  const row = await rowOf<Row>(
    em,
    sql`select ${LIVE_API_KEY_COLUMNS} from api_key k join account a on a.id = k.owner_id
         where k.key_hash = ${keyHash} and k.revoked_at is null and a.deleted_at is null`,
  );
  return row && liveApiKey(row);
}

export async function liveApiKeysByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<LiveApiKey[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${LIVE_API_KEY_COLUMNS} from api_key k join account a on a.id = k.owner_id
         where k.id in (${[...ids]}) and k.revoked_at is null and a.deleted_at is null`,
  );
  return rows.map(liveApiKey);
}

export async function touchApiKey(em: EntityManager, id: string, now: Date): Promise<void> {
  await run(em, sql`update api_key set last_used_at = ${now} where id = ${id}`);
}

export type LiveKiosk = { id: string; officeId: string; lastUsedAt: Date | null };

function liveKiosk(row: Row): LiveKiosk {
  return {
    id: row.id as string,
    officeId: row.office_id as string,
    lastUsedAt: dateOrNull(row.last_used_at),
  };
}

export async function liveKioskByHash(
  em: EntityManager,
  tokenHash: string,
): Promise<LiveKiosk | null> {
  const row = await rowOf<Row>(
    em,
    sql`select id, office_id, last_used_at from kiosk_device
         where token_hash = ${tokenHash} and revoked_at is null`,
  );
  return row && liveKiosk(row);
}

export async function liveKiosksByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<LiveKiosk[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select id, office_id, last_used_at from kiosk_device
         where id in (${[...ids]}) and revoked_at is null`,
  );
  return rows.map(liveKiosk);
}

export async function touchKioskDevice(em: EntityManager, id: string, now: Date): Promise<void> {
  await run(em, sql`update kiosk_device set last_used_at = ${now} where id = ${id}`);
}

// API keys

export type ApiKeyRecord = Pick<
  ApiKeyEntity,
  'id' | 'name' | 'prefix' | 'createdAt' | 'lastUsedAt' | 'revokedAt'
> & { ownerId: string };

const API_KEY_COLUMNS = sql.trusted(
  'k.id, k.owner_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at',
);

function apiKeyRecord(row: Row): ApiKeyRecord {
  return {
    id: row.id as string,
    ownerId: row.owner_id as string,
    name: row.name as string,
    prefix: row.prefix as string,
    createdAt: date(row.created_at),
    lastUsedAt: dateOrNull(row.last_used_at),
    revokedAt: dateOrNull(row.revoked_at),
  };
}

/** A new key of the account; null when it is not a live account. */
export async function insertApiKey(
  em: EntityManager,
  apiKey: { ownerId: string; name: string; prefix: string; keyHash: string },
): Promise<ApiKeyRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`insert into api_key as k (id, owner_id, name, prefix, key_hash)
        select ${randomUUID()}, a.id, ${apiKey.name}, ${apiKey.prefix}, ${apiKey.keyHash}
          from account a where a.id = ${apiKey.ownerId} and a.deleted_at is null
        returning ${API_KEY_COLUMNS}`,
  );
  return row && apiKeyRecord(row);
}

/** Revokes a key (of `ownerId` only, unless null); one revoked before keeps its time. */
export async function revokeApiKeyById(
  em: EntityManager,
  apiKey: { id: string; ownerId: string | null },
  now: Date,
): Promise<ApiKeyRecord | null> {
  const owner = apiKey.ownerId === null ? sql`` : sql` and k.owner_id = ${apiKey.ownerId}`;
  const row = await rowOf<Row>(
    em,
    sql`update api_key k set revoked_at = coalesce(k.revoked_at, ${now})
         where k.id = ${apiKey.id}${owner}
        returning ${API_KEY_COLUMNS}`,
  );
  return row && apiKeyRecord(row);
}

/** The account's keys, newest first, revoked ones included. */
export async function apiKeysOfOwner(em: EntityManager, ownerId: string): Promise<ApiKeyRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${API_KEY_COLUMNS} from api_key k where k.owner_id = ${ownerId}
         order by k.created_at desc`,
  );
  return rows.map(apiKeyRecord);
}

/** A page of every account's keys, newest first, revoked ones included, and how many there are. */
export async function apiKeysPage(
  em: EntityManager,
  page: { offset: number; limit: number },
): Promise<{ apiKeys: ApiKeyRecord[]; totalCount: number }> {
  const [rows, count] = await Promise.all([
    rowsOf<Row>(
      em,
      sql`select ${API_KEY_COLUMNS} from api_key k
           order by k.created_at desc, k.id asc limit ${page.limit} offset ${page.offset}`,
    ),
    rowOf<{ total: string }>(em, sql`select count(*) as total from api_key`),
  ]);
  return { apiKeys: rows.map(apiKeyRecord), totalCount: Number(count?.total ?? 0) };
}

export async function apiKeyOfOwner(
  em: EntityManager,
  ownerId: string,
  id: string,
): Promise<ApiKeyRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`select ${API_KEY_COLUMNS} from api_key k where k.id = ${id} and k.owner_id = ${ownerId}`,
  );
  return row && apiKeyRecord(row);
}

/** The office scopes of these keys, in one statement, by key id. */
export async function scopesOfApiKeys(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, OfficeScope[]>> {
  const rows = await rowsOf<{ api_key_id: string; scope: ApiKeyScope; office_id: string }>(
    em,
    sql`select s.api_key_id, s.scope, s.office_id from api_key_scope s
         where s.api_key_id in (${[...ids]}) order by s.scope, s.office_id`,
  );
  const scopes = new Map<string, OfficeScope[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    scopes.get(row.api_key_id)?.push({ scope: row.scope, officeId: row.office_id });
  }
  return scopes;
}

/**
 * Replaces the scopes of a live key with these, in the caller's transaction, its row locked so
 * that two admins' changes apply one after the other; the key, or null when there is no live key with the
 * id; the offices must exist (checked by the caller).
 */
export async function replaceApiKeyScopes(
  tx: EntityManager,
  apiKeyId: string,
  scopes: readonly OfficeScope[],
): Promise<ApiKeyRecord | null> {
  const key = await rowOf<Row>(
    tx,
    sql`select ${API_KEY_COLUMNS} from api_key k
         where k.id = ${apiKeyId} and k.revoked_at is null for update`,
  );
  if (!key) return null;
  await run(tx, sql`delete from api_key_scope where api_key_id = ${apiKeyId}`);
  if (scopes.length === 0) return apiKeyRecord(key);
  const rows = scopes.map((grant) => ({
    id: randomUUID(),
    scope: grant.scope,
    office_id: grant.officeId,
  }));
  await run(
    tx,
    sql`insert into api_key_scope (id, api_key_id, scope, office_id)
        select r.id, ${apiKeyId}, r.scope, r.office_id
          from json_to_recordset(${JSON.stringify(rows)}::json)
               as r(id uuid, scope text, office_id uuid)`,
  );
  return apiKeyRecord(key);
}

/** Deletes every key of the account; their ids. */
export async function deleteApiKeysOf(em: EntityManager, ownerId: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`delete from api_key where owner_id = ${ownerId} returning id`,
  );
  return rows.map((row) => row.id);
}

// Kiosk devices

export type KioskDeviceRecord = Pick<
  KioskDeviceEntity,
  'id' | 'name' | 'createdAt' | 'lastUsedAt' | 'revokedAt'
> & { officeId: string };

const KIOSK_DEVICE_COLUMNS = sql.trusted(
  'd.id, d.office_id, d.name, d.created_at, d.last_used_at, d.revoked_at',
);

function kioskDeviceRecord(row: Row): KioskDeviceRecord {
  return {
    id: row.id as string,
    officeId: row.office_id as string,
    name: row.name as string,
    createdAt: date(row.created_at),
    lastUsedAt: dateOrNull(row.last_used_at),
    revokedAt: dateOrNull(row.revoked_at),
  };
}

/** A new kiosk of the office; null when there is no such office. */
export async function insertKioskDevice(
  em: EntityManager,
  device: { officeId: string; name: string; tokenHash: string },
): Promise<KioskDeviceRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`insert into kiosk_device as d (id, office_id, name, token_hash)
        select ${randomUUID()}, o.id, ${device.name}, ${device.tokenHash}
          from office o where o.id = ${device.officeId}
        returning ${KIOSK_DEVICE_COLUMNS}`,
  );
  return row && kioskDeviceRecord(row);
}

/** Revokes a kiosk; one revoked before keeps its time. */
export async function revokeKioskDeviceById(
  em: EntityManager,
  id: string,
  now: Date,
): Promise<KioskDeviceRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`update kiosk_device d set revoked_at = coalesce(d.revoked_at, ${now}) where d.id = ${id}
        returning ${KIOSK_DEVICE_COLUMNS}`,
  );
  return row && kioskDeviceRecord(row);
}

/** Every kiosk, newest first, revoked ones included. */
export async function allKioskDevices(em: EntityManager): Promise<KioskDeviceRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${KIOSK_DEVICE_COLUMNS} from kiosk_device d order by d.created_at desc`,
  );
  return rows.map(kioskDeviceRecord);
}

export async function kioskDeviceById(
  em: EntityManager,
  id: string,
): Promise<KioskDeviceRecord | null> {
  const row = await rowOf<Row>(
    em,
    sql`select ${KIOSK_DEVICE_COLUMNS} from kiosk_device d where d.id = ${id}`,
  );
  return row && kioskDeviceRecord(row);
}

// E-mail links

export async function insertAccountToken(
  em: EntityManager,
  token: { accountId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await run(
    em,
    sql`insert into account_token (id, account_id, purpose, token_hash, expires_at)
        values (${randomUUID()}, ${token.accountId}, ${token.purpose}, ${token.tokenHash},
                ${token.expiresAt})`,
  );
}

/**
 * Marks an unused, unexpired link of a live account as used, in one statement, so that two
 * concurrent uses cannot both succeed; the account's id, or null when there was no such link.
 */
export async function claimAccountToken(
  em: EntityManager,
  token: { tokenHash: string; purpose: AccountTokenPurpose },
  now: Date,
): Promise<string | null> {
  const row = await rowOf<{ account_id: string }>(
    em,
    sql`update account_token t set used_at = ${now}
          from account a
         where t.account_id = a.id and a.deleted_at is null and t.token_hash = ${token.tokenHash}
           and t.purpose = ${token.purpose} and t.used_at is null and t.expires_at > ${now}
        returning t.account_id`,
  );
  return row?.account_id ?? null;
}

/** Marks every unused link of the account as used. */
export async function useUpAccountTokens(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<void> {
  await run(
    em,
    sql`update account_token set used_at = ${now}
         where account_id = ${accountId} and used_at is null`,
  );
}

// Passkey challenges

export async function insertChallenge(
  em: EntityManager,
  challenge: {
    challenge: string;
    purpose: ChallengePurpose;
    accountId: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await run(
    em,
    sql`insert into auth_challenge (id, challenge, purpose, account_id, expires_at)
        values (${randomUUID()}, ${challenge.challenge}, ${challenge.purpose},
                ${challenge.accountId}, ${challenge.expiresAt})`,
  );
}

/** Deletes the challenge and returns what it was for; null when there is none of the purpose. */
export async function takeChallenge(
  em: EntityManager,
  challenge: string,
  purpose: ChallengePurpose,
): Promise<{ accountId: string | null; expiresAt: Date } | null> {
  const row = await rowOf<Row>(
    em,
    sql`delete from auth_challenge where challenge = ${challenge} and purpose = ${purpose}
        returning account_id, expires_at`,
  );
  return row && { accountId: row.account_id as string | null, expiresAt: date(row.expires_at) };
}

// Sign-in attempts

/**
 * Records an attempt at `now` unless the e-mail has reached either limit since `since`, from
 * this address or from all; how many there were, and whether this one was recorded.
 */
export async function reserveSignInAttempt(
  em: EntityManager,
  attempt: { id: string; emailHash: string; ip: string; now: Date },
  limits: { since: Date; perAddress: number; perEmail: number },
): Promise<{ here: number; reserved: boolean }> {
  const row = await rowOf<{ here: string; reserved: boolean }>(
    em,
    sql`with recent as (
          select count(*) filter (where ip = ${attempt.ip}) as here, count(*) as anywhere
            from sign_in_attempt where email_hash = ${attempt.emailHash} and attempted_at > ${limits.since}),
        reserved as (
          insert into sign_in_attempt (id, email_hash, ip, attempted_at)
          select ${attempt.id}, ${attempt.emailHash}, ${attempt.ip}, ${attempt.now} from recent
           where here < ${limits.perAddress} and anywhere < ${limits.perEmail}
          returning id)
        select here, exists (select 1 from reserved) as reserved from recent`,
  );
  return { here: Number(row?.here ?? 0), reserved: row?.reserved ?? false };
}

export async function deleteSignInAttempt(em: EntityManager, id: string): Promise<void> {
  await run(em, sql`delete from sign_in_attempt where id = ${id}`);
}

/** Forgets the e-mail's attempts from one address (it signed in from there). */
export async function deleteSignInAttemptsFrom(
  em: EntityManager,
  emailHash: string,
  ip: string,
): Promise<void> {
  await run(em, sql`delete from sign_in_attempt where email_hash = ${emailHash} and ip = ${ip}`);
}

// Removing what an account had

export async function deleteChallengesOf(em: EntityManager, accountId: string): Promise<void> {
  await run(em, sql`delete from auth_challenge where account_id = ${accountId}`);
}

export async function deleteAccountTokensOf(em: EntityManager, accountId: string): Promise<void> {
  await run(em, sql`delete from account_token where account_id = ${accountId}`);
}

export async function deleteSignInAttemptsOf(em: EntityManager, emailHash: string): Promise<void> {
  await run(em, sql`delete from sign_in_attempt where email_hash = ${emailHash}`);
}

/**
 * Deletes expired challenges, old sign-in attempts, long-expired e-mail links and ended
 * sessions; how many rows went.
 */
export async function deleteExpiredCredentials(
  em: EntityManager,
  before: { challenges: Date; attempts: Date; links: Date; sessions: Date; idleSessions: Date },
): Promise<number> {
  const statements = [
    sql`delete from auth_challenge where expires_at < ${before.challenges}`,
    sql`delete from sign_in_attempt where attempted_at < ${before.attempts}`,
    sql`delete from account_token where expires_at < ${before.links}`,
    sql`delete from session
         where revoked_at is not null or expires_at < ${before.sessions}
            or last_used_at < ${before.idleSessions}`,
  ];
  let deleted = 0;
  for (const statement of statements) deleted += await run(em, statement);
  return deleted;
}

// Reads of every domain's rows of a person, for the export (the writes of deleting an account
// are in the domains' own queries modules).

/** Whose data: the account, its e-mail address, and the key of its sign-in attempts. */
export type PersonalDataOwner = { accountId: string; email: string; signInKey: string };

/**
 * Every table that holds data of an account, with the query that selects a citizen's rows. The
 * export reads them all; a test fails when a table that refers to accounts, or stores e-mail
 * addresses, is missing here.
 */
export const PERSONAL_DATA: Record<string, (owner: PersonalDataOwner) => Sql> = {
  account: (o) =>
    sql`select id, email, name, email_verified_at, roles, language, created_at
          from account where id = ${o.accountId}`,
  staff_office: (o) =>
    sql`select o.slug as office from staff_office so join office o on o.id = so.office_id
         where so.account_id = ${o.accountId}`,
  account_identity: (o) =>
    sql`select issuer, subject, created_at, last_sign_in_at
          from account_identity where account_id = ${o.accountId}`,
  passkey: (o) =>
    sql`select id, name, credential_id, transports, backed_up, sign_count, created_at, last_used_at
          from passkey where account_id = ${o.accountId}`,
  session: (o) =>
    sql`select id, kind, user_agent, created_at, last_used_at, expires_at, revoked_at
          from session where account_id = ${o.accountId}`,
  api_key: (o) =>
    sql`select id, name, prefix, created_at, last_used_at, revoked_at
          from api_key where owner_id = ${o.accountId}`,
  account_token: (o) =>
    sql`select purpose, expires_at, used_at from account_token where account_id = ${o.accountId}`,
  auth_challenge: (o) =>
    sql`select purpose, expires_at from auth_challenge where account_id = ${o.accountId}`,
  appointment: (o) =>
    sql`select a.id, a.code, a.status, s.name->>'de' as service, o.name->>'de' as office, a.starts_at,
               a.ends_at, a.name, a.email, a.phone, a.created_at, a.cancelled_at
          from appointment a join service s on s.id = a.service_id join office o on o.id = a.office_id
         where a.account_id = ${o.accountId} or a.email = ${o.email}`,
  waitlist_entry: (o) =>
    sql`select e.id, s.name->>'de' as service, e.name, e.email, e.language, e.starts_after,
               e.ends_before, e.earliest_start_minute, e.latest_end_minute, e.status, e.created_at
          from waitlist_entry e join service s on s.id = e.service_id
         where e.account_id = ${o.accountId} or e.email = ${o.email}
         order by e.seq`,
  // Requests for times of fair releases, as guest (by address) or signed in.
  release_request: (o) =>
    sql`select q.id, q.status, s.name->>'de' as service, o.name->>'de' as office, q.name, q.email,
               q.phone, q.preferred_days, q.time_of_day, q.draw_position, q.created_at
          from release_request q join appointment_release r on r.id = q.release_id
          join service s on s.id = r.service_id join office o on o.id = r.office_id
         where q.account_id = ${o.accountId} or q.email = ${o.email}
         order by q.created_at`,
  // As staff: which fair releases they defined.
  appointment_release: (o) =>
    sql`select r.id, s.name->>'de' as service, o.name->>'de' as office, r.starts_at, r.ends_at,
               r.opens_at, r.closes_at, r.created_at
          from appointment_release r join service s on s.id = r.service_id
          join office o on o.id = r.office_id
         where r.created_by_id = ${o.accountId} order by r.created_at`,
  data_access_log: (o) =>
    sql`select l.accessed_at, actor.name as staff_member, l.actor_role as staff_role, l.subject, l.reason, l.channel
          from data_access_log l join account actor on actor.id = l.actor_id
         where l.citizen_id = ${o.accountId} order by l.accessed_at`,
  outbox_message: (o) =>
    sql`select subject, body, created_at, sent_at from outbox_message where recipient = ${o.email}`,
  // As staff: which versions of which announcements they wrote (the texts are public notices).
  announcement_revision: (o) =>
    sql`select announcement_id, revision, action, edited_at
          from announcement_revision where editor_id = ${o.accountId} order by edited_at`,
  conversation: (o) =>
    sql`select c.id, c.subject, c.status, o.name->>'de' as office, c.created_at, c.last_message_at,
               c.closed_at
          from conversation c join office o on o.id = c.office_id
         where c.citizen_id = ${o.accountId} or c.assignee_id = ${o.accountId}`,
  message: (o) =>
    sql`select m.conversation_id, m.seq, m.author_role, m.body, m.created_at
          from message m join conversation c on c.id = m.conversation_id
         where c.citizen_id = ${o.accountId} or m.author_id = ${o.accountId}
         order by m.conversation_id, m.seq`,
  sign_in_attempt: (o) =>
    sql`select attempted_at, ip from sign_in_attempt where email_hash = ${o.signInKey}`,
  queue_ticket: (o) =>
    sql`select t.day, t.prefix || '-' || lpad(t.number::text, 3, '0') as number, t.kind, t.state,
               s.name->>'de' as service, o.name->>'de' as office, t.created_at, t.called_at,
               t.finished_at
          from queue_ticket t join service s on s.id = t.service_id join office o on o.id = t.office_id
         where t.account_id = ${o.accountId} order by t.created_at`,
  // As applicant: their cases with answers; as staff: the cases they were assigned.
  application: (o) =>
    sql`select a.id, a.reference, a.status, s.name->>'de' as service, o.name->>'de' as office,
               a.answers, a.submitted_at, a.due_at, a.decided_at, a.decision_reason, a.closed_at,
               a.created_at, a.updated_at
          from application a join service s on s.id = a.service_id join office o on o.id = a.office_id
         where a.applicant_id = ${o.accountId} or a.assignee_id = ${o.accountId}
         order by a.created_at`,
  // The timelines of their cases, and the steps they took in others' as staff.
  application_event: (o) =>
    sql`select e.application_id, e.at, e.kind, e.status, e.by_staff, e.note
          from application_event e join application a on a.id = e.application_id
         where a.applicant_id = ${o.accountId} or e.actor_id = ${o.accountId}
         order by e.application_id, e.at, e.id`,
  // The files' metadata; the files themselves are in the export's archive (archiveUrl).
  application_file: (o) =>
    sql`select f.id, f.application_id, f.kind, f.requirement, f.file_name, f.media_type, f.size,
               f.sha256, f.created_at
          from application_file f join application a on a.id = f.application_id
         where (a.applicant_id = ${o.accountId} or f.uploaded_by_id = ${o.accountId})
           and f.removed_at is null
         order by f.created_at`,
  // As admin: which form versions they saved (the forms are the town's).
  application_form: (o) =>
    sql`select f.id, s.name->>'de' as service, f.version, f.created_at
          from application_form f join service s on s.id = f.service_id
         where f.created_by_id = ${o.accountId} order by f.created_at`,
  // As staff: the office's answer templates they changed last (the texts are the office's).
  answer_template: (o) =>
    sql`select t.name, o.name->>'de' as office, t.updated_at
          from answer_template t join office o on o.id = t.office_id
         where t.updated_by_id = ${o.accountId} order by t.updated_at`,
  // As staff: which counters they opened for the lobby queue and when.
  queue_counter: (o) =>
    sql`select c.name as counter, qc.opened_at
          from queue_counter qc join counter c on c.id = qc.counter_id
         where qc.opened_by_id = ${o.accountId}`,
};

/** The person's rows of every table in PERSONAL_DATA, as the database has them. */
export async function personalDataOf(
  em: EntityManager,
  owner: PersonalDataOwner,
): Promise<Record<string, unknown>> {
  const tables: Record<string, unknown> = {};
  for (const [table, query] of Object.entries(PERSONAL_DATA)) {
    tables[table] = await rowsOf(em, query(owner));
  }
  return tables;
}

/** A row of the data access log as `insertDataAccessRows` takes it. */
export type DataAccessRow = {
  id: string;
  citizen_id: string;
  actor_id: string;
  actor_role: string;
  accessed_at: string;
  subject: string;
  reason: string;
  channel: string;
  api_key_id: string | null;
  api_key_name: string | null;
};

/** Rows to insert into the data access log, leaving out repeats of the last `repeatedMinutes`. */
export type DataAccessInsert = { rows: readonly DataAccessRow[]; repeatedMinutes: number };

/**
 * Inserts the rows in one statement, except those that repeat an entry of the same reader, data
 * and reason of the last `repeatedMinutes`.
 */
export async function insertDataAccessRows(
  em: EntityManager,
  insert: DataAccessInsert,
): Promise<void> {
  await run(em, dataAccessInsert(insert));
}

/**
 * The INSERT of `insertDataAccessRows`, to put into a statement that reads the data as a
 * data-modifying CTE; with `subjects` (a subquery), only the rows of the subjects it lists.
 */
export function dataAccessInsert({ rows, repeatedMinutes }: DataAccessInsert, subjects?: Sql): Sql {
  return sql`insert into data_access_log
               (id, citizen_id, actor_id, actor_role, accessed_at, subject, reason, channel,
                api_key_id, api_key_name)
        select r.id, r.citizen_id, r.actor_id, r.actor_role, r.accessed_at, r.subject, r.reason,
               r.channel, r.api_key_id, r.api_key_name
          from json_to_recordset(${JSON.stringify(rows)}::json)
               as r(id uuid, citizen_id uuid, actor_id uuid, actor_role text,
                    accessed_at timestamptz, subject text, reason text, channel text,
                    api_key_id uuid, api_key_name text)
         where not exists (
                 select 1 from data_access_log l
                  where l.citizen_id = r.citizen_id and l.actor_id = r.actor_id
                    and l.api_key_id is not distinct from r.api_key_id
                    and l.subject = r.subject and l.reason = r.reason
                    and l.accessed_at > r.accessed_at - make_interval(mins => ${repeatedMinutes})
                    and l.accessed_at <= r.accessed_at)${
                      subjects
                        ? sql`
           and r.subject in ${subjects}`
                        : sql``
                    }`;
}
