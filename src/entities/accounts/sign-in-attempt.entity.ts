import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A password sign-in attempt, recorded before the password is checked and removed when it
 * succeeds, for the growing delay and the temporary block (10 failures in 15 minutes per e-mail
 * and IP, 30 per e-mail). Keyed by a hash of the e-mail, so that attempts on unknown
 * addresses are throttled alike and no address is stored in clear.
 */
@Entity({ tableName: 'sign_in_attempt' })
@Index({ name: 'sign_in_attempt_lookup_idx', properties: ['emailHash', 'ip', 'attemptedAt'] })
export class SignInAttemptEntity {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  emailHash!: string;

  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'datetime' })
  attemptedAt!: Date;
}
