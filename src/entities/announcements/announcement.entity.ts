import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import type { LocalizedText } from '../localized-text.js';

export enum AnnouncementCategory {
  NEWS = 'NEWS',
  CLOSURE = 'CLOSURE',
  EVENT = 'EVENT',
  WARNING = 'WARNING',
}

export enum AnnouncementSeverity {
  INFO = 'INFO',
  IMPORTANT = 'IMPORTANT',
  EMERGENCY = 'EMERGENCY',
}

/**
 * An official notice of the town hall: news, a closure, an event or a warning, for the whole town
 * (`office` null) or one office. Its status is derived, not stored: no `publishAt` is a draft, a
 * future one is scheduled, then it is visible until `expiresAt` (see announcement-rules.ts).
 * `announcedAt` records that the live event for it was sent, which makes that event go out once,
 * whichever server instance (or the publishing request itself) claims it first. Public data; the
 * API still has a type of its own, which carries one language and hides the authors.
 */
@Entity({ tableName: 'announcement' })
@Check({
  name: 'announcement_category_known',
  expression: "category in ('NEWS', 'CLOSURE', 'EVENT', 'WARNING')",
})
@Check({
  name: 'announcement_severity_known',
  expression: "severity in ('INFO', 'IMPORTANT', 'EMERGENCY')",
})
// coalesce: a missing key makes the comparison null, which a check would let pass.
@Check({
  name: 'announcement_title_has_german',
  expression: "coalesce(jsonb_typeof(title->'de') = 'string' and btrim(title->>'de') <> '', false)",
})
@Check({
  name: 'announcement_body_has_german',
  expression: "coalesce(jsonb_typeof(body->'de') = 'string' and btrim(body->>'de') <> '', false)",
})
@Check({ name: 'announcement_validity_order', expression: 'expires_at > publish_at' })
@Check({
  name: 'announcement_announced_when_published',
  expression: 'announced_at is null or publish_at is not null',
})
@Check({
  name: 'announcement_event_has_start',
  expression: "(category = 'EVENT') = (event_starts_at is not null)",
})
@Check({
  name: 'announcement_event_period_order',
  expression: 'event_ends_at is null or event_ends_at > event_starts_at',
})
@Check({ name: 'announcement_revision_positive', expression: 'revision >= 1' })
// "Visible now" is publish_at <= now < coalesce(expires_at, infinity). The archive of expired
// notices only grows, so the index leads with the end of validity: the range scan skips the
// archive and reads just the few notices that are live or scheduled.
@Index({
  name: 'announcement_live_idx',
  expression:
    'create index "announcement_live_idx" on "announcement" ((coalesce("expires_at", \'infinity\'::timestamptz)), "publish_at") where "publish_at" is not null',
})
// The scheduler's claim: due notices whose live event has not gone out yet.
@Index({
  name: 'announcement_unannounced_idx',
  properties: ['publishAt'],
  where: 'announced_at is null and publish_at is not null',
})
@Index({ name: 'announcement_office_idx', properties: ['office'] })
export class AnnouncementEntity {
  [OptionalProps]?:
    | 'id'
    | 'office'
    | 'publishAt'
    | 'expiresAt'
    | 'announcedAt'
    | 'eventStartsAt'
    | 'eventEndsAt'
    | 'eventLocation'
    | 'revision';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The office it concerns; null for the whole town (only admins write those). */
  @ManyToOne(() => OfficeEntity, { deleteRule: 'restrict', nullable: true })
  office: OfficeEntity | null = null;

  @Property({ type: 'text' })
  category!: AnnouncementCategory;

  @Property({ type: 'text' })
  severity!: AnnouncementSeverity;

  /** Headline in German (required), English and Leichte Sprache; at most 200 characters each. */
  @Property({ type: 'json' })
  title!: LocalizedText;

  /** Plain text; paragraphs are separated by blank lines. */
  @Property({ type: 'json' })
  body!: LocalizedText;

  /** From when it is visible; null while it is a draft. */
  @Property({ type: 'datetime', nullable: true })
  publishAt: Date | null = null;

  /** Until when it is visible (exclusive); null: until withdrawn. */
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  /** When the `announcementPublished` event was claimed; set once, never reset. */
  @Property({ type: 'datetime', nullable: true })
  announcedAt: Date | null = null;

  /** For the EVENT category: when the event itself takes place (the iCalendar feed). */
  @Property({ type: 'datetime', nullable: true })
  eventStartsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  eventEndsAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  eventLocation: string | null = null;

  /** Number of the latest revision; editors send it back to detect concurrent edits. */
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
