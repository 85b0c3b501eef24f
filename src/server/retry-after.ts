import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../resolvers/context.js';
import { translate } from '../i18n/messages.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.js';
import { STORAGE_FULL_STATUS } from './storage-full.js';

/**
 * An operation that a limit of use refused (wholly or in part: its payloads say which fields)
 * is answered with HTTP 429 and Retry-After, the longest wait any refusal asked for, so that
 * clients and proxies that know nothing of GraphQL back off too. One that the database could not
 * serve (SERVICE_UNAVAILABLE: down, restarting, too slow) is answered with 503 and Retry-After;
 * one whose write the database's full disk refused (STORAGE_FULL) with 507 and the message in the
 * caller's language.
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
          if (
            response.body.kind === 'single' &&
            errors.some((error) => error.extensions?.code === 'STORAGE_FULL')
          ) {
            response.http.status = STORAGE_FULL_STATUS;
            const message = translate(contextValue.lang, 'error.storageFull');
            response.body.singleResult.errors = errors.map((error) =>
              error.extensions?.code === 'STORAGE_FULL' ? { ...error, message } : error,
            );
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
