import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { AccountEntity } from './account.entity.js';

/** Which offices a staff member works for. */
@Entity({ tableName: 'staff_office' })
@Index({ name: 'staff_office_office_idx', properties: ['office'] })
export class StaffOfficeEntity {
  @ManyToOne(() => AccountEntity, { primary: true, deleteRule: 'cascade' })
  account!: Rel<AccountEntity>;

  @ManyToOne(() => OfficeEntity, { primary: true, deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;
}
