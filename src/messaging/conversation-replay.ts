import type { EntityManager } from '@mikro-orm/postgresql';
import { dataAccessPerEvent, staffRoleOf } from '../accounts/data-access.service.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AccessChannel, AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { EventStream, type Gate } from '../realtime/event-stream.js';
import type { ConversationBusEvent } from '../realtime/topics.js';
import type { ConversationStatus } from '../entities/messaging/conversation.entity.js';
import { conversationById, touchCitizenPresence } from './messaging.queries.js';
import { messagesOf, type ConversationFollower } from './messaging.service.js';
import { PRESENCE_TTL_MS } from './messaging-rules.js';

/** What following a conversation uses of the context of the subscription that follows it. */
export type FollowingContext = Pick<
  UseCaseContext,
  'principal' | 'bus' | 'clock' | 'dataAccess'
> & {
  /**
   * A fresh EntityManager for each read: a subscription outlives the operation that opened it,
   * and an EntityManager kept for it would hold every row it ever read.
   */
  forkEm: () => EntityManager;
};

// A live message to the staff following a conversation on this instance: one INSERT into the
// data access log for all of them.
const liveReads = dataAccessPerEvent<ConversationBusEvent>();

/**
 * Follows a conversation into `out`: first every message after `afterSeq` from the database, then
 * live. The bus listener is opened (and confirmed) before the replay is read, and messages are
 * passed on only in order: one already sent is dropped, a gap is filled from the database while
 * later events wait. So a client that reconnects with the last number it has gets everything
 * once, in order; so does one whose server lost Redis for a while (it reads what it missed when
 * Redis is back). For the citizen, live events pass through synchronously (no promise per
 * subscriber and event); for staff, each message is first written to the citizen's data access
 * log (replayed ones once per batch read, live ones once per event for all staff on this
 * instance), and every event waits for the messages before it. While the citizen follows, they
 * count as present (no e-mail reminders). `toResult` turns each event, live or replayed, into
 * what `out` carries; `follower` is where the caller starts (followerOf, which checks access).
 */
export async function followConversation<T>(
  ctx: FollowingContext,
  input: {
    conversationId: string;
    afterSeq: number | null;
    follower: ConversationFollower;
    shownStatus: ConversationStatus | null;
  },
  out: EventStream<T>,
  toResult: (event: ConversationBusEvent) => T,
): Promise<void> {
  const { conversationId, follower } = input;
  let last = input.afterSeq ?? follower.lastSeq;
  const { principal } = ctx;
  const staff = follower.side === 'OFFICE' && principal.kind === 'account' ? principal : null;
  // Staff get each event after the messages before it and after its own log entry is written;
  // a gate that fails (the log cannot be written) ends the stream.
  const deliver = (event: ConversationBusEvent, recorded: Gate | null) => {
    const result = toResult(event);
    if (!staff) out.push(result);
    else out.pushAfter(recorded, result);
  };
  // Noted while the bus hands the event to every subscriber, so that one INSERT writes all.
  const recordLive = staff
    ? liveReads(
        ctx.forkEm,
        {
          actorId: staff.accountId,
          actorRole: staffRoleOf(staff),
          citizenId: follower.citizenId,
          subject: `CONVERSATION:${conversationId}`,
          reason: AccessReason.ANSWERING_REQUEST,
          channel: AccessChannel.WEBSOCKET,
        },
        ctx.clock,
      )
    : null;
  // Non-null while messages are read from the database: live events wait here meanwhile.
  let waiting: ConversationBusEvent[] | null = [];
  // Set when the bus was cut off from the other instances (Redis away) and is back: messages
  // sent through them meanwhile are read from the database.
  let missed = false;
  // Passes one live event on; at a gap, starts filling it and returns true: the event and
  // `rest` wait for the fill.
  const pass = (event: ConversationBusEvent, rest: ConversationBusEvent[] = []) => {
    if (event.type !== 'MESSAGE') {
      deliver(event, null);
      return false;
    }
    const { seq } = event.message;
    if (seq <= last) return false;
    if (seq > last + 1) {
      waiting = [event, ...rest];
      void fill(seq - 1);
      return true;
    }
    deliver(event, recordLive?.(event) ?? null);
    last = seq;
    return false;
  };
  const readUntil = async (untilSeq: number) => {
    while (last < untilSeq && !out.closed) {
      const em = ctx.forkEm();
      const { messages } = await messagesOf(
        { em, principal, dataAccess: ctx.dataAccess },
        { conversationId, afterSeq: last, beforeSeq: untilSeq + 1, limit: 100 },
      );
      if (messages.length === 0) break;
      await ctx.dataAccess.flush(em);
      for (const message of messages) {
        deliver({ type: 'MESSAGE', message }, null);
        last = message.seq;
      }
    }
  };
  const readMissed = async () => {
    while (missed && !out.closed) {
      missed = false;
      await readUntil(Number.MAX_SAFE_INTEGER);
    }
  };
  const resume = () => {
    const events = waiting ?? [];
    waiting = null;
    for (const [index, event] of events.entries()) {
      if (pass(event, events.slice(index + 1))) return;
    }
  };
  const fill = async (untilSeq: number) => {
    try {
      await readUntil(untilSeq);
      await readMissed();
    } catch (error) {
      out.end(error);
      return;
    }
    // Messages that could not be read (deleted meanwhile) are not waited for.
    last = Math.max(last, untilSeq);
    resume();
  };
  const listening = ctx.bus.listen(
    'conversationEvent',
    conversationId,
    (event) => {
      if (!waiting) pass(event);
      else if (waiting.length < EventStream.MAX_WAITING) waiting.push(event);
      else out.end();
    },
    {
      onResume: () => {
        missed = true;
        // A read under way (the replay, a gap's fill) reads what was missed after it.
        if (waiting) return;
        waiting = [];
        void fill(last);
      },
    },
  );
  out.onClose(() => listening.close());
  await listening.ready;
  // A change of status between the client's read and now came before the listener: it goes first.
  if (input.shownStatus && !out.closed) {
    const now = await conversationById(ctx.forkEm(), conversationId);
    if (now && now.status !== input.shownStatus)
      deliver({ type: 'STATUS', status: now.status }, null);
  }
  if (follower.side === 'CITIZEN' && !out.closed) {
    const beat = () =>
      touchCitizenPresence(ctx.forkEm(), conversationId, ctx.clock()).catch(() => undefined);
    const presence = setInterval(beat, PRESENCE_TTL_MS / 2);
    presence.unref();
    out.onClose(() => clearInterval(presence));
    await beat();
  }
  await readUntil(Number.MAX_SAFE_INTEGER);
  await readMissed();
  resume();
}
