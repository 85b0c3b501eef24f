import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { Clock } from '../common/clock.js';
import type { Logger } from 'pino';
import { every, type PeriodicTask } from '../common/periodic.js';
import { renderBody, type Email } from './outbox.js';
import {
  claimDueEmail,
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
 * How long a claimed e-mail is its worker's: far longer than a send can take (every step of SMTP
 * fails after SMTP_TIMEOUT_MS), and how long an e-mail whose worker died mid-send waits.
 */
export const SEND_LEASE_MS = 10 * 60_000;

/**
 * Sends up to one batch of due messages, each claimed for `SEND_LEASE_MS` before it is handed
 * to the transport and marked after, so that several server instances share the work without
 * sending a message twice, and no database connection or lock is held while the mail server
 * answers (the embedded database has a single connection: a hanging mail server would stop
 * every request). A failure is retried later with an exponential back-off, up to 8 attempts.
 * Returns how many were sent.
 */
export async function deliverDueMessages(
  em: EntityManager,
  transport: EmailTransport,
  clock: Clock,
  logger: Logger,
): Promise<number> {
  let sent = 0;
  for (let claimed = 0; claimed < BATCH_SIZE; claimed += 1) {
    const now = clock();
    const message = await claimDueEmail(em, {
      now,
      maxAttempts: MAX_ATTEMPTS,
      leaseUntil: new Date(now.getTime() + SEND_LEASE_MS),
    });
    if (!message) break;
    try {
      await transport.send({ ...message, body: renderBody(message.body, message.secret) });
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
      await markEmailFailed(em, {
        id: message.id,
        error: String(error).slice(0, 500),
        retryAt,
        maxAttempts: MAX_ATTEMPTS,
      });
      continue;
    }
    // Sent: should this mark fail, the lease ends and the e-mail goes again (at least once).
    await markEmailSent(em, message.id, now);
    sent += 1;
  }
  return sent;
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
