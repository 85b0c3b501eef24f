import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import type { TownSettings } from '../common/use-case.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { EventStream } from '../realtime/event-stream.js';
import type { QueueChanged } from '../realtime/topics.js';
import { boardOf, eventsAfter, lastSeqOf } from './queue.queries.js';
import {
  findTicket,
  openTicketViews,
  ticketViews,
  type BoardRecord,
  type QueueEventRecord,
  type TicketView,
} from './queue.service.js';
import { isFinal, localDay } from './queue-rules.js';
import { perEvent } from '../realtime/per-event.js';

// The three live views of a queue read what they show from the database; the bus only says that
// event `seq` of the office was committed. So a subscriber that was away (a reconnect, a lost
// Redis message) misses nothing: the board and the ticket come as they are now, the clerks'
// events from the last number they saw on (docs/decisions/0015-lobby-queue.md).

/** What following a queue needs: a long-lived subscription reads with a fresh EntityManager each time. */
export type FollowContext = {
  bus: EventBus;
  forkEm: () => EntityManager;
  clock: Clock;
  settings: Pick<TownSettings, 'timeZone'>;
};

/** Events read per catch-up; a longer gap is read in several. */
const CATCH_UP_BATCH = 500;

/**
 * Runs `catchUp` once the bus listens (for what happened before), then after every event of the
 * office, and again when the bus is live after losing Redis (events may be missing), one at a
 * time in order, until the stream closes.
 */
async function follow<T>(
  ctx: FollowContext,
  officeId: string,
  out: EventStream<T>,
  catchUp: (em: EntityManager, event: QueueChanged | null) => Promise<void>,
): Promise<void> {
  const listening = ctx.bus.listen(
    'queueChanged',
    officeId,
    (event) => out.inOrder(() => catchUp(ctx.forkEm(), event)),
    { onResume: () => out.inOrder(() => catchUp(ctx.forkEm(), null)) },
  );
  out.onClose(() => listening.close());
  await listening.ready;
  out.inOrder(() => catchUp(ctx.forkEm(), null));
}

// The board of an office after an event, read once for every display that shows it.
const boardPerEvent = perEvent<QueueChanged, Promise<BoardRecord>>();

/** The office's board now, then again after each change that is newer than the one shown. */
export async function followBoard(
  ctx: FollowContext,
  officeId: string,
  out: EventStream<BoardRecord>,
): Promise<void> {
  let shown = -1;
  const read = (em: EntityManager) =>
    boardOf(em, officeId, localDay(ctx.clock(), ctx.settings.timeZone));
  await follow(ctx, officeId, out, async (em, event) => {
    if (event && event.seq <= shown) return;
    const board = await (event
      ? boardPerEvent(event, officeId, () => read(ctx.forkEm()))
      : read(em));
    if (board.seq <= shown) return;
    shown = board.seq;
    out.push(board);
  });
}

// The open tickets of an office after an event, read once for every phone that follows one.
const openTicketsPerEvent = perEvent<QueueChanged, Promise<Map<string, TicketView>>>();

/**
 * The ticket now, then again each time it (its place in line, its wait, its counter) changes; the
 * stream ends once it is finished (DONE or NO_SHOW), after showing that. The office's open tickets
 * are read once per event for all phones; a ticket not among them (finished, or of another day)
 * is read on its own.
 */
export async function followTicket(
  ctx: FollowContext,
  ticket: TicketView,
  out: EventStream<TicketView>,
): Promise<void> {
  let shown = JSON.stringify(ticket);
  out.push(ticket);
  if (isFinal(ticket.state)) {
    out.end();
    return;
  }
  await follow(ctx, ticket.officeId, out, async (em, event) => {
    const open = event
      ? await openTicketsPerEvent(event, event.officeId, async () => {
          const views = await openTicketViews(
            { em: ctx.forkEm(), clock: ctx.clock, settings: ctx.settings },
            event.officeId,
          );
          return new Map(views.map((view) => [view.id, view]));
        })
      : null;
    const now = open?.get(ticket.id) ?? (await findTicket({ em, clock: ctx.clock }, ticket.id));
    if (!now) return;
    const text = JSON.stringify(now);
    if (text !== shown) {
      shown = text;
      out.push(now);
    }
    if (isFinal(now.state)) out.end();
  });
}

/** A stored event with its ticket as it is now. */
export type QueueEventView = { event: QueueEventRecord; ticket: TicketView | null };

/**
 * The office's events after `afterSeq` (null: from now on), each once and in order, with their
 * tickets: what was missed is read from the database, then each new event as it is committed.
 */
export async function followQueueEvents(
  ctx: FollowContext,
  officeId: string,
  afterSeq: number | null,
  out: EventStream<QueueEventView>,
): Promise<void> {
  let delivered = afterSeq ?? (await lastSeqOf(ctx.forkEm(), officeId));
  await follow(ctx, officeId, out, async (em, event) => {
    if (event && event.seq <= delivered) return;
    for (;;) {
      const events = await eventsAfter(em, officeId, delivered, CATCH_UP_BATCH);
      if (events.length === 0) return;
      const ids = [...new Set(events.flatMap((item) => (item.ticketId ? [item.ticketId] : [])))];
      const tickets = new Map(
        (await ticketViews(em, ids, ctx.clock())).map((ticket) => [ticket.id, ticket]),
      );
      for (const item of events) {
        out.push({
          event: item,
          ticket: item.ticketId ? (tickets.get(item.ticketId) ?? null) : null,
        });
        delivered = item.seq;
      }
      if (events.length < CATCH_UP_BATCH) return;
    }
  });
}
