import type { LogContext, Logger as OrmLoggerContract, LoggerNamespace } from '@mikro-orm/core';
import type { Logger } from './logger.js';
import { currentRequestScope } from './request-scope.js';

/**
 * Sends MikroORM's messages to pino and counts the SQL statements of the current request, which
 * the request log reports (and the tests read to prove that list fields are batched).
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
    const scope = currentRequestScope();
    if (scope) scope.sqlStatements += 1;
    if (this.logger.isLevelEnabled('trace')) {
      this.logger.trace({ took: context.took, results: context.results }, context.query ?? '');
    }
  }

  setDebugMode(): void {}

  isEnabled(namespace: LoggerNamespace | string): boolean {
    return namespace === 'query' || this.logger.isLevelEnabled('debug');
  }
}
