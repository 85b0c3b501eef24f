import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { ServiceEntity } from '../catalogue/service.entity.js';
import { CounterEntity } from './counter.entity.js';

/** Which services a counter handles; free slots are computed from it. */
@Entity({ tableName: 'counter_service' })
@Index({ name: 'counter_service_service_idx', properties: ['service'] })
export class CounterServiceEntity {
  @ManyToOne(() => CounterEntity, { primary: true, deleteRule: 'cascade' })
  counter!: Rel<CounterEntity>;

  @ManyToOne(() => ServiceEntity, { primary: true, deleteRule: 'cascade' })
  service!: Rel<ServiceEntity>;
}
