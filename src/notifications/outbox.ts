import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessageEntity } from '../entities/notifications/outbox-message.entity.js';

export type Email = { recipient: string; subject: string; body: string };

/**
 * Queues an e-mail in the caller's unit of work, so that it is sent exactly when the change that
 * causes it commits. The outbox worker delivers it.
 */
export function queueEmail(em: EntityManager, email: Email): OutboxMessageEntity {
  return em.create(OutboxMessageEntity, {
    recipient: email.recipient.toLowerCase(),
    subject: email.subject,
    body: email.body,
  });
}
