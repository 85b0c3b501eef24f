import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { WaitlistEntryEntity } from './waitlist-entry.entity.js';

/** The offices at which a waitlist entry takes a time (one or more). */
@Entity({ tableName: 'waitlist_entry_office' })
@Index({ name: 'waitlist_entry_office_office_idx', properties: ['office'] })
export class WaitlistEntryOfficeEntity {
  @ManyToOne(() => WaitlistEntryEntity, { primary: true, deleteRule: 'cascade' })
  entry!: Rel<WaitlistEntryEntity>;

  @ManyToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;
}
