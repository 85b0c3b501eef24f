import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { dateOrNull, rowOf, run, sql } from '../common/sql.js';
import type { EmailAttachment } from './outbox.js';

// The only place that writes SQL for the outbox, and the only way its rows are written: queued
// in the transaction of the change that causes them (queueEmail, src/notifications/outbox.ts),
// so that an e-mail exists exactly when that change commits; claimed, marked and deleted by the
// worker in statements of their own.

/** Queues an e-mail in the caller's transaction; `body` has `[[secret]]` where `secret` goes. */
export async function insertEmail(
  tx: EntityManager,
  email: {
    recipient: string;
    subject: string;
    body: string;
    secret: string | null;
    attachment: EmailAttachment | null;
  },
): Promise<void> {
  const attachment = email.attachment && JSON.stringify(email.attachment);
  await run(
    tx,
    sql`insert into outbox_message (id, recipient, subject, body, secret, attachment)
        values (${randomUUID()}, ${email.recipient}, ${email.subject}, ${email.body}, ${email.secret},
                ${attachment}::jsonb)`,
  );
}

/** A queued e-mail as the worker sends it. */
export type DueEmail = {
  id: string;
  recipient: string;
  subject: string;
  /** With `[[secret]]` where the secret goes. */
  body: string;
  secret: string | null;
  attachment: EmailAttachment | null;
  attempts: number;
};

/**
 * Claims the oldest e-mail due at `now` with fewer than `maxAttempts` attempts until `leaseUntil`:
 * it is due again only then, so that no worker (another instance, or this one's next round) takes
 * it while it is being sent, and one whose worker died mid-send is tried again once the lease
 * ends. One statement: no transaction stays open while the mail server answers. Rows another
 * worker is claiming are skipped, not waited for. Null when none is due.
 */
export function claimDueEmail(
  em: EntityManager,
  due: { now: Date; maxAttempts: number; leaseUntil: Date },
): Promise<DueEmail | null> {
  return rowOf<DueEmail>(
    em,
    sql`update outbox_message set available_at = ${due.leaseUntil}
         where id = (select id from outbox_message
                      where sent_at is null and available_at <= ${due.now}
                        and attempts < ${due.maxAttempts}
                      order by available_at limit 1 for update skip locked)
        returning id, recipient, subject, body, secret, attachment, attempts`,
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

/** Deletes every e-mail to the address, sent or not (its owner deleted their account). */
export async function deleteEmailsTo(em: EntityManager, recipient: string): Promise<void> {
  await run(em, sql`delete from outbox_message where recipient = ${recipient}`);
}

/** The e-mails not sent yet: those still to be tried, since when the oldest waits, those given up. */
export type OutboxBacklog = { pending: number; oldestPendingSince: Date | null; givenUp: number };

/** `OutboxBacklog` in one statement over the unsent rows (the pending index). */
export async function outboxBacklog(
  em: EntityManager,
  maxAttempts: number,
): Promise<OutboxBacklog> {
  const row = await rowOf<{
    pending: string | number;
    oldest_pending_since: Date | string | null;
    given_up: string | number;
  }>(
    em,
    sql`select count(*) filter (where attempts < ${maxAttempts}) as pending,
               min(created_at) filter (where attempts < ${maxAttempts}) as oldest_pending_since,
               count(*) filter (where attempts >= ${maxAttempts}) as given_up
          from outbox_message
         where sent_at is null`,
  );
  return {
    pending: Number(row?.pending ?? 0),
    oldestPendingSince: dateOrNull(row?.oldest_pending_since),
    givenUp: Number(row?.given_up ?? 0),
  };
}
