import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../resolvers/context.js';

/**
 * An operation that a limit of use refused (wholly or in part: its payloads say which fields)
 * is answered with HTTP 429 and Retry-After, the longest wait any refusal asked for, so that
 * clients and proxies that know nothing of GraphQL back off too.
 */
export function retryAfterPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const wait = contextValue.http?.retryAfterSeconds;
          if (!wait) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
