import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { Clock } from '../common/clock.js';
import type { Logger } from 'pino';
import { every, type PeriodicTask } from '../common/periodic.js';
import { renderBody, type Email } from './outbox.js';
import {
  claimDueEmails,
  deleteFinishedEmails,
  markEmailFailed,
  markEmailSent,
  outboxBacklog,
  type OutboxBacklog,
} from './outbox.queries.js';

/** Hands an e-mail to the world: SMTP, or the log (see logTransport). */
export type EmailTransport = { send(email: Email & { id: string }): Promise<void> };

/**
 * Sends through the mail server at `url`. Each step (connecting, the greeting, every answer)
 * fails after `timeoutMs`, so that a server that hangs costs one attempt, retried later, instead
 * of holding the worker and its claimed rows.
 */
export function smtpTransport(
  url: string,
  from: string,
  { timeoutMs }: { timeoutMs: number },
): EmailTransport {
  // nodemailer is loaded with the first e-mail, not while the server starts (issue #20).
  let transporter: Promise<Transporter> | undefined;
  const connect = async () => {
    const { createTransport } = await import('nodemailer');
    return createTransport({
      url,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  };
  return {
    async send(email) {
      transporter ??= connect();
      await (
        await transporter
      ).sendMail({
        from,
        to: email.recipient,
        subject: email.subject,
        text: email.body,
        attachments: email.attachment ? [email.attachment] : [],
        messageId: `<${email.id}@rathaus>`,
      });
    },
  };
}

/**
 * No SMTP: the e-mail is not sent, and only its outbox id and subject are logged, because its
 * links confirm addresses and accept staff invitations. `withText` (development only, see
 * main.ts) also logs the text with its links, so that a developer can follow them.
 */
export function logTransport(logger: Logger, options: { withText: boolean }): EmailTransport {
  return {
    async send(email) {
      const entry = { outboxMessageId: email.id, subject: email.subject };
      if (options.withText)
        logger.info({ ...entry, to: email.recipient, text: email.body }, 'e-mail');
      else logger.info(entry, 'e-mail not sent (MAIL_TRANSPORT=log)');
    },
  };
}

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 8;

/**
 * Sends the due messages of one batch. Rows are locked with SKIP LOCKED, so several server
 * instances share the work without sending a message twice; a failure is retried later with an
 * exponential back-off, up to 8 attempts. Returns how many were sent.
 */
export async function deliverDueMessages(
  em: EntityManager,
  transport: EmailTransport,
  clock: Clock,
  logger: Logger,
): Promise<number> {
  return em.transactional(async (tx) => {
    const now = clock();
    const due = await claimDueEmails(tx, { now, maxAttempts: MAX_ATTEMPTS, limit: BATCH_SIZE });
    let sent = 0;
    for (const message of due) {
      try {
        await transport.send({ ...message, body: renderBody(message.body, message.secret) });
        await markEmailSent(tx, message.id, now);
        sent += 1;
      } catch (error) {
        const retryAt = new Date(now.getTime() + 2 ** message.attempts * 30_000);
        const attempts = message.attempts + 1;
        // The last failure is the operator's to see: the e-mail is not tried again (and stays
        // in rathaus_outbox_failed_messages until the retention deletes it).
        if (attempts >= MAX_ATTEMPTS)
          logger.error(
            { err: error, outboxMessageId: message.id, attempts },
            'e-mail given up after the last attempt',
          );
        else
          logger.warn(
            { err: error, outboxMessageId: message.id, attempts, retryAt },
            'e-mail delivery failed; will retry',
          );
        await markEmailFailed(tx, {
          id: message.id,
          error: String(error).slice(0, 500),
          retryAt,
          maxAttempts: MAX_ATTEMPTS,
        });
      }
    }
    return sent;
  });
}

/** How long a sent e-mail, or one given up on, stays in the outbox (for support's questions). */
export const OUTBOX_RETENTION_DAYS = 30;

/**
 * Deletes the e-mails sent, or given up on, more than `OUTBOX_RETENTION_DAYS` ago: they hold
 * names, addresses and appointment times, and nobody needs them any longer. Waiting ones stay.
 * Returns how many went.
 */
export function purgeFinishedMessages(em: EntityManager, clock: Clock): Promise<number> {
  const cutoff = new Date(clock().getTime() - OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return deleteFinishedEmails(em, { cutoff, maxAttempts: MAX_ATTEMPTS });
}

/** What waits in the outbox, counted with the worker's own limit of attempts (for the metrics). */
export function outboxBacklogOf(em: EntityManager): Promise<OutboxBacklog> {
  return outboxBacklog(em, MAX_ATTEMPTS);
}

/** Delivers the outbox every `intervalMs` until stopped. */
export function startOutboxWorker(
  orm: MikroORM,
  transport: EmailTransport,
  clock: Clock,
  logger: Logger,
  intervalMs = 2000,
): PeriodicTask {
  return every(intervalMs, 'e-mail delivery', logger, () =>
    deliverDueMessages(orm.em.fork(), transport, clock, logger),
  );
}
