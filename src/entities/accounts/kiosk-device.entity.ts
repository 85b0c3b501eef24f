import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';

/** A lobby kiosk of one office, known by a device token an admin issued. */
@Entity({ tableName: 'kiosk_device' })
@Check({
  name: 'kiosk_device_name_length',
  expression: 'length(name) >= 1 and length(name) <= 100',
})
export class KioskDeviceEntity {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade', index: true })
  office!: Rel<OfficeEntity>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: 'kiosk_device_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
