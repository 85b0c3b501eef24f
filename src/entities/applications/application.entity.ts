import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
} from '@mikro-orm/decorators/legacy';
import { AccountEntity } from '../accounts/account.entity.js';
import { OfficeEntity } from '../catalogue/office.entity.js';
import { ServiceEntity } from '../catalogue/service.entity.js';
import { ConversationEntity } from '../messaging/conversation.entity.js';
import { ApplicationFileEntity } from './application-file.entity.js';
import { ApplicationFormEntity } from './application-form.entity.js';
import { ApplicationStatus, applicationTriggerBody } from './application-status.js';

/**
 * A citizen's application for a service, from the draft to the closed case. The database keeps the
 * status machine: a trigger refuses every status change outside application-status.ts's table and
 * a change of hands of an assigned case that did not check the version it read.
 */
@Entity({ tableName: 'application' })
@Trigger({
  name: 'application_status_transition',
  timing: 'before',
  events: ['update'],
  forEach: 'row',
  body: applicationTriggerBody,
})
@Check({
  name: 'application_status_known',
  expression:
    "status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED')",
})
@Check({
  name: 'application_reference_when_submitted',
  expression: "(status = 'DRAFT') = (reference is null)",
})
@Check({
  name: 'application_submitted_at_when_submitted',
  expression:
    "(status = 'DRAFT') = (submitted_at is null) and (submitted_at is null) = (due_at is null)",
})
@Check({
  name: 'application_decision_when_decided',
  expression:
    "(decided_at is not null and decision_reason is not null) or status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'WITHDRAWN', 'CLOSED')",
})
@Check({
  name: 'application_decision_only_when_decided',
  expression: "decided_at is null or status in ('APPROVED', 'REJECTED', 'CLOSED')",
})
@Check({ name: 'application_version_positive', expression: 'version >= 1' })
@Index({ name: 'application_office_status_idx', properties: ['office', 'status', 'submittedAt'] })
@Index({ name: 'application_applicant_idx', properties: ['applicant', 'createdAt'] })
@Index({
  name: 'application_open_draft_unique',
  expression:
    'create unique index "application_open_draft_unique" on "application" ("applicant_id", "service_id") where status = \'DRAFT\'',
})
export class ApplicationEntity {
  [OptionalProps]?:
    | 'id'
    | 'reference'
    | 'status'
    | 'answers'
    | 'assignee'
    | 'conversation'
    | 'dueAt'
    | 'submittedAt'
    | 'decidedAt'
    | 'closedAt'
    | 'decisionReason'
    | 'receiptFile'
    | 'decisionFile'
    | 'version'
    | 'anonymisedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Set at submission from application_reference_seq, e.g. MS-2026-000123. */
  @Property({ type: 'text', nullable: true, unique: true })
  reference: string | null = null;

  /** The version the citizen fills in; kept when the service publishes a newer one. */
  @ManyToOne(() => ApplicationFormEntity, { deleteRule: 'restrict' })
  form!: Rel<ApplicationFormEntity>;

  @ManyToOne(() => ServiceEntity, { deleteRule: 'restrict', index: true })
  service!: Rel<ServiceEntity>;

  /** The office that handles it. */
  @ManyToOne(() => OfficeEntity, { deleteRule: 'restrict' })
  office!: Rel<OfficeEntity>;

  /** Null once the case is anonymised or the account deleted. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  applicant: Rel<AccountEntity> | null = null;

  @Property({ type: 'text', default: ApplicationStatus.DRAFT })
  status: ApplicationStatus = ApplicationStatus.DRAFT;

  @Property({ type: 'json', default: '{}' })
  answers: Record<string, unknown> = {};

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  assignee: Rel<AccountEntity> | null = null;

  @ManyToOne(() => ConversationEntity, { deleteRule: 'set null', nullable: true, index: true })
  conversation: Rel<ConversationEntity> | null = null;

  /** submitted_at plus the form's processing days. */
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @ManyToOne(() => ApplicationFileEntity, { deleteRule: 'set null', nullable: true })
  receiptFile: Rel<ApplicationFileEntity> | null = null;

  @ManyToOne(() => ApplicationFileEntity, { deleteRule: 'set null', nullable: true })
  decisionFile: Rel<ApplicationFileEntity> | null = null;

  /** Optimistic lock: drafts are saved, and assigned cases change hands, only at the version read. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  anonymisedAt: Date | null = null;
}
