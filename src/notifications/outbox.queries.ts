import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf, run, sql } from '../common/sql.js';

// The only place that writes SQL for the outbox. Its rows are inserted through the ORM in the
// unit of work of the change that causes them (queueEmail, src/notifications/outbox.ts), so that
// an e-mail exists exactly when that change commits; the worker's claim and its updates are
// written here, in another transaction, on rows no EntityManager of the worker holds.

/** A queued e-mail as the worker sends it. */
export type DueEmail = {
  id: string;
  recipient: string;
  subject: string;
  /** With `[[secret]]` where the secret goes. */
  body: string;
  secret: string | null;
  attempts: number;
};

/**
 * Up to `limit` e-mails due at `now` with fewer than `maxAttempts` attempts, oldest first, locked
 * for this transaction; rows another worker holds are skipped, not waited for.
 */
export function claimDueEmails(
  em: EntityManager,
  due: { now: Date; maxAttempts: number; limit: number },
): Promise<DueEmail[]> {
  return rowsOf<DueEmail>(
    em,
    sql`select id, recipient, subject, body, secret, attempts from outbox_message
         where sent_at is null and available_at <= ${due.now} and attempts < ${due.maxAttempts}
         order by available_at limit ${due.limit} for update skip locked`,
  );
}

/** Sent: its secret is erased. */
export async function markEmailSent(em: EntityManager, id: string, now: Date): Promise<void> {
  await run(
    em,
    sql`update outbox_message set sent_at = ${now}, attempts = attempts + 1, secret = null
         where id = ${id}`,
  );
}

/** A failed attempt: tried again at `retryAt`; after the last attempt its secret is erased. */
export async function markEmailFailed(
  em: EntityManager,
  failure: { id: string; error: string; retryAt: Date; maxAttempts: number },
): Promise<void> {
  await run(
    em,
    sql`update outbox_message
           set attempts = attempts + 1, last_error = ${failure.error},
               available_at = ${failure.retryAt},
               secret = case when attempts + 1 >= ${failure.maxAttempts} then null else secret end
         where id = ${failure.id}`,
  );
}

/**
 * Deletes the e-mails sent before `cutoff`, and those given up on (`maxAttempts` reached) that
 * were queued before it. Returns how many went.
 */
export function deleteFinishedEmails(
  em: EntityManager,
  finished: { cutoff: Date; maxAttempts: number },
): Promise<number> {
  return run(
    em,
    sql`delete from outbox_message
         where sent_at < ${finished.cutoff}
            or (sent_at is null and attempts >= ${finished.maxAttempts}
                and created_at < ${finished.cutoff})`,
  );
}
