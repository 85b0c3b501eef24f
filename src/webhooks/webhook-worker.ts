import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.js';
import { every, type PeriodicTask } from '../common/periodic.js';
import type { WebhookAttemptRecord } from '../entities/webhooks/webhook-delivery.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import { postWebhook, type PostOptions } from './webhook-http.js';
import { endpointDisabledEmail } from './webhook-mail.js';
import { webhookHeaders } from './webhook-signature.js';
import {
  claimDueDeliveries,
  clearFailing,
  deleteFinishedDeliveries,
  disableFailingEndpoint,
  giveUpPendingDeliveries,
  noteFailing,
  recordAttempt,
  type DueDelivery,
} from './webhook.queries.js';

// Sends the deliveries that the causes' transactions queued (docs/decisions/0029-webhooks.md).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The wait after each failed attempt (the schedule of the Standard Webhooks reference
 * implementation): 8 attempts over about 27 hours, then the delivery is given up.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];
/** The first attempt and one after each delay. */
export const MAX_WEBHOOK_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint that has failed every attempt for this long is disabled and its owner told. */
export const DISABLE_AFTER_MS = 24 * HOUR;
/** How long the delivery log keeps finished deliveries. */
export const DELIVERY_RETENTION_DAYS = 30;
const BATCH_SIZE = 20;
/** Of an endpoint's answer only the status counts; more body than this is not read. */
export const WEBHOOK_MAX_RESPONSE_BYTES = 64 * 1024;

export type WebhookWorkerOptions = PostOptions & {
  /** What the e-mail to an endpoint's owner names. */
  settings: { publicUrl: string; townName: string };
};

/** The Standard Webhooks message id of a delivery: the same on every attempt. */
export function webhookMessageId(deliveryId: string): string {
  return `msg_${deliveryId.replaceAll('-', '')}`;
}

async function attempt(
  delivery: DueDelivery,
  now: Date,
  options: WebhookWorkerOptions,
): Promise<WebhookAttemptRecord> {
  const headers = webhookHeaders(delivery.secrets, {
    id: webhookMessageId(delivery.id),
    timestamp: Math.floor(now.getTime() / 1000),
    body: delivery.body,
  });
  // Whatever goes wrong with one delivery is its failed attempt, not the batch's end.
  const outcome = await postWebhook(delivery.url, headers, delivery.body, options).catch(
    (error: unknown) => ({ status: null, error: String(error).slice(0, 300) }),
  );
  const status = outcome.status;
  const error =
    outcome.error ??
    (status !== null && (status < 200 || status >= 300)
      ? status >= 300 && status < 400
        ? `HTTP ${status} (redirects are not followed)`
        : `HTTP ${status}`
      : null);
  return { at: now.toISOString(), status, error };
}

/**
 * Sends the due deliveries of one batch, in parallel, and records each attempt. A failure is
 * tried again after the next delay of RETRY_DELAYS_MS, and given up after the last; an endpoint
 * that failed everything for DISABLE_AFTER_MS is disabled, what waits for it given up, and its
 * owner e-mailed, in the same transaction. Rows are locked with SKIP LOCKED, so that several
 * instances share the work without sending a delivery twice. Returns how many were delivered.
 */
export async function deliverDueWebhooks(
  em: EntityManager,
  clock: Clock,
  logger: Logger,
  options: WebhookWorkerOptions,
): Promise<number> {
  return em.transactional(async (tx) => {
    const now = clock();
    const due = await claimDueDeliveries(tx, { now, limit: BATCH_SIZE });
    const attempts = await Promise.all(due.map((delivery) => attempt(delivery, now, options)));
    const endpoints = new Map<string, boolean>();
    let delivered = 0;
    for (const [index, delivery] of due.entries()) {
      const result = attempts[index]!;
      const ok = result.error === null;
      const retryAt =
        !ok && delivery.attempts < RETRY_DELAYS_MS.length
          ? new Date(now.getTime() + RETRY_DELAYS_MS[delivery.attempts]!)
          : null;
      await recordAttempt(tx, { id: delivery.id, attempt: result, delivered: ok, retryAt, now });
      endpoints.set(delivery.endpointId, (endpoints.get(delivery.endpointId) ?? false) || ok);
      if (ok) delivered += 1;
      else if (!retryAt) {
        logger.warn(
          { webhookDeliveryId: delivery.id, attempts: delivery.attempts + 1, error: result.error },
          'webhook delivery given up after the last attempt',
        );
      }
    }
    for (const [endpointId, answered] of endpoints) {
      if (answered) {
        await clearFailing(tx, endpointId);
        continue;
      }
      const failingSince = await noteFailing(tx, endpointId, now);
      if (now.getTime() - failingSince.getTime() < DISABLE_AFTER_MS) continue;
      const disabled = await disableFailingEndpoint(tx, endpointId, now);
      if (!disabled) continue;
      await giveUpPendingDeliveries(
        tx,
        endpointId,
        now,
        'endpoint disabled after failing for a day',
      );
      if (disabled.email) {
        await queueEmail(
          tx,
          endpointDisabledEmail(
            { email: disabled.email, language: disabled.language },
            disabled,
            options.settings,
          ),
        );
      }
      logger.warn({ webhookEndpointId: endpointId, failingSince }, 'webhook endpoint disabled');
    }
    return delivered;
  });
}

/** Deletes the deliveries finished more than DELIVERY_RETENTION_DAYS ago. */
export function purgeFinishedDeliveries(em: EntityManager, clock: Clock): Promise<number> {
  const cutoff = new Date(clock().getTime() - DELIVERY_RETENTION_DAYS * 24 * HOUR);
  return deleteFinishedDeliveries(em, cutoff);
}

/** Sends due webhook deliveries every `intervalMs` until stopped. */
export function startWebhookWorker(
  orm: MikroORM,
  clock: Clock,
  logger: Logger,
  options: WebhookWorkerOptions,
  intervalMs = 2000,
): PeriodicTask {
  return every(intervalMs, 'webhook delivery', logger, () =>
    deliverDueWebhooks(orm.em.fork(), clock, logger, options),
  );
}
