import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** A staff invitation: its holder sets the account's password. */
  INVITATION = 'INVITATION',
}

/** A single-use secret sent by e-mail (verification or invitation link); stored as its SHA-256. */
@Entity({ tableName: 'account_token' })
@Check({
  name: 'account_token_purpose_known',
  expression: "purpose in ('VERIFY_EMAIL', 'INVITATION')",
})
export class AccountTokenEntity {
  [OptionalProps]?: 'id' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', index: true })
  account!: Rel<AccountEntity>;

  @Property({ type: 'text' })
  purpose!: AccountTokenPurpose;

  @Property({ type: 'text', unique: 'account_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
