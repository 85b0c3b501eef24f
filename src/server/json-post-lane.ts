import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** A JSON content type as API clients send it: no parameter, or UTF-8 named. */
const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset="?utf-8"?[ \t]*)?$/i;

/** The first character of a text past JSON's whitespace (RFC 8259); undefined when none. */
function firstCharacter(text: string): string | undefined {
  let index = 0;
  while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
  return text[index];
}

/** An error as body-parser reports one (status and type), so that the same handler answers it. */
function bodyError(message: string, status: number, type: string): Error {
  return Object.assign(new Error(message), { status, expose: true, type });
}

/**
 * The body as express.json (strict, UTF-8) parses it: a leading byte order mark dropped, an
 * object or array at the top, anything else `entity.parse.failed`.
 */
function parseBody(bytes: Buffer): unknown {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = firstCharacter(text);
  if (first !== '{' && first !== '[') {
    throw bodyError('The body is not a JSON object or array.', 400, 'entity.parse.failed');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(bodyError((error as Error).message, 400, 'entity.parse.failed'), {
      cause: error,
    });
  }
}

/** The body's length when it is given, within 1 and `limit` bytes, and sent as it is; else null. */
function plainLength(req: Request, limit: number): number | null {
  const { headers } = req;
  if (headers['transfer-encoding'] !== undefined) return null;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return null;
  if (!PLAIN_JSON.test(headers['content-type'] ?? '')) return null;
  const length = Number(headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= limit ? length : null;
}

/**
 * Reads the whole body, which is `length` bytes long, into one Buffer. `callback` runs in the
 * async context of this call (the request's scope), not in that of the socket that emits the body.
 */
function readBody(
  req: Request,
  length: number,
  callback: (error: Error | null, body?: Buffer) => void,
) {
  const done = AsyncResource.bind(callback);
  const body = Buffer.allocUnsafe(length);
  let received = 0;
  const onData = (chunk: Buffer) => {
    chunk.copy(body, received);
    received += chunk.length;
  };
  const finish = (error: Error | null) => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    done(error, body);
  };
  const aborted = () => bodyError('The request was aborted.', 400, 'request.aborted');
  const onEnd = () => finish(received === length ? null : aborted());
  const onError = () => finish(aborted());
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}

export type JsonPostLaneOptions = {
  /** The path it answers, exactly as the request line has it (no query string). */
  path: string;
  /** The largest body it reads; a larger one takes the usual way (and is refused there). */
  limitBytes: number;
  /**
   * The middleware the usual way runs before the body is read (headers, the request's scope,
   * CORS), in order; each must call `next` (the scope's runs the rest inside it).
   */
  before: RequestHandler[];
  /** Answers with `req.body` parsed; its failures (thrown or rejected) go to the app's error handlers. */
  handle: (req: Request, res: Response) => void | Promise<void>;
};

/**
 * The API's requests, a POST of JSON with its length given, answered from the app's first
 * middleware: the same middleware and handlers as the usual way (`before`, then the body parsed as
 * express.json parses it, then `handle`), without passing the router's other routes and
 * body-parser's generic reading (charsets, compression, streams of unknown length): together
 * about 3 % of the API server's CPU for a free-slots request in a perf profile (bench/RESULTS.md,
 * 2026-12-08). Anything
 * else (another method or path, a chunked or compressed body, another content type, an empty or
 * too large body) is handed on with `next()` to take the usual way; errors of reading, parsing
 * and answering go with `next(error)` to the app's error handlers.
 */
export function jsonPostLane(options: JsonPostLaneOptions): RequestHandler {
  const { path, limitBytes, before, handle } = options;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.url !== path) return next();
    const length = plainLength(req, limitBytes);
    if (length === null) return next();
    const fail = (error: unknown) => next(error);
    const read = () =>
      readBody(req, length, (error, bytes) => {
        if (error) return fail(error);
        try {
          req.body = parseBody(bytes!);
          handle(req, res)?.catch(fail);
        } catch (thrown) {
          fail(thrown);
        }
      });
    const step = (index: number): void => {
      const middleware = before[index];
      if (!middleware) return read();
      middleware(req, res, (error?: unknown) => (error ? fail(error) : step(index + 1)));
    };
    step(0);
  };
}
