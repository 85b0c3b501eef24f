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
import { WaitlistEntryEntity } from './waitlist-entry.entity.js';

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  /**
   * A time held for a citizen while they confirm (holdSlot): taken for everyone else until
   * held_until, with no personal details yet. Never shown as an appointment; an expired or
   * released hold is deleted (docs/decisions/0022-slot-holds.md).
   */
  HELD = 'HELD',
  /**
   * A guest's booking of a scarce service whose e-mail address is not confirmed yet: it takes its
   * time for everyone else until confirm_by, and lapses (is deleted) unless the link in its
   * e-mail is opened by then. Never treated as an appointment by staff lists or the check-in
   * (docs/decisions/0026-scarce-guest-confirmation.md).
   */
  UNCONFIRMED = 'UNCONFIRMED',
}

/**
 * A booked (or held, see AppointmentStatus.HELD) time at one counter. Holds personal data (name, e-mail, phone): never exposed as a
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
@Check({
  name: 'appointment_cancellation_note_when_cancelled',
  expression:
    "cancellation_note is null or (status = 'CANCELLED' and length(cancellation_note) >= 1 and length(cancellation_note) <= 1000)",
})
// A hold has no details and a deadline, and names its holder by hashes only; a booking the reverse.
@Check({
  name: 'appointment_hold_fields',
  expression:
    "(status = 'HELD') = (held_until is not null) and (status = 'HELD') = (hold_token_hash is not null) and (status = 'HELD') = (holder_hash is not null)",
})
@Check({
  name: 'appointment_details_unless_held',
  expression: "(status = 'HELD') = (name is null) and (status = 'HELD') = (email is null)",
})
@Check({
  name: 'appointment_confirm_by_when_unconfirmed',
  expression: "(status = 'UNCONFIRMED') = (confirm_by is not null)",
})
// One live hold per caller and service: a new hold replaces the old one in the same transaction.
@Index({
  name: 'appointment_one_hold_per_holder_idx',
  expression:
    'create unique index "appointment_one_hold_per_holder_idx" on "appointment" ("holder_hash", "service_id") where status = \'HELD\'',
})
// A person (holder_hash of a waitlist offer) holds at most one waitlist offer at a time.
@Index({
  name: 'appointment_one_offer_per_person_idx',
  expression:
    'create unique index "appointment_one_offer_per_person_idx" on "appointment" ("holder_hash") where status = \'HELD\' and waitlist_entry_id is not null',
})
// The holds the release job and the bookings of an office free once they expire.
@Index({
  name: 'appointment_held_until_idx',
  properties: ['heldUntil'],
  where: "status = 'HELD'",
})
// The unconfirmed bookings the lapse job lets go once their half hour is over.
@Index({
  name: 'appointment_confirm_by_idx',
  properties: ['confirmBy'],
  where: "status = 'UNCONFIRMED'",
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
    | 'name'
    | 'email'
    | 'phone'
    | 'language'
    | 'heldUntil'
    | 'holdTokenHash'
    | 'holderHash'
    | 'confirmBy'
    | 'idempotencyKey'
    | 'requestHash'
    | 'createdAt'
    | 'cancelledAt'
    | 'cancellationNote'
    | 'remindedAt'
    | 'waitlistEntry';

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

  /** Null while HELD only (appointment_details_unless_held). */
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  /** Stored lower-cased; look-ups compare lower-cased input. Null while HELD only. */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

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

  /** What the office told the citizen when it cancelled the appointment; null otherwise. */
  @Property({ type: 'text', nullable: true })
  cancellationNote: string | null = null;
  /** Until when a HELD time stays held; null otherwise. */
  @Property({ type: 'datetime', nullable: true })
  heldUntil: Date | null = null;

  /** SHA-256 of the secret token that confirms or releases a hold; null unless HELD. */
  @Property({ type: 'text', nullable: true, unique: 'appointment_hold_token_hash_unique' })
  holdTokenHash: string | null = null;

  /** SHA-256 of who holds it (account, or client address for guests); null unless HELD. */
  @Property({ type: 'text', nullable: true })
  holderHash: string | null = null;

  /**
   * The waitlist entry this time was offered to (a HELD row: the offer; BOOKED: it was accepted);
   * null for everything else (docs/decisions/0025-waitlist.md).
   */
  @ManyToOne(() => WaitlistEntryEntity, { deleteRule: 'set null', nullable: true, index: true })
  waitlistEntry: WaitlistEntryEntity | null = null;

  /**
   * The iCalendar SEQUENCE of the appointment's calendar entry: raised with every change the
   * citizen's calendar must take over (a new time, a cancellation), so that the file in the
   * latest e-mail replaces the earlier ones (same UID).
   */
  @Property({ type: 'integer', default: 0 })
  sequence: number = 0;
  /** Until when an UNCONFIRMED booking waits for its e-mail link to be opened; null otherwise. */
  @Property({ type: 'datetime', nullable: true })
  confirmBy: Date | null = null;

  /** When the reminder e-mail the day before was queued; null while none was. */
  @Property({ type: 'datetime', nullable: true })
  remindedAt: Date | null = null;
}
