import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { LocalizedText } from '../localized-text.js';

/** A place of the town hall where citizens are served (Bürgerbüro, Standesamt, ...). */
@Entity({ tableName: 'office' })
@Check({ name: 'office_slug_format', expression: "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'" })
@Check({
  name: 'office_name_has_german',
  expression: "coalesce(jsonb_typeof(name->'de') = 'string', false)",
})
@Check({
  name: 'office_retired_after_created',
  expression: 'retired_at is null or retired_at >= created_at',
})
export class OfficeEntity {
  [OptionalProps]?: 'id' | 'phone' | 'email' | 'website' | 'createdAt' | 'retiredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Property({ type: 'text' })
  street!: string;

  @Property({ type: 'text' })
  postalCode!: string;

  @Property({ type: 'text' })
  city!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /**
   * When the office closed for good; null while it serves. A retired office is gone from the
   * citizens' catalogue and from booking, but its appointments keep naming it.
   */
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;
}
