import type { UseCaseContext } from '../common/use-case.js';
import { deleteExpiredCredentials } from './account.queries.js';
import { idleCutoff } from './sessions.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what no longer serves anyone: answered-or-expired passkey challenges, failed sign-ins
 * older than a day (the block looks back 15 minutes), e-mail links expired a week ago, and
 * sessions that ended (revoked, idle or past their 90 days). Returns how many rows went.
 */
export async function purgeExpiredCredentials(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
): Promise<number> {
  const now = ctx.clock();
  return deleteExpiredCredentials(ctx.em, {
    challenges: now,
    attempts: new Date(now.getTime() - DAY_MS),
    links: new Date(now.getTime() - 7 * DAY_MS),
    sessions: now,
    idleSessions: idleCutoff(now),
  });
}
