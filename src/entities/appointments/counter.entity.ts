import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';
import { CounterServiceEntity } from './counter-service.entity.js';

/** A desk of an office where one clerk serves one citizen at a time ("Schalter 3"). */
@Entity({ tableName: 'counter' })
@Unique({ name: 'counter_office_name_unique', properties: ['office', 'name'] })
@Check({ name: 'counter_retired_inactive', expression: 'retired_at is null or not active' })
export class CounterEntity {
  [OptionalProps]?: 'id' | 'active' | 'retiredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade', index: true })
  office!: OfficeEntity;

  @Property({ type: 'text' })
  name!: string;

  /** Inactive counters keep their history but offer no new slots. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /**
   * When the counter was taken out of service for good; null while it exists. A retired counter is
   * inactive and stays so; its appointments keep naming it.
   */
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;

  /** The services this counter handles. */
  @ManyToMany({ entity: () => ServiceEntity, pivotEntity: () => CounterServiceEntity, owner: true })
  services = new Collection<ServiceEntity>(this);
}
