import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId, type NodeTypeName } from '../common/global-id.js';
import { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { insertDeliveries } from './webhook.queries.js';

/** What changed in the catalogue: the kind of thing and its ID. */
export enum CatalogueChangeKind {
  OFFICE = 'OFFICE',
  SERVICE = 'SERVICE',
  CATEGORY = 'CATEGORY',
  OPENING_HOURS = 'OPENING_HOURS',
  CLOSURE = 'CLOSURE',
}

/**
 * An event as its cause names it. Payloads are thin (IDs, times, what kind of change): a receiver
 * reads the rest through the API with its key, so nothing a key may not read travels in a
 * payload (docs/decisions/0029-webhooks.md).
 */
export type WebhookEvent =
  | {
      type:
        | WebhookEventType.ANNOUNCEMENT_PUBLISHED
        | WebhookEventType.ANNOUNCEMENT_CHANGED
        | WebhookEventType.ANNOUNCEMENT_WITHDRAWN;
      announcementId: string;
      officeId: string | null;
    }
  | {
      type: WebhookEventType.CATALOGUE_CHANGED;
      kind: CatalogueChangeKind;
      /** The office, service or category; for opening hours the counter, for a closure its office. */
      id: string;
      officeId: string | null;
    }
  | {
      type: AppointmentEventType;
      appointmentId: string;
      officeId: string;
      serviceId: string;
      startsAt: Date;
    }
  | {
      type: WebhookEventType.MESSAGE_RECEIVED;
      conversationId: string;
      messageId: string;
      officeId: string;
    };

type AppointmentEventType =
  | WebhookEventType.APPOINTMENT_BOOKED
  | WebhookEventType.APPOINTMENT_CANCELLED
  | WebhookEventType.APPOINTMENT_CHECKED_IN;

/** The event of an appointment, as its office's scoped keys receive it. */
export function appointmentEvent(
  type: AppointmentEventType,
  appointment: { id: string; office: { id: string }; service: { id: string }; startsAt: Date },
): WebhookEvent {
  return {
    type,
    appointmentId: appointment.id,
    officeId: appointment.office.id,
    serviceId: appointment.service.id,
    startsAt: appointment.startsAt,
  };
}

/** The scope a key needs for the event type; null for public events. */
export function scopeOfEvent(type: WebhookEventType): ApiKeyScope | null {
  switch (type) {
    case WebhookEventType.ANNOUNCEMENT_PUBLISHED:
    case WebhookEventType.ANNOUNCEMENT_CHANGED:
    case WebhookEventType.ANNOUNCEMENT_WITHDRAWN:
    case WebhookEventType.CATALOGUE_CHANGED:
      return null;
    case WebhookEventType.APPOINTMENT_BOOKED:
    case WebhookEventType.APPOINTMENT_CANCELLED:
    case WebhookEventType.APPOINTMENT_CHECKED_IN:
      return ApiKeyScope.OFFICE_APPOINTMENTS_READ;
    case WebhookEventType.MESSAGE_RECEIVED:
      return ApiKeyScope.OFFICE_MESSAGES_WRITE;
    default: {
      const unknown: never = type;
      throw new Error(`unknown webhook event ${String(unknown)}`);
    }
  }
}

const CATALOGUE_NODE: Record<CatalogueChangeKind, NodeTypeName> = {
  [CatalogueChangeKind.OFFICE]: 'Office',
  [CatalogueChangeKind.SERVICE]: 'Service',
  [CatalogueChangeKind.CATEGORY]: 'Category',
  [CatalogueChangeKind.OPENING_HOURS]: 'Counter',
  [CatalogueChangeKind.CLOSURE]: 'Closure',
};

const officeIdOf = (officeId: string | null) => officeId && toGlobalId('Office', officeId);

/** The resource whose events go out in order, and the payload's `data`. */
function describe(event: WebhookEvent): { resourceKey: string; data: Record<string, unknown> } {
  switch (event.type) {
    case WebhookEventType.ANNOUNCEMENT_PUBLISHED:
    case WebhookEventType.ANNOUNCEMENT_CHANGED:
    case WebhookEventType.ANNOUNCEMENT_WITHDRAWN:
      return {
        resourceKey: `Announcement:${event.announcementId}`,
        data: {
          id: toGlobalId('Announcement', event.announcementId),
          officeId: officeIdOf(event.officeId),
        },
      };
    case WebhookEventType.CATALOGUE_CHANGED: {
      const node = CATALOGUE_NODE[event.kind];
      return {
        resourceKey: `${node}:${event.id}`,
        data: {
          kind: event.kind,
          id: toGlobalId(node, event.id),
          officeId: officeIdOf(event.officeId),
        },
      };
    }
    case WebhookEventType.APPOINTMENT_BOOKED:
    case WebhookEventType.APPOINTMENT_CANCELLED:
    case WebhookEventType.APPOINTMENT_CHECKED_IN:
      return {
        resourceKey: `Appointment:${event.appointmentId}`,
        data: {
          id: toGlobalId('Appointment', event.appointmentId),
          officeId: toGlobalId('Office', event.officeId),
          serviceId: toGlobalId('Service', event.serviceId),
          startsAt: event.startsAt.toISOString(),
        },
      };
    case WebhookEventType.MESSAGE_RECEIVED:
      return {
        resourceKey: `Conversation:${event.conversationId}`,
        data: {
          id: toGlobalId('Message', event.messageId),
          conversationId: toGlobalId('Conversation', event.conversationId),
          officeId: toGlobalId('Office', event.officeId),
        },
      };
    default: {
      const unknown: never = event;
      throw new Error(`unknown webhook event ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Queues the event for every endpoint that listens, in the caller's transaction (`tx`): the
 * deliveries exist exactly when the change that causes them commits, and a rolled-back change
 * sends nothing. The body is fixed now, so every attempt sends (and signs) the same bytes.
 */
export async function queueWebhookEvent(
  tx: EntityManager,
  event: WebhookEvent,
  now: Date,
): Promise<void> {
  const { resourceKey, data } = describe(event);
  const scope = scopeOfEvent(event.type);
  const officeId = 'officeId' in event ? event.officeId : null;
  await insertDeliveries(tx, {
    type: event.type,
    resourceKey,
    body: JSON.stringify({ type: event.type, timestamp: now.toISOString(), data }),
    now,
    scope: scope && officeId ? { scope, officeId } : null,
  });
}
