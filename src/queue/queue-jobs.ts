import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import {
  appendEvent,
  closeCountersOpenedBefore,
  deleteQueueEventsBefore,
  expireTicketsBefore,
} from './queue.queries.js';
import { localDay } from './queue-rules.js';

/**
 * How long an office's queue events are kept: long enough for any clerk's screen to catch up
 * after a weekend away (`queueEvents(afterSeq)`); the statistics read the tickets, not these.
 */
export const QUEUE_EVENT_RETENTION_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Ends the lobby queue's past days, once the town's local day has changed: the tickets still
 * waiting, called or parked expire (EXPIRED, counted as unserved in the statistics), counters
 * left open close, and each office concerned gets a DAY_ENDED event, so that phones following an
 * expired ticket and clerks' screens show it. One transaction; several instances running it at
 * once change each row once, and only the one that changed rows appends the event. Old events
 * are deleted after QUEUE_EVENT_RETENTION_DAYS. The number of tickets expired.
 */
export async function endQueueDays(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus'> & { settings: Pick<TownSettings, 'timeZone'> },
): Promise<number> {
  const now = ctx.clock();
  const today = localDay(now, ctx.settings.timeZone);
  const { expired, events } = await ctx.em.transactional(async (tx) => {
    const tickets = await expireTicketsBefore(tx, today, now);
    const counters = await closeCountersOpenedBefore(tx, today, ctx.settings.timeZone);
    const offices = new Set([...tickets.map((office) => office.officeId), ...counters]);
    const appended: Array<{ officeId: string; seq: number }> = [];
    for (const officeId of offices) {
      const seq = await appendEvent(tx, {
        officeId,
        kind: 'DAY_ENDED',
        ticketId: null,
        counterId: null,
        at: now,
      });
      appended.push({ officeId, seq });
    }
    await deleteQueueEventsBefore(
      tx,
      new Date(now.getTime() - QUEUE_EVENT_RETENTION_DAYS * DAY_MS),
    );
    return { expired: tickets.reduce((sum, office) => sum + office.tickets, 0), events: appended };
  });
  for (const { officeId, seq } of events) {
    ctx.bus.publish('queueChanged', officeId, { officeId, seq, kind: 'DAY_ENDED', ticketId: null });
  }
  return expired;
}
