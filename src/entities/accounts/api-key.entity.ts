import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

/**
 * A third-party developer's key for the public API. Shown once at creation; stored as a SHA-256
 * hash with a visible prefix so that its owner can tell keys apart.
 */
@Entity({ tableName: 'api_key' })
@Check({ name: 'api_key_name_length', expression: 'length(name) >= 1 and length(name) <= 100' })
export class ApiKeyEntity {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The developer the key belongs to. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', index: true })
  owner!: Rel<AccountEntity>;

  @Property({ type: 'text' })
  name!: string;

  /** The first characters of the key, shown in lists ("rh_key_AbC1"). */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', unique: 'api_key_hash_unique' })
  keyHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
