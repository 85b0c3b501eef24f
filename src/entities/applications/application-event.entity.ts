import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import { ApplicationEntity } from './application.entity.js';
import { ApplicationEventKind, ApplicationStatus } from './application-status.js';

/** One step of an application's history, shown to the citizen and the staff as its timeline. */
@Entity({ tableName: 'application_event' })
@Check({
  name: 'application_event_kind_known',
  expression:
    "kind in ('SUBMITTED', 'TAKEN', 'ASSIGNED', 'INFORMATION_REQUESTED', 'CITIZEN_ANSWERED', 'DOCUMENT_ADDED', 'RESUMED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED')",
})
export class ApplicationEventEntity {
  [OptionalProps]?: 'id' | 'actor' | 'note' | 'byStaff';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade', index: true })
  application!: Rel<ApplicationEntity>;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'text' })
  kind!: ApplicationEventKind;

  /** The status after the step. */
  @Property({ type: 'text' })
  status!: ApplicationStatus;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  actor: Rel<AccountEntity> | null = null;

  /** Whether a member of staff took the step (kept when the actor's account is gone). */
  @Property({ type: 'boolean', default: false })
  byStaff: boolean = false;

  /** The reason or the question. */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
