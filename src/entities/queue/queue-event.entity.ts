import type { Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CounterEntity } from '../appointments/counter.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { QueueTicketEntity } from './queue-ticket.entity.js';

/**
 * Every change of an office's queue, numbered per office by `seq` (1, 2, 3, … without gaps, taken
 * from the locked queue_office row in the change's transaction): a subscriber that was away
 * catches up with what came after the last number it saw.
 */
@Entity({ tableName: 'queue_event' })
@Check({ name: 'queue_event_seq_positive', expression: 'seq >= 1' })
@Check({
  name: 'queue_event_kind_known',
  expression:
    "kind in ('JOINED', 'CALLED', 'RECALLED', 'PARKED', 'TRANSFERRED', 'DONE', 'NO_SHOW', 'COUNTER_OPENED', 'COUNTER_CLOSED', 'DAY_ENDED')",
})
export class QueueEventEntity {
  @ManyToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;

  @PrimaryKey({ type: 'bigint' })
  seq!: string;

  @Property({ type: 'text' })
  kind!: string;

  @ManyToOne(() => QueueTicketEntity, { deleteRule: 'cascade', nullable: true, index: true })
  ticket: Rel<QueueTicketEntity> | null = null;

  @ManyToOne(() => CounterEntity, { deleteRule: 'cascade', nullable: true })
  counter: Rel<CounterEntity> | null = null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;
}
