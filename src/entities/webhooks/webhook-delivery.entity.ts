import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** One attempt, as the delivery log shows it. */
export type WebhookAttemptRecord = {
  at: string;
  /** The HTTP status of the answer; null when none came (refused, timed out, blocked). */
  status: number | null;
  error: string | null;
};

/**
 * An event for one endpoint: written in the transaction of the change that causes it (the
 * outbox pattern), sent by the webhook worker, kept as the endpoint's delivery log. `seq` orders
 * the events of one resource: a later one waits until the earlier is delivered or given up.
 */
@Entity({ tableName: 'webhook_delivery' })
@Check({
  name: 'webhook_delivery_status_known',
  expression: "status in ('PENDING', 'DELIVERED', 'FAILED')",
})
@Check({
  name: 'webhook_delivery_finished',
  expression: "(status = 'PENDING') = (finished_at is null)",
})
@Index({
  name: 'webhook_delivery_pending_idx',
  properties: ['availableAt'],
  where: "status = 'PENDING'",
})
@Index({
  name: 'webhook_delivery_resource_idx',
  properties: ['endpoint', 'resourceKey', 'seq'],
  where: "status = 'PENDING'",
})
@Index({ name: 'webhook_delivery_log_idx', properties: ['endpoint', 'seq'] })
export class WebhookDeliveryEntity {
  [OptionalProps]?:
    | 'id'
    | 'seq'
    | 'status'
    | 'attempts'
    | 'attemptLog'
    | 'finishedAt'
    | 'responseStatus'
    | 'lastError';

  /** Sent as `webhook-id` (`msg_` and this without dashes), the same on every attempt. */
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'bigint', autoincrement: true, unique: 'webhook_delivery_seq_unique' })
  seq!: string;

  @ManyToOne(() => WebhookEndpointEntity, { deleteRule: 'cascade' })
  endpoint!: Rel<WebhookEndpointEntity>;

  @Property({ type: 'text' })
  eventType!: string;

  /** "Type:uuid" of what the event is about: the events of one resource go out in order. */
  @Property({ type: 'text' })
  resourceKey!: string;

  /** The JSON body exactly as signed and sent. */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Not before this time (retries back off). */
  @Property({ type: 'datetime' })
  availableAt!: Date;

  @Property({ type: 'text', default: 'PENDING' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'json', default: '[]' })
  attemptLog: WebhookAttemptRecord[] = [];

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  responseStatus: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
