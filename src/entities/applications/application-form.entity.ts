import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';

/**
 * One version of a service's online application form. Versions are never changed: an application
 * keeps the version it was filled against, and publishing writes the next version. The service's
 * current form is its highest version while that row is active; removing the online application
 * switches that row off.
 */
@Entity({ tableName: 'application_form' })
@Unique({ name: 'application_form_service_version_unique', properties: ['service', 'version'] })
@Check({ name: 'application_form_version_positive', expression: 'version >= 1' })
@Check({ name: 'application_form_fee_not_negative', expression: 'fee_cents >= 0' })
@Check({ name: 'application_form_processing_days_positive', expression: 'processing_days > 0' })
@Check({ name: 'application_form_retention_years_positive', expression: 'retention_years > 0' })
export class ApplicationFormEntity {
  [OptionalProps]?: 'id' | 'active' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceEntity, { deleteRule: 'cascade' })
  service!: Rel<ServiceEntity>;

  @Property({ type: 'integer' })
  version!: number;

  /** The FormDefinition of docs/application-forms.md. */
  @Property({ type: 'json' })
  definition!: Record<string, unknown>;

  /** Euro cents. */
  @Property({ type: 'integer' })
  feeCents!: number;

  @Property({ type: 'integer' })
  processingDays!: number;

  /** How many years a decided, withdrawn or closed case is kept before it is deleted. */
  @Property({ type: 'integer' })
  retentionYears!: number;

  /** False once the service's online application was removed (only ever on the newest version). */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  createdBy: Rel<AccountEntity> | null = null;
}
