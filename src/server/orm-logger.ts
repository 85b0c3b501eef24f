import type { LogContext, Logger as OrmLoggerContract, LoggerNamespace } from '@mikro-orm/core';
import type { Logger } from './logger.js';
import { currentRequestScope } from './request-scope.js';

/** The most of a slow statement's text that goes into its log line. */
const MAX_STATEMENT_LENGTH = 2000;

/**
 * Sends MikroORM's messages to pino and counts the SQL statements of the current request, which
 * the request log reports (and the tests read to prove that list fields are batched). Statements
 * are logged with `?` placeholders, never with their parameters: those are citizens' names,
 * e-mail addresses and messages.
 */
export class OrmLogger implements OrmLoggerContract {
  constructor(private readonly logger: Logger) {}

  log(namespace: LoggerNamespace | string, message: string): void {
    this.logger.debug({ namespace }, message);
  }

  error(namespace: LoggerNamespace | string, message: string): void {
    this.logger.error({ namespace }, message);
  }

  warn(namespace: LoggerNamespace | string, message: string): void {
    this.logger.warn({ namespace }, message);
  }

  logQuery(context: LogContext): void {
    // MikroORM hands a statement over the `slowQueryThreshold` (SLOW_QUERY_MS) to this logger a
    // second time; the request id comes from the request scope (src/server/logger.ts).
    if (context.namespace === 'slow-query') {
      this.logger.warn(
        {
          ms: context.took,
          statement: (context.query ?? '').slice(0, MAX_STATEMENT_LENGTH),
          ...(context.level === 'error' ? { failed: true } : {}),
        },
        'slow SQL statement',
      );
      return;
    }
    const scope = currentRequestScope();
    if (scope) scope.sqlStatements += 1;
    if (this.logger.isLevelEnabled('trace')) {
      this.logger.trace({ took: context.took, results: context.results }, context.query ?? '');
    }
  }

  setDebugMode(): void {}

  isEnabled(namespace: LoggerNamespace | string): boolean {
    // 'query-params' stays off: with it, MikroORM writes the values into the statement's text.
    if (namespace === 'query-params') return false;
    return namespace === 'query' || this.logger.isLevelEnabled('debug');
  }
}
