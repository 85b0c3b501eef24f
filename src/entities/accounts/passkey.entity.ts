import { randomUUID } from 'node:crypto';
import { BigIntType, OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

/** A WebAuthn credential ("passkey") with which an account signs in. */
@Entity({ tableName: 'passkey' })
@Check({ name: 'passkey_counter_not_negative', expression: 'sign_count >= 0' })
@Check({ name: 'passkey_name_length', expression: 'length(name) >= 1 and length(name) <= 100' })
export class PasskeyEntity {
  [OptionalProps]?: 'id' | 'signCount' | 'transports' | 'createdAt' | 'lastUsedAt' | 'backedUp';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', index: true })
  account!: Rel<AccountEntity>;

  /** The credential ID, base64url, as the authenticator reports it. */
  @Property({ type: 'text', unique: 'passkey_credential_id_unique' })
  credentialId!: string;

  /** COSE-encoded public key. */
  @Property({ type: 'blob' })
  publicKey!: Buffer;

  @Property({ type: new BigIntType('number'), default: 0 })
  signCount: number = 0;

  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  transports: string[] = [];

  /** Whether the credential is synced across devices (a multi-device passkey). */
  @Property({ type: 'boolean', default: false })
  backedUp: boolean = false;

  /** The citizen's label for it ("Mein Handy"). */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}
