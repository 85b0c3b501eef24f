import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import type { SessionKind } from '../entities/accounts/session.entity.js';
import { insertSession, type SessionRecord } from './account.queries.js';

/** A device stays signed in for 30 days without use, and 90 days at most. */
export const SESSION_IDLE_DAYS = 30;
export const SESSION_MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type NewSession = { session: SessionRecord; token: string };

/** Signs an account in on one device; the token is returned once and stored only as a hash. */
export async function openSession(
  em: EntityManager,
  options: {
    accountId: string;
    kind: SessionKind;
    userAgent: string | null;
    now: Date;
    /** Signed in at the town's identity provider (default: with a password or passkey). */
    viaIdentityProvider?: boolean;
  },
): Promise<NewSession> {
  const token = newSecret(SecretPrefix.session);
  const session = await insertSession(em, {
    accountId: options.accountId,
    tokenHash: hashSecret(token),
    kind: options.kind,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    createdAt: options.now,
    expiresAt: new Date(options.now.getTime() + SESSION_MAX_DAYS * DAY_MS),
    viaIdentityProvider: options.viaIdentityProvider ?? false,
  });
  return { session, token };
}

/** The instant before which a session's last use makes it idle-expired. */
export function idleCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_IDLE_DAYS * DAY_MS);
}

/** What a session must be to count now: not expired, and used after the idle cutoff. */
export function liveAt(now: Date): { now: Date; idleBefore: Date } {
  return { now, idleBefore: idleCutoff(now) };
}
