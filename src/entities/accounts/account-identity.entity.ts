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
import { AccountEntity } from './account.entity.js';

/**
 * An account's identity at the town's OpenID Connect provider: the provider's `sub` is stable while
 * e-mail addresses change, so a staff member is found again by issuer and subject
 * (docs/decisions/0021-oidc-staff.md).
 */
@Entity({ tableName: 'account_identity' })
@Unique({ name: 'account_identity_issuer_subject_unique', properties: ['issuer', 'subject'] })
@Check({
  name: 'account_identity_lengths',
  expression: 'length(issuer) <= 500 and length(subject) >= 1 and length(subject) <= 255',
})
export class AccountIdentityEntity {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastSignInAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AccountEntity, { deleteRule: 'cascade', index: 'account_identity_account_idx' })
  account!: Rel<AccountEntity>;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSignInAt: Date = new Date();
}
