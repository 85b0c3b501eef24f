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
import { CounterEntity } from './counter.entity.js';

/**
 * A period in which an office (or, when `counter` is set, one of its counters) takes no
 * appointments: public holidays, staff meetings, a closure for renovation.
 */
@Entity({ tableName: 'closure' })
@Check({ name: 'closure_period_order', expression: 'ends_at > starts_at' })
@Index({ name: 'closure_office_period_idx', properties: ['office', 'startsAt', 'endsAt'] })
export class ClosureEntity {
  [OptionalProps]?: 'id' | 'counter';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade' })
  office!: OfficeEntity;

  @ManyToOne(() => CounterEntity, { deleteRule: 'cascade', nullable: true })
  counter: CounterEntity | null = null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'json' })
  reason!: LocalizedText;
}
