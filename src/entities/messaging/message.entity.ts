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
import { ConversationEntity } from './conversation.entity.js';

export enum MessageAuthorRole {
  CITIZEN = 'CITIZEN',
  STAFF = 'STAFF',
  /** Written by Rathaus itself, e.g. the out-of-office notice. */
  SYSTEM = 'SYSTEM',
}

/** One message of a conversation, numbered by `seq` (1, 2, 3, … without gaps). */
@Entity({ tableName: 'message' })
@Unique({ name: 'message_conversation_seq_unique', properties: ['conversation', 'seq'] })
@Unique({
  name: 'message_conversation_client_id_unique',
  properties: ['conversation', 'clientMessageId'],
})
@Check({ name: 'message_body_length', expression: 'length(body) >= 1 and length(body) <= 4000' })
@Check({ name: 'message_seq_positive', expression: 'seq >= 1' })
@Check({
  name: 'message_author_matches_role',
  expression:
    "author_role in ('CITIZEN', 'STAFF', 'SYSTEM') and (author_role <> 'SYSTEM' or author_id is null)",
})
export class MessageEntity {
  [OptionalProps]?: 'id' | 'author' | 'clientMessageId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ConversationEntity, { deleteRule: 'cascade' })
  conversation!: Rel<ConversationEntity>;

  @Property({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => AccountEntity, { deleteRule: 'set null', nullable: true, index: true })
  author: Rel<AccountEntity> | null = null;

  @Property({ type: 'text' })
  authorRole!: MessageAuthorRole;

  @Property({ type: 'text' })
  body!: string;

  /** The sender's id for safe retries: a second message with it returns the first. */
  @Property({ type: 'text', nullable: true })
  clientMessageId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
