import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

export enum ChallengePurpose {
  REGISTER_PASSKEY = 'REGISTER_PASSKEY',
  SIGN_IN = 'SIGN_IN',
}

/**
 * A WebAuthn challenge handed out by startPasskey*. Single use: finishing deletes it; it expires
 * after 60 seconds.
 */
@Entity({ tableName: 'auth_challenge' })
@Check({
  name: 'auth_challenge_purpose_known',
  expression: "purpose in ('REGISTER_PASSKEY', 'SIGN_IN')",
})
@Check({
  name: 'auth_challenge_registration_has_account',
  expression: "purpose <> 'REGISTER_PASSKEY' or account_id is not null",
})
export class AuthChallengeEntity {
  [OptionalProps]?: 'id' | 'account';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** base64url, as it appears in the client data of the response. */
  @Property({ type: 'text', unique: 'auth_challenge_challenge_unique' })
  challenge!: string;

  @Property({ type: 'text' })
  purpose!: ChallengePurpose;

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', nullable: true, index: true })
  account: Rel<AccountEntity> | null = null;

  @Property({ type: 'datetime', index: true })
  expiresAt!: Date;
}
