import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { dataAccessInsert, type DataAccessInsert } from '../accounts/account.queries.js';
import { preparedRowsOf, rowOf, rowsOf, run, sql } from '../common/sql.js';
import { ConversationStatus } from '../entities/messaging/conversation.entity.js';
import type { MessageAuthorRole } from '../entities/messaging/message.entity.js';
import type { ConversationSide, MessageData } from '../realtime/topics.js';

// The only place where messaging writes SQL. Conversation and message rows are never written
// through the ORM (their entities are the schema's source), so that no EntityManager holds a copy
// that a statement here has made stale and nothing needs to read a row again after changing it.

/** A conversation as the API shows it. */
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

/** A conversation of the inbox, with the names the office sees (null once an account is deleted). */
export type InboxConversation = ConversationRecord & {
  citizenName: string | null;
  assigneeName: string | null;
};

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

const CONVERSATION_COLUMNS = sql.trusted(`c.id, c.office_id as "officeId",
  c.citizen_id as "citizenId", c.assignee_id as "assigneeId",
  c.appointment_id as "appointmentId", c.subject, c.status, c.last_seq as "lastSeq",
  c.citizen_last_read_seq as "citizenLastReadSeq", c.office_last_read_seq as "officeLastReadSeq",
  c.created_at as "createdAt", c.last_message_at as "lastMessageAt"`);

/** A row of CONVERSATION_COLUMNS: times come as PostgreSQL's text. */
type ConversationRow = Omit<ConversationRecord, 'createdAt' | 'lastMessageAt'> & {
  createdAt: string;
  lastMessageAt: string;
};

function conversationRecord(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    officeId: row.officeId,
    citizenId: row.citizenId,
    assigneeId: row.assigneeId,
    appointmentId: row.appointmentId,
    subject: row.subject,
    status: row.status,
    lastSeq: row.lastSeq,
    citizenLastReadSeq: row.citizenLastReadSeq,
    officeLastReadSeq: row.officeLastReadSeq,
    createdAt: new Date(row.createdAt),
    lastMessageAt: new Date(row.lastMessageAt),
  };
}

/**
 * A message as events and the API carry it, from `message m left join account a`: the time as
 * ISO 8601 text in UTC with milliseconds, as Date#toISOString and conversation_messages write it.
 */
const MESSAGE_COLUMNS = sql.trusted(`m.id, m.seq, m.author_role as "authorRole",
  a.name as "authorName", m.body,
  to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"`);

/** The read receipt of each side. */
const READ_COLUMN = {
  CITIZEN: sql.trusted('citizen_last_read_seq'),
  OFFICE: sql.trusted('office_last_read_seq'),
} satisfies Record<ConversationSide, unknown>;

/** One conversation; `lock` holds its row for the rest of the transaction. */
export async function conversationById(
  em: EntityManager,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ConversationRecord | null> {
  const row = await rowOf<ConversationRow>(
    em,
    sql`select ${CONVERSATION_COLUMNS} from conversation c
         where c.id = ${id}${options.lock ? sql` for update` : sql``}`,
  );
  return row && conversationRecord(row);
}

/** These conversations, in one statement (for the conversations linked to applications). */
export async function conversationsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<ConversationRecord[]> {
  const rows = await rowsOf<ConversationRow>(
    em,
    sql`select ${CONVERSATION_COLUMNS} from conversation c where c.id in (${[...ids]})`,
  );
  return rows.map(conversationRecord);
}

/** What changed in a conversation found by conversationsChangedSince. */
export type ConversationChange = 'CREATED' | 'MESSAGE' | 'STATUS';

/**
 * The office's conversations that were started, written in or closed at or after `since`, in the
 * order of that latest change (at most 200), each with what it was: what an inbox missed while
 * the bus was cut off from Redis. Read receipts and assignments leave no time and are not found.
 */
export async function conversationsChangedSince(
  em: EntityManager,
  officeId: string,
  since: Date,
): Promise<{ conversation: ConversationRecord; change: ConversationChange }[]> {
  const rows = await rowsOf<ConversationRow & { change: ConversationChange }>(
    em,
    sql`select ${CONVERSATION_COLUMNS},
               case when c.closed_at >= greatest(${since}, c.last_message_at) then 'STATUS'
                    when c.created_at >= ${since} and c.last_seq <= 1 then 'CREATED'
                    else 'MESSAGE' end as change
          from conversation c
         where c.office_id = ${officeId}
           and (c.last_message_at >= ${since} or c.closed_at >= ${since})
         order by greatest(c.last_message_at, c.closed_at), c.id
         limit 200`,
  );
  return rows.map((row) => ({ conversation: conversationRecord(row), change: row.change }));
}

/** The conversation a citizen opened with this client message id (a retried start). */
export async function conversationOpenedWith(
  em: EntityManager,
  citizenId: string,
  clientMessageId: string,
): Promise<ConversationRecord | null> {
  const row = await rowOf<ConversationRow>(
    em,
    sql`select ${CONVERSATION_COLUMNS} from conversation c
         where c.citizen_id = ${citizenId} and c.opening_client_message_id = ${clientMessageId}`,
  );
  return row && conversationRecord(row);
}

/** A new conversation without messages; its row stays locked until the transaction ends. */
export async function insertConversation(
  em: EntityManager,
  conversation: {
    officeId: string;
    citizenId: string;
    subject: string;
    appointmentId: string | null;
    openingClientMessageId: string;
    now: Date;
  },
): Promise<ConversationRecord> {
  const row = await rowOf<ConversationRow>(
    em,
    sql`insert into conversation as c (id, office_id, citizen_id, subject, appointment_id,
                                       opening_client_message_id, created_at, last_message_at)
        values (${randomUUID()}, ${conversation.officeId}, ${conversation.citizenId},
                ${conversation.subject}, ${conversation.appointmentId},
                ${conversation.openingClientMessageId}, ${conversation.now}, ${conversation.now})
        returning ${CONVERSATION_COLUMNS}`,
  );
  return conversationRecord(row!);
}

/**
 * Puts a new message number on a conversation whose row the transaction holds: its last message,
 * its status, and the writer's side's read receipt (a writer has read what they answer).
 */
export async function advanceConversation(
  em: EntityManager,
  conversationId: string,
  change: { seq: number; now: Date; status: ConversationStatus; readBy: ConversationSide | null },
): Promise<ConversationRecord> {
  const readReceipt = change.readBy ? sql`, ${READ_COLUMN[change.readBy]} = ${change.seq}` : sql``;
  const row = await rowOf<ConversationRow>(
    em,
    sql`update conversation as c
           set last_seq = ${change.seq}, last_message_at = ${change.now}, status = ${change.status},
               closed_at = null${readReceipt}
         where c.id = ${conversationId}
        returning ${CONVERSATION_COLUMNS}`,
  );
  return conversationRecord(row!);
}

export async function insertMessage(
  em: EntityManager,
  message: {
    conversationId: string;
    seq: number;
    authorId: string | null;
    role: MessageAuthorRole;
    body: string;
    clientMessageId: string | null;
    now: Date;
  },
): Promise<MessageData> {
  const inserted = await rowOf<MessageData>(
    em,
    sql`with m as (
          insert into message (id, conversation_id, seq, author_id, author_role, body,
                               client_message_id, created_at)
          values (${randomUUID()}, ${message.conversationId}, ${message.seq}, ${message.authorId},
                  ${message.role}, ${message.body}, ${message.clientMessageId}, ${message.now})
          returning *)
        select ${MESSAGE_COLUMNS} from m left join account a on a.id = m.author_id`,
  );
  return inserted!;
}

/** The message sent with this client message id, if any. */
export function messageByClientId(
  em: EntityManager,
  conversationId: string,
  clientMessageId: string,
): Promise<MessageData | null> {
  return rowOf<MessageData>(
    em,
    sql`select ${MESSAGE_COLUMNS} from message m left join account a on a.id = m.author_id
         where m.conversation_id = ${conversationId} and m.client_message_id = ${clientMessageId}`,
  );
}

/** Who wrote the conversation's latest message; null when it has none. */
export async function lastAuthorRole(
  em: EntityManager,
  conversationId: string,
): Promise<MessageAuthorRole | null> {
  const row = await rowOf<{ authorRole: MessageAuthorRole }>(
    em,
    sql`select author_role as "authorRole" from message
         where conversation_id = ${conversationId} order by seq desc limit 1`,
  );
  return row?.authorRole ?? null;
}

/** Whether the appointment is the citizen's, at this office. */
export async function isAppointmentOf(
  em: EntityManager,
  appointment: { id: string; citizenId: string; officeId: string },
): Promise<boolean> {
  const row = await rowOf(
    em,
    sql`select 1 from appointment
         where id = ${appointment.id} and account_id = ${appointment.citizenId}
           and office_id = ${appointment.officeId} and status <> 'HELD'`,
  );
  return row !== null;
}

/** Whether the account is staff of the office (or an admin), and not deleted. */
export async function worksAtOffice(
  em: EntityManager,
  accountId: string,
  officeId: string,
): Promise<boolean> {
  const row = await rowOf(
    em,
    sql`select 1 from account a
         where a.id = ${accountId} and a.deleted_at is null
           and ('ADMIN' = any(a.roles)
                or exists (select 1 from staff_office so
                            where so.account_id = a.id and so.office_id = ${officeId}))`,
  );
  return row !== null;
}

/**
 * Moves a side's read receipt forward to `seq`, never back and never past the last message; null
 * when it did not move.
 */
export async function advanceReadReceipt(
  em: EntityManager,
  conversationId: string,
  side: ConversationSide,
  seq: number,
): Promise<ConversationRecord | null> {
  const column = READ_COLUMN[side];
  const row = await rowOf<ConversationRow>(
    em,
    sql`update conversation as c set ${column} = least(greatest(${column}, ${seq}), last_seq)
         where c.id = ${conversationId} and ${column} < least(${seq}, last_seq)
        returning ${CONVERSATION_COLUMNS}`,
  );
  return row && conversationRecord(row);
}

/** Null when the conversation no longer exists. */
export async function setAssignee(
  em: EntityManager,
  conversationId: string,
  assigneeId: string | null,
): Promise<ConversationRecord | null> {
  const row = await rowOf<ConversationRow>(
    em,
    sql`update conversation as c set assignee_id = ${assigneeId} where c.id = ${conversationId}
        returning ${CONVERSATION_COLUMNS}`,
  );
  return row && conversationRecord(row);
}

/** Closes (with the time) or reopens; null when the conversation no longer exists. */
export async function setStatus(
  em: EntityManager,
  conversationId: string,
  closedAt: Date | null,
): Promise<ConversationRecord | null> {
  // Reopened, it is the turn of whoever did not write last (system notices do not count).
  const row = await rowOf<ConversationRow>(
    em,
    closedAt
      ? sql`update conversation as c set status = ${ConversationStatus.CLOSED},
                   closed_at = ${closedAt}
             where c.id = ${conversationId}
            returning ${CONVERSATION_COLUMNS}`
      : sql`update conversation as c
               set status = case (select m.author_role from message m
                                   where m.conversation_id = c.id and m.author_role <> 'SYSTEM'
                                   order by m.seq desc limit 1)
                              when 'STAFF' then ${ConversationStatus.WAITING_FOR_CITIZEN}
                              else ${ConversationStatus.OPEN} end,
                   closed_at = null
             where c.id = ${conversationId}
            returning ${CONVERSATION_COLUMNS}`,
  );
  return row && conversationRecord(row);
}

/** The staff members bound to an office (not admins, who work for every office), by name. */
export function staffOfOffice(
  em: EntityManager,
  officeId: string,
): Promise<Array<{ id: string; name: string }>> {
  return rowsOf<{ id: string; name: string }>(
    em,
    sql`select a.id, a.name from staff_office so join account a on a.id = so.account_id
         where so.office_id = ${officeId} and a.deleted_at is null and 'STAFF' = any(a.roles)
         order by a.name, a.id`,
  );
}

/** Marks the citizen present in the conversation (a live subscription), for e-mail reminders. */
export async function touchCitizenPresence(
  em: EntityManager,
  conversationId: string,
  now: Date,
): Promise<void> {
  await run(em, sql`update conversation set citizen_seen_at = ${now} where id = ${conversationId}`);
}

/** A citizen's conversations, latest activity first, and how many they have. */
export async function conversationsOfCitizen(
  em: EntityManager,
  citizenId: string,
  page: { offset: number; limit: number },
): Promise<{ conversations: ConversationRecord[]; totalCount: number }> {
  const rows = await rowsOf<ConversationRow>(
    em,
    sql`select ${CONVERSATION_COLUMNS} from conversation c where c.citizen_id = ${citizenId}
         order by c.last_message_at desc, c.id limit ${page.limit} offset ${page.offset}`,
  );
  const count = await rowOf<{ count: string }>(
    em,
    sql`select count(*) as count from conversation where citizen_id = ${citizenId}`,
  );
  return { conversations: rows.map(conversationRecord), totalCount: Number(count?.count ?? 0) };
}

/**
 * A page of an office's inbox with the number of conversations that match and of those with
 * messages the office has not read, in one statement: inbox_page, a PL/pgSQL function planned once
 * per connection.
 */
export async function inboxPage(
  em: EntityManager,
  filter: {
    officeId: string;
    status: ConversationStatus | null;
    openOnly: boolean;
    unassigned: boolean;
    assigneeId: string | null;
  },
  page: { offset: number; limit: number },
): Promise<{
  conversations: InboxConversation[];
  totalCount: number;
  unreadConversations: number;
}> {
  // An empty page is one row with the counts and a null id. A hot read (a clerk's inbox).
  const rows = await preparedRowsOf<
    Omit<ConversationRow, 'id'> & {
      id: string | null;
      totalCount: string;
      unreadCount: string;
      citizenName: string | null;
      assigneeName: string | null;
    }
  >(
    em,
    sql`select total_count as "totalCount", unread_count as "unreadCount", id,
               office_id as "officeId", citizen_id as "citizenId", assignee_id as "assigneeId",
               appointment_id as "appointmentId", subject, status, last_seq as "lastSeq",
               citizen_last_read_seq as "citizenLastReadSeq",
               office_last_read_seq as "officeLastReadSeq", created_at as "createdAt",
               last_message_at as "lastMessageAt", citizen_name as "citizenName",
               assignee_name as "assigneeName"
          from inbox_page(${filter.officeId}::uuid, ${filter.status}, ${filter.openOnly},
                          ${filter.unassigned}, ${filter.assigneeId}::uuid, ${page.limit},
                          ${page.offset})`,
  );
  return {
    conversations: rows.flatMap(({ id, ...row }) =>
      id === null
        ? []
        : [
            {
              ...conversationRecord({ ...row, id }),
              citizenName: row.citizenName,
              assigneeName: row.assigneeName,
            },
          ],
    ),
    totalCount: Number(rows[0]?.totalCount ?? 0),
    unreadConversations: Number(rows[0]?.unreadCount ?? 0),
  };
}

/**
 * The same window of messages of several conversations, in one statement whatever their number:
 * conversation_messages, a PL/pgSQL function planned once per connection. A conversation that no
 * longer exists has no page. With `log`, the same statement writes the data access log's entries
 * of the conversations whose window has messages (subject "CONVERSATION:<id>"), as a
 * data-modifying CTE.
 */
export async function messagePages(
  em: EntityManager,
  conversationIds: readonly string[],
  window: MessageWindow,
  log?: DataAccessInsert,
): Promise<Map<string, MessagePage>> {
  const pages = new Map<string, MessagePage>();
  // `array[]` of no values would still be a statement, for nothing.
  if (conversationIds.length === 0) return pages;
  // The ids go in as a list of parameters; `array[…]::uuid[]` makes the function's argument.
  const read = sql`select conversation_id as "conversationId", last_seq as "lastSeq", id, seq,
               author_role as "authorRole", author_name as "authorName", body,
               created_at as "createdAt"
          from conversation_messages(array[${conversationIds}]::uuid[], ${window.afterSeq ?? 0},
                                     ${window.beforeSeq ?? 2_147_483_647}, ${window.limit},
                                     ${window.fromEnd ?? false})`;
  // A hot read (a clerk's inbox); the number of ids makes a statement text of its own.
  const rows = await preparedRowsOf<
    Omit<MessageData, 'id'> & { conversationId: string; lastSeq: number; id: string | null }
  >(
    em,
    log
      ? sql`with w as (${read}),
                 logged as (${dataAccessInsert(
                   log,
                   sql`(select 'CONVERSATION:' || w."conversationId" from w where w.id is not null)`,
                 )})
            select * from w order by w."conversationId", w.seq`
      : read,
  );
  for (const row of rows) {
    let page = pages.get(row.conversationId);
    if (!page) {
      page = { messages: [], lastSeq: row.lastSeq };
      pages.set(row.conversationId, page);
    }
    // A conversation whose window is empty comes as one row with a null id.
    if (row.id === null) continue;
    page.messages.push({
      id: row.id,
      seq: row.seq,
      authorRole: row.authorRole,
      authorName: row.authorName,
      body: row.body,
      createdAt: row.createdAt,
    });
  }
  return pages;
}

/** An e-mail reminder claimed for a citizen's unread answer. */
export type AnswerReminder = {
  conversationId: string;
  subject: string;
  email: string;
  name: string | null;
  language: string;
  /** The office's name in each language. */
  officeName: Record<string, string>;
  /** The office's latest answer. */
  excerpt: string;
};

/**
 * Claims the reminders due: conversations not closed, of citizens not deleted who have an
 * e-mail address, with an answer of the office unread since `answeredBefore` and newer than the
 * last reminder, where the citizen was not present since `seenBefore` nor reminded since
 * `notifiedBefore`. Marks them reminded at `now` in the same statement.
 */
export function claimAnswerReminders(
  em: EntityManager,
  at: { now: Date; seenBefore: Date; notifiedBefore: Date; answeredBefore: Date },
): Promise<AnswerReminder[]> {
  return rowsOf<AnswerReminder>(
    em,
    sql`update conversation c set citizen_notified_at = ${at.now}
          from account a, office o
         where a.id = c.citizen_id and o.id = c.office_id and a.deleted_at is null
           and a.email is not null and c.status <> 'CLOSED'
           and (c.citizen_seen_at is null or c.citizen_seen_at < ${at.seenBefore})
           and (c.citizen_notified_at is null or c.citizen_notified_at < ${at.notifiedBefore})
           and exists (select 1 from message m
                        where m.conversation_id = c.id and m.author_role = 'STAFF'
                          and m.seq > c.citizen_last_read_seq and m.created_at <= ${at.answeredBefore}
                          and (c.citizen_notified_at is null or m.created_at > c.citizen_notified_at))
        returning c.id as "conversationId", c.subject, a.email, a.name, a.language,
                  o.name as "officeName",
                  (select body from message where conversation_id = c.id and author_role = 'STAFF'
                    order by seq desc limit 1) as excerpt`,
  );
}

/** Deletes the conversations (and by cascade their messages) closed before `cutoff`. */
export function deleteClosedBefore(em: EntityManager, cutoff: Date): Promise<number> {
  return run(em, sql`delete from conversation where status = 'CLOSED' and closed_at < ${cutoff}`);
}

/** Deletes the account's conversations as a citizen (messages included); as staff, unassigns it. */
export async function removeFromConversations(em: EntityManager, accountId: string): Promise<void> {
  await run(em, sql`delete from conversation where citizen_id = ${accountId}`);
  await run(em, sql`update conversation set assignee_id = null where assignee_id = ${accountId}`);
}
