import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { LocalizedText } from '../localized-text.js';

/** A life situation or topic that groups services ("Ausweise und Pässe", "Umzug", ...). */
@Entity({ tableName: 'category' })
@Check({ name: 'category_slug_format', expression: "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'" })
@Check({
  name: 'category_name_has_german',
  expression: "coalesce(jsonb_typeof(name->'de') = 'string', false)",
})
export class CategoryEntity {
  [OptionalProps]?: 'id' | 'position';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;

  /** Display order on the start page, ascending. */
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
