import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { limitedPerCaller, RateLimitedError } from '../auth/caller-limits.js';
import { callerKey } from '../auth/caller.js';
import type { Principal } from '../auth/principal.js';
import type { RateLimits } from '../auth/rate-limits.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { toGraphQLError } from '../resolvers/common/domain-errors.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { controlCharactersInVariables } from './input-checks.js';
import { operationCost } from './query-cost.js';

/** What an operation cost, as every HTTP answer reports it in `extensions.cost`. */
export type CostReport = {
  /** The operation's cost, as weighed before it ran (at least 1). */
  requested: number;
  /** The most one operation may cost (QUERY_COST_LIMIT). */
  limit: number;
  /**
   * The caller's budget a minute (QUERY_COST_BUDGET times RATE_LIMIT_FACTOR); null for staff
   * and admins, who have none.
   */
  budget: number | null;
  /** What is left of the caller's budget in this minute; null for staff and admins. */
  remaining: number | null;
  /** When the caller's budget is whole again; null for staff and admins. */
  resetInSeconds: number | null;
};

/** The window of the cost budget: a minute of the server's clock. */
export const BUDGET_WINDOW_SECONDS = 60;

export type OperationToCheck = {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  principal: Principal;
  clientIp: string;
  lang: Language;
};

/** The outcome of a check: the cost to report, and the refusal when the operation may not run. */
export type CheckOutcome = {
  cost: CostReport | null;
  refusal: { error: GraphQLError; status: number; retryAfterSeconds?: number } | null;
};

/**
 * The checks every operation passes after validation and before it runs, over HTTP and over
 * WebSocket alike: no control characters in the variables it declares, a cost within
 * QUERY_COST_LIMIT, and within what is left of its caller's QUERY_COST_BUDGET for this minute
 * (shared by every instance through Redis; multiplied by RATE_LIMIT_FACTOR like the other limits
 * of use). A refused operation is not charged.
 */
export function createOperationChecks(options: {
  schema: GraphQLSchema;
  limits: RateLimits;
  costLimit: number;
  budgetPerMinute: number;
  rateLimitFactor: number;
  clock: Clock;
}) {
  const { schema, costLimit, clock } = options;
  const points = Math.max(1, Math.round(options.budgetPerMinute * options.rateLimitFactor));
  // The windows are the minutes of the injected clock, not the limiter's own timer (which reads
  // the system time, or Redis's): each minute counts under a key of its own, so what is left and
  // when it is whole again follow the clock the rest of the server keeps (and tests set). The
  // store's expiry only forgets a minute that is over; it is longer than a window, so that a
  // key never vanishes while its minute is still running.
  const budget = options.limits.limiter('queryCost', {
    points,
    durationSeconds: 2 * BUDGET_WINDOW_SECONDS,
  });
  const windowMs = BUDGET_WINDOW_SECONDS * 1000;
  return async (check: OperationToCheck): Promise<CheckOutcome> => {
    const invalid = controlCharactersInVariables(check.operation, check.variables);
    if (invalid) return { cost: null, refusal: { error: invalid, status: 400 } };
    const requested = Math.max(
      1,
      operationCost(schema, check.document, check.operation, check.variables),
    );
    const cost: CostReport = {
      requested,
      limit: costLimit,
      budget: null,
      remaining: null,
      resetInSeconds: null,
    };
    if (requested > costLimit) {
      const message = translate(check.lang, 'error.queryTooCostly', {
        cost: requested,
        limit: costLimit,
      });
      const error = new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', cost } });
      return { cost, refusal: { error, status: 400 } };
    }
    if (!limitedPerCaller(check.principal)) return { cost, refusal: null };
    const now = clock().getTime();
    const window = Math.floor(now / windowMs);
    const key = `${callerKey(check.principal, check.clientIp)}:${window}`;
    cost.budget = points;
    cost.resetInSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
    const taken = await budget.consume(key, requested);
    if (!taken.allowed) {
      // The points of a refused operation stay with the caller: a smaller one may still run.
      await budget.reward(key, requested);
      const retryAfterSeconds = cost.resetInSeconds;
      cost.remaining = Math.max(0, points - (taken.consumedPoints - requested));
      const error = toGraphQLError(check.lang, new RateLimitedError(retryAfterSeconds), { cost });
      return { cost, refusal: { error, status: 429, retryAfterSeconds } };
    }
    cost.remaining = taken.remainingPoints;
    return { cost, refusal: null };
  };
}

export type OperationChecks = ReturnType<typeof createOperationChecks>;

/** The name of the cost budget's policy in the RateLimit header fields. */
const BUDGET_POLICY = '"budget"';

/**
 * The cost budget as the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers-11) has it: `RateLimit-Policy` with the quota and window,
 * `RateLimit` with what is left after this request and the seconds until the window ends
 * (docs/decisions/0013-query-cost.md). None for callers without a budget (staff and admins).
 */
export function rateLimitHeaders(cost: CostReport): Array<[string, string]> {
  if (cost.budget === null || cost.remaining === null || cost.resetInSeconds === null) return [];
  return [
    ['ratelimit-policy', `${BUDGET_POLICY};q=${cost.budget};w=${BUDGET_WINDOW_SECONDS}`],
    ['ratelimit', `${BUDGET_POLICY};r=${cost.remaining};t=${cost.resetInSeconds}`],
  ];
}

/**
 * Runs the checks for HTTP operations once Apollo knows the operation: a refusal is answered
 * without running anything (400, or 429 with Retry-After), and every answer carries the cost in
 * `extensions.cost` and, for a caller with a budget, the RateLimit header fields.
 */
export function operationChecksPlugin(checks: OperationChecks): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let cost: CostReport | null = null;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          // Apollo answers a missing operation itself.
          if (!operation) return;
          // Over HTTP graphql-js would run a subscription's field once, without an event, and
          // answer INTERNAL_SERVER_ERROR: the client's mistake, said as such.
          if (operation.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are served over WebSocket at /graphql (graphql-transport-ws), not over HTTP.',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
          const outcome = await checks({
            document,
            operation,
            variables: request.variables ?? {},
            principal: contextValue.principal,
            clientIp: contextValue.clientIp,
            lang: contextValue.lang,
          });
          cost = outcome.cost;
          if (!outcome.refusal) return;
          const { error, status, retryAfterSeconds } = outcome.refusal;
          throw new GraphQLError(error.message, {
            extensions: {
              ...error.extensions,
              http: {
                status,
                headers: new HeaderMap(
                  retryAfterSeconds ? [['retry-after', String(retryAfterSeconds)]] : [],
                ),
              },
            },
          });
        },
        async willSendResponse({ response }) {
          if (!cost) return;
          for (const [name, value] of rateLimitHeaders(cost))
            response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
