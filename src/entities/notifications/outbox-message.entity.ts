import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A message to send, written in the same transaction as the event that causes it; a worker
 * delivers it (e-mail via SMTP, or the log in development) and marks it sent.
 */
@Entity({ tableName: 'outbox_message' })
@Check({ name: 'outbox_message_channel_known', expression: "channel in ('EMAIL')" })
@Index({
  name: 'outbox_message_pending_idx',
  properties: ['availableAt'],
  where: 'sent_at is null',
})
@Index({ name: 'outbox_message_recipient_idx', properties: ['recipient'] })
export class OutboxMessageEntity {
  [OptionalProps]?:
    | 'id'
    | 'channel'
    | 'createdAt'
    | 'availableAt'
    | 'sentAt'
    | 'attempts'
    | 'lastError'
    | 'secret'
    | 'attachment';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', default: 'EMAIL' })
  channel: string = 'EMAIL';

  /** The e-mail address, lower-cased. */
  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  subject!: string;

  /** With `[[secret]]` where the secret goes (src/notifications/outbox.ts). */
  @Property({ type: 'text' })
  body!: string;

  /** The token of the e-mail's link until it is sent or given up on; then erased. */
  @Property({ type: 'text', nullable: true })
  secret: string | null = null;

  /**
   * A file sent with the e-mail (an appointment's calendar entry), kept with the row so that a
   * retried e-mail carries the same file: `{ filename, contentType, content }` (text).
   */
  @Property({ type: 'json', nullable: true })
  attachment: { filename: string; contentType: string; content: string } | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Not before this time (retries back off). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  availableAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
