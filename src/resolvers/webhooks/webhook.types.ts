import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookDeliveryStatus } from '../../entities/webhooks/webhook-delivery.entity.js';
import {
  WebhookEndpointDisabledReason,
  WebhookEventType,
} from '../../entities/webhooks/webhook-endpoint.entity.js';
import { WebhookErrorCode } from '../../webhooks/webhook.errors.js';
import { connectionTypes } from '../common/connection.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'What a webhook endpoint can subscribe to. The payload’s `type` is the value in lower case with dots (`announcement.published`); office events need the key’s office scope and arrive for the offices it is scoped to.',
  valuesConfig: {
    ANNOUNCEMENT_PUBLISHED: {
      description: 'An announcement became visible (`announcement.published`).',
    },
    ANNOUNCEMENT_CHANGED: {
      description: 'A visible announcement’s text changed (`announcement.changed`).',
    },
    ANNOUNCEMENT_WITHDRAWN: {
      description: 'A visible announcement was taken back (`announcement.withdrawn`).',
    },
    CATALOGUE_CHANGED: {
      description:
        'An office, service, category, opening hours or closure changed (`catalogue.changed`; `data.kind` says which).',
    },
    APPOINTMENT_BOOKED: {
      description:
        'An appointment was booked at an office of the key’s OFFICE_APPOINTMENTS_READ scope (`appointment.booked`).',
    },
    APPOINTMENT_CANCELLED: {
      description:
        'An appointment there was cancelled, by the citizen or the office (`appointment.cancelled`).',
    },
    APPOINTMENT_CHECKED_IN: {
      description: 'A citizen checked in for an appointment there (`appointment.checked_in`).',
    },
    MESSAGE_RECEIVED: {
      description:
        'A citizen wrote to an office of the key’s OFFICE_MESSAGES_WRITE scope (`message.received`).',
    },
  },
});

registerEnumType(WebhookEndpointDisabledReason, {
  name: 'WebhookEndpointDisabledReason',
  description: 'Why a webhook endpoint receives nothing.',
  valuesConfig: {
    BY_OWNER: { description: 'Its owner (or an admin) turned it off.' },
    FAILING: {
      description:
        'It accepted no delivery for a day; its owner was told by e-mail. Turn it on again with `updateWebhookEndpoint(input: { enabled: true })`.',
    },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt (`nextAttemptAt`).' },
    DELIVERED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: {
      description: 'Given up: every attempt failed (about 27 hours), or the endpoint was disabled.',
    },
  },
});

export const WebhookError = userErrorType(WebhookErrorCode, {
  name: 'Webhook',
  refusalsOf: 'a webhook endpoint mutation',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description: 'The API key or endpoint does not exist, is revoked or is not yours.',
    },
    INVALID_URL: {
      description:
        'The URL is not an absolute http(s) URL without user name and password, of at most 2000 characters.',
    },
    UNRESOLVABLE_HOST: { description: 'The URL’s host name does not resolve.' },
    FORBIDDEN_ADDRESS: {
      description:
        'The URL points to a private, loopback, link-local, unique-local, shared (CGNAT), multicast or reserved address, also as an IPv4-mapped IPv6 address or through a host name that resolves to one.',
    },
    SCOPE_REQUIRED: {
      description:
        'An office event (appointments, messages) needs a key with that office scope, granted by an admin.',
    },
    RATE_LIMITED: { description: 'A limit of use is used up; the message says when to try again.' },
    LIMIT_REACHED: { description: 'The key has 10 endpoints, as many as it may have.' },
  },
});
export type WebhookError = InstanceType<typeof WebhookError>;

@ObjectType({ description: 'One attempt to deliver an event.' })
export class WebhookAttempt {
  @Field(() => Date, { description: 'When it was made.' })
  at!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status the endpoint answered with; null when no answer came.',
  })
  responseStatus!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it failed (a non-2xx status, a redirect, a timeout, a refused address); null when delivered.',
  })
  error!: string | null;
}

@ObjectType({ description: 'An event sent, or to be sent, to an endpoint: the delivery log.' })
export class WebhookDelivery {
  @Field({
    description:
      'The Standard Webhooks message ID (`webhook-id` header, `msg_…`), the same on every attempt: receivers use it to ignore repeats.',
  })
  id!: string;

  @Field(() => WebhookEventType, { description: 'What happened.' })
  eventType!: WebhookEventType;

  @Field(() => GraphQLJSONObject, {
    description: 'The JSON body as sent: `{ type, timestamp, data }`.',
  })
  payload!: Record<string, unknown>;

  @Field(() => Date, { description: 'When the event happened (and the delivery was queued).' })
  createdAt!: Date;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => [WebhookAttempt], { description: 'The attempts so far, oldest first (at most 8).' })
  attempts!: WebhookAttempt[];

  @Field(() => Date, {
    nullable: true,
    description:
      'When it is tried next; null once delivered or given up. A delivery also waits for the earlier events of the same resource.',
  })
  nextAttemptAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last answer; null when none came yet.',
  })
  responseStatus!: number | null;
}

@ObjectType({
  implements: Node,
  description:
    'Where an API key’s events are delivered (Standard Webhooks: signed with HMAC-SHA256). Seen by the key’s owner (`me.apiKeys`) and admins (`webhookEndpoints`).',
})
export class WebhookEndpoint extends Node {
  @Field({ description: 'The http(s) URL that receives the POST requests.' })
  url!: string;

  @Field({ description: 'What the endpoint is for, as its owner wrote it; up to 200 characters.' })
  description!: string;

  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  events!: WebhookEventType[];

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt!: Date;

  @Field({ description: 'Whether events are delivered to it.' })
  enabled!: boolean;

  @Field(() => WebhookEndpointDisabledReason, {
    nullable: true,
    description: 'Why it is disabled; null while enabled.',
  })
  disabledReason!: WebhookEndpointDisabledReason | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Since when every attempt failed; null while it answers. After a day it is disabled.',
  })
  failingSince!: Date | null;

  uuid!: string;
  ownerUuid!: string;
}

export const { ConnectionType: WebhookEndpointConnection } = connectionTypes(
  WebhookEndpoint,
  'WebhookEndpoint',
);

@InputType({ description: 'A new webhook endpoint for one of your API keys.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The key whose events it receives: a live key of yours.' })
  apiKeyId!: string;

  @Field({
    description:
      'The http(s) URL to POST to, at most 2000 characters; no private or internal addresses.',
  })
  url!: string;

  @Field(() => [WebhookEventType], {
    description: 'The events to receive: at least one; office events need the key’s office scope.',
  })
  events!: WebhookEventType[];

  @Field(() => String, {
    nullable: true,
    description: 'What it is for, up to 200 characters.',
  })
  description?: string | null;
}

@InputType({ description: 'What changes about a webhook endpoint; what is left out stays.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint’s global ID.' })
  webhookEndpointId!: string;

  @Field(() => String, { nullable: true, description: 'A new URL, checked as at registration.' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events from now on.' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A new description (200 characters).' })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false turns it off (what waits for it is given up); true turns it on again and forgets its failures.',
  })
  enabled?: boolean | null;
}

@InputType({ description: 'A webhook endpoint to delete or whose secret to replace.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint’s global ID.' })
  webhookEndpointId!: string;
}

@ObjectType({ description: 'The endpoint with its signing secret, shown this once, or why not.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`), shown only now: verify the `webhook-signature` header with it.',
  })
  secret!: string | null;

  @Field(() => [WebhookError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: WebhookError[];
}

@ObjectType({ description: 'The changed webhook endpoint, or why not.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => [WebhookError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: WebhookError[];
}

@ObjectType({ description: 'The deleted webhook endpoint’s ID, or why not.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true, description: 'The global ID it had; null when refused.' })
  deletedWebhookEndpointId!: string | null;

  @Field(() => [WebhookError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: WebhookError[];
}
