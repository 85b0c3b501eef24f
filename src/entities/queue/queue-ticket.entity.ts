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
import { CounterEntity } from '../appointments/counter.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';

/** Where a ticket stands (the transitions are in src/queue/queue-rules.ts). */
export enum TicketState {
  /** In line, waiting to be called. */
  WAITING = 'WAITING',
  /** Called to `counter`; the citizen is on the way or being served. */
  CALLED = 'CALLED',
  /** Put aside by the clerk (papers missing, a form to fill in); called again by number. */
  PARKED = 'PARKED',
  /** Served. */
  DONE = 'DONE',
  /** Called, recalled, and did not come. */
  NO_SHOW = 'NO_SHOW',
  /** Still in line, called or parked when the office's day ended (src/queue/queue-jobs.ts). */
  EXPIRED = 'EXPIRED',
}

export enum TicketKind {
  /** A booked appointment, checked in. */
  APPOINTMENT = 'APPOINTMENT',
  /** Drawn without an appointment, at the kiosk or online. */
  WALK_IN = 'WALK_IN',
}

/**
 * A place in an office's lobby queue for one day: a checked-in appointment or a walk-in. Written
 * in SQL only (src/queue/queue.queries.ts): every transition is one `update … where state = …`,
 * so that two clerks can never both make it. Holds no personal data: the appointment it points
 * to does, and the API never follows that link for kiosks or displays.
 */
@Entity({ tableName: 'queue_ticket' })
@Unique({ name: 'queue_ticket_office_day_number_unique', properties: ['office', 'day', 'number'] })
@Unique({ name: 'queue_ticket_appointment_unique', properties: ['appointment'] })
@Check({ name: 'queue_ticket_number_positive', expression: 'number >= 1' })
@Check({ name: 'queue_ticket_prefix_format', expression: "prefix ~ '^[A-Z]$'" })
@Check({
  name: 'queue_ticket_state_known',
  expression: "state in ('WAITING', 'CALLED', 'PARKED', 'DONE', 'NO_SHOW', 'EXPIRED')",
})
@Check({
  name: 'queue_ticket_kind_matches_appointment',
  expression:
    "(kind = 'APPOINTMENT' and appointment_id is not null) or (kind = 'WALK_IN' and appointment_id is null)",
})
@Check({ name: 'queue_ticket_recalls_range', expression: 'recalls >= 0 and recalls <= 3' })
@Check({
  name: 'queue_ticket_called_has_counter',
  expression: "state <> 'CALLED' or (counter_id is not null and called_at is not null)",
})
@Check({
  name: 'queue_ticket_waiting_has_no_counter',
  expression: "state <> 'WAITING' or counter_id is null",
})
@Check({
  name: 'queue_ticket_finished_at_matches_state',
  expression: "(state in ('DONE', 'NO_SHOW', 'EXPIRED')) = (finished_at is not null)",
})
// One ticket at a time per counter: a second call before the first is finished is refused.
@Index({
  name: 'queue_ticket_one_called_per_counter',
  expression:
    'create unique index "queue_ticket_one_called_per_counter" on "queue_ticket" ("counter_id") where state = \'CALLED\'',
})
// call next: the office's waiting tickets in the order they are called.
@Index({
  name: 'queue_ticket_waiting_order_idx',
  expression:
    'create index "queue_ticket_waiting_order_idx" on "queue_ticket" ("office_id", "priority_at", "number") where state = \'WAITING\'',
})
// Statistics and the last hour's service times.
@Index({ name: 'queue_ticket_office_day_idx', properties: ['office', 'day'] })
// The day-end job: tickets of past days that are not finished.
@Index({
  name: 'queue_ticket_unfinished_day_idx',
  expression:
    'create index "queue_ticket_unfinished_day_idx" on "queue_ticket" ("day") where state in (\'WAITING\', \'CALLED\', \'PARKED\')',
})
export class QueueTicketEntity {
  [OptionalProps]?:
    | 'id'
    | 'state'
    | 'appointment'
    | 'account'
    | 'counter'
    | 'targetCounter'
    | 'recalls'
    | 'calledAt'
    | 'firstCalledAt'
    | 'finishedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;

  /** The office's local day the ticket belongs to. */
  @Property({ type: 'date' })
  day!: string;

  /** Numbered per office and day from 1, by queue_day. */
  @Property({ type: 'integer' })
  number!: number;

  /** One capital letter of the service group ("A" in A-017); "T" for appointments. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text' })
  kind!: TicketKind;

  @Property({ type: 'text', default: TicketState.WAITING })
  state: TicketState = TicketState.WAITING;

  @ManyToOne(() => ServiceEntity, { deleteRule: 'restrict', index: true })
  service!: Rel<ServiceEntity>;

  @ManyToOne(() => AppointmentEntity, { deleteRule: 'cascade', nullable: true })
  appointment: Rel<AppointmentEntity> | null = null;

  /** The citizen who drew it online or checked in from the phone; null at the kiosk. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  account: Rel<AccountEntity> | null = null;

  /** The counter that called it last; kept when it is finished, for the statistics. */
  @ManyToOne(() => CounterEntity, { deleteRule: 'set null', nullable: true, index: true })
  counter: Rel<CounterEntity> | null = null;

  /** Transferred to one counter: only that one calls it. */
  @ManyToOne(() => CounterEntity, { deleteRule: 'set null', nullable: true })
  targetCounter: Rel<CounterEntity> | null = null;

  /** How often the clerk called it again (at most 3). */
  @Property({ type: 'smallint', default: 0 })
  recalls: number = 0;

  /** Checked in or drawn. */
  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Its place in line: tickets are called in this order (queue-rules.ts, priorityAt). */
  @Property({ type: 'datetime' })
  priorityAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  calledAt: Date | null = null;

  /** The first call: the end of its waiting time, for the statistics. */
  @Property({ type: 'datetime', nullable: true })
  firstCalledAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
