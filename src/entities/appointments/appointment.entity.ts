import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { Language } from '../../common/language.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';
import { CounterEntity } from './counter.entity.js';

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
}

/**
 * A booked time at one counter. Holds personal data (name, e-mail, phone): never exposed as a
 * GraphQL type directly. The exclusion constraint is the last word on double booking: two live
 * appointments of one counter can never overlap, whatever the application does.
 */
@Entity({ tableName: 'appointment' })
@Check({
  name: 'appointment_no_overlap',
  expression:
    "EXCLUDE USING gist (counter_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'CANCELLED')",
})
@Check({ name: 'appointment_period_order', expression: 'ends_at > starts_at' })
@Check({ name: 'appointment_code_format', expression: "code ~ '^[A-HJKMNP-Z2-9]{8}$'" })
@Check({ name: 'appointment_email_lower_case', expression: 'email = lower(email)' })
@Check({
  name: 'appointment_cancelled_at_matches_status',
  expression: "(status = 'CANCELLED') = (cancelled_at is not null)",
})
@Index({ name: 'appointment_office_starts_idx', properties: ['office', 'startsAt'] })
@Index({
  name: 'appointment_open_by_email_idx',
  properties: ['email', 'startsAt'],
  where: "status = 'BOOKED'",
})
// The appointments the reminder job still has to look at.
@Index({
  name: 'appointment_unreminded_starts_idx',
  properties: ['startsAt'],
  where: "status = 'BOOKED' and reminded_at is null",
})
export class AppointmentEntity {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'phone'
    | 'language'
    | 'idempotencyKey'
    | 'requestHash'
    | 'createdAt'
    | 'cancelledAt'
    | 'remindedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the citizen quotes at the kiosk: 8 characters without look-alikes (no 0/O, 1/I/L). */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Enum({
    items: () => AppointmentStatus,
    nativeEnumName: undefined,
    default: AppointmentStatus.BOOKED,
  })
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  @ManyToOne(() => ServiceEntity, { deleteRule: 'restrict', index: true })
  service!: ServiceEntity;

  @ManyToOne(() => OfficeEntity, { deleteRule: 'restrict' })
  office!: OfficeEntity;

  @ManyToOne(() => CounterEntity, { deleteRule: 'restrict', index: true })
  counter!: CounterEntity;

  /** The account that booked (or claimed) it; null for guest bookings. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  account: AccountEntity | null = null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'text' })
  name!: string;

  /** Stored lower-cased; look-ups compare lower-cased input. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The language the citizen booked in; the reminder e-mail is written in it. */
  @Enum({ items: () => Language, nativeEnumName: undefined, default: Language.DE })
  language: Language = Language.DE;

  /** The client's key for safe retries; a second request with it returns the first booking. */
  @Property({ type: 'text', nullable: true, unique: 'appointment_idempotency_key_unique' })
  idempotencyKey: string | null = null;

  /** Fingerprint of the request that used the idempotency key, to refuse a reuse for another booking. */
  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  /** When the reminder e-mail the day before was queued; null while none was. */
  @Property({ type: 'datetime', nullable: true })
  remindedAt: Date | null = null;
}
