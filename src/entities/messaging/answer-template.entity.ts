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
import { OfficeEntity } from '../catalogue/office.entity.js';

/**
 * A ready answer of an office's inbox ("Your passport is ready for collection"), which its staff
 * write, edit and insert into their answers. Named once per office; the limits are those of
 * answer-template-rules.ts.
 */
@Entity({ tableName: 'answer_template' })
@Unique({ name: 'answer_template_office_name_unique', properties: ['office', 'name'] })
@Check({
  name: 'answer_template_name_length',
  expression: 'length(name) >= 1 and length(name) <= 80',
})
@Check({
  name: 'answer_template_body_length',
  expression: 'length(body) >= 1 and length(body) <= 4000',
})
export class AnswerTemplateEntity {
  [OptionalProps]?: 'id' | 'updatedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OfficeEntity, { deleteRule: 'cascade' })
  office!: Rel<OfficeEntity>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** Who wrote its current text; null once their account is deleted. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true })
  updatedBy: Rel<AccountEntity> | null = null;
}
