import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from './office.entity.js';
import { ServiceEntity } from './service.entity.js';

/** Which offices offer which services; indexed both ways for the catalogue filters. */
@Entity({ tableName: 'service_office' })
@Index({ name: 'service_office_office_idx', properties: ['office'] })
export class ServiceOfficeEntity {
  @ManyToOne(() => ServiceEntity, { primary: true, deleteRule: 'cascade' })
  service!: Rel<ServiceEntity>;

  @ManyToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;
}
