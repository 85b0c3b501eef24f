import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppointmentRecord } from '../appointments/appointment.queries.js';
import { officeOpenState } from '../appointments/office-hours.js';
import {
  citizenAnsweredInConversation,
  publishApplicationChanged,
  type ApplicationChange,
} from '../applications/application.service.js';
import {
  dataAccessInsertOf,
  readerOf,
  type DataAccess,
  type DataAccessRecord,
} from '../accounts/data-access.service.js';
import { actsFor, keyScopedTo, worksFor, type Principal } from '../auth/principal.js';
import { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import { DomainError } from '../common/domain-error.js';
import { Language, mailLanguage, pickText } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ConversationStatus } from '../entities/messaging/conversation.entity.js';
import { MessageAuthorRole } from '../entities/messaging/message.entity.js';
import { translate } from '../i18n/messages.js';
import type { EventBus } from '../realtime/event-bus.js';
import { perEvent } from '../realtime/per-event.js';
import type { ConversationSide, InboxChange, MessageData } from '../realtime/topics.js';
import { MessagingErrorCode } from './messaging.errors.js';
import {
  advanceConversation,
  advanceReadReceipt,
  conversationById,
  conversationsByIds,
  conversationsChangedSince,
  conversationOpenedWith,
  conversationsOfCitizen,
  inboxPage,
  insertConversation,
  insertMessage,
  isAppointmentOf,
  lastAuthorRole,
  messageByClientId,
  messagePages,
  setAssignee,
  setStatus,
  staffOfOffice,
  worksAtOffice,
  type ConversationChange,
  type ConversationRecord,
  type InboxConversation,
  type MessagePage,
  type MessageWindow,
} from './messaging.queries.js';
import { TYPING_INTERVAL_MS, validateMessage, validateSubject } from './messaging-rules.js';

// The records the use cases take and return; the API layer knows the service, not the queries.
export type { ConversationRecord, MessagePage, MessageWindow };

/** What the messaging use cases that change a conversation use of their context. */
type Writing = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>;

/** What the messaging use cases that read use of their context. */
type Reading = Pick<UseCaseContext, 'principal' | 'em'>;

function notFound(field = 'conversationId'): DomainError {
  return new DomainError(MessagingErrorCode.NOT_FOUND, 'error.conversationNotFound', [field]);
}

/** Which side of the conversation the caller is on, or null when it is none of theirs. */
export function sideOf(
  principal: Principal,
  conversation: { citizenId: string; officeId: string },
): ConversationSide | null {
  if (principal.kind === 'apiKey') {
    return keyScopedTo(principal, ApiKeyScope.OFFICE_MESSAGES_WRITE, conversation.officeId)
      ? 'OFFICE'
      : null;
  }
  if (principal.kind !== 'account') return null;
  if (principal.accountId === conversation.citizenId) return 'CITIZEN';
  return worksFor(principal, conversation.officeId) ? 'OFFICE' : null;
}

/**
 * The conversation if the caller may see it, with the caller's side and account, else NOT_FOUND
 * (as for one that does not exist). `lock` holds its row for the rest of the transaction.
 */
async function accessibleConversation(
  em: EntityManager,
  principal: Principal,
  conversationId: string,
  lock = false,
): Promise<{ conversation: ConversationRecord; side: ConversationSide; accountId: string }> {
  const conversation = await conversationById(em, conversationId, { lock });
  const side = conversation ? sideOf(principal, conversation) : null;
  const reader = readerOf(principal);
  if (!conversation || !side || !reader) throw notFound();
  // A key with OFFICE_MESSAGES_WRITE writes in its owner's name, as the office.
  return { conversation, side, accountId: reader.accountId };
}

/** Messages stored in a transaction, to publish with `publishPosted` after its commit. */
export type Posted = {
  conversationId: string;
  officeId: string;
  messages: MessageData[];
  reason: InboxChange;
  /** The application that the citizen's message answered (back to review), if any. */
  application: ApplicationChange | null;
};

export function publishPosted(bus: EventBus, posted: Posted): void {
  for (const message of posted.messages) {
    bus.publish('conversationEvent', posted.conversationId, { type: 'MESSAGE', message });
  }
  bus.publish('inboxEvent', posted.officeId, {
    conversationId: posted.conversationId,
    reason: posted.reason,
  });
  if (posted.application) publishApplicationChanged(bus, posted.application);
}

/**
 * Inserts the next message of a conversation whose row the transaction holds locked: the number
 * comes from the row, so messages are numbered without gaps in commit order. Returns the message
 * and the conversation as it is after it.
 */
async function appendMessage(
  tx: EntityManager,
  conversation: ConversationRecord,
  message: {
    authorId: string | null;
    role: MessageAuthorRole;
    body: string;
    clientMessageId: string | null;
    now: Date;
  },
): Promise<{ conversation: ConversationRecord; message: MessageData }> {
  const seq = conversation.lastSeq + 1;
  const written = await advanceConversation(tx, conversation.id, {
    seq,
    now: message.now,
    status:
      message.role === MessageAuthorRole.CITIZEN
        ? ConversationStatus.OPEN
        : message.role === MessageAuthorRole.STAFF
          ? ConversationStatus.WAITING_FOR_CITIZEN
          : conversation.status,
    readBy:
      message.role === MessageAuthorRole.CITIZEN
        ? 'CITIZEN'
        : message.role === MessageAuthorRole.STAFF
          ? 'OFFICE'
          : null,
  });
  const inserted = await insertMessage(tx, {
    conversationId: conversation.id,
    seq,
    authorId: message.authorId,
    role: message.role,
    body: message.body,
    clientMessageId: message.clientMessageId,
    now: message.now,
  });
  // Every citizen's message, whichever use case writes it, reaches the office's integrations.
  if (message.role === MessageAuthorRole.CITIZEN) {
    await queueWebhookEvent(
      tx,
      {
        type: WebhookEventType.MESSAGE_RECEIVED,
        conversationId: conversation.id,
        messageId: inserted.id,
        officeId: conversation.officeId,
      },
      message.now,
    );
  }
  return { conversation: written, message: inserted };
}

/**
 * When a citizen writes while the office is closed, a system message says when it answers again
 * (once per closed period: not when the previous message already is that notice).
 */
async function outOfOfficeNotice(
  tx: EntityManager,
  timeZone: string,
  conversation: ConversationRecord,
  previousRole: MessageAuthorRole | null,
  language: Language,
  now: Date,
): Promise<{ conversation: ConversationRecord; message: MessageData } | null> {
  if (previousRole === MessageAuthorRole.SYSTEM) return null;
  const state = await officeOpenState(tx, conversation.officeId, now, timeZone);
  if (state.openNow) return null;
  const office = await tx.findOneOrFail(OfficeEntity, { id: conversation.officeId });
  const officeName = pickText(office.name, language);
  const when = state.nextOpening
    ? new Intl.DateTimeFormat(language === Language.EN ? 'en-GB' : 'de-DE', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }).format(state.nextOpening)
    : null;
  const body = when
    ? translate(language, 'messaging.outOfOffice', { office: officeName, when })
    : translate(language, 'messaging.outOfOfficeUnknown', { office: officeName });
  return appendMessage(tx, conversation, {
    authorId: null,
    role: MessageAuthorRole.SYSTEM,
    body,
    clientMessageId: null,
    now,
  });
}

/** A citizen writes to an office; the opening message's client id makes retries safe. */
export async function startConversation(
  ctx: Writing & { settings: Pick<TownSettings, 'timeZone'> },
  input: {
    officeId: string;
    subject: string;
    body: string;
    clientMessageId: string;
    appointmentId?: string | null;
  },
): Promise<{ conversation: ConversationRecord; messages: MessageData[] }> {
  const { principal } = ctx;
  if (principal.kind !== 'account') throw new Error('startConversation without an account');
  const subject = validateSubject(input.subject);
  const body = validateMessage(input);
  const now = ctx.clock();
  const existing = await conversationOpenedWith(ctx.em, principal.accountId, input.clientMessageId);
  if (existing) return { conversation: existing, messages: [] };
  try {
    const result = await ctx.em.transactional(async (tx) => {
      const office = await tx.findOne(OfficeEntity, { id: input.officeId });
      if (!office) throw notFound('officeId');
      const citizen = await tx.findOneOrFail(AccountEntity, { id: principal.accountId });
      const appointmentId = input.appointmentId ?? null;
      if (
        appointmentId &&
        !(await isAppointmentOf(tx, {
          id: appointmentId,
          citizenId: citizen.id,
          officeId: office.id,
        }))
      ) {
        throw new DomainError(MessagingErrorCode.NOT_FOUND, 'error.appointmentNotFound', [
          'appointmentId',
        ]);
      }
      const opened = await insertConversation(tx, {
        officeId: office.id,
        citizenId: citizen.id,
        subject,
        appointmentId,
        openingClientMessageId: input.clientMessageId,
        now,
      });
      const first = await appendMessage(tx, opened, {
        authorId: citizen.id,
        role: MessageAuthorRole.CITIZEN,
        body,
        clientMessageId: input.clientMessageId,
        now,
      });
      const notice = await outOfOfficeNotice(
        tx,
        ctx.settings.timeZone,
        first.conversation,
        null,
        mailLanguage(citizen.language),
        now,
      );
      return {
        conversation: (notice ?? first).conversation,
        messages: notice ? [first.message, notice.message] : [first.message],
      };
    });
    publishPosted(ctx.bus, {
      conversationId: result.conversation.id,
      officeId: input.officeId,
      messages: result.messages,
      reason: 'CREATED',
      application: null,
    });
    return result;
  } catch (error) {
    if (postgresErrorOf(error)?.code !== SqlState.uniqueViolation) throw error;
    const earlier = await conversationOpenedWith(
      ctx.em,
      principal.accountId,
      input.clientMessageId,
    );
    if (!earlier) throw error;
    return { conversation: earlier, messages: [] };
  }
}

/**
 * Sends a message. Sending again with the same clientMessageId (a retry after a lost answer)
 * returns the first message and stores nothing.
 */
export async function sendMessage(
  ctx: Writing & { settings: Pick<TownSettings, 'timeZone'> },
  input: { conversationId: string; body: string; clientMessageId: string },
): Promise<MessageData> {
  const body = validateMessage(input);
  await accessibleConversation(ctx.em, ctx.principal, input.conversationId);
  const earlier = await messageByClientId(ctx.em, input.conversationId, input.clientMessageId);
  if (earlier) return earlier;
  const now = ctx.clock();
  let posted: Posted;
  try {
    posted = await ctx.em.transactional(async (tx) => {
      const { conversation, side, accountId } = await accessibleConversation(
        tx,
        ctx.principal,
        input.conversationId,
        true,
      );
      const author = await tx.findOneOrFail(AccountEntity, { id: accountId });
      const previousRole = await lastAuthorRole(tx, conversation.id);
      const sent = await appendMessage(tx, conversation, {
        authorId: author.id,
        role: side === 'CITIZEN' ? MessageAuthorRole.CITIZEN : MessageAuthorRole.STAFF,
        body,
        clientMessageId: input.clientMessageId,
        now,
      });
      const notice =
        side === 'CITIZEN'
          ? await outOfOfficeNotice(
              tx,
              ctx.settings.timeZone,
              sent.conversation,
              previousRole,
              mailLanguage(author.language),
              now,
            )
          : null;
      return {
        conversationId: conversation.id,
        officeId: conversation.officeId,
        messages: notice ? [sent.message, notice.message] : [sent.message],
        reason: 'MESSAGE' as const,
        application:
          side === 'CITIZEN'
            ? await citizenAnsweredInConversation(tx, {
                conversationId: conversation.id,
                citizenId: author.id,
                now,
              })
            : null,
      };
    });
  } catch (error) {
    if (postgresErrorOf(error)?.code !== SqlState.uniqueViolation) throw error;
    // A concurrent retry with the same client id committed first.
    const first = await messageByClientId(ctx.em, input.conversationId, input.clientMessageId);
    if (!first) throw error;
    return first;
  }
  publishPosted(ctx.bus, posted);
  return posted.messages[0] as MessageData;
}

/**
 * A member of staff's message that another use case posts in its transaction `tx` (a clerk's
 * question about an application): into the conversation when it still exists, else into a new
 * one with the citizen under `subject`. The caller has checked that the author works for the
 * office. Publish the answer with `publishPosted` after the commit.
 */
export async function postOfficeMessage(
  tx: EntityManager,
  input: {
    conversationId: string | null;
    officeId: string;
    citizenId: string;
    subject: string;
    authorId: string;
    body: string;
    now: Date;
  },
): Promise<Posted> {
  const existing = input.conversationId
    ? await conversationById(tx, input.conversationId, { lock: true })
    : null;
  const conversation =
    existing ??
    (await insertConversation(tx, {
      officeId: input.officeId,
      citizenId: input.citizenId,
      subject: validateSubject(input.subject),
      appointmentId: null,
      openingClientMessageId: `office:${randomUUID()}`,
      now: input.now,
    }));
  const sent = await appendMessage(tx, conversation, {
    authorId: input.authorId,
    role: MessageAuthorRole.STAFF,
    body: input.body,
    clientMessageId: null,
    now: input.now,
  });
  return {
    conversationId: conversation.id,
    officeId: conversation.officeId,
    messages: [sent.message],
    reason: existing ? 'MESSAGE' : 'CREATED',
    application: null,
  };
}

/**
 * Opens the conversation of a submitted application between the citizen and the office, in the
 * submission's transaction `tx`, with Rathaus's notice (in the citizen's language) as its first
 * message, so that both sides find it in their lists. Publish the answer with `publishPosted`
 * after the commit.
 */
export async function openApplicationConversation(
  tx: EntityManager,
  input: { officeId: string; citizenId: string; subject: string; notice: string; now: Date },
): Promise<Posted> {
  const conversation = await insertConversation(tx, {
    officeId: input.officeId,
    citizenId: input.citizenId,
    subject: validateSubject(input.subject),
    appointmentId: null,
    openingClientMessageId: `application:${randomUUID()}`,
    now: input.now,
  });
  const sent = await appendMessage(tx, conversation, {
    authorId: null,
    role: MessageAuthorRole.SYSTEM,
    body: input.notice,
    clientMessageId: null,
    now: input.now,
  });
  return {
    conversationId: conversation.id,
    officeId: conversation.officeId,
    messages: [sent.message],
    reason: 'CREATED',
    application: null,
  };
}

/** Moves the caller's read receipt forward to `seq` (never back, never past the last message). */
export async function markRead(
  ctx: Writing,
  input: { conversationId: string; seq: number },
): Promise<ConversationRecord> {
  const { conversation, side } = await accessibleConversation(
    ctx.em,
    ctx.principal,
    input.conversationId,
  );
  const moved = await advanceReadReceipt(ctx.em, conversation.id, side, input.seq);
  if (!moved) return conversation;
  ctx.bus.publish('conversationEvent', moved.id, {
    type: 'READ',
    side,
    seq: side === 'CITIZEN' ? moved.citizenLastReadSeq : moved.officeLastReadSeq,
  });
  ctx.bus.publish('inboxEvent', moved.officeId, { conversationId: moved.id, reason: 'READ' });
  return moved;
}

const lastTyping = new Map<string, number>();

/** Tells the other side that the caller is typing; never stored; at most every 2 seconds. */
export async function signalTyping(ctx: Writing, conversationId: string): Promise<void> {
  const { side, accountId } = await accessibleConversation(ctx.em, ctx.principal, conversationId);
  const key = `${accountId}:${conversationId}`;
  const now = ctx.clock().getTime();
  if (now - (lastTyping.get(key) ?? 0) < TYPING_INTERVAL_MS) {
    throw new DomainError(MessagingErrorCode.RATE_LIMITED, 'error.rateLimited');
  }
  lastTyping.set(key, now);
  if (lastTyping.size > 10_000) lastTyping.clear();
  ctx.bus.publish('conversationEvent', conversationId, { type: 'TYPING', side });
}

/** Assigns a conversation to a staff member of its office (null: unassigned). */
export async function assignConversation(
  ctx: Writing,
  input: { conversationId: string; assigneeId: string | null },
): Promise<ConversationRecord> {
  const { conversation, side } = await accessibleConversation(
    ctx.em,
    ctx.principal,
    input.conversationId,
  );
  if (side !== 'OFFICE') throw notFound();
  if (input.assigneeId && !(await worksAtOffice(ctx.em, input.assigneeId, conversation.officeId))) {
    throw new DomainError(MessagingErrorCode.NOT_FOUND, 'error.notFound', ['assigneeId']);
  }
  const assigned = await setAssignee(ctx.em, conversation.id, input.assigneeId);
  // Deleted in the meantime (retention, the citizen's account).
  if (!assigned) throw notFound();
  ctx.bus.publish('inboxEvent', assigned.officeId, {
    conversationId: assigned.id,
    reason: 'ASSIGNED',
  });
  return assigned;
}

/** Closes or reopens a conversation (either side). */
export async function setConversationStatus(
  ctx: Writing,
  input: { conversationId: string; closed: boolean },
): Promise<ConversationRecord> {
  const { conversation } = await accessibleConversation(
    ctx.em,
    ctx.principal,
    input.conversationId,
  );
  const changed = await setStatus(ctx.em, conversation.id, input.closed ? ctx.clock() : null);
  // Deleted in the meantime (retention, the citizen's account).
  if (!changed) throw notFound();
  ctx.bus.publish('conversationEvent', changed.id, { type: 'STATUS', status: changed.status });
  ctx.bus.publish('inboxEvent', changed.officeId, { conversationId: changed.id, reason: 'STATUS' });
  return changed;
}

// Every inbox of an office catches up with one read per resume of the bus.
const changedPerResume = perEvent<
  Date,
  Promise<{ conversation: ConversationRecord; change: ConversationChange }[]>
>();

/**
 * The office's conversations that changed from `since` on, as the caller sees them, with what
 * changed: what an inbox missed while the bus was cut off from Redis (conversationsChangedSince).
 */
export async function inboxChangesSince(
  ctx: Pick<UseCaseContext, 'principal'> & { forkEm: () => EntityManager },
  officeId: string,
  since: Date,
): Promise<{ conversation: ConversationRecord; change: InboxChange }[]> {
  const changes = await changedPerResume(since, officeId, () =>
    conversationsChangedSince(ctx.forkEm(), officeId, since),
  );
  return changes.filter(({ conversation }) => sideOf(ctx.principal, conversation));
}

/** One conversation, for its citizen or the office's staff. */
export async function findConversation(
  ctx: Reading,
  conversationId: string,
): Promise<ConversationRecord | null> {
  const conversation = await conversationById(ctx.em, conversationId);
  return conversation && sideOf(ctx.principal, conversation) ? conversation : null;
}

/** Those of these conversations that the caller may see, in one statement. */
export async function visibleConversations(
  ctx: Reading,
  conversationIds: readonly string[],
): Promise<ConversationRecord[]> {
  const conversations = await conversationsByIds(ctx.em, conversationIds);
  return conversations.filter((conversation) => sideOf(ctx.principal, conversation));
}

export type ConversationPage = { conversations: ConversationRecord[]; totalCount: number };

/** The caller's own conversations, latest activity first. */
export function conversationsOf(
  ctx: Reading,
  page: { offset: number; limit: number },
): Promise<ConversationPage> {
  if (ctx.principal.kind !== 'account') throw new Error('conversations without an account');
  return conversationsOfCitizen(ctx.em, ctx.principal.accountId, page);
}

export type InboxFilter = {
  officeId: string;
  status?: ConversationStatus | null;
  /** Leave out closed conversations. */
  openOnly?: boolean;
  /** 'ME', 'UNASSIGNED', or an account id. */
  assignee?: string | null;
};

/**
 * An office's conversations for its staff, latest activity first, filtered; with the number of
 * conversations that match and of those with messages the office has not read. One statement:
 * the counts, then the page (after its limit) with the names of citizen and assignee.
 */
export async function inbox(
  ctx: Reading,
  filter: InboxFilter,
  page: { offset: number; limit: number },
): Promise<{
  conversations: InboxConversation[];
  totalCount: number;
  unreadConversations: number;
}> {
  const { principal } = ctx;
  const reader = actsFor(principal, filter.officeId, ApiKeyScope.OFFICE_MESSAGES_WRITE)
    ? readerOf(principal)
    : null;
  if (!reader) {
    throw new DomainError(MessagingErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  return inboxPage(
    ctx.em,
    {
      officeId: filter.officeId,
      status: filter.status ?? null,
      openOnly: filter.openOnly ?? false,
      unassigned: filter.assignee === 'UNASSIGNED',
      assigneeId:
        filter.assignee === 'ME'
          ? reader.accountId
          : filter.assignee && filter.assignee !== 'UNASSIGNED'
            ? filter.assignee
            : null,
    },
    page,
  );
}

/** Whom an office's conversations can be assigned to: the staff bound to it, by name. */
export function colleaguesAt(
  ctx: Reading,
  officeId: string,
): Promise<Array<{ id: string; name: string }>> {
  if (!worksFor(ctx.principal, officeId)) {
    throw new DomainError(MessagingErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  return staffOfOffice(ctx.em, officeId);
}

/** The two sides of a conversation, which decide who may read it. */
export type ConversationParties = { id: string; citizenId: string; officeId: string };

/** What reading messages uses of the context: a staff member's read is noted. */
type ReadingMessages = Pick<UseCaseContext, 'principal' | 'em' | 'dataAccess'>;

/** A window of one conversation's messages, for its citizen or the office's staff. */
export async function messagesOf(
  ctx: ReadingMessages,
  input: { conversationId: string } & MessageWindow,
): Promise<MessagePage> {
  const { conversation } = await accessibleConversation(
    ctx.em,
    ctx.principal,
    input.conversationId,
  );
  const [page] = await messagesOfConversations(ctx, [conversation], input);
  if (!page || page instanceof DomainError) throw page ?? notFound();
  return page;
}

/**
 * The same window of messages of several conversations, in one statement whatever their number
 * (a page of the inbox asks for all of its conversations at once). Each result is in the order
 * asked; a conversation the caller may not see, or that no longer exists, is NOT_FOUND. A staff
 * member's read of a citizen's messages is written to the citizen's data access log
 * (ANSWERING_REQUEST) by the statement that reads them, before the messages leave the server.
 */
export async function messagesOfConversations(
  ctx: ReadingMessages,
  conversations: readonly ConversationParties[],
  window: MessageWindow,
): Promise<Array<MessagePage | DomainError>> {
  const visible = conversations.filter((c) => sideOf(ctx.principal, c));
  // Only the conversations whose window has messages count as read; the recorder then leaves
  // their entries (noted by other fields too) out of its own INSERT.
  const reads = unwrittenConversationReads(ctx, visible);
  const pages = await messagePages(
    ctx.em,
    visible.map((c) => c.id),
    window,
    reads.length === 0 ? undefined : dataAccessInsertOf(reads),
  );
  const read = new Set(
    visible.filter((c) => pages.get(c.id)?.messages.length).map((c) => conversationRead(c).subject),
  );
  ctx.dataAccess.wrote(reads.filter((record) => read.has(record.subject)));
  return conversations.map((c) => pages.get(c.id) ?? notFound());
}

/** A conversation's subject in the data access log. */
function conversationRead(conversation: ConversationParties): DataAccess {
  return { citizenId: conversation.citizenId, subject: `CONVERSATION:${conversation.id}` };
}

/** The records of staff reads of these conversations that this operation has not written yet. */
function unwrittenConversationReads(
  ctx: Pick<UseCaseContext, 'principal' | 'dataAccess'>,
  conversations: readonly ConversationParties[],
): DataAccessRecord[] {
  const { principal } = ctx;
  const reader = readerOf(principal);
  if (!reader) return [];
  return ctx.dataAccess.unwritten(
    reader,
    AccessReason.ANSWERING_REQUEST,
    conversations.filter((c) => sideOf(principal, c) === 'OFFICE').map(conversationRead),
  );
}

/**
 * Notes that a member of staff read these conversations of citizens (their subject, the
 * citizen's name or messages) for the citizens' data access logs. A citizen's reads of their own
 * conversations are not noted.
 */
export function noteConversationReads(
  ctx: Pick<UseCaseContext, 'principal' | 'dataAccess'>,
  conversations: readonly ConversationParties[],
): void {
  const { principal } = ctx;
  const reader = readerOf(principal);
  if (!reader) return;
  ctx.dataAccess.note(
    reader,
    AccessReason.ANSWERING_REQUEST,
    conversations.filter((c) => sideOf(principal, c) === 'OFFICE').map(conversationRead),
  );
}

/**
 * The appointment a conversation is about, for its citizen or the office's staff (`load` reads
 * it, batched per request). A staff member's read is noted for the citizen's data access log
 * (ANSWERING_REQUEST), as the appointment plan notes its reads.
 */
export async function appointmentOfConversation(
  ctx: Pick<UseCaseContext, 'principal' | 'dataAccess'>,
  conversation: ConversationParties & { appointmentId: string | null },
  load: (id: string) => Promise<AppointmentRecord | null>,
): Promise<AppointmentRecord | null> {
  const { principal } = ctx;
  const side = sideOf(principal, conversation);
  if (!conversation.appointmentId || !side || principal.kind !== 'account') return null;
  const appointment = await load(conversation.appointmentId);
  if (!appointment) return null;
  if (side === 'OFFICE') {
    ctx.dataAccess.note(principal, AccessReason.ANSWERING_REQUEST, [
      { citizenId: conversation.citizenId, subject: `APPOINTMENT:${appointment.code}` },
    ]);
  }
  return appointment;
}

/** Where a follower of a conversation starts: its latest message number and the caller's side. */
export type ConversationFollower = { lastSeq: number; side: ConversationSide; citizenId: string };

/** The conversation's latest message number, for the caller if they may see it. */
export async function followerOf(
  ctx: Reading,
  conversationId: string,
): Promise<ConversationFollower> {
  const { conversation, side } = await accessibleConversation(
    ctx.em,
    ctx.principal,
    conversationId,
  );
  return { lastSeq: conversation.lastSeq, side, citizenId: conversation.citizenId };
}
