import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { currentRequestScope } from './request-scope.js';

export type { Logger };

/**
 * JSON logs, one object per line; personal data (e-mail, names) is never logged. A line written
 * while a request or WebSocket operation is handled carries its `requestId` (the X-Request-Id
 * header of its answer), wherever in the code it is written.
 *
 * Standard output is written asynchronously: a line goes out at once when no write is under way,
 * and the lines that come meanwhile go out together with the next one, instead of one system call
 * for each request's line in the request's own time (a tenth of the server's CPU for a free-slots
 * query, bench/RESULTS.md 2026-12-07). Pino writes what is left when the process exits; a kill -9
 * can lose the lines of the last write under way.
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
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
