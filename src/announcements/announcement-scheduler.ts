import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
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

export type AnnouncementScheduler = {
  /** One run now (after the one in progress, if any); resolves with the ids announced. */
  runOnce(): Promise<string[]>;
  /** Stops the loop and waits for the run in progress. */
  stop(): Promise<void>;
};

/**
 * The loop every server instance runs: announces due announcements at start (what came due while
 * no instance ran) and then every `intervalMs`.
 */
export function startAnnouncementScheduler(
  orm: MikroORM,
  bus: EventBus,
  clock: Clock,
  logger: Logger,
  intervalMs = SCHEDULER_INTERVAL_MS,
): AnnouncementScheduler {
  let running: Promise<unknown> = Promise.resolve();
  const runOnce = (): Promise<string[]> => {
    const run = running.then(() => announceDueAnnouncements({ em: orm.em.fork(), bus, clock }));
    running = run.then(
      (ids) => {
        if (ids.length > 0) logger.info({ announcementIds: ids }, 'announcements published');
      },
      (error: unknown) => logger.error({ err: error }, 'announcement scheduler failed'),
    );
    return run;
  };
  void runOnce().catch(() => {});
  const timer = setInterval(() => void runOnce().catch(() => {}), intervalMs);
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
