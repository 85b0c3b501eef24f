import { randomUUID } from 'node:crypto';
import type { Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { WaitlistEntryEntity } from './waitlist-entry.entity.js';

/**
 * A time an entry was offered and let go (declined or expired): it is passed to the next in line
 * and never offered to this entry again, so that a time cannot circle between two people.
 */
@Entity({ tableName: 'waitlist_pass' })
@Check({ name: 'waitlist_pass_period_order', expression: 'ends_at > starts_at' })
export class WaitlistPassEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WaitlistEntryEntity, { deleteRule: 'cascade', index: true })
  entry!: Rel<WaitlistEntryEntity>;

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;
}
