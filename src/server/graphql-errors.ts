import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Language } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import type { Logger } from './logger.js';
import { currentRequestScope } from './request-scope.js';
import { isStorageFull } from './storage-full.js';

/** Codes whose message was written for the client and may be shown as it is. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_COSTLY',
  'RATE_LIMITED',
  'TOO_MANY_OPERATIONS',
  'SERVICE_UNAVAILABLE',
  'TRUSTED_DOCUMENT_REQUIRED',
]);

function isClientStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** An error as the client may see it; `requestId` names the log line (the request's scope's). */
export type ErrorFormatter = (
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
) => GraphQLFormattedError;

/** What Apollo's hideSchemaDetailsFromClientErrors takes out of a message (its own pattern). */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * How errors go over a WebSocket: through the same formatter as Apollo's, since graphql-ws would
 * send each message as it is (a database's own words, say). An error without a cause is written
 * for the client (the document's syntax or validation, a variable's value, a refusal with its
 * code) and passes, without "Did you mean …?" when `hideSuggestions` (production), as over HTTP.
 * What ended a subscription comes wrapped by graphql-ws in a GraphQLError of its message: the
 * cause is judged, unless it is a GraphQLError of Rathaus's own. `requestId` is the socket's.
 */
export function socketErrorFormatter(
  format: ErrorFormatter,
  { hideSuggestions }: { hideSuggestions: boolean },
): (errors: readonly GraphQLError[], requestId: string) => GraphQLFormattedError[] {
  return (errors, requestId) =>
    errors.map((error) => {
      const cause = error.originalError;
      if (!cause) {
        const formatted = error.toJSON();
        return hideSuggestions
          ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
          : formatted;
      }
      const judged = !error.path && !(cause instanceof GraphQLError) ? cause : error;
      return format(error.toJSON(), judged, requestId);
    });
}

/**
 * Apollo's formatError: client errors pass as they are; a database that cannot serve now is
 * SERVICE_UNAVAILABLE; a write its full disk refused is STORAGE_FULL (in the caller's language:
 * src/server/retry-after.ts), logged as an error for the operator with `database`, what holds the
 * database (the embedded one's DATA_DIR, or DATABASE_URL's server); anything else
 * is logged with the request id and answered with a generic message, INTERNAL_SERVER_ERROR and
 * the same request id, so that support can find the log line without the client seeing internals.
 */
export function createErrorFormatter(logger: Logger, database: string): ErrorFormatter {
  return (formatted, error, requestId = currentRequestScope()?.requestId) => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const isPublic =
      typeof code === 'string' &&
      PUBLIC_CODES.has(code) &&
      (original instanceof GraphQLError || original === error);
    if (isPublic) return formatted;
    // Apollo refuses some requests (a persisted query of another version, a hash that does not
    // match its query) with a 4xx status and no code, which would read as INTERNAL_SERVER_ERROR.
    if (original instanceof GraphQLError && isClientStatus(original.extensions.http)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    // Not a defect of Rathaus: the database is down, restarting or too slow (src/server/retry-after.ts
    // answers it with 503 and Retry-After).
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, requestId, path: formatted.path }, 'database unavailable');
      return {
        message: translate(Language.EN, 'error.serviceUnavailable'),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
      };
    }
    if (isStorageFull(original)) {
      logger.error(
        { err: original, requestId, path: formatted.path, database },
        "write refused: the database's disk is full",
      );
      return {
        message: translate(Language.EN, 'error.storageFull'),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'STORAGE_FULL', requestId },
      };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error in GraphQL');
    return {
      message: translate(Language.EN, 'error.internal'),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
