import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ApiKeyEntity } from '../accounts/api-key.entity.js';

/** The events an endpoint can subscribe to, as the `type` of their payloads. */
export enum WebhookEventType {
  ANNOUNCEMENT_PUBLISHED = 'announcement.published',
  ANNOUNCEMENT_CHANGED = 'announcement.changed',
  ANNOUNCEMENT_WITHDRAWN = 'announcement.withdrawn',
  CATALOGUE_CHANGED = 'catalogue.changed',
  APPOINTMENT_BOOKED = 'appointment.booked',
  APPOINTMENT_CANCELLED = 'appointment.cancelled',
  APPOINTMENT_CHECKED_IN = 'appointment.checked_in',
  MESSAGE_RECEIVED = 'message.received',
}

/** Why an endpoint receives nothing: its owner turned it off, or it failed for a day. */
export enum WebhookEndpointDisabledReason {
  BY_OWNER = 'BY_OWNER',
  FAILING = 'FAILING',
}

const KNOWN_EVENTS = Object.values(WebhookEventType)
  .map((type) => `'${type}'`)
  .join(', ');

/**
 * Where an API key's owner wants the key's events delivered (docs/decisions/0029-webhooks.md).
 * The secret signs every delivery (Standard Webhooks); the previous one keeps signing beside the
 * new one for a day after a rotation, so that a receiver can switch without losing deliveries.
 */
@Entity({ tableName: 'webhook_endpoint' })
@Check({ name: 'webhook_endpoint_url_length', expression: 'length(url) <= 2000' })
@Check({ name: 'webhook_endpoint_description_length', expression: 'length(description) <= 200' })
@Check({
  name: 'webhook_endpoint_events_known',
  expression: `cardinality(events) >= 1 and cardinality(events) <= 20 and events <@ array[${KNOWN_EVENTS}]::text[]`,
})
@Check({
  name: 'webhook_endpoint_disabled_reason',
  expression: `(disabled_at is null) = (disabled_reason is null) and (disabled_reason is null or disabled_reason in ('BY_OWNER', 'FAILING'))`,
})
@Check({
  name: 'webhook_endpoint_previous_secret',
  expression: '(previous_secret is null) = (previous_secret_expires_at is null)',
})
export class WebhookEndpointEntity {
  [OptionalProps]?:
    | 'id'
    | 'description'
    | 'createdAt'
    | 'previousSecret'
    | 'previousSecretExpiresAt'
    | 'disabledAt'
    | 'disabledReason'
    | 'failingSince';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The key whose events these are; its owner manages the endpoint. */
  @ManyToOne(() => ApiKeyEntity, { deleteRule: 'cascade', index: true })
  apiKey!: Rel<ApiKeyEntity>;

  /** http(s), checked against private addresses when registered and before every delivery. */
  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @Property({ type: 'text[]' })
  events!: WebhookEventType[];

  /** `whsec_` and base64 of 32 random bytes. */
  @Property({ type: 'text' })
  secret!: string;

  @Property({ type: 'text', nullable: true })
  previousSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  disabledReason: WebhookEndpointDisabledReason | null = null;

  /** Since the first failed attempt after the last success; null while it answers. */
  @Property({ type: 'datetime', nullable: true })
  failingSince: Date | null = null;
}
