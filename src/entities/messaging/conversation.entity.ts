import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import { AppointmentEntity } from '../appointments/appointment.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';

export enum ConversationStatus {
  /** Waiting for the office. */
  OPEN = 'OPEN',
  /** The office answered; waiting for the citizen. */
  WAITING_FOR_CITIZEN = 'WAITING_FOR_CITIZEN',
  CLOSED = 'CLOSED',
}

/**
 * A conversation between one citizen and one office. `lastSeq` numbers its messages: it is
 * incremented in the transaction that inserts a message, so numbers are gapless and strictly
 * increasing. Each side's last read number is its read receipt.
 */
@Entity({ tableName: 'conversation' })
@Check({
  name: 'conversation_status_known',
  expression: "status in ('OPEN', 'WAITING_FOR_CITIZEN', 'CLOSED')",
})
@Check({
  name: 'conversation_subject_length',
  expression: 'length(subject) >= 1 and length(subject) <= 200',
})
@Check({
  name: 'conversation_read_within_messages',
  expression: 'citizen_last_read_seq <= last_seq and office_last_read_seq <= last_seq',
})
@Check({
  name: 'conversation_closed_at_matches_status',
  expression: "(status = 'CLOSED') = (closed_at is not null)",
})
@Unique({
  name: 'conversation_opening_client_id_unique',
  properties: ['citizen', 'openingClientMessageId'],
})
@Index({ name: 'conversation_inbox_idx', properties: ['office', 'status', 'lastMessageAt'] })
// The inbox of every status, latest activity first: the page is the index's first rows, and the
// office's total an index-only count.
@Index({
  name: 'conversation_office_recent_idx',
  expression:
    'create index "conversation_office_recent_idx" on "conversation" ("office_id", "last_message_at" desc, "id")',
})
// The inbox's count of open conversations with messages the office has not read: a few rows.
@Index({
  name: 'conversation_office_unread_idx',
  properties: ['office'],
  where: "office_last_read_seq < last_seq and status <> 'CLOSED'",
})
@Index({ name: 'conversation_citizen_idx', properties: ['citizen', 'lastMessageAt'] })
export class ConversationEntity {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'appointment'
    | 'assignee'
    | 'lastSeq'
    | 'citizenLastReadSeq'
    | 'officeLastReadSeq'
    | 'citizenSeenAt'
    | 'citizenNotifiedAt'
    | 'closedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'restrict' })
  office!: Rel<OfficeEntity>;

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade' })
  citizen!: Rel<AccountEntity>;

  @Property({ type: 'text' })
  subject!: string;

  /** The client id of the opening message: a retried start returns the same conversation. */
  @Property({ type: 'text' })
  openingClientMessageId!: string;

  @ManyToOne(() => AppointmentEntity, { deleteRule: 'set null', nullable: true })
  appointment: Rel<AppointmentEntity> | null = null;

  @Property({ type: 'text', default: ConversationStatus.OPEN })
  status: ConversationStatus = ConversationStatus.OPEN;

  /** The staff member who takes care of it; null while unassigned. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  assignee: Rel<AccountEntity> | null = null;

  @Property({ type: 'integer', default: 0 })
  lastSeq: number = 0;

  @Property({ type: 'integer', default: 0 })
  citizenLastReadSeq: number = 0;

  @Property({ type: 'integer', default: 0 })
  officeLastReadSeq: number = 0;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastMessageAt!: Date;

  /** Last time the citizen had the conversation open (a live subscription); for e-mail reminders. */
  @Property({ type: 'datetime', nullable: true })
  citizenSeenAt: Date | null = null;

  /** Last e-mail reminder about an unread answer; at most one an hour. */
  @Property({ type: 'datetime', nullable: true })
  citizenNotifiedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
