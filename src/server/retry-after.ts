import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../resolvers/context.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.js';

/**
 * An operation that a limit of use refused (wholly or in part: its payloads say which fields)
 * is answered with HTTP 429 and Retry-After, the longest wait any refusal asked for, so that
 * clients and proxies that know nothing of GraphQL back off too. One that the database could not
 * serve (SERVICE_UNAVAILABLE: down, restarting, too slow) is answered with 503 and Retry-After.
 */
export function retryAfterPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
            return;
          }
          const wait = contextValue.http?.retryAfterSeconds;
          if (!wait) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
