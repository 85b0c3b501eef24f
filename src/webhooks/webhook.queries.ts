import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import type {
  WebhookAttemptRecord,
  WebhookDeliveryStatus,
} from '../entities/webhooks/webhook-delivery.entity.js';
import type {
  WebhookEndpointDisabledReason,
  WebhookEventType,
} from '../entities/webhooks/webhook-endpoint.entity.js';
import { date, dateOrNull, rowOf, rowsOf, run, sql } from '../common/sql.js';

// The only place that writes SQL for webhooks: endpoints as their owners manage them,
// deliveries queued in the transaction of their cause (queueWebhookEvent) and claimed, marked and
// given up by the worker in its own transactions.

export type WebhookEndpointRecord = {
  id: string;
  apiKeyId: string;
  ownerId: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  createdAt: Date;
  disabledAt: Date | null;
  disabledReason: WebhookEndpointDisabledReason | null;
  failingSince: Date | null;
};

type EndpointRow = {
  id: string;
  api_key_id: string;
  owner_id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  created_at: Date | string;
  disabled_at: Date | string | null;
  disabled_reason: WebhookEndpointDisabledReason | null;
  failing_since: Date | string | null;
};

const ENDPOINT_COLUMNS = sql.trusted(
  `e.id, e.api_key_id, k.owner_id, e.url, e.description, e.events, e.created_at, e.disabled_at,
   e.disabled_reason, e.failing_since`,
);

function endpointRecord(row: EndpointRow): WebhookEndpointRecord {
  return {
    id: row.id,
    apiKeyId: row.api_key_id,
    ownerId: row.owner_id,
    url: row.url,
    description: row.description,
    events: row.events,
    createdAt: date(row.created_at),
    disabledAt: dateOrNull(row.disabled_at),
    disabledReason: row.disabled_reason,
    failingSince: dateOrNull(row.failing_since),
  };
}

/** The live key (not revoked) of the owner (any owner's for `ownerId` null), locked; null if none. */
export async function liveApiKeyForUpdate(
  em: EntityManager,
  apiKeyId: string,
  ownerId: string | null,
): Promise<{ id: string; endpoints: number } | null> {
  const owner = ownerId === null ? sql`` : sql` and k.owner_id = ${ownerId}`;
  const row = await rowOf<{ id: string; endpoints: string | number }>(
    em,
    sql`select k.id, (select count(*) from webhook_endpoint e where e.api_key_id = k.id) as endpoints
          from api_key k
         where k.id = ${apiKeyId} and k.revoked_at is null${owner}
           for update of k`,
  );
  return row && { id: row.id, endpoints: Number(row.endpoints) };
}

/** Whether the key has the scope for at least one office. */
export async function keyHasScope(
  em: EntityManager,
  apiKeyId: string,
  scope: ApiKeyScope,
): Promise<boolean> {
  const row = await rowOf<{ found: boolean }>(
    em,
    sql`select exists (select 1 from api_key_scope s
                        where s.api_key_id = ${apiKeyId} and s.scope = ${scope}) as found`,
  );
  return row?.found === true;
}

export async function insertEndpoint(
  em: EntityManager,
  endpoint: {
    apiKeyId: string;
    url: string;
    description: string;
    events: readonly WebhookEventType[];
    secret: string;
    now: Date;
  },
): Promise<WebhookEndpointRecord> {
  const row = await rowOf<EndpointRow>(
    em,
    sql`with e as (
          insert into webhook_endpoint (id, api_key_id, url, description, events, secret, created_at)
          values (${randomUUID()}, ${endpoint.apiKeyId}, ${endpoint.url}, ${endpoint.description},
                  array[${[...endpoint.events]}]::text[], ${endpoint.secret}, ${endpoint.now})
          returning *)
        select ${ENDPOINT_COLUMNS} from e join api_key k on k.id = e.api_key_id`,
  );
  return endpointRecord(row as EndpointRow);
}

/** The endpoint of a live key of the owner (any owner's for `ownerId` null), locked; null if none. */
export function endpointForUpdate(
  em: EntityManager,
  id: string,
  ownerId: string | null,
): Promise<WebhookEndpointRecord | null> {
  return endpointOf(em, id, ownerId, sql` for update of e`);
}

/** The endpoint of a live key of the owner (any owner's for `ownerId` null); null if none. */
export async function endpointOf(
  em: EntityManager,
  id: string,
  ownerId: string | null,
  lock = sql``,
): Promise<WebhookEndpointRecord | null> {
  const owner = ownerId === null ? sql`` : sql` and k.owner_id = ${ownerId}`;
  const row = await rowOf<EndpointRow>(
    em,
    sql`select ${ENDPOINT_COLUMNS} from webhook_endpoint e join api_key k on k.id = e.api_key_id
         where e.id = ${id} and k.revoked_at is null${owner}${lock}`,
  );
  return row && endpointRecord(row);
}

/** Writes what the owner changed; enabling clears the failure record. */
export async function updateEndpointById(
  em: EntityManager,
  id: string,
  change: {
    url: string;
    description: string;
    events: readonly WebhookEventType[];
    disabledAt: Date | null;
    disabledReason: WebhookEndpointDisabledReason | null;
  },
): Promise<WebhookEndpointRecord> {
  const row = await rowOf<EndpointRow>(
    em,
    sql`with e as (
          update webhook_endpoint
             set url = ${change.url}, description = ${change.description},
                 events = array[${[...change.events]}]::text[],
                 disabled_at = ${change.disabledAt}, disabled_reason = ${change.disabledReason},
                 failing_since = case when ${change.disabledAt}::timestamptz is null
                                      then null else failing_since end
           where id = ${id}
          returning *)
        select ${ENDPOINT_COLUMNS} from e join api_key k on k.id = e.api_key_id`,
  );
  return endpointRecord(row as EndpointRow);
}

/** Gives up the deliveries still waiting for the endpoint (it was disabled). */
export async function giveUpPendingDeliveries(
  em: EntityManager,
  endpointId: string,
  now: Date,
  reason: string,
): Promise<number> {
  return run(
    em,
    sql`update webhook_delivery set status = 'FAILED', finished_at = ${now}, last_error = ${reason}
         where endpoint_id = ${endpointId} and status = 'PENDING'`,
  );
}

export async function deleteEndpointById(em: EntityManager, id: string): Promise<void> {
  await run(em, sql`delete from webhook_endpoint where id = ${id}`);
}

/** A new secret; the old one keeps signing beside it until `previousUntil`. */
export async function replaceSecret(
  em: EntityManager,
  id: string,
  secret: string,
  previousUntil: Date,
): Promise<void> {
  await run(
    em,
    sql`update webhook_endpoint
           set previous_secret = secret, previous_secret_expires_at = ${previousUntil},
               secret = ${secret}
         where id = ${id}`,
  );
}

/** The endpoints of these keys, oldest first, by key id (one statement, for the loader). */
export async function endpointsOfApiKeys(
  em: EntityManager,
  apiKeyIds: readonly string[],
): Promise<Map<string, WebhookEndpointRecord[]>> {
  const rows = await rowsOf<EndpointRow>(
    em,
    sql`select ${ENDPOINT_COLUMNS} from webhook_endpoint e join api_key k on k.id = e.api_key_id
         where e.api_key_id in (${[...apiKeyIds]}) order by e.created_at, e.id`,
  );
  const endpoints = new Map<string, WebhookEndpointRecord[]>(apiKeyIds.map((id) => [id, []]));
  for (const row of rows) endpoints.get(row.api_key_id)?.push(endpointRecord(row));
  return endpoints;
}

/** A page of every endpoint, newest first, and how many there are (admins). */
export async function endpointsPage(
  em: EntityManager,
  page: { offset: number; limit: number },
): Promise<{ endpoints: WebhookEndpointRecord[]; totalCount: number }> {
  const rows = await rowsOf<EndpointRow & { total_count: string | number }>(
    em,
    sql`select ${ENDPOINT_COLUMNS}, count(*) over () as total_count
          from webhook_endpoint e join api_key k on k.id = e.api_key_id
         order by e.created_at desc, e.id
         limit ${page.limit} offset ${page.offset}`,
  );
  const total =
    rows[0]?.total_count ??
    (await rowOf<{ n: string | number }>(em, sql`select count(*) as n from webhook_endpoint`))?.n;
  return { endpoints: rows.map(endpointRecord), totalCount: Number(total ?? 0) };
}

export type WebhookDeliveryRecord = {
  id: string;
  endpointId: string;
  eventType: string;
  body: string;
  createdAt: Date;
  status: WebhookDeliveryStatus;
  attempts: WebhookAttemptRecord[];
  nextAttemptAt: Date | null;
  responseStatus: number | null;
};

type DeliveryRow = {
  id: string;
  endpoint_id: string;
  event_type: string;
  body: string;
  created_at: Date | string;
  status: WebhookDeliveryStatus;
  attempt_log: WebhookAttemptRecord[];
  available_at: Date | string;
  response_status: number | null;
};

/** The latest `limit` deliveries of each endpoint, newest first (one statement, for the loader). */
export async function deliveriesOfEndpoints(
  em: EntityManager,
  endpointIds: readonly string[],
  limit: number,
): Promise<Map<string, WebhookDeliveryRecord[]>> {
  const rows = await rowsOf<DeliveryRow>(
    em,
    sql`select d.id, d.endpoint_id, d.event_type, d.body, d.created_at, d.status, d.attempt_log,
               d.available_at, d.response_status
          from unnest(array[${[...endpointIds]}]::uuid[]) as ids(id)
          cross join lateral (select * from webhook_delivery w where w.endpoint_id = ids.id
                               order by w.seq desc limit ${limit}) d
         order by d.endpoint_id, d.seq desc`,
  );
  const deliveries = new Map<string, WebhookDeliveryRecord[]>(endpointIds.map((id) => [id, []]));
  for (const row of rows) {
    deliveries.get(row.endpoint_id)?.push({
      id: row.id,
      endpointId: row.endpoint_id,
      eventType: row.event_type,
      body: row.body,
      createdAt: date(row.created_at),
      status: row.status,
      attempts: row.attempt_log,
      nextAttemptAt: row.status === 'PENDING' ? date(row.available_at) : null,
      responseStatus: row.response_status,
    });
  }
  return deliveries;
}

/**
 * Queues one event for every live endpoint that subscribed to it, in the caller's transaction: an
 * endpoint of a key that is not revoked, not disabled, and (for an office's event, `scope`) whose
 * key has that scope for the office. One statement, which inserts nothing when nobody listens.
 */
export async function insertDeliveries(
  em: EntityManager,
  event: {
    type: WebhookEventType;
    resourceKey: string;
    body: string;
    now: Date;
    scope: { scope: ApiKeyScope; officeId: string } | null;
  },
): Promise<number> {
  const scoped = event.scope
    ? sql` and exists (select 1 from api_key_scope s
                        where s.api_key_id = k.id and s.scope = ${event.scope.scope}
                          and s.office_id = ${event.scope.officeId})`
    : sql``;
  return run(
    em,
    sql`insert into webhook_delivery
          (id, endpoint_id, event_type, resource_key, body, created_at, available_at)
        select gen_random_uuid(), e.id, ${event.type}, ${event.resourceKey}, ${event.body},
               ${event.now}, ${event.now}
          from webhook_endpoint e join api_key k on k.id = e.api_key_id
         where e.disabled_at is null and k.revoked_at is null
           and ${event.type} = any(e.events)${scoped}
         order by e.id`,
  );
}

/** A delivery as the worker sends it. */
export type DueDelivery = {
  id: string;
  endpointId: string;
  url: string;
  body: string;
  attempts: number;
  secrets: string[];
  failingSince: Date | null;
};

/**
 * Up to `limit` deliveries due at `now` to enabled endpoints, each the oldest waiting one of its
 * resource at its endpoint (a later event waits for the earlier), locked for this transaction;
 * rows another worker holds are skipped. With the secrets that sign them.
 */
export async function claimDueDeliveries(
  em: EntityManager,
  due: { now: Date; limit: number },
): Promise<DueDelivery[]> {
  const rows = await rowsOf<{
    id: string;
    endpoint_id: string;
    url: string;
    body: string;
    attempts: number;
    secret: string;
    previous_secret: string | null;
    previous_secret_expires_at: Date | string | null;
    failing_since: Date | string | null;
  }>(
    em,
    sql`select d.id, d.endpoint_id, e.url, d.body, d.attempts, e.secret, e.previous_secret,
               e.previous_secret_expires_at, e.failing_since
          from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
         where d.status = 'PENDING' and d.available_at <= ${due.now} and e.disabled_at is null
           and not exists (select 1 from webhook_delivery p
                            where p.endpoint_id = d.endpoint_id and p.resource_key = d.resource_key
                              and p.status = 'PENDING' and p.seq < d.seq)
         order by d.available_at, d.seq
         limit ${due.limit}
           for update of d skip locked`,
  );
  return rows.map((row) => {
    const previousUntil = dateOrNull(row.previous_secret_expires_at);
    return {
      id: row.id,
      endpointId: row.endpoint_id,
      url: row.url,
      body: row.body,
      attempts: row.attempts,
      secrets:
        row.previous_secret && previousUntil && previousUntil > due.now
          ? [row.secret, row.previous_secret]
          : [row.secret],
      failingSince: dateOrNull(row.failing_since),
    };
  });
}

/** One attempt's outcome: delivered, tried again at `retryAt`, or given up (`retryAt` null). */
export async function recordAttempt(
  em: EntityManager,
  attempt: {
    id: string;
    attempt: WebhookAttemptRecord;
    delivered: boolean;
    retryAt: Date | null;
    now: Date;
  },
): Promise<void> {
  const status = attempt.delivered ? 'DELIVERED' : attempt.retryAt ? 'PENDING' : 'FAILED';
  await run(
    em,
    sql`update webhook_delivery
           set attempts = attempts + 1,
               attempt_log = attempt_log || ${JSON.stringify([attempt.attempt])}::jsonb,
               status = ${status},
               available_at = coalesce(${attempt.retryAt}::timestamptz, available_at),
               finished_at = case when ${status} = 'PENDING' then null else ${attempt.now}::timestamptz end,
               response_status = ${attempt.attempt.status},
               last_error = ${attempt.attempt.error}
         where id = ${attempt.id}`,
  );
}

/** The endpoint answered: it is no longer failing. */
export async function clearFailing(em: EntityManager, endpointId: string): Promise<void> {
  await run(
    em,
    sql`update webhook_endpoint set failing_since = null
         where id = ${endpointId} and failing_since is not null`,
  );
}

/** The endpoint failed: failing since now, unless it already was. Returns since when. */
export async function noteFailing(em: EntityManager, endpointId: string, now: Date): Promise<Date> {
  const row = await rowOf<{ failing_since: Date | string }>(
    em,
    sql`update webhook_endpoint set failing_since = coalesce(failing_since, ${now})
         where id = ${endpointId} returning failing_since`,
  );
  return row ? date(row.failing_since) : now;
}

/**
 * Disables an endpoint that kept failing, if still enabled; returns its URL and its owner's
 * address and language for the e-mail, or null when it was disabled already.
 */
export async function disableFailingEndpoint(
  em: EntityManager,
  endpointId: string,
  now: Date,
): Promise<{ url: string; keyName: string; email: string | null; language: string } | null> {
  return rowOf(
    em,
    sql`update webhook_endpoint e set disabled_at = ${now}, disabled_reason = 'FAILING'
          from api_key k join account a on a.id = k.owner_id
         where e.id = ${endpointId} and k.id = e.api_key_id and e.disabled_at is null
        returning e.url, k.name as "keyName", a.email, a.language`,
  );
}

/** Deletes the deliveries finished before `cutoff` (the log keeps a month). */
export async function deleteFinishedDeliveries(em: EntityManager, cutoff: Date): Promise<number> {
  return run(
    em,
    sql`delete from webhook_delivery where status <> 'PENDING' and finished_at < ${cutoff}`,
  );
}
