import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import { CounterEntity } from '../appointments/counter.entity.js';

/** A counter that is open for the lobby queue, and who opened it; closing deletes the row. */
@Entity({ tableName: 'queue_counter' })
export class QueueCounterEntity {
  @OneToOne(() => CounterEntity, { primary: true, deleteRule: 'cascade', owner: true })
  counter!: Rel<CounterEntity>;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  openedBy: Rel<AccountEntity> | null = null;

  @Property({ type: 'datetime' })
  openedAt!: Date;
}
