import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Check, Entity, ManyToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { StaffOfficeEntity } from './staff-office.entity.js';

export enum Role {
  CITIZEN = 'CITIZEN',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

/**
 * A person's account: citizens, staff and admins alike. Holds personal data; never exposed as a
 * GraphQL type directly. A deleted account stays as a tombstone without personal data (deletedAt
 * set, e-mail and name gone) so that the append-only audit log can keep pointing at it.
 */
@Entity({ tableName: 'account' })
@Check({ name: 'account_email_lower_case', expression: 'email = lower(email)' })
@Check({
  name: 'account_roles_known',
  expression: "roles <@ array['CITIZEN', 'STAFF', 'ADMIN']::text[]",
})
@Check({
  name: 'account_deleted_has_no_personal_data',
  expression: 'deleted_at is null or (email is null and name is null and password_hash is null)',
})
@Check({
  name: 'account_live_has_email',
  expression: 'deleted_at is not null or email is not null',
})
export class AccountEntity {
  [OptionalProps]?:
    'id' | 'emailVerifiedAt' | 'passwordHash' | 'roles' | 'language' | 'createdAt' | 'deletedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased; null only once the account is deleted. */
  @Property({ type: 'text', nullable: true, unique: 'account_email_unique' })
  email!: string | null;

  @Property({ type: 'text', nullable: true })
  name!: string | null;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null = null;

  /** argon2id; null for accounts that sign in with passkeys only. */
  @Property({ type: 'text', nullable: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'text[]', defaultRaw: "'{CITIZEN}'" })
  roles: Role[] = [Role.CITIZEN];

  /** Preferred language for e-mails, "DE" or "EN". */
  @Property({ type: 'text', default: 'DE' })
  language: string = 'DE';

  /** For staff: the offices whose queue, bookings and messages they work. */
  @ManyToMany({ entity: () => OfficeEntity, pivotEntity: () => StaffOfficeEntity, owner: true })
  offices = new Collection<OfficeEntity>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;
}
