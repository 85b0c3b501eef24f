import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLContext } from '../resolvers/context.js';
import { answerBytes } from './answer-bytes.js';
import { serializeResult } from './catalogue-cache.js';
import { currentRequestScope } from './request-scope.js';

/**
 * Apollo's `stringifyResult` for graphqlHandler: the answer's UTF-8 bytes (answerBytes, much
 * cheaper than one string of it when a text has a character beyond Latin-1) go to the request's
 * scope, where the handler takes them; Apollo carries an empty text in their place, which no
 * answer of its own ever is. Outside a request's scope, the text as Apollo makes it.
 */
export function serializeIntoScope(result: FormattedExecutionResult): string {
  const scope = currentRequestScope();
  if (!scope) return serializeResult(result);
  scope.answer = answerBytes(result);
  return '';
}

/** The query string of a request's URL, with its "?" ("" without one), as `url.parse` gives it. */
export function searchOf(url: string): string {
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const start = path.indexOf('?');
  return start === -1 ? '' : path.slice(start);
}

/** Sends a whole answer: its headers, status and bytes, with their length and without an ETag. */
export function sendAnswer(
  res: Response,
  status: number,
  headers: Iterable<[string, string]>,
  bytes: Buffer,
): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  res.statusCode = status;
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

/**
 * Hands an Express request to Apollo Server and sends its answer: what @as-integrations/express5's
 * `expressMiddleware` does (behind `express.json()`), without two costs of every request.
 * Its `url.parse(req.url)`, called from inside node_modules, makes Node take a stack trace each
 * time to decide whether to warn that url.parse is deprecated. Its `res.send` copies the answer
 * into a Buffer and hashes it for an ETag: GraphQL answers are POSTed, which no client revalidates,
 * and carry the caller's budget left, which changes with each of them.
 *
 * `answered` hears of every whole answer Apollo gives with status 200: the request's Accept
 * header and the content type Apollo chose for it (src/server/direct-queries.ts learns them).
 */
export function graphqlHandler(
  server: ApolloServer<GraphQLContext>,
  context: (req: Request, res: Response) => Promise<GraphQLContext>,
  answered?: (accept: string | undefined, contentType: string | undefined) => void,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: searchOf(req.url),
        body: req.body,
      },
      context: () => context(req, res),
    });
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const scope = currentRequestScope();
      // Encoded once: for a text with characters beyond Latin-1 (a "’" in a message is enough),
      // Buffer.byteLength and the socket's write of the text would each walk it character by
      // character again (bench/RESULTS.md, 2026-12-07: 0.7 ms and more for a 72 kB inbox page).
      const bytes =
        answer.body.string === '' && scope?.answer
          ? scope.answer
          : Buffer.from(answer.body.string, 'utf8');
      if (scope) scope.answer = undefined;
      if (status === 200) answered?.(req.headers.accept, answer.headers.get('content-type'));
      sendAnswer(res, status, answer.headers, bytes);
      return;
    }
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = status;
    // Incremental delivery (@defer): each part as soon as it is ready.
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
