import { pino, type DestinationStream, type Logger } from 'pino';
import { isoUtc } from '../common/iso-time.js';
import type { Config } from './config.js';
import { currentRequestScope } from './request-scope.js';

export type { Logger };

/** The longest a line waits in the buffer of standard output before it is written. */
export const LOG_FLUSH_MS = 100;

/** Standard output's buffer is written once it holds this much, without waiting. */
const LOG_BUFFER_BYTES = 4096;

/**
 * A destination that writes lines asynchronously, a buffer at a time: once it holds
 * LOG_BUFFER_BYTES, or `flushMs` (LOG_FLUSH_MS) after the first line of a buffer came. A write of
 * its own for each line cost a request for free slots a tenth of its server CPU
 * (bench/RESULTS.md, 2026-12-07). Pino writes what is left when the process exits, also after a
 * fatal error; only a kill -9 can lose the lines of the last LOG_FLUSH_MS.
 */
export function bufferedDestination(
  fd: number,
  { flushMs = LOG_FLUSH_MS }: { flushMs?: number } = {},
): DestinationStream & { flush(callback?: (error?: Error) => void): void } {
  const out = pino.destination({ dest: fd, sync: false, minLength: LOG_BUFFER_BYTES });
  let timer: NodeJS.Timeout | null = null;
  return {
    write(line: string) {
      out.write(line);
      timer ??= setTimeout(() => {
        timer = null;
        out.flush();
      }, flushMs).unref();
    },
    // pino's logger.flush(callback): the callback runs once what was logged is written.
    flush(callback?: (error?: Error) => void) {
      out.flush(callback);
    },
  };
}

/**
 * JSON logs, one object per line; personal data (e-mail, names) is never logged. A line written
 * while a request or WebSocket operation is handled carries its `requestId` (the X-Request-Id
 * header of its answer), wherever in the code it is written. Standard output is buffered
 * (`bufferedDestination`).
 */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'rathaus' },
      // pino.stdTimeFunctions.isoTime's text, written by isoUtc: one for every request's line.
      timestamp: () => `,"time":"${isoUtc(Date.now())}"`,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      mixin: () => {
        const scope = currentRequestScope();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    destination ?? bufferedDestination(1),
  );
}
