import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { currentRequestScope } from './request-scope.js';

export type { Logger };

/**
 * JSON logs, one object per line; personal data (e-mail, names) is never logged. A line written
 * while a request or WebSocket operation is handled carries its `requestId` (the X-Request-Id
 * header of its answer), wherever in the code it is written.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'rathaus' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      mixin: () => {
        const scope = currentRequestScope();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    destination,
  );
}
