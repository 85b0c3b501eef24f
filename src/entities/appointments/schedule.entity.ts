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
import { CounterEntity } from './counter.entity.js';

/**
 * One weekly opening period of a counter, in the municipality's local time: "Mondays 08:00-12:00
 * from 1 December on". Several rows per weekday give split hours.
 */
@Entity({ tableName: 'schedule' })
@Check({ name: 'schedule_weekday_iso', expression: 'weekday >= 1 and weekday <= 7' })
@Check({ name: 'schedule_period_order', expression: 'closes_at > opens_at' })
@Check({
  name: 'schedule_validity_order',
  expression: 'valid_until is null or valid_until >= valid_from',
})
@Index({ name: 'schedule_counter_weekday_idx', properties: ['counter', 'weekday'] })
export class ScheduleEntity {
  [OptionalProps]?: 'id' | 'validUntil';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CounterEntity, { deleteRule: 'cascade' })
  counter!: CounterEntity;

  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  @Property({ type: 'smallint' })
  weekday!: number;

  /** Local time "HH:MM". */
  @Property({ type: 'time' })
  opensAt!: string;

  @Property({ type: 'time' })
  closesAt!: string;

  /** First local date on which this period applies. */
  @Property({ type: 'date' })
  validFrom!: string;

  /** Last local date on which it applies; null for open-ended. */
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;
}
