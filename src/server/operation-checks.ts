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
  /** What is left of the caller's budget in this minute; null for staff and admins. */
  remaining: number | null;
  /** When the caller's budget is whole again; null for staff and admins. */
  resetInSeconds: number | null;
};

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
}) {
  const { schema, costLimit } = options;
  const budget = options.limits.limiter('queryCost', {
    points: Math.max(1, Math.round(options.budgetPerMinute * options.rateLimitFactor)),
    durationSeconds: 60,
  });
  return async (check: OperationToCheck): Promise<CheckOutcome> => {
    const invalid = controlCharactersInVariables(check.operation, check.variables);
    if (invalid) return { cost: null, refusal: { error: invalid, status: 400 } };
    const requested = Math.max(
      1,
      operationCost(schema, check.document, check.operation, check.variables),
    );
    const cost: CostReport = { requested, limit: costLimit, remaining: null, resetInSeconds: null };
    if (requested > costLimit) {
      const message = translate(check.lang, 'error.queryTooCostly', {
        cost: requested,
        limit: costLimit,
      });
      const error = new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', cost } });
      return { cost, refusal: { error, status: 400 } };
    }
    if (!limitedPerCaller(check.principal)) return { cost, refusal: null };
    const caller = callerKey(check.principal, check.clientIp);
    const taken = await budget.consume(caller, requested);
    if (!taken.allowed) {
      // The points of a refused operation stay with the caller: a smaller one may still run.
      await budget.reward(caller, requested);
      const { retryAfterSeconds } = taken;
      const error = toGraphQLError(check.lang, new RateLimitedError(retryAfterSeconds), { cost });
      return { cost, refusal: { error, status: 429, retryAfterSeconds } };
    }
    cost.remaining = taken.remainingPoints;
    cost.resetInSeconds = taken.resetInSeconds;
    return { cost, refusal: null };
  };
}

export type OperationChecks = ReturnType<typeof createOperationChecks>;

/**
 * Runs the checks for HTTP operations once Apollo knows the operation: a refusal is answered
 * without running anything (400, or 429 with Retry-After), and every answer carries the cost in
 * `extensions.cost`.
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
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
