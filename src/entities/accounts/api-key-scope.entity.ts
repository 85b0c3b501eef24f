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
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';

/**
 * What an API key may do beyond reading public data (PUBLIC_READ, which every key has and no row
 * stores). Each scope is bound to one office; only admins grant them (docs/decisions/0028).
 */
export enum ApiKeyScope {
  /** The office's appointments with the citizens' details, and their changes live. */
  OFFICE_APPOINTMENTS_READ = 'OFFICE_APPOINTMENTS_READ',
  /** The office's conversations (inbox, a conversation, its messages) and replies as the office. */
  OFFICE_MESSAGES_WRITE = 'OFFICE_MESSAGES_WRITE',
}

/** A scope that an admin granted to an API key, for one office. */
@Entity({ tableName: 'api_key_scope' })
@Unique({
  name: 'api_key_scope_unique',
  properties: ['apiKey', 'scope', 'office'],
})
@Check({
  name: 'api_key_scope_known',
  expression: "scope in ('OFFICE_APPOINTMENTS_READ', 'OFFICE_MESSAGES_WRITE')",
})
export class ApiKeyScopeEntity {
  [OptionalProps]?: 'id' | 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApiKeyEntity, { deleteRule: 'cascade' })
  apiKey!: Rel<ApiKeyEntity>;

  @Property({ type: 'text' })
  scope!: ApiKeyScope;

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade', index: true })
  office!: Rel<OfficeEntity>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  grantedAt: Date = new Date();
}
