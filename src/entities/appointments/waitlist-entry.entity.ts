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
import { ServiceEntity } from '../catalogue/service.entity.js';

export enum WaitlistStatus {
  /** A guest's entry until the link in the confirmation e-mail is followed: not in line yet. */
  UNCONFIRMED = 'UNCONFIRMED',
  /** In line: freed times are offered to it in the order of `seq`. */
  WAITING = 'WAITING',
  /** An offer was accepted: the entry did its job. */
  BOOKED = 'BOOKED',
  /** The citizen left the list. */
  LEFT = 'LEFT',
}

/**
 * A citizen waiting for a time of a service at one or more offices (docs/decisions/0025-waitlist.md).
 * Holds personal data (name, e-mail): never exposed as a GraphQL type directly. The person is an
 * account or a guest's e-mail address (`person_key`); an offer is a HELD appointment row that
 * names the entry (appointment.waitlist_entry_id).
 */
@Entity({ tableName: 'waitlist_entry' })
@Check({ name: 'waitlist_entry_period_order', expression: 'ends_before > starts_after' })
@Check({
  name: 'waitlist_entry_times_of_day_order',
  expression: 'latest_end_minute > earliest_start_minute',
})
@Check({
  name: 'waitlist_entry_times_of_day_range',
  expression:
    'earliest_start_minute >= 0 and earliest_start_minute < 1440 and latest_end_minute > 0 and latest_end_minute <= 1440',
})
@Check({ name: 'waitlist_entry_email_lower_case', expression: 'email = lower(email)' })
// An account's entry has no e-mail of its own (the account's is used); a guest's has one.
@Check({
  name: 'waitlist_entry_account_or_email',
  expression: '(account_id is null) = (email is not null)',
})
@Check({
  name: 'waitlist_entry_person_key',
  expression: "person_key = coalesce('account:' || account_id::text, 'email:' || email)",
})
@Check({
  name: 'waitlist_entry_unconfirmed_has_link',
  expression: "status <> 'UNCONFIRMED' or link_token_hash is not null",
})
@Check({
  name: 'waitlist_entry_link_of_guests',
  expression: 'account_id is null or link_token_hash is null',
})
// One entry in line (or waiting for its confirmation) per person and service.
@Index({
  name: 'waitlist_entry_one_live_per_person_idx',
  expression:
    'create unique index "waitlist_entry_one_live_per_person_idx" on "waitlist_entry" ("person_key", "service_id") where status in (\'UNCONFIRMED\', \'WAITING\')',
})
// The line of a service, in order.
@Index({
  name: 'waitlist_entry_line_idx',
  properties: ['service', 'seq'],
  where: "status = 'WAITING'",
})
export class WaitlistEntryEntity {
  [OptionalProps]?:
    'id' | 'seq' | 'account' | 'email' | 'status' | 'linkTokenHash' | 'language' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The order of joining: the line is FIFO by it. */
  @Property({ type: 'bigint', autoincrement: true, unique: 'waitlist_entry_seq_unique' })
  seq!: string;

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', nullable: true, index: true })
  account: AccountEntity | null = null;

  /** A guest's address, lower-cased; null for an account's entry. */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** `account:<id>` or `email:<address>`: who waits, whichever way they joined. */
  @Property({ type: 'text' })
  personKey!: string;

  /** The name the booking will carry. */
  @Property({ type: 'text' })
  name!: string;

  /** The language of the e-mails about the entry and its offers. */
  @Enum({ items: () => Language, nativeEnumName: undefined, default: Language.DE })
  language: Language = Language.DE;

  @ManyToOne(() => ServiceEntity, { deleteRule: 'cascade' })
  service!: ServiceEntity;

  /** Offered times start at or after this. */
  @Property({ type: 'datetime' })
  startsAfter!: Date;

  /** Offered times start before this. */
  @Property({ type: 'datetime' })
  endsBefore!: Date;

  /** Offered times start at or after this local minute of the day (480 = 08:00). */
  @Property({ type: 'smallint' })
  earliestStartMinute!: number;

  /** Offered times end at or before this local minute of the day (1440 = midnight). */
  @Property({ type: 'smallint' })
  latestEndMinute!: number;

  @Enum({
    items: () => WaitlistStatus,
    nativeEnumName: undefined,
    default: WaitlistStatus.WAITING,
  })
  status: WaitlistStatus = WaitlistStatus.WAITING;

  /**
   * SHA-256 of the token of a guest's waitlist link (confirmation e-mail): it confirms the entry,
   * shows its place in line and takes it out of line. Entries of accounts have none.
   */
  @Property({ type: 'text', nullable: true, unique: 'waitlist_entry_link_token_hash_unique' })
  linkTokenHash: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
