import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

export enum SessionKind {
  /** The first-party web client: an HttpOnly cookie. */
  COOKIE = 'COOKIE',
  /** Native apps: a bearer token in the Authorization header. */
  BEARER = 'BEARER',
}

/**
 * A signed-in device. The token itself is never stored, only its SHA-256. A session ends after 30
 * days without use, after 90 days at most, or when it is revoked.
 */
@Entity({ tableName: 'session' })
@Check({ name: 'session_kind_known', expression: "kind in ('COOKIE', 'BEARER')" })
@Check({ name: 'session_expiry_after_creation', expression: 'expires_at > created_at' })
export class SessionEntity {
  [OptionalProps]?:
    'id' | 'userAgent' | 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'viaIdentityProvider';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', index: true })
  account!: Rel<AccountEntity>;

  @Property({ type: 'text', unique: 'session_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'text' })
  kind!: SessionKind;

  /** The browser or app that signed in, for "my devices"; cut to 300 characters. */
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastUsedAt!: Date;

  /** The absolute end, 90 days after sign-in. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** Opened by signing in at the town's identity provider, where signing out ends it too. */
  @Property({ type: 'boolean', default: false })
  viaIdentityProvider: boolean = false;
}
