import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DataAccessLogEntity,
  type AccessReason,
} from '../entities/accounts/data-access-log.entity.js';

export type DataAccess = { citizenId: string; subject: string };

/**
 * Records that a staff member read citizens' personal data, in the caller's unit of work: the
 * read and its record commit together. Only accounts are recorded; guest bookings have no one to
 * show the log to.
 */
export function recordDataAccess(
  em: EntityManager,
  actorId: string,
  reason: AccessReason,
  accesses: DataAccess[],
  now: Date,
): void {
  for (const access of accesses) {
    em.create(DataAccessLogEntity, {
      citizen: access.citizenId,
      actor: actorId,
      accessedAt: now,
      subject: access.subject,
      reason,
    });
  }
}

/** Who read the citizen's data, newest first. */
export async function dataAccessOf(
  em: EntityManager,
  citizenId: string,
  page: { offset: number; limit: number },
): Promise<{ entries: Array<DataAccessLogEntity>; totalCount: number }> {
  const [entries, totalCount] = await em.findAndCount(
    DataAccessLogEntity,
    { citizen: citizenId },
    {
      orderBy: { accessedAt: 'desc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
      populate: ['actor'],
    },
  );
  return { entries, totalCount };
}
