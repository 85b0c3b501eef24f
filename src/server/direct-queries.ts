import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextDidResolveOperation,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLRequestListener,
} from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type Source,
} from 'graphql';
import type { GraphQLContext } from '../resolvers/context.js';
import { answerBytes } from './answer-bytes.js';
import {
  runCompiled,
  variableErrors,
  type Compiled,
  type ExecutorRequest,
} from './compiled-execution.js';
import { sendAnswer } from './graphql-http.js';
import { currentRequestScope } from './request-scope.js';

// The queries Apollo Server has already validated and compiled are answered past it
// (docs/decisions/0033-direct-queries.md): the same context, the same plugins' hooks, the same
// compiled execution and error formatting, without the rest of Apollo's request pipeline.

/** Operations kept for the direct path; past this, the one kept longest is forgotten. */
export const MAX_DIRECT_OPERATIONS = 500;

/** Accept headers whose content type is known; past this, others go to Apollo. */
export const MAX_ACCEPT_HEADERS = 32;

/** An operation Apollo validated and compiled; null: one Apollo always answers. */
type DirectOperation = {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  compiled: Compiled;
  source: Source | undefined;
} | null;

type Listener = GraphQLRequestListener<GraphQLContext>;
type RequestContext = GraphQLRequestContextDidResolveOperation<GraphQLContext> &
  GraphQLRequestContextWillSendResponse<GraphQLContext>;

export type DirectQueriesOptions = {
  schema: GraphQLSchema;
  /** The text of a listed (trusted) document by its id. */
  trustedText: (id: string) => string | undefined;
  /** The HTTP context, as Apollo gets it; a failure sends the request to Apollo. */
  context: (req: Request, res: Response) => Promise<GraphQLContext>;
  /**
   * The plugins with per-request hooks that Apollo runs too. Of their hooks the direct path calls
   * requestDidStart, didResolveOperation (a throw sends the request to Apollo, which answers the
   * refusal) and willSendResponse: a plugin that needs another hook must not be among them, and
   * operations it concerns must not be served (`serveable`).
   */
  plugins: ApolloServerPlugin<GraphQLContext>[];
  /** Apollo's formatError. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Whether an operation may be answered past Apollo (not: one the catalogue cache keeps). */
  serveable: (document: DocumentNode, operation: OperationDefinitionNode) => boolean;
};

export type DirectQueries = {
  /** Hears each run of a compiled operation (compiledExecution's `onCompiledRun`). */
  remember(request: ExecutorRequest, compiled: Compiled): void;
  /** Hears Apollo's content type for an Accept header (graphqlHandler's `answered`). */
  learn(accept: string | undefined, contentType: string | undefined): void;
  /** Before Apollo's handler: answers what it can, hands on the rest with `next()`. */
  handler: RequestHandler;
  /**
   * The context for Apollo's handler: the one the direct path made (or its failure) when it
   * handed the request on after making it, so the caller is not looked up twice; else a new one.
   */
  context: (req: Request, res: Response) => Promise<GraphQLContext>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Apollo's head of an answer: a status, once something sets one, and headers. */
type Head = { status?: number; headers: HeaderMap };

/**
 * What Apollo's normalizeAndFormatErrors does (it is not exported): each error gets a code
 * (INTERNAL_SERVER_ERROR when it has none), an `extensions.http` is taken out into the answer's
 * status and headers, and the result goes through formatError; an error of formatError itself is
 * answered with Apollo's own words.
 */
function formatErrors(
  errors: readonly GraphQLError[],
  formatError: DirectQueriesOptions['formatError'],
  head: Head,
): GraphQLFormattedError[] {
  const enrich = (error: GraphQLError): GraphQLFormattedError => {
    const extensions: Record<string, unknown> = {
      ...error.extensions,
      code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR',
    };
    const http = extensions.http as Partial<Head> | undefined;
    if (
      isRecord(http) &&
      (http.status === undefined || typeof http.status === 'number') &&
      (http.headers === undefined || http.headers instanceof Map)
    ) {
      if (http.status) head.status = http.status;
      for (const [name, value] of http.headers ?? []) head.headers.set(name, value);
      delete extensions.http;
    }
    return { ...error.toJSON(), extensions };
  };
  return errors.map((error) => {
    try {
      return formatError(enrich(error), error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
}

/**
 * The direct path of queries (decision 0033). It answers a POST whose JSON body names, by its
 * text or by a listed document's id, an operation that Apollo has run compiled before for the
 * same text and operation name, asked with an Accept header Apollo has answered before. What
 * Apollo would refuse before running anything goes to Apollo, which then answers it: an unusual
 * body, variables that do not coerce, a context that fails (sign-in, database down, a trusted
 * document demanded), a refusal of the operation checks (cost, budget: a refused operation is not
 * charged, so Apollo's second check refuses alike). Past the checks the answer is made here as
 * Apollo makes it: the plugins' willSendResponse hooks, its error formatting, its field order.
 */
export function createDirectQueries(options: DirectQueriesOptions): DirectQueries {
  const { schema, trustedText, context, plugins, formatError, serveable } = options;
  // By text, then by the operation name the client sent (none: undefined): each text is hashed
  // once per request, not copied into a key.
  const operations = new Map<string, Map<string | undefined, DirectOperation>>();
  let kept = 0;
  const contentTypes = new Map<string, string>();
  // A request the direct path handed on after making its context: Apollo gets the same one, or
  // the same failure, without looking up the caller again.
  const handedOn = new WeakMap<Request, Promise<GraphQLContext>>();

  function remember(request: ExecutorRequest, compiled: Compiled): void {
    const text = request.source;
    const name = request.request.operationName;
    if (!request.operation || typeof text !== 'string') return;
    let byName = operations.get(text);
    if (byName?.has(name)) return;
    if (kept >= MAX_DIRECT_OPERATIONS) {
      const oldest = operations.keys().next().value as string;
      kept -= operations.get(oldest)?.size ?? 0;
      operations.delete(oldest);
      if (oldest === text) byName = undefined;
    }
    if (!byName) operations.set(text, (byName = new Map()));
    byName.set(
      name,
      serveable(request.document, request.operation)
        ? {
            document: request.document,
            operation: request.operation,
            compiled,
            source: request.document.loc?.source,
          }
        : null,
    );
    kept += 1;
  }

  function learn(accept: string | undefined, contentType: string | undefined): void {
    if (contentType === undefined || contentTypes.size >= MAX_ACCEPT_HEADERS) return;
    contentTypes.set(accept ?? '', contentType);
  }

  /** The document's text, when the body is one Apollo takes as it is; else undefined. */
  function textOf(body: Record<string, unknown>): string | undefined {
    const { query, extensions } = body;
    if (extensions !== undefined && extensions !== null && !isRecord(extensions)) return undefined;
    const persisted = extensions?.persistedQuery;
    if (!persisted) return typeof query === 'string' && query !== '' ? query : undefined;
    if (query !== undefined || !isRecord(persisted) || persisted.version !== 1) return undefined;
    return typeof persisted.sha256Hash === 'string' ? trustedText(persisted.sha256Hash) : undefined;
  }

  async function handler(req: Request, res: Response, next: NextFunction): Promise<void> {
    const body: unknown = req.body;
    if (req.method !== 'POST' || !isRecord(body)) return next();
    const contentType = contentTypes.get(req.headers.accept ?? '');
    if (contentType === undefined) return next();
    const { operationName, variables } = body;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return next();
    if (variables !== undefined && variables !== null && !isRecord(variables)) return next();
    const text = textOf(body);
    const name = typeof operationName === 'string' ? operationName : undefined;
    const direct = text === undefined ? undefined : operations.get(text)?.get(name);
    if (!direct) return next();
    const given = isRecord(variables) ? variables : undefined;
    if (variableErrors(schema, direct.operation, given)) return next();

    const made = context(req, res);
    let contextValue: GraphQLContext;
    try {
      contextValue = await made;
    } catch {
      handedOn.set(req, made);
      return next();
    }
    const head: Head = { headers: new HeaderMap() };
    const requestContext = {
      schema,
      request: {
        query: typeof body.query === 'string' ? body.query : undefined,
        operationName: name,
        variables: given,
        extensions: isRecord(body.extensions) ? body.extensions : undefined,
      },
      contextValue,
      source: text,
      document: direct.document,
      operation: direct.operation,
      operationName: direct.operation.name?.value ?? null,
      response: { http: head, body: undefined },
      metrics: {},
      requestIsBatched: false,
    } as unknown as RequestContext;
    const listeners = (
      await Promise.all(plugins.map((plugin) => plugin.requestDidStart?.(requestContext)))
    ).filter((listener): listener is Listener => listener !== undefined);
    try {
      await Promise.all(
        listeners.map((listener) => listener.didResolveOperation?.(requestContext)),
      );
    } catch {
      handedOn.set(req, made);
      return next();
    }

    const scope = currentRequestScope();
    if (scope) scope.direct = true;
    let result: ExecutionResult;
    try {
      result = await runCompiled(direct.compiled, contextValue, given, direct.source);
    } catch (error) {
      // As Apollo answers an executor that throws: the error alone, 500 unless it names a status.
      result = { errors: [thrownAsGraphQLError(error)] };
      head.status = 500;
    }
    const errors = result.errors && formatErrors(result.errors, formatError, head);
    requestContext.response.body = { kind: 'single', singleResult: { ...result, errors } };
    await Promise.all(listeners.map((listener) => listener.willSendResponse?.(requestContext)));
    const { singleResult } = requestContext.response.body;
    if (!head.headers.get('content-type')) head.headers.set('content-type', contentType);
    sendAnswer(res, head.status ?? 200, head.headers, answerBytes(ordered(singleResult)));
  }

  return {
    remember,
    learn,
    handler,
    context: (req, res) => handedOn.get(req) ?? context(req, res),
  };
}

/** The fields of an answer in Apollo's order. */
function ordered(result: FormattedExecutionResult): FormattedExecutionResult {
  return { errors: result.errors, data: result.data, extensions: result.extensions };
}

/** Apollo's ensureGraphQLError of what an executor threw. */
function thrownAsGraphQLError(thrown: unknown): GraphQLError {
  const error =
    thrown instanceof Error
      ? thrown
      : new GraphQLError(`Unexpected error value: ${String(thrown)}`);
  return error instanceof GraphQLError
    ? error
    : new GraphQLError(error.message, { originalError: error });
}
