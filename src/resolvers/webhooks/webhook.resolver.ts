import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { WebhookEventType } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { WebhookErrorCode } from '../../webhooks/webhook.errors.js';
import type {
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from '../../webhooks/webhook.queries.js';
import {
  allWebhookEndpoints,
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from '../../webhooks/webhook.service.js';
import { webhookMessageId } from '../../webhooks/webhook-worker.js';
import { ApiKey, ApiKeyOwner } from '../accounts/account.types.js';
import {
  pageSize,
  PageArgs,
  requestedPage,
  toConnection,
  type Connection,
} from '../common/connection.js';
import { asPayload, inputUuid, orQueryError } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointInput,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
} from './webhook.types.js';

export function toWebhookEndpoint(endpoint: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: toGlobalId('WebhookEndpoint', endpoint.id),
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events.map(eventName),
    createdAt: endpoint.createdAt,
    enabled: endpoint.disabledAt === null,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
    uuid: endpoint.id,
    ownerUuid: endpoint.ownerId,
  };
}

/**
 * The enum's member for a stored event type: type-graphql maps the GraphQL names to the enum's
 * values, which are the stored ones, so this is the identity with the enum's type.
 */
function eventName(type: string): WebhookEventType {
  return type as WebhookEventType;
}

function toWebhookDelivery(delivery: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: webhookMessageId(delivery.id),
    eventType: eventName(delivery.eventType),
    payload: JSON.parse(delivery.body) as Record<string, unknown>,
    createdAt: delivery.createdAt,
    status: delivery.status,
    attempts: delivery.attempts.map((attempt) => ({
      at: new Date(attempt.at),
      responseStatus: attempt.status,
      error: attempt.error,
    })),
    nextAttemptAt: delivery.nextAttemptAt,
    responseStatus: delivery.responseStatus,
  };
}

function addressPolicy(ctx: GraphQLContext) {
  return { allowedHosts: ctx.settings.webhookAllowedHosts };
}

function endpointUuid(id: string): string {
  return inputUuid(id, 'WebhookEndpoint', 'webhookEndpointId');
}

@Resolver()
export class WebhookResolver {
  @Authorized(Access.ADMIN)
  @Query(() => WebhookEndpointConnection, {
    description:
      'Every API key’s webhook endpoints, newest first, with their owners: for admins to see where the town’s events go and to disable an endpoint (`updateWebhookEndpoint`). Owners see theirs in `me.apiKeys { webhookEndpoints }`.',
  })
  async webhookEndpoints(
    @Ctx() ctx: GraphQLContext,
    @Args() args: PageArgs,
  ): Promise<Connection<WebhookEndpoint>> {
    const page = requestedPage(args, ctx.lang);
    const { endpoints, totalCount } = await orQueryError(ctx.lang, () =>
      allWebhookEndpoints(ctx.useCase, page),
    );
    return toConnection(endpoints.map(toWebhookEndpoint), page, totalCount);
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Registers an endpoint that receives the events of one of your API keys (admins: of any key), signed per Standard Webhooks; the signing secret is in the payload, this once. userErrors: INVALID_INPUT, NOT_FOUND, INVALID_URL, UNRESOLVABLE_HOST, FORBIDDEN_ADDRESS, SCOPE_REQUIRED, LIMIT_REACHED, RATE_LIMITED.',
  })
  async createWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateWebhookEndpointInput, {
      description: 'The key, the URL and the events.',
    })
    input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointSecretPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, WebhookErrorCode, () =>
      createWebhookEndpoint(
        ctx.useCase,
        {
          apiKeyId: inputUuid(input.apiKeyId, 'ApiKey', 'apiKeyId'),
          url: input.url,
          events: input.events,
          description: input.description,
        },
        addressPolicy(ctx),
      ),
    );
    return {
      webhookEndpoint: result && toWebhookEndpoint(result.endpoint),
      secret: result?.secret ?? null,
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => WebhookEndpointPayload, {
    description:
      'Changes an endpoint’s URL, events or description, or turns it off or on again (after it was disabled for failing). userErrors: INVALID_INPUT, NOT_FOUND, INVALID_URL, UNRESOLVABLE_HOST, FORBIDDEN_ADDRESS, SCOPE_REQUIRED, RATE_LIMITED.',
  })
  async updateWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateWebhookEndpointInput, {
      description: 'The endpoint and what changes.',
    })
    input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, WebhookErrorCode, () =>
      updateWebhookEndpoint(
        ctx.useCase,
        {
          endpointId: endpointUuid(input.webhookEndpointId),
          url: input.url,
          events: input.events,
          description: input.description,
          enabled: input.enabled,
        },
        addressPolicy(ctx),
      ),
    );
    return { webhookEndpoint: result && toWebhookEndpoint(result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Deletes an endpoint with its delivery log. userErrors: INVALID_INPUT, NOT_FOUND.',
  })
  async deleteWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' })
    input: WebhookEndpointInput,
  ): Promise<DeleteWebhookEndpointPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, WebhookErrorCode, () =>
      deleteWebhookEndpoint(ctx.useCase, endpointUuid(input.webhookEndpointId)),
    );
    return {
      deletedWebhookEndpointId: result && toGlobalId('WebhookEndpoint', result.id),
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Replaces an endpoint’s signing secret; the new one is in the payload, this once. For 24 hours deliveries carry a signature with the old secret too, so that the receiver can switch without rejecting any. userErrors: INVALID_INPUT, NOT_FOUND, RATE_LIMITED.',
  })
  async rotateWebhookEndpointSecret(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' })
    input: WebhookEndpointInput,
  ): Promise<WebhookEndpointSecretPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, WebhookErrorCode, () =>
      rotateWebhookEndpointSecret(ctx.useCase, endpointUuid(input.webhookEndpointId)),
    );
    return {
      webhookEndpoint: result && toWebhookEndpoint(result.endpoint),
      secret: result?.secret ?? null,
      userErrors,
    };
  }
}

@Resolver(() => ApiKey)
export class ApiKeyWebhooksResolver {
  @FieldResolver(() => [WebhookEndpoint], {
    description: 'Where the key’s events are delivered, oldest first; at most 10.',
  })
  async webhookEndpoints(
    @Root() apiKey: ApiKey,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpoint[]> {
    return (await ctx.loaders.webhookEndpoints.load(apiKey.uuid)).map(toWebhookEndpoint);
  }
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointFieldsResolver {
  @FieldResolver(() => ApiKeyOwner, { description: 'The account whose API key this is.' })
  async owner(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: GraphQLContext): Promise<ApiKeyOwner> {
    const owner = await ctx.loaders.accountContact.load(endpoint.ownerUuid);
    if (!owner) throw new Error(`Webhook endpoint ${endpoint.id} lost its owner`);
    return { id: toGlobalId('Account', owner.id), name: owner.name ?? '', email: owner.email };
  }

  @FieldResolver(() => [WebhookDelivery], {
    description:
      'The delivery log: the latest deliveries, newest first, with their attempts and answers. Kept for 30 days after they finished.',
  })
  async deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'How many: 0 to 100, default 20.',
    })
    first: number | null,
  ): Promise<WebhookDelivery[]> {
    const limit = pageSize(first, ctx.lang);
    const deliveries = await ctx.loaders.webhookDeliveries(limit).load(endpoint.uuid);
    return deliveries.map(toWebhookDelivery);
  }
}
