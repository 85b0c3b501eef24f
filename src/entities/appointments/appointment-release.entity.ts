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
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Language } from '../../common/language.js';
import { AccountEntity } from '../accounts/account.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';
import { AppointmentEntity } from './appointment.entity.js';

/**
 * Times of a service at an office released in bulk and given out by lottery (fair release,
 * docs/decisions/0027-fair-release.md): the slots starting in [starts_at, ends_at) are offered to
 * nobody until the draw; requests are collected from opens_at until closes_at, then drawn once
 * (drawn_at, with the seed that ordered them).
 */
@Entity({ tableName: 'appointment_release' })
// Two releases waiting for their draw never share a time: each time goes to one lottery.
@Check({
  name: 'appointment_release_no_overlap',
  expression:
    'EXCLUDE USING gist (service_id WITH =, office_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (drawn_at IS NULL)',
})
@Check({ name: 'appointment_release_times_order', expression: 'ends_at > starts_at' })
@Check({
  name: 'appointment_release_window',
  expression: 'closes_at > opens_at and closes_at <= starts_at',
})
@Check({
  name: 'appointment_release_seed_when_drawn',
  expression: '(drawn_at is null) = (seed is null)',
})
@Index({
  name: 'appointment_release_undrawn_idx',
  properties: ['service', 'office', 'startsAt'],
  where: 'drawn_at is null',
})
@Index({ name: 'appointment_release_closes_idx', properties: ['closesAt'] })
export class AppointmentReleaseEntity {
  [OptionalProps]?: 'id' | 'createdAt' | 'drawnAt' | 'seed' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceEntity, { deleteRule: 'restrict' })
  service!: ServiceEntity;

  @ManyToOne(() => OfficeEntity, { deleteRule: 'restrict', index: true })
  office!: OfficeEntity;

  /** The released slots are those starting in [startsAt, endsAt). */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** From when requests are collected. */
  @Property({ type: 'datetime' })
  opensAt!: Date;

  /** Until when requests are collected; the draw follows. */
  @Property({ type: 'datetime' })
  closesAt!: Date;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  createdBy: AccountEntity | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  drawnAt: Date | null = null;

  /** The random seed that ordered the requests (hex, 32 bytes), published for audit. */
  @Property({ type: 'text', nullable: true })
  seed: string | null = null;
}

export enum ReleaseRequestStatus {
  /** Collected, waiting for the draw. */
  PENDING = 'PENDING',
  /** Drawn and given a time: `appointment` is the booking. */
  WON = 'WON',
  /** Drawn when no time matching the preferences was left. */
  NOT_DRAWN = 'NOT_DRAWN',
}

export enum ReleaseTimeOfDay {
  ANY = 'ANY',
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}

/**
 * One person's request for a time of a release. Personal data (name, e-mail, phone): never
 * exposed as a GraphQL type directly. One per person: per normalized e-mail address (person_key)
 * and per account.
 */
@Entity({ tableName: 'release_request' })
@Unique({ name: 'release_request_one_per_person', properties: ['release', 'personKey'] })
@Unique({ name: 'release_request_one_per_account', properties: ['release', 'account'] })
@Check({ name: 'release_request_email_lower_case', expression: 'email = lower(email)' })
@Check({
  name: 'release_request_drawn_fields',
  expression:
    "(status = 'PENDING') = (draw_position is null) and (appointment_id is null or status = 'WON')",
})
export class ReleaseRequestEntity {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'drawPosition' | 'appointment' | 'phone';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AppointmentReleaseEntity, { deleteRule: 'cascade' })
  release!: AppointmentReleaseEntity;

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', nullable: true, index: true })
  account!: AccountEntity | null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The e-mail address as one person: lower case, without a "+tag" (release-rules.ts). */
  @Property({ type: 'text' })
  personKey!: string;

  @Enum({ items: () => Language, nativeEnumName: undefined })
  language!: Language;

  /** Local dates (YYYY-MM-DD) the person can come on; empty: any. */
  @Property({ type: 'json' })
  preferredDays!: string[];

  @Enum({ items: () => ReleaseTimeOfDay, nativeEnumName: undefined })
  timeOfDay!: ReleaseTimeOfDay;

  /** SHA-256 of the token a guest reads the request's state with. */
  @Property({ type: 'text', unique: 'release_request_token_hash_unique' })
  tokenHash!: string;

  @Enum({
    items: () => ReleaseRequestStatus,
    nativeEnumName: undefined,
    default: ReleaseRequestStatus.PENDING,
  })
  status!: ReleaseRequestStatus;

  /** Its place in the drawn order (1 first); null before the draw. */
  @Property({ type: 'integer', nullable: true })
  drawPosition: number | null = null;

  @ManyToOne(() => AppointmentEntity, { deleteRule: 'set null', nullable: true })
  appointment: AppointmentEntity | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;
}
