import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import type { LocalizedText } from '../localized-text.js';
import {
  AnnouncementEntity,
  type AnnouncementCategory,
  type AnnouncementSeverity,
} from './announcement.entity.js';

export enum AnnouncementRevisionAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * The edit history of an announcement: every change writes the whole announcement as it stands
 * afterwards, with who did what and when, so that a press office can show what a notice said at
 * any time. Written only by the announcement service, never changed.
 */
@Entity({ tableName: 'announcement_revision' })
@Unique({ name: 'announcement_revision_number_unique', properties: ['announcement', 'revision'] })
@Check({
  name: 'announcement_revision_action_known',
  expression: "action in ('CREATED', 'UPDATED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')",
})
@Check({
  name: 'announcement_revision_category_known',
  expression: "category in ('NEWS', 'CLOSURE', 'EVENT', 'WARNING')",
})
@Check({
  name: 'announcement_revision_severity_known',
  expression: "severity in ('INFO', 'IMPORTANT', 'EMERGENCY')",
})
@Check({ name: 'announcement_revision_number_positive', expression: 'revision >= 1' })
export class AnnouncementRevisionEntity {
  [OptionalProps]?: 'id' | 'editor';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AnnouncementEntity, { deleteRule: 'cascade' })
  announcement!: Rel<AnnouncementEntity>;

  /** 1 for the first version, counting up by one per change. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'text' })
  action!: AnnouncementRevisionAction;

  /** Who made the change; null when the account is gone or for the demo seed. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  editor: AccountEntity | null = null;

  @Property({ type: 'datetime' })
  editedAt!: Date;

  @Property({ type: 'text' })
  category!: AnnouncementCategory;

  @Property({ type: 'text' })
  severity!: AnnouncementSeverity;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  body!: LocalizedText;

  @Property({ type: 'datetime', nullable: true })
  publishAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  eventStartsAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  eventEndsAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  eventLocation!: string | null;
}
