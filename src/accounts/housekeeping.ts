import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { idleCutoff } from './sessions.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what no longer serves anyone: answered-or-expired passkey challenges, failed sign-ins
 * older than a day (the block looks back 15 minutes), e-mail links expired a week ago, and
 * sessions that ended (revoked, idle or past their 90 days). Returns how many rows went.
 */
export async function purgeExpiredCredentials(em: EntityManager, clock: Clock): Promise<number> {
  const now = clock();
  const statements: Array<[string, unknown[]]> = [
    ['delete from auth_challenge where expires_at < ?', [now]],
    ['delete from sign_in_attempt where attempted_at < ?', [new Date(now.getTime() - DAY_MS)]],
    ['delete from account_token where expires_at < ?', [new Date(now.getTime() - 7 * DAY_MS)]],
    [
      'delete from session where revoked_at is not null or expires_at < ? or last_used_at < ?',
      [now, idleCutoff(now)],
    ],
  ];
  let purged = 0;
  for (const [sql, params] of statements) {
    purged += (await em.execute<{ affectedRows: number }>(sql, params, 'run')).affectedRows;
  }
  return purged;
}
