import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import { every, type PeriodicTask } from '../common/periodic.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AnnouncementEntity } from '../entities/announcements/announcement.entity.js';
import type { EventBus } from '../realtime/event-bus.js';
import { publishAnnouncementPublished } from './announcement-events.js';
import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { officeIdOf } from './announcement.service.js';

/** How many due announcements one run claims at most; the next run takes the rest. */
const BATCH_SIZE = 100;

/** How often every server instance looks for announcements whose publishAt has arrived. */
export const SCHEDULER_INTERVAL_MS = 5000;

/**
 * Sends `announcementPublished` for every announcement whose publishAt has arrived and whose event
 * has not gone out. One transaction claims them (locks them, skipping rows another instance's
 * claim or a publishing request holds, and sets `announced_at`) and commits: a locked row is
 * skipped, and one claimed before is no longer due, so each event is claimed exactly once across
 * instances and restarts. The events go out after the commit, and only for announcements still
 * visible (one that expired while no instance ran is claimed silently). Returns the ids of the
 * announcements announced.
 */
export async function announceDueAnnouncements(
  ctx: Pick<UseCaseContext, 'em' | 'bus' | 'clock'>,
): Promise<string[]> {
  const now = ctx.clock();
  const claimed = await ctx.em.transactional(async (tx) => {
    const due = await tx.find(
      AnnouncementEntity,
      { announcedAt: null, publishAt: { $lte: now } },
      {
        orderBy: { publishAt: 'asc' },
        limit: BATCH_SIZE,
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
      },
    );
    for (const announcement of due) {
      announcement.announcedAt = now;
      if (!announcement.expiresAt || announcement.expiresAt > now) {
        await queueWebhookEvent(
          tx,
          {
            type: WebhookEventType.ANNOUNCEMENT_PUBLISHED,
            announcementId: announcement.id,
            officeId: officeIdOf(announcement),
          },
          now,
        );
      }
    }
    return due;
  });
  const announced = claimed.filter((row) => !row.expiresAt || row.expiresAt > now);
  for (const announcement of announced) {
    publishAnnouncementPublished(ctx.bus, {
      announcementId: announcement.id,
      officeId: officeIdOf(announcement),
    });
  }
  return announced.map((announcement) => announcement.id);
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
