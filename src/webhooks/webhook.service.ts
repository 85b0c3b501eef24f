import { accountIdOf, isAdmin } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { rejectProblems, textProblem } from '../common/validation.js';
import {
  WebhookEndpointDisabledReason,
  type WebhookEventType,
} from '../entities/webhooks/webhook-endpoint.entity.js';
import {
  checkedAddresses,
  parseWebhookUrl,
  UrlRefusal,
  WebhookUrlError,
  type AddressPolicy,
} from './webhook-address.js';
import { scopeOfEvent } from './webhook-events.js';
import { newWebhookSecret } from './webhook-signature.js';
import { WebhookErrorCode } from './webhook.errors.js';
import {
  deleteEndpointById,
  deliveriesOfEndpoints,
  endpointForUpdate,
  endpointOf,
  endpointsOfApiKeys,
  endpointsPage,
  giveUpPendingDeliveries,
  insertEndpoint,
  keyHasScope,
  liveApiKeyForUpdate,
  replaceSecret,
  updateEndpointById,
  type WebhookDeliveryRecord,
  type WebhookEndpointRecord,
} from './webhook.queries.js';

// The endpoints where an API key's events are delivered, managed by the key's owner (admins:
// any key's); docs/decisions/0029-webhooks.md.

/** At most this many endpoints per key: a receiver or two per environment, not a fan-out. */
export const MAX_ENDPOINTS_PER_KEY = 10;
/** How long a rotated-out secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_HOURS = 24;

type Ctx = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'limits'>;

function managerOf(ctx: Pick<UseCaseContext, 'principal'>): string | null {
  const owner = accountIdOf(ctx.principal);
  if (!owner || ctx.principal.kind !== 'account') {
    throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound');
  }
  return isAdmin(ctx.principal) ? null : owner;
}

/** The URL, if it may be called: refusals are user errors on `url`. */
async function checkUrl(raw: string, policy: AddressPolicy): Promise<string> {
  try {
    const url = parseWebhookUrl(raw.trim());
    await checkedAddresses(url, policy);
    return url.toString();
  } catch (error) {
    if (!(error instanceof WebhookUrlError)) throw error;
    switch (error.refusal) {
      case UrlRefusal.INVALID:
        throw new DomainError(WebhookErrorCode.INVALID_URL, 'error.webhookUrlInvalid', ['url']);
      case UrlRefusal.UNRESOLVABLE:
        throw new DomainError(WebhookErrorCode.UNRESOLVABLE_HOST, 'error.webhookHostUnknown', [
          'url',
        ]);
      case UrlRefusal.BLOCKED:
        throw new DomainError(WebhookErrorCode.FORBIDDEN_ADDRESS, 'error.webhookAddressForbidden', [
          'url',
        ]);
      default: {
        const unknown: never = error.refusal;
        throw new Error(`unknown refusal ${String(unknown)}`, { cause: error });
      }
    }
  }
}

/** The events, each once, if the key may receive every one of them. */
async function checkEvents(
  ctx: Pick<UseCaseContext, 'em'>,
  apiKeyId: string,
  events: readonly WebhookEventType[],
): Promise<WebhookEventType[]> {
  const unique = [...new Set(events)];
  if (unique.length === 0) {
    throw new DomainError(WebhookErrorCode.INVALID_INPUT, 'error.webhookEventsRequired', [
      'events',
    ]);
  }
  for (const event of unique) {
    const scope = scopeOfEvent(event);
    if (scope && !(await keyHasScope(ctx.em, apiKeyId, scope))) {
      throw new DomainError(
        WebhookErrorCode.SCOPE_REQUIRED,
        'error.webhookScopeRequired',
        ['events'],
        { scope },
      );
    }
  }
  return unique;
}

function checkDescription(description: string | null | undefined): string {
  const text = (description ?? '').trim();
  if (text) rejectProblems([textProblem('description', text, 200)]);
  return text;
}

/**
 * Registers an endpoint for a live key of the caller's (admins: any key). The secret that signs
 * its deliveries is returned once.
 */
export async function createWebhookEndpoint(
  ctx: Ctx,
  input: {
    apiKeyId: string;
    url: string;
    events: readonly WebhookEventType[];
    description?: string | null;
  },
  policy: AddressPolicy,
): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
  const manager = managerOf(ctx);
  const description = checkDescription(input.description);
  await ctx.limits.take({ byCaller: ['webhookChangesPerHour'] });
  const url = await checkUrl(input.url, policy);
  return ctx.em.transactional(async (tx) => {
    const key = await liveApiKeyForUpdate(tx, input.apiKeyId, manager);
    if (!key) throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound', ['apiKeyId']);
    if (key.endpoints >= MAX_ENDPOINTS_PER_KEY) {
      throw new DomainError(WebhookErrorCode.LIMIT_REACHED, 'error.webhookLimit', ['apiKeyId'], {
        max: MAX_ENDPOINTS_PER_KEY,
      });
    }
    const events = await checkEvents({ em: tx }, key.id, input.events);
    const secret = newWebhookSecret();
    const endpoint = await insertEndpoint(tx, {
      apiKeyId: key.id,
      url,
      description,
      events,
      secret,
      now: ctx.clock(),
    });
    return { endpoint, secret };
  });
}

/**
 * Changes an endpoint's URL, events or description, or turns it off and on. Turning it off gives
 * up what waits for it; turning it on forgets its failures, and it receives what happens from then.
 */
export async function updateWebhookEndpoint(
  ctx: Ctx,
  input: {
    endpointId: string;
    url?: string | null;
    events?: readonly WebhookEventType[] | null;
    description?: string | null;
    enabled?: boolean | null;
  },
  policy: AddressPolicy,
): Promise<WebhookEndpointRecord> {
  const manager = managerOf(ctx);
  await ctx.limits.take({ byCaller: ['webhookChangesPerHour'] });
  const url = input.url != null ? await checkUrl(input.url, policy) : null;
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const endpoint = await endpointForUpdate(tx, input.endpointId, manager);
    if (!endpoint) {
      throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound', ['endpointId']);
    }
    const events =
      input.events != null
        ? await checkEvents({ em: tx }, endpoint.apiKeyId, input.events)
        : endpoint.events;
    const enabled = input.enabled ?? endpoint.disabledAt === null;
    const disabling = !enabled && endpoint.disabledAt === null;
    if (disabling) await giveUpPendingDeliveries(tx, endpoint.id, now, 'endpoint disabled');
    return updateEndpointById(tx, endpoint.id, {
      url: url ?? endpoint.url,
      description:
        input.description != null ? checkDescription(input.description) : endpoint.description,
      events,
      disabledAt: enabled ? null : (endpoint.disabledAt ?? now),
      disabledReason: enabled
        ? null
        : (endpoint.disabledReason ?? WebhookEndpointDisabledReason.BY_OWNER),
    });
  });
}

/** Deletes an endpoint with its delivery log. Returns the deleted endpoint. */
export async function deleteWebhookEndpoint(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  endpointId: string,
): Promise<WebhookEndpointRecord> {
  const manager = managerOf(ctx);
  return ctx.em.transactional(async (tx) => {
    const endpoint = await endpointForUpdate(tx, endpointId, manager);
    if (!endpoint) {
      throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound', ['endpointId']);
    }
    await deleteEndpointById(tx, endpoint.id);
    return endpoint;
  });
}

/**
 * A new signing secret, returned once; the old one signs beside it for a day, so that the
 * receiver can switch without rejecting deliveries meanwhile.
 */
export async function rotateWebhookEndpointSecret(
  ctx: Ctx,
  endpointId: string,
): Promise<{ endpoint: WebhookEndpointRecord; secret: string }> {
  const manager = managerOf(ctx);
  await ctx.limits.take({ byCaller: ['webhookChangesPerHour'] });
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const endpoint = await endpointForUpdate(tx, endpointId, manager);
    if (!endpoint) {
      throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound', ['endpointId']);
    }
    const secret = newWebhookSecret();
    await replaceSecret(
      tx,
      endpoint.id,
      secret,
      new Date(now.getTime() + PREVIOUS_SECRET_HOURS * 3_600_000),
    );
    return { endpoint, secret };
  });
}

/** The endpoints of these keys, by key id; the keys are the caller's or seen by an admin. */
export function webhookEndpointsOf(
  ctx: Pick<UseCaseContext, 'em'>,
  apiKeyIds: readonly string[],
): Promise<Map<string, WebhookEndpointRecord[]>> {
  return endpointsOfApiKeys(ctx.em, apiKeyIds);
}

/** The latest deliveries of these endpoints, newest first, by endpoint id. */
export function webhookDeliveriesOf(
  ctx: Pick<UseCaseContext, 'em'>,
  endpointIds: readonly string[],
  limit: number,
): Promise<Map<string, WebhookDeliveryRecord[]>> {
  return deliveriesOfEndpoints(ctx.em, endpointIds, limit);
}

/** Every key's endpoints, a page at a time, for admins. */
export async function allWebhookEndpoints(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  page: { offset: number; limit: number },
): Promise<{ endpoints: WebhookEndpointRecord[]; totalCount: number }> {
  if (!isAdmin(ctx.principal)) throw new DomainError(WebhookErrorCode.NOT_FOUND, 'error.notFound');
  return endpointsPage(ctx.em, page);
}

/** One of the caller's endpoints (admins: anyone's), for `node`; null otherwise. */
export async function findWebhookEndpoint(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<WebhookEndpointRecord | null> {
  if (ctx.principal.kind !== 'account') return null;
  return endpointOf(ctx.em, id, isAdmin(ctx.principal) ? null : ctx.principal.accountId);
}
