import type { EntityManager } from '@mikro-orm/postgresql';
import { insertEmail } from './outbox.queries.js';

/** A file sent with an e-mail (an appointment's calendar entry): text, with its MIME type. */
export type EmailAttachment = { filename: string; contentType: string; content: string };

export type Email = {
  recipient: string;
  subject: string;
  body: string;
  attachment?: EmailAttachment | null;
};

/**
 * Where a queued e-mail's secret (the token of a link) goes in its body. The secret itself waits
 * in its own column and is erased once the e-mail is sent or given up on, so the outbox keeps no
 * usable link for its 30 days.
 */
export const SECRET_MARK = '[[secret]]';

/** The text to send: the body with its secret filled in (a blank once the secret is erased). */
export function renderBody(body: string, secret: string | null): string {
  return body.replaceAll(SECRET_MARK, secret ?? '');
}

/**
 * Queues an e-mail in the caller's transaction, so that it is sent exactly when the change that
 * causes it commits. The outbox worker delivers it. A `secret` replaces `SECRET_MARK` in the body
 * when the e-mail is sent. An attachment is stored with the row, so that every attempt sends the
 * same file.
 */
export function queueEmail(
  tx: EntityManager,
  email: Email & { secret?: string | null },
): Promise<void> {
  return insertEmail(tx, {
    recipient: email.recipient.toLowerCase(),
    subject: email.subject,
    body: email.body,
    secret: email.secret ?? null,
    attachment: email.attachment ?? null,
  });
}
