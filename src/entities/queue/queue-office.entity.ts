import type { Rel } from '@mikro-orm/core';
import { Check, Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';

/** The last number of an office's queue events (queue_event.seq); its row lock orders them. */
@Entity({ tableName: 'queue_office' })
@Check({ name: 'queue_office_last_seq_not_negative', expression: 'last_seq >= 0' })
export class QueueOfficeEntity {
  @OneToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade', owner: true })
  office!: Rel<OfficeEntity>;

  @Property({ type: 'bigint', default: 0 })
  lastSeq: string = '0';
}
