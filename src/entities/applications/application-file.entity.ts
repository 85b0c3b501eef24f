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
import { AccountEntity } from '../accounts/account.entity.js';
import { ApplicationEntity } from './application.entity.js';
import { ApplicationFileKind } from './application-status.js';

/**
 * A file of an application: a document the citizen or staff uploaded, the receipt or the decision
 * letter. The bytes live in the FileStore under storage_key (their SHA-256).
 */
@Entity({ tableName: 'application_file' })
@Check({
  name: 'application_file_kind_known',
  expression: "kind in ('DOCUMENT', 'RECEIPT', 'DECISION')",
})
@Check({
  name: 'application_file_requirement_for_documents',
  expression: "(kind = 'DOCUMENT') = (requirement is not null)",
})
@Check({ name: 'application_file_size_positive', expression: 'size > 0' })
// One file per stored file; also how the daily sweep finds whether a row names a stored file.
@Unique({ name: 'application_file_storage_key_unique', properties: ['storageKey'] })
export class ApplicationFileEntity {
  [OptionalProps]?: 'id' | 'requirement' | 'uploadedBy' | 'removedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade', index: true })
  application!: Rel<ApplicationEntity>;

  @Property({ type: 'text' })
  kind!: ApplicationFileKind;

  /** The DocumentRequirement key of a DOCUMENT. */
  @Property({ type: 'text', nullable: true })
  requirement: string | null = null;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  storageKey!: string;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  uploadedBy: Rel<AccountEntity> | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  removedAt: Date | null = null;
}
