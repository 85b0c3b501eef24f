import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import { every, type PeriodicTask } from '../common/periodic.js';
import type { EventBus } from '../realtime/event-bus.js';
import { publishAnnouncementPublished } from './announcement-events.js';

/** How many due announcements one run claims at most; the next run takes the rest. */
const BATCH_SIZE = 100;

/** How often every server instance looks for announcements whose publishAt has arrived. */
export const SCHEDULER_INTERVAL_MS = 5000;

/**
 * Sends `announcementPublished` for every announcement whose publishAt has arrived and whose event
 * has not gone out. One statement claims them (sets `announced_at`) and commits: a row locked by
 * another instance's claim or by a publishing request is skipped, and one claimed before is no
 * longer due, so each event is claimed exactly once across instances and restarts. The events go
 * out after the commit, and only for announcements still visible (one that expired while no
 * instance ran is claimed silently). Returns the ids of the announcements announced.
 */
export async function announceDueAnnouncements(deps: {
  em: EntityManager;
  bus: EventBus;
  clock: Clock;
}): Promise<string[]> {
  const now = deps.clock();
  const claimed = await deps.em.execute<
    Array<{ id: string; office_id: string | null; expires_at: Date | null }>
  >(
    `update announcement set announced_at = ?
      where id in (select id from announcement
                    where announced_at is null and publish_at <= ?
                    order by publish_at
                    limit ?
                    for update skip locked)
      returning id, office_id, expires_at`,
    [now, now, BATCH_SIZE],
  );
  const announced = claimed.filter((row) => !row.expires_at || new Date(row.expires_at) > now);
  for (const row of announced) {
    publishAnnouncementPublished(deps.bus, { announcementId: row.id, officeId: row.office_id });
  }
  return announced.map((row) => row.id);
}

export type AnnouncementScheduler = PeriodicTask<string[]>;

/**
 * The job every server instance runs: announces due announcements at start (what came due while
 * no instance ran) and then every `intervalMs`; `runNow` resolves with the ids announced.
 */
export function startAnnouncementScheduler(
  orm: MikroORM,
  bus: EventBus,
  clock: Clock,
  logger: Logger,
  intervalMs = SCHEDULER_INTERVAL_MS,
): AnnouncementScheduler {
  return every(
    intervalMs,
    'announcement publishing',
    logger,
    async () => {
      const ids = await announceDueAnnouncements({ em: orm.em.fork(), bus, clock });
      if (ids.length > 0) logger.info({ announcementIds: ids }, 'announcements published');
      return ids;
    },
    { atStart: true },
  );
}
