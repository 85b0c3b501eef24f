import type { Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';

/**
 * The ticket numbers an office handed out on one local day: a ticket takes `last_number + 1` from
 * this locked row, and the unique key on queue_ticket refuses any number given twice.
 */
@Entity({ tableName: 'queue_day' })
@Check({ name: 'queue_day_last_number_not_negative', expression: 'last_number >= 0' })
export class QueueDayEntity {
  @ManyToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
