import type { EntityManager } from '@mikro-orm/postgresql';
import { officeOpenState } from '../appointments/office-hours.js';
import { worksFor, type AccountPrincipal, type Principal } from '../auth/principal.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { Language, mailLanguage, pickText } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import {
  ConversationEntity,
  ConversationStatus,
} from '../entities/messaging/conversation.entity.js';
import { MessageAuthorRole, MessageEntity } from '../entities/messaging/message.entity.js';
import { translate } from '../i18n/messages.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { ConversationSide, InboxChange, MessageData } from '../realtime/topics.js';
import { MessagingErrorCode } from './messaging.errors.js';
import { TYPING_INTERVAL_MS, validateMessage, validateSubject } from './messaging-rules.js';

export type MessagingDeps = {
  em: EntityManager;
  clock: Clock;
  bus: EventBus;
  settings: { timeZone: string };
};

function notFound(field = 'conversationId'): DomainError {
  return new DomainError(MessagingErrorCode.NOT_FOUND, 'error.conversationNotFound', [field]);
}

/** Which side of the conversation the caller is on, or null when it is none of theirs. */
export function sideOf(
  principal: Principal,
  conversation: { citizenId: string; officeId: string },
): ConversationSide | null {
  if (principal.kind !== 'account') return null;
  if (principal.accountId === conversation.citizenId) return 'CITIZEN';
  return worksFor(principal, conversation.officeId) ? 'OFFICE' : null;
}

/** A conversation as the API shows it: plain data, whichever way it was read. */
export type ConversationRecord = {
  id: string;
  officeId: string;
  citizenId: string;
  assigneeId: string | null;
  appointmentId: string | null;
  subject: string;
  status: ConversationStatus;
  lastSeq: number;
  citizenLastReadSeq: number;
  officeLastReadSeq: number;
  createdAt: Date;
  lastMessageAt: Date;
};

function conversationRecord(conversation: ConversationEntity): ConversationRecord {
  return {
    id: conversation.id,
    officeId: conversation.office.id,
    citizenId: conversation.citizen.id,
    assigneeId: conversation.assignee?.id ?? null,
    appointmentId: conversation.appointment?.id ?? null,
    subject: conversation.subject,
    status: conversation.status,
    lastSeq: conversation.lastSeq,
    citizenLastReadSeq: conversation.citizenLastReadSeq,
    officeLastReadSeq: conversation.officeLastReadSeq,
    createdAt: conversation.createdAt,
    lastMessageAt: conversation.lastMessageAt,
  };
}

type ConversationRow = {
  id: string;
  office_id: string;
  citizen_id: string;
  status: ConversationStatus;
  last_seq: number;
  citizen_last_read_seq: number;
  office_last_read_seq: number;
};

/** The conversation if the caller may see it, else NOT_FOUND (as for one that does not exist). */
async function accessibleConversation(
  em: EntityManager,
  principal: Principal,
  conversationId: string,
  lock = false,
): Promise<{ row: ConversationRow; side: ConversationSide }> {
  const [row] = await em.execute<ConversationRow[]>(
    `select id, office_id, citizen_id, status, last_seq, citizen_last_read_seq, office_last_read_seq
       from conversation where id = ?${lock ? ' for update' : ''}`,
    [conversationId],
  );
  const side = row
    ? sideOf(principal, { citizenId: row.citizen_id, officeId: row.office_id })
    : null;
  if (!row || !side) throw notFound();
  return { row, side };
}

export function toMessageData(message: MessageEntity, authorName: string | null): MessageData {
  return {
    id: message.id,
    seq: message.seq,
    authorRole: message.authorRole,
    authorName,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

type Posted = {
  conversationId: string;
  officeId: string;
  messages: MessageData[];
  reason: InboxChange;
};

function publishPosted(bus: EventBus, posted: Posted): void {
  for (const message of posted.messages) {
    bus.publish('conversationEvent', posted.conversationId, { type: 'MESSAGE', message });
  }
  bus.publish('inboxEvent', posted.officeId, {
    conversationId: posted.conversationId,
    reason: posted.reason,
  });
}

/**
 * Inserts the next message of a conversation whose row the transaction holds locked: the number
 * comes from the row, so messages are numbered without gaps in commit order.
 */
async function appendMessage(
  tx: EntityManager,
  conversation: ConversationRow,
  message: {
    author: AccountEntity | null;
    role: MessageAuthorRole;
    body: string;
    clientMessageId: string | null;
    now: Date;
  },
): Promise<MessageEntity> {
  const seq = conversation.last_seq + 1;
  conversation.last_seq = seq;
  const status =
    message.role === MessageAuthorRole.CITIZEN
      ? ConversationStatus.OPEN
      : message.role === MessageAuthorRole.STAFF
        ? ConversationStatus.WAITING_FOR_CITIZEN
        : conversation.status;
  conversation.status = status;
  const readColumn =
    message.role === MessageAuthorRole.CITIZEN
      ? 'citizen_last_read_seq'
      : message.role === MessageAuthorRole.STAFF
        ? 'office_last_read_seq'
        : null;
  await tx.execute(
    `update conversation set last_seq = ?, last_message_at = ?, status = ?, closed_at = null
            ${readColumn ? `, ${readColumn} = ?` : ''}
      where id = ?`,
    readColumn
      ? [seq, message.now, status, seq, conversation.id]
      : [seq, message.now, status, conversation.id],
  );
  const entity = tx.create(MessageEntity, {
    conversation: conversation.id,
    seq,
    author: message.author,
    authorRole: message.role,
    body: message.body,
    clientMessageId: message.clientMessageId,
    createdAt: message.now,
  });
  await tx.flush();
  return entity;
}

/**
 * When a citizen writes while the office is closed, a system message says when it answers again
 * (once per closed period: not when the previous message already is that notice).
 */
async function outOfOfficeNotice(
  tx: EntityManager,
  deps: MessagingDeps,
  conversation: ConversationRow,
  previousRole: MessageAuthorRole | null,
  language: Language,
  now: Date,
): Promise<MessageEntity | null> {
  if (previousRole === MessageAuthorRole.SYSTEM) return null;
  const state = await officeOpenState(tx, conversation.office_id, now, deps.settings.timeZone);
  if (state.openNow) return null;
  const office = await tx.findOneOrFail(OfficeEntity, { id: conversation.office_id });
  const officeName = pickText(office.name, language);
  const when = state.nextOpening
    ? new Intl.DateTimeFormat(language === Language.EN ? 'en-GB' : 'de-DE', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: deps.settings.timeZone,
      }).format(state.nextOpening)
    : null;
  const body = when
    ? translate(language, 'messaging.outOfOffice', { office: officeName, when })
    : translate(language, 'messaging.outOfOfficeUnknown', { office: officeName });
  return appendMessage(tx, conversation, {
    author: null,
    role: MessageAuthorRole.SYSTEM,
    body,
    clientMessageId: null,
    now,
  });
}

/** A citizen writes to an office; the opening message's client id makes retries safe. */
export async function startConversation(
  deps: MessagingDeps,
  principal: AccountPrincipal,
  input: {
    officeId: string;
    subject: string;
    body: string;
    clientMessageId: string;
    appointmentId?: string | null;
  },
): Promise<{ conversation: ConversationRecord; messages: MessageData[] }> {
  const subject = validateSubject(input.subject);
  const body = validateMessage(input);
  const now = deps.clock();
  const existing = await deps.em.findOne(ConversationEntity, {
    citizen: principal.accountId,
    openingClientMessageId: input.clientMessageId,
  });
  if (existing) return { conversation: conversationRecord(existing), messages: [] };
  try {
    const result = await deps.em.transactional(async (tx) => {
      const office = await tx.findOne(OfficeEntity, { id: input.officeId });
      if (!office) throw notFound('officeId');
      const citizen = await tx.findOneOrFail(AccountEntity, { id: principal.accountId });
      if (input.appointmentId) {
        const [owned] = await tx.execute(
          'select 1 from appointment where id = ? and account_id = ? and office_id = ?',
          [input.appointmentId, citizen.id, office.id],
        );
        if (!owned)
          throw new DomainError(MessagingErrorCode.NOT_FOUND, 'error.appointmentNotFound', [
            'appointmentId',
          ]);
      }
      const conversation = tx.create(ConversationEntity, {
        office,
        citizen,
        subject,
        appointment: input.appointmentId ?? null,
        openingClientMessageId: input.clientMessageId,
        createdAt: now,
        lastMessageAt: now,
      });
      await tx.flush();
      const row: ConversationRow = {
        id: conversation.id,
        office_id: office.id,
        citizen_id: citizen.id,
        status: ConversationStatus.OPEN,
        last_seq: 0,
        citizen_last_read_seq: 0,
        office_last_read_seq: 0,
      };
      const first = await appendMessage(tx, row, {
        author: citizen,
        role: MessageAuthorRole.CITIZEN,
        body,
        clientMessageId: input.clientMessageId,
        now,
      });
      const notice = await outOfOfficeNotice(
        tx,
        deps,
        row,
        null,
        mailLanguage(citizen.language),
        now,
      );
      const messages = [toMessageData(first, citizen.name)];
      if (notice) messages.push(toMessageData(notice, null));
      return { conversation, messages };
    });
    publishPosted(deps.bus, {
      conversationId: result.conversation.id,
      officeId: input.officeId,
      messages: result.messages,
      reason: 'CREATED',
    });
    // The numbers and status were written in SQL; read the conversation as it is now.
    const conversation = await deps.em.findOneOrFail(
      ConversationEntity,
      { id: result.conversation.id },
      { refresh: true },
    );
    return { conversation: conversationRecord(conversation), messages: result.messages };
  } catch (error) {
    if (postgresErrorOf(error)?.code !== SqlState.uniqueViolation) throw error;
    const earlier = await deps.em.findOne(ConversationEntity, {
      citizen: principal.accountId,
      openingClientMessageId: input.clientMessageId,
    });
    if (!earlier) throw error;
    return { conversation: conversationRecord(earlier), messages: [] };
  }
}

async function messageByClientId(
  em: EntityManager,
  conversationId: string,
  clientMessageId: string,
): Promise<MessageData | null> {
  const [message] = await messageData(em, 'm.conversation_id = ? and m.client_message_id = ?', [
    conversationId,
    clientMessageId,
  ]);
  return message ?? null;
}

/**
 * Sends a message. Sending again with the same clientMessageId (a retry after a lost answer)
 * returns the first message and stores nothing.
 */
export async function sendMessage(
  deps: MessagingDeps,
  principal: Principal,
  input: { conversationId: string; body: string; clientMessageId: string },
): Promise<MessageData> {
  const body = validateMessage(input);
  const earlier = await messageByClientIdIfAllowed(deps.em, principal, input);
  if (earlier) return earlier;
  const now = deps.clock();
  let posted: Posted;
  let message: MessageData;
  try {
    ({ posted, message } = await deps.em.transactional(async (tx) => {
      const { row, side } = await accessibleConversation(tx, principal, input.conversationId, true);
      const author = await tx.findOneOrFail(AccountEntity, {
        id: (principal as AccountPrincipal).accountId,
      });
      const [previous] = await tx.execute<Array<{ author_role: MessageAuthorRole }>>(
        'select author_role from message where conversation_id = ? order by seq desc limit 1',
        [row.id],
      );
      const sent = await appendMessage(tx, row, {
        author,
        role: side === 'CITIZEN' ? MessageAuthorRole.CITIZEN : MessageAuthorRole.STAFF,
        body,
        clientMessageId: input.clientMessageId,
        now,
      });
      const citizen =
        side === 'CITIZEN' ? author : await tx.findOneOrFail(AccountEntity, { id: row.citizen_id });
      const notice =
        side === 'CITIZEN'
          ? await outOfOfficeNotice(
              tx,
              deps,
              row,
              previous?.author_role ?? null,
              mailLanguage(citizen.language),
              now,
            )
          : null;
      const messages = [toMessageData(sent, author.name)];
      if (notice) messages.push(toMessageData(notice, null));
      return {
        message: messages[0] as MessageData,
        posted: {
          conversationId: row.id,
          officeId: row.office_id,
          messages,
          reason: 'MESSAGE' as const,
        },
      };
    }));
  } catch (error) {
    if (postgresErrorOf(error)?.code !== SqlState.uniqueViolation) throw error;
    // A concurrent retry with the same client id committed first.
    const first = await messageByClientId(deps.em, input.conversationId, input.clientMessageId);
    if (!first) throw error;
    return first;
  }
  publishPosted(deps.bus, posted);
  return message;
}

async function messageByClientIdIfAllowed(
  em: EntityManager,
  principal: Principal,
  input: { conversationId: string; clientMessageId: string },
): Promise<MessageData | null> {
  await accessibleConversation(em, principal, input.conversationId);
  return messageByClientId(em, input.conversationId, input.clientMessageId);
}

/** Moves the caller's read receipt forward to `seq` (never back, never past the last message). */
export async function markRead(
  deps: MessagingDeps,
  principal: Principal,
  input: { conversationId: string; seq: number },
): Promise<ConversationRecord> {
  const { row, side } = await accessibleConversation(deps.em, principal, input.conversationId);
  const column = side === 'CITIZEN' ? 'citizen_last_read_seq' : 'office_last_read_seq';
  const [updated] = await deps.em.execute<Array<{ seq: number }>>(
    `update conversation set ${column} = least(greatest(${column}, ?), last_seq)
      where id = ? and ${column} < least(?, last_seq) returning ${column} as seq`,
    [input.seq, row.id, input.seq],
  );
  if (updated) {
    deps.bus.publish('conversationEvent', row.id, { type: 'READ', side, seq: updated.seq });
    deps.bus.publish('inboxEvent', row.office_id, { conversationId: row.id, reason: 'READ' });
  }
  return currentConversation(deps.em, row.id);
}

const lastTyping = new Map<string, number>();

/** Tells the other side that the caller is typing; never stored; at most every 2 seconds. */
export async function signalTyping(
  deps: MessagingDeps,
  principal: Principal,
  conversationId: string,
): Promise<void> {
  const { side } = await accessibleConversation(deps.em, principal, conversationId);
  const key = `${principal.kind === 'account' ? principal.accountId : ''}:${conversationId}`;
  const now = deps.clock().getTime();
  if (now - (lastTyping.get(key) ?? 0) < TYPING_INTERVAL_MS) {
    throw new DomainError(MessagingErrorCode.RATE_LIMITED, 'error.rateLimited');
  }
  lastTyping.set(key, now);
  if (lastTyping.size > 10_000) lastTyping.clear();
  deps.bus.publish('conversationEvent', conversationId, { type: 'TYPING', side });
}

/** Assigns a conversation to a staff member of its office (null: unassigned). */
export async function assignConversation(
  deps: MessagingDeps,
  principal: Principal,
  input: { conversationId: string; assigneeId: string | null },
): Promise<ConversationRecord> {
  const { row, side } = await accessibleConversation(deps.em, principal, input.conversationId);
  if (side !== 'OFFICE') throw notFound();
  if (input.assigneeId) {
    const [colleague] = await deps.em.execute(
      `select 1 from account a where a.id = ? and a.deleted_at is null
          and ('ADMIN' = any(a.roles) or exists (select 1 from staff_office so where so.account_id = a.id and so.office_id = ?))`,
      [input.assigneeId, row.office_id],
    );
    if (!colleague)
      throw new DomainError(MessagingErrorCode.NOT_FOUND, 'error.notFound', ['assigneeId']);
  }
  await deps.em.execute('update conversation set assignee_id = ? where id = ?', [
    input.assigneeId,
    row.id,
  ]);
  deps.bus.publish('inboxEvent', row.office_id, { conversationId: row.id, reason: 'ASSIGNED' });
  return currentConversation(deps.em, row.id);
}

/** Closes or reopens a conversation (either side). */
export async function setConversationStatus(
  deps: MessagingDeps,
  principal: Principal,
  input: { conversationId: string; closed: boolean },
): Promise<ConversationRecord> {
  const { row } = await accessibleConversation(deps.em, principal, input.conversationId);
  const status = input.closed ? ConversationStatus.CLOSED : ConversationStatus.OPEN;
  await deps.em.execute('update conversation set status = ?, closed_at = ? where id = ?', [
    status,
    input.closed ? deps.clock() : null,
    row.id,
  ]);
  deps.bus.publish('conversationEvent', row.id, { type: 'STATUS', status });
  deps.bus.publish('inboxEvent', row.office_id, { conversationId: row.id, reason: 'STATUS' });
  return currentConversation(deps.em, row.id);
}

/** The conversation as it is now, after a change written in SQL. */
async function currentConversation(em: EntityManager, id: string): Promise<ConversationRecord> {
  return conversationRecord(await em.findOneOrFail(ConversationEntity, { id }, { refresh: true }));
}

/** One conversation, for its citizen or the office's staff. */
export async function findConversation(
  em: EntityManager,
  principal: Principal,
  conversationId: string,
): Promise<ConversationRecord | null> {
  const conversation = await em.findOne(ConversationEntity, { id: conversationId });
  if (!conversation) return null;
  const record = conversationRecord(conversation);
  return sideOf(principal, record) ? record : null;
}

export type ConversationPage = { conversations: ConversationRecord[]; totalCount: number };

/** The citizen's own conversations, latest activity first. */
export async function conversationsOf(
  em: EntityManager,
  accountId: string,
  page: { offset: number; limit: number },
): Promise<ConversationPage> {
  const [conversations, totalCount] = await em.findAndCount(
    ConversationEntity,
    { citizen: accountId },
    { orderBy: { lastMessageAt: 'desc', id: 'asc' }, limit: page.limit, offset: page.offset },
  );
  return { conversations: conversations.map(conversationRecord), totalCount };
}

export type InboxFilter = {
  officeId: string;
  status?: ConversationStatus | null;
  /** 'ME', 'UNASSIGNED', or an account id. */
  assignee?: string | null;
};

/** A conversation of the inbox, with the names the office sees (null once an account is deleted). */
export type InboxConversation = ConversationRecord & {
  citizenName: string | null;
  assigneeName: string | null;
};

/**
 * An office's conversations for its staff, latest activity first, filtered; with the number of
 * conversations that match and of those with messages the office has not read. One statement:
 * the counts, then the page (after its limit) with the names of citizen and assignee.
 */
export async function inbox(
  em: EntityManager,
  principal: Principal,
  filter: InboxFilter,
  page: { offset: number; limit: number },
): Promise<{
  conversations: InboxConversation[];
  totalCount: number;
  unreadConversations: number;
}> {
  if (!worksFor(principal, filter.officeId) || principal.kind !== 'account') {
    throw new DomainError(MessagingErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  const assigneeId =
    filter.assignee === 'ME'
      ? principal.accountId
      : filter.assignee && filter.assignee !== 'UNASSIGNED'
        ? filter.assignee
        : null;
  // A PL/pgSQL function (Migration20261126031000): planned once per connection.
  const rows = await em.execute<
    Array<{
      total_count: string;
      unread_count: string;
      id: string | null;
      office_id: string;
      citizen_id: string;
      assignee_id: string | null;
      appointment_id: string | null;
      subject: string;
      status: ConversationStatus;
      last_seq: number;
      citizen_last_read_seq: number;
      office_last_read_seq: number;
      created_at: Date;
      last_message_at: Date;
      citizen_name: string | null;
      assignee_name: string | null;
    }>
  >('select * from inbox_page(?::uuid, ?, ?, ?::uuid, ?, ?)', [
    filter.officeId,
    filter.status ?? null,
    filter.assignee === 'UNASSIGNED',
    assigneeId,
    page.limit,
    page.offset,
  ]);
  const conversations = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            officeId: row.office_id,
            citizenId: row.citizen_id,
            assigneeId: row.assignee_id,
            appointmentId: row.appointment_id,
            subject: row.subject,
            status: row.status,
            lastSeq: row.last_seq,
            citizenLastReadSeq: row.citizen_last_read_seq,
            officeLastReadSeq: row.office_last_read_seq,
            createdAt: new Date(row.created_at),
            lastMessageAt: new Date(row.last_message_at),
            citizenName: row.citizen_name,
            assigneeName: row.assignee_name,
          },
        ],
  );
  return {
    conversations,
    totalCount: Number(rows[0]?.total_count ?? 0),
    unreadConversations: Number(rows[0]?.unread_count ?? 0),
  };
}

/**
 * Which messages of a conversation: those after `afterSeq` and before `beforeSeq`, the first
 * `limit` of them, or the last `limit` when `fromEnd`.
 */
export type MessageWindow = {
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  fromEnd?: boolean;
};

/** A window of messages, oldest first, and the number of the conversation's latest message. */
export type MessagePage = { messages: MessageData[]; lastSeq: number };

/** The two sides of a conversation, which decide who may read it. */
export type ConversationParties = { id: string; citizenId: string; officeId: string };

/** A window of one conversation's messages, for its citizen or the office's staff. */
export async function messagesOf(
  deps: Pick<MessagingDeps, 'em'> & { dataAccess: DataAccessRecorder },
  principal: Principal,
  input: { conversationId: string } & MessageWindow,
): Promise<MessagePage> {
  const { row } = await accessibleConversation(deps.em, principal, input.conversationId);
  const [page] = await messagesOfConversations(
    deps,
    principal,
    [{ id: row.id, citizenId: row.citizen_id, officeId: row.office_id }],
    input,
  );
  if (!page || page instanceof DomainError) throw page ?? notFound();
  return page;
}

/**
 * The same window of messages of several conversations, in one statement whatever their number
 * (a page of the inbox asks for all of its conversations at once). Each result is in the order
 * asked; a conversation the caller may not see, or that no longer exists, is NOT_FOUND. A staff
 * member's read of a citizen's messages is noted for the citizen's data access log
 * (ANSWERING_REQUEST), which the server writes before the messages leave it.
 */
export async function messagesOfConversations(
  deps: Pick<MessagingDeps, 'em'> & { dataAccess: DataAccessRecorder },
  principal: Principal,
  conversations: readonly ConversationParties[],
  window: MessageWindow,
): Promise<Array<MessagePage | DomainError>> {
  const sides = new Map(conversations.map((c) => [c.id, sideOf(principal, c)]));
  const visible = conversations.filter((c) => sides.get(c.id));
  // A PL/pgSQL function (Migration20261203070000), so that PostgreSQL plans it once per
  // connection, not on every call as it does the statements MikroORM sends with inlined values.
  const rows =
    visible.length === 0
      ? []
      : await deps.em.execute<
          Array<{
            conversation_id: string;
            last_seq: number;
            id: string | null;
            seq: number;
            author_role: MessageData['authorRole'];
            author_name: string | null;
            body: string;
            created_at: string;
          }>
        >('select * from conversation_messages(?::uuid[], ?, ?, ?, ?)', [
          uuidArray(visible.map((c) => c.id)),
          window.afterSeq ?? 0,
          window.beforeSeq ?? 2_147_483_647,
          window.limit,
          window.fromEnd ?? false,
        ]);
  const pages = new Map<string, MessagePage>();
  for (const row of rows) {
    let page = pages.get(row.conversation_id);
    if (!page) {
      page = { messages: [], lastSeq: row.last_seq };
      pages.set(row.conversation_id, page);
    }
    if (row.id === null) continue;
    page.messages.push({
      id: row.id,
      seq: row.seq,
      authorRole: row.author_role,
      authorName: row.author_name,
      body: row.body,
      createdAt: row.created_at,
    });
  }
  if (principal.kind === 'account') {
    noteConversationReads(
      deps.dataAccess,
      principal,
      visible.filter((c) => sides.get(c.id) === 'OFFICE' && pages.get(c.id)?.messages.length),
    );
  }
  return conversations.map((c) => pages.get(c.id) ?? notFound());
}

/**
 * Notes that a member of staff read these conversations of citizens (their subject, the
 * citizen's name or messages) for the citizens' data access logs. A citizen's reads of their own
 * conversations are not noted.
 */
export function noteConversationReads(
  dataAccess: DataAccessRecorder,
  principal: Principal,
  conversations: ReadonlyArray<{ id: string; citizenId: string; officeId: string }>,
): void {
  if (principal.kind !== 'account') return;
  dataAccess.note(
    principal.accountId,
    AccessReason.ANSWERING_REQUEST,
    conversations
      .filter((c) => sideOf(principal, c) === 'OFFICE')
      .map((c) => ({ citizenId: c.citizenId, subject: `CONVERSATION:${c.id}` })),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A PostgreSQL array literal of UUIDs; anything else is refused, never quoted into it. */
function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
  return `{${ids.join(',')}}`;
}

/** The conversation's latest message number, for the caller if they may see it. */
export async function lastSeqOf(em: EntityManager, principal: Principal, conversationId: string) {
  const { row, side } = await accessibleConversation(em, principal, conversationId);
  return { lastSeq: row.last_seq, side, citizenId: row.citizen_id };
}

/** Marks the citizen present in the conversation (a live subscription), for e-mail reminders. */
export async function touchCitizenPresence(em: EntityManager, conversationId: string, now: Date) {
  await em.execute('update conversation set citizen_seen_at = ? where id = ?', [
    now,
    conversationId,
  ]);
}

/** Messages as events and the API carry them, with their authors' names, in one statement. */
async function messageData(
  em: EntityManager,
  where: string,
  params: unknown[],
): Promise<MessageData[]> {
  const rows = await em.execute<
    Array<{
      id: string;
      seq: number;
      author_role: MessageData['authorRole'];
      author_name: string | null;
      body: string;
      created_at: Date;
    }>
  >(
    `select m.id, m.seq, m.author_role, a.name as author_name, m.body, m.created_at
       from message m left join account a on a.id = m.author_id where ${where}`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    authorRole: row.author_role,
    authorName: row.author_name,
    body: row.body,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}
