import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import { SessionEntity, SessionKind } from '../entities/accounts/session.entity.js';

/** A device stays signed in for 30 days without use, and 90 days at most. */
export const SESSION_IDLE_DAYS = 30;
export const SESSION_MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type NewSession = { session: SessionEntity; token: string };

/** Signs an account in on one device; the token is returned once and stored only as a hash. */
export function openSession(
  em: EntityManager,
  options: { accountId: string; kind: SessionKind; userAgent: string | null; now: Date },
): NewSession {
  const token = newSecret(SecretPrefix.session);
  const session = em.create(SessionEntity, {
    account: options.accountId,
    tokenHash: hashSecret(token),
    kind: options.kind,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    createdAt: options.now,
    lastUsedAt: options.now,
    expiresAt: new Date(options.now.getTime() + SESSION_MAX_DAYS * DAY_MS),
  });
  return { session, token };
}

/** The instant before which a session's last use makes it idle-expired. */
export function idleCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_IDLE_DAYS * DAY_MS);
}
