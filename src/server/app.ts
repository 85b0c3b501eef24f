import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import { execute, getOperationAST, GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { authenticate, bearerToken } from '../auth/authenticate.js';
import { AuthErrorCode } from '../auth/auth.errors.js';
import { callerKey } from '../auth/caller.js';
import { anonymous, type Principal } from '../auth/principal.js';
import { createRateLimits } from '../auth/rate-limits.js';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from '../auth/session-cookie.js';
import { announceCatalogueChange } from '../catalogue/catalogue-changes.js';
import { servicesByIds } from '../catalogue/catalogue.service.js';
import { ticketsByIds } from '../queue/queue.queries.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { languageFromHeader } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import type { EventBus } from '../realtime/event-bus.js';
import { toGraphQLError } from '../resolvers/common/domain-errors.js';
import { uuidOf } from '../resolvers/common/global-id.js';
import type { GraphQLContext, HttpExchange } from '../resolvers/context.js';
import { run, sql } from '../common/sql.js';
import { createCallerLimits } from '../auth/caller-limits.js';
import { OperationContext, type ContextServices } from './operation-context.js';
import { applicationFileRoutes } from './application-file-routes.js';
import { FileStore } from '../applications/file-store.js';
import { calendarRoute } from './calendar-route.js';
import { clientAddressResolver } from './client-address.js';
import {
  catalogueCachePlugin,
  createCatalogueCache,
  followCatalogueChanges,
  isCacheable,
} from './catalogue-cache.js';
import { createDirectQueries } from './direct-queries.js';
import { feedRoutes } from './feed-routes.js';
import { formValidatorRoute } from './form-validator-route.js';
import { OIDC_START_PATH, oidcRoutes } from './oidc-routes.js';
import { graphiqlRoutes } from './graphiql.js';
import { graphqlHandler, serializeIntoScope } from './graphql-http.js';
import { schemaRoutes } from './schema-routes.js';
import type { Config } from './config.js';
import { compiledExecution } from './compiled-execution.js';
import { pendingMigrations } from './database.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable.js';
import { documentCache } from './document-cache.js';
import { controlCharactersRule } from './input-checks.js';
import { createOperationChecks, operationChecksPlugin } from './operation-checks.js';
import { linkSigningSecret } from './link-signing-secret.js';
import { dataAccessLogPlugin, recordBeforeSending } from './data-access-log.js';
import { createErrorFormatter, socketErrorFormatter } from './graphql-errors.js';
import type { Logger } from './logger.js';
import { createMetrics, createMetricsServer, metricsHandler } from './metrics.js';
import { guardedMutationsRule, httpOnlyMutationsRule } from './mutation-limits.js';
import { MAX_TOKENS, queryLimitsRule } from './query-limits.js';
import { retryAfterPlugin } from './retry-after.js';
import { apiSecurityHeaders, securityHeaders } from './security-headers.js';
import { jsonPostLane } from './json-post-lane.js';
import { sendFramesTo, subscribeSharingResults } from './shared-subscriptions.js';
import { countSockets } from './socket-limits.js';
import { watchSocketRights } from './socket-rights.js';
import { serviceStructuredData } from './catalogue-export.js';
import { staticClient } from './static-clients.js';
import { currentRequestScope, runInRequestScope, type RequestScope } from './request-scope.js';
import {
  checkedDocuments,
  CLIENT_MANIFESTS,
  GRAPHIQL_CLIENT,
  isFirstPartyOrigin,
  listedFirst,
  persistedId,
  readManifests,
  trustedDocumentRequired,
  unknownDocumentId,
} from './trusted-documents.js';

export type AppDependencies = {
  config: Config;
  orm: MikroORM;
  schema: GraphQLSchema;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
};

export type RathausServer = {
  httpServer: Server;
  /**
   * Starts listening, and on METRICS_PORT when set; resolves with the bound port (PORT=0 picks a
   * free one).
   */
  listen(): Promise<number>;
  /** The bound METRICS_PORT once listening; null without one. */
  metricsPort(): number | null;
  /**
   * Graceful stop: readiness turns 503 and, after `delayMs` of serving on (SHUTDOWN_DELAY_MS, for
   * the load balancer to notice), new connections are refused, in-flight HTTP requests finish
   * (up to 8 s), WebSockets close with 1001 "going away".
   */
  shutdown(options?: { delayMs?: number }): Promise<void>;
};

const BODY_LIMIT_KB = 100;
const BODY_LIMIT = `${BODY_LIMIT_KB}kb`;
const WS_MAX_PAYLOAD = 64 * 1024;
/** Close code for a caller over its WebSocket limit (4000–4999 are the application's). */
const WS_TOO_MANY_CONNECTIONS = 4429;
const READINESS_TIMEOUT_MS = 1000;
const DRAIN_GRACE_MS = 8000;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves with the bound port. */
function listenOn(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Answers what fails before GraphQL runs (malformed JSON, a body over the limit, a malformed URL)
 * as GraphQL clients expect it: JSON with a code, never Express's HTML page.
 */
function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    const [code, message] =
      error?.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`]
        : error?.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON.']
          : status < 500
            ? ['BAD_REQUEST', 'The request is malformed.']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    const requestId = currentRequestScope()?.requestId;
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, requestId }, 'database unavailable');
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({
        errors: [
          {
            message: translate(
              languageFromHeader(req.headers['accept-language']),
              'error.serviceUnavailable',
            ),
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
          },
        ],
      });
      return;
    }
    if (status >= 500) logger.error({ err: error, requestId }, 'unexpected error outside GraphQL');
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}

/** Express + Apollo Server + graphql-ws on one HTTP server and one port, at /graphql. */
export async function createServer(deps: AppDependencies): Promise<RathausServer> {
  const { config, orm, schema, bus, clock, logger } = deps;
  const settings = {
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
    linkSecret: linkSigningSecret(config),
    townName: config.townName,
    mailFrom: config.mailFrom,
    rateLimitFactor: config.rateLimitFactor,
    webhookAllowedHosts: config.webhookAllowedHosts,
    identityProvider: config.oidc && {
      label: config.oidc.displayName,
      startUrl: OIDC_START_PATH,
    },
  };
  let shuttingDown = false;
  const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone });
  // Every request asks (the catalogue cache's key); a local day starts on a whole minute in every
  // time zone, so the date is formatted once a minute.
  let today = { minute: Number.NaN, date: '' };
  /** Today in the municipality, "YYYY-MM-DD". */
  const localDate = () => {
    const now = clock();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== today.minute) today = { minute, date: dateFormat.format(now) };
    return today.date;
  };

  // This instance's catalogue answers; cleared at once by its own catalogue writes, and through
  // the bus by those of other instances (docs/decisions/0009-catalogue-response-cache.md).
  const instanceId = randomUUID();
  const catalogueCache =
    config.catalogueCacheSeconds > 0
      ? createCatalogueCache({
          maxAgeMs: config.catalogueCacheSeconds * 1000,
          maxBytes: config.catalogueCacheMaxMb * 1024 * 1024,
          now: () => clock().getTime(),
        })
      : null;
  const stopFollowingCatalogue = catalogueCache
    ? followCatalogueChanges(bus, instanceId, catalogueCache)
    : null;
  const catalogueChanged = () => {
    catalogueCache?.invalidate();
    announceCatalogueChange(bus, instanceId);
  };

  const files = new FileStore(join(config.dataDir, 'files'));

  // Shared by every instance through Redis (src/auth/rate-limits.ts).
  const limits = createRateLimits({
    redisUrl: config.redisUrl,
    namespace: config.databaseUrl ? new URL(config.databaseUrl).pathname.slice(1) : 'embedded',
  });

  // Control characters, cost and the caller's cost budget (src/server/operation-checks.ts).
  const checkOperation = createOperationChecks({
    schema,
    limits,
    costLimit: config.queryCostLimit,
    budgetPerMinute: config.queryCostBudget,
    rateLimitFactor: config.rateLimitFactor,
    clock,
  });

  const app = express();
  app.disable('x-powered-by');
  // Per-address limits count the client's address; behind proxies that is in X-Forwarded-For,
  // read as far as the configured proxies vouch for it, for HTTP and WebSocket alike.
  app.set('trust proxy', config.trustProxy);
  const clientAddress = clientAddressResolver(config.trustProxy);
  const httpServer = createHttpServer(app);

  const contextServices: ContextServices = {
    orm,
    clock,
    bus,
    limits,
    settings,
    files,
    catalogueChanged,
    localDate,
  };

  /** An HTTP request's context: its principal from the Authorization header or session cookie. */
  async function httpContext(req: express.Request, res: express.Response): Promise<GraphQLContext> {
    // Made on first use: an anonymous query of the catalogue or of free slots may need none.
    let em: EntityManager | null = null;
    const clientIp = clientAddress(req);
    let retryAfterSeconds: number | null = null;
    const http: HttpExchange = {
      userAgent: req.headers['user-agent'] ?? null,
      setSessionCookie: (token, expiresAt) =>
        res.append('Set-Cookie', setSessionCookie(config.publicUrl, token, expiresAt)),
      clearSessionCookie: () => res.append('Set-Cookie', clearSessionCookie(config.publicUrl)),
      tooManyRequests: (seconds) => {
        retryAfterSeconds = Math.max(retryAfterSeconds ?? 0, seconds);
      },
      get retryAfterSeconds() {
        return retryAfterSeconds;
      },
    };
    const authentication = await authenticate(
      () => (em ??= orm.em.fork()),
      {
        bearer: bearerToken(req.headers.authorization),
        cookie: sessionCookieOf(req.headers.cookie),
      },
      clock(),
    ).catch((error: unknown) => {
      // Apollo answers an error of the context with 500 unless it names its status.
      if (!isDatabaseUnavailable(error)) throw error;
      throw new GraphQLError(
        translate(languageFromHeader(req.headers['accept-language']), 'error.serviceUnavailable'),
        {
          originalError: error as Error,
          extensions: {
            code: 'SERVICE_UNAVAILABLE',
            http: {
              status: 503,
              headers: new HeaderMap([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]),
            },
          },
        },
      );
    });
    if ('invalid' in authentication) {
      if (authentication.invalid === 'bearer') {
        throw toGraphQLError(
          languageFromHeader(req.headers['accept-language']),
          new DomainError(AuthErrorCode.UNAUTHENTICATED, 'error.invalidAccessToken'),
          { http: { status: 401 } },
        );
      }
      http.clearSessionCookie();
    }
    const principal = 'principal' in authentication ? authentication.principal : anonymous;
    const text = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown })?.query;
    if (
      typeof text === 'string' &&
      text !== '' &&
      mustSendIds(principal, req.headers.origin, req.headers.host) &&
      req.headers[GRAPHIQL_CLIENT.header] !== GRAPHIQL_CLIENT.value
    ) {
      throw trustedDocumentRequired(languageFromHeader(req.headers['accept-language']));
    }
    const requestId = currentRequestScope()?.requestId ?? requestIdOf(req);
    return new OperationContext(
      contextServices,
      requestId,
      req.headers['accept-language'],
      principal,
      clientIp,
      em,
      http,
    );
  }

  const parseOptions = { maxTokens: MAX_TOKENS };
  const httpRules = [queryLimitsRule, controlCharactersRule, guardedMutationsRule];
  // The WebSocket's documents; sign-up and sign-in are refused there (src/server/mutation-limits.ts).
  const socketRules = [...httpRules, httpOnlyMutationsRule];
  const documents = documentCache(schema, socketRules, parseOptions);
  // The clients' documents by id, parsed and validated once for each transport's rules.
  const trustedTexts = readManifests(CLIENT_MANIFESTS);
  const trustedForHttp = checkedDocuments(trustedTexts, schema, httpRules, parseOptions);
  const trustedForSockets = checkedDocuments(trustedTexts, schema, socketRules, parseOptions);
  logger.info({ documents: trustedTexts.size }, 'trusted documents of the clients read');
  const firstPartyOrigins = new Set([
    new URL(config.publicUrl).origin,
    ...config.firstPartyOrigins,
  ]);
  /** Whether a request (without GraphiQL's mark) may send ids only: a first-party page's. */
  function mustSendIds(
    principal: Principal,
    origin: string | undefined,
    host: string | undefined,
  ): boolean {
    return (
      config.trustedDocumentsOnly &&
      principal.kind !== 'apiKey' &&
      isFirstPartyOrigin(origin, host, firstPartyOrigins)
    );
  }
  // Browsers send the session cookie with an upgrade from any page; only pages of this town's own
  // origins may open a socket: PUBLIC_URL's, FIRST_PARTY_ORIGINS, CORS_ORIGINS, and the host the
  // browser asked (a page served by Rathaus under another name, e.g. a kiosk on the LAN address; a
  // foreign page asking that host gets that host's cookies, not the town's). Clients without
  // Origin are no browsers.
  const allowedOrigins = new Set([
    new URL(config.publicUrl).origin,
    ...config.firstPartyOrigins,
    ...config.corsOrigins,
  ]);
  const ownOrigin = (origin: string, req: IncomingMessage) =>
    allowedOrigins.has(origin) || URL.parse(origin)?.host === req.headers.host;
  const sockets = countSockets(config.wsMaxConnectionsPerCaller);
  const socketRights = watchSocketRights({
    bus,
    orm,
    clock,
    recheckMs: config.wsAuthRecheckMs,
    logger,
  });
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: WS_MAX_PAYLOAD,
    // Answered in the tick of the upgrade, as is the 'connection' event that counts the socket:
    // parallel upgrades cannot slip past the cap.
    verifyClient: ({ origin, req }, done) => {
      const address = clientAddress(req);
      if (origin !== undefined && !ownOrigin(origin, req)) {
        logger.warn({ origin, clientIp: address }, 'WebSocket refused: foreign origin');
        done(false, 403, 'Forbidden origin');
      } else if (!sockets.hasRoom(`ip:${address}`)) {
        logger.warn({ clientIp: address }, 'WebSocket refused: too many connections');
        done(false, 429, 'Too many connections');
      } else {
        done(true);
      }
    },
  });
  wsServer.on('connection', (socket, req) => sockets.add(socket, `ip:${clientAddress(req)}`));
  wsServer.on('error', (error) => logger.error({ err: error }, 'WebSocket server error'));
  const metrics = await createMetrics({
    orm,
    clock,
    timeZone: config.timeZone,
    logger,
    webSockets: () => wsServer.clients.size,
    subscriptions: () => bus.activeSubscriptions(),
  });
  const scrape = metricsHandler(metrics, config.metricsToken, logger);
  const metricsServer = config.metricsPort === null ? null : createMetricsServer(scrape);
  // Over HTTP (Apollo) and over WebSockets (socketErrors): no client sees an unexpected error's
  // own words, nor, in production, suggestions of the schema's names.
  const formatError = createErrorFormatter(
    logger,
    config.databaseUrl
      ? 'the PostgreSQL server of DATABASE_URL'
      : `the embedded database in DATA_DIR ${resolve(config.dataDir)}`,
  );
  const socketErrors = socketErrorFormatter(formatError, {
    hideSuggestions: config.env === 'production',
  });
  // A WebSocket operation runs in a scope of its own, as an HTTP request does: its log lines
  // (slow statements among them) carry its request id.
  const inOperationScope = <T>(contextValue: unknown, run: () => T): T =>
    runInRequestScope(
      { requestId: (contextValue as GraphQLContext).requestId, sqlStatements: 0 },
      run,
    );
  // A WebSocket authenticates once, in connection_init (an `authorization` parameter) or with the
  // session cookie of the upgrade request; bad credentials close it with 4403. While it is open,
  // src/server/socket-rights.ts keeps it within its principal's current rights (4401 when they
  // end, 4403 when they change). One caller (account, API key, kiosk, or client address for
  // sockets not signed in) holds at most WS_MAX_CONNECTIONS_PER_CALLER sockets: beyond, the
  // upgrade is refused with 429, or the socket closed with 4429 when it signs in. Frames over 64 KiB
  // close that socket with 1009 (ws), a missing connection_init within 3 s with 4408 (graphql-ws),
  // and keep-alive pings every 12 s drop dead peers. A socket runs at most
  // WS_MAX_OPERATIONS_PER_SOCKET operations at once (more: TOO_MANY_OPERATIONS), and each passes
  // the same checks as over HTTP (cost, the caller's budget) before it starts.
  type SocketExtra = { principal?: Principal };
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      connectionInitWaitTimeout: 3000,
      // Operations arrive parsed and validated from the cache; the context is made here too.
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws demands a `query`: a client that sends an id sends an empty one.
        const trustedId = payload.query === '' ? persistedId(payload.extensions) : null;
        if (
          trustedId === null &&
          ctx.connectionParams?.client !== GRAPHIQL_CLIENT.value &&
          mustSendIds(
            ctx.extra.principal ?? anonymous,
            ctx.extra.request.headers.origin,
            ctx.extra.request.headers.host,
          )
        ) {
          return [
            trustedDocumentRequired(
              languageFromHeader(ctx.extra.request.headers['accept-language']),
            ),
          ];
        }
        const parsed =
          trustedId === null
            ? documents(payload.query)
            : (trustedForSockets(trustedId) ?? { errors: [unknownDocumentId()] });
        if ('errors' in parsed) return parsed.errors;
        const contextValue = new OperationContext(
          contextServices,
          requestIdOf(ctx.extra.request),
          ctx.extra.request.headers['accept-language'],
          ctx.extra.principal ?? anonymous,
          clientAddress(ctx.extra.request),
          null,
          null,
        );
        // graphql-ws lists this operation already; it leaves the list when it ends or is completed.
        if (Object.keys(ctx.subscriptions).length > config.wsMaxOperationsPerSocket) {
          return [
            new GraphQLError(
              translate(contextValue.lang, 'error.tooManyOperations', {
                max: config.wsMaxOperationsPerSocket,
              }),
              { extensions: { code: 'TOO_MANY_OPERATIONS' } },
            ),
          ];
        }
        const operation = getOperationAST(parsed.document, payload.operationName);
        if (operation) {
          const outcome = await checkOperation({
            document: parsed.document,
            operation,
            variables: payload.variables ?? {},
            principal: contextValue.principal,
            clientIp: contextValue.clientIp,
            lang: contextValue.lang,
          });
          if (outcome.refusal) return [outcome.refusal.error];
        }
        sendFramesTo(contextValue, { socket: ctx.extra.socket, id });
        return {
          schema,
          document: parsed.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      execute: (args) => inOperationScope(args.contextValue, () => execute(args)),
      subscribe: (args) =>
        inOperationScope(args.contextValue, () =>
          subscribeSharingResults(args, (errors) =>
            socketErrors(errors, (args.contextValue as GraphQLContext).requestId),
          ),
        ),
      onError: (ctx, _id, _payload, errors) => {
        metrics.graphqlErrors(errors);
        return socketErrors(errors, requestIdOf(ctx.extra.request));
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        const withheld = await recordBeforeSending(args.contextValue, logger);
        if (withheld || !result.errors) return withheld;
        const { requestId } = args.contextValue as GraphQLContext;
        return { ...result, errors: socketErrors(result.errors, requestId) };
      },
      onConnect: async (ctx) => {
        const parameter = ctx.connectionParams?.authorization;
        const authentication = await authenticate(
          () => orm.em.fork(),
          {
            bearer: typeof parameter === 'string' ? bearerToken(parameter) : null,
            cookie: sessionCookieOf(ctx.extra.request.headers.cookie),
          },
          clock(),
        );
        if ('invalid' in authentication) return false;
        const { principal } = authentication;
        if (
          !sockets.move(ctx.extra.socket, callerKey(principal, clientAddress(ctx.extra.request)))
        ) {
          ctx.extra.socket.close(WS_TOO_MANY_CONNECTIONS, 'Too many connections');
          return false;
        }
        ctx.extra.principal = principal;
        return socketRights.watch(ctx.extra.socket, principal);
      },
      onClose: async (ctx) => {
        const { principal } = ctx.extra;
        if (principal) socketRights.unwatch(ctx.extra.socket, principal);
      },
      isProd: config.env === 'production',
    },
    wsServer,
    config.wsKeepAliveMs,
  );

  // Apollo's plugins with per-request hooks, which the direct path of queries runs too.
  const requestPlugins: ApolloServerPlugin<GraphQLContext>[] = [
    retryAfterPlugin(),
    operationChecksPlugin(checkOperation),
    dataAccessLogPlugin(logger),
    metrics.apolloPlugin,
    // The request log names the operation: every GraphQL request has the same path.
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operationName, operation }) {
            const scope = currentRequestScope();
            if (scope && operation) scope.operation = operationName ?? operation.operation;
          },
        };
      },
    },
  ];
  // Queries Apollo has run compiled are answered past it from then on, except those the
  // catalogue cache keeps (docs/decisions/0033-direct-queries.md).
  const directQueries = createDirectQueries({
    schema,
    trustedText: (documentId) => trustedTexts.get(documentId),
    context: httpContext,
    plugins: requestPlugins,
    formatError,
    serveable: (document, operation) =>
      !catalogueCache || !isCacheable(schema, document, operation),
  });

  const apollo = new ApolloServer<GraphQLContext>({
    gateway: compiledExecution(schema, {
      compileAfter: config.graphqlCompileAfter,
      logger,
      onCompiledRun: directQueries.remember,
    }),
    introspection: true,
    // Suggestions ("Did you mean …?") reveal hidden parts of the schema; useful only in development.
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    // Stack traces go to the log only, never to clients, in every mode.
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    parseOptions,
    validationRules: httpRules,
    // The clients' documents are answered by id from the lists, each parsed and validated once;
    // they are never evicted by the documents of others (src/server/trusted-documents.ts).
    persistedQueries: { cache: listedFirst((documentId) => trustedTexts.get(documentId)) },
    documentStore: listedFirst((documentId) => {
      const checked = trustedForHttp(documentId);
      return checked && 'document' in checked ? checked.document : undefined;
    }),
    formatError,
    // A kept catalogue answer is sent as the text made when it was kept.
    stringifyResult: (result) => catalogueCache?.serialized(result) ?? serializeIntoScope(result),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      ApolloServerPluginLandingPageDisabled(),
      // Its per-field hooks cost about 16 % of the CPU of a catalogue page (bench/RESULTS.md) and
      // Rathaus sets no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      ...requestPlugins,
      ...(catalogueCache ? [catalogueCachePlugin(catalogueCache, localDate)] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
              socketRights.close();
              stopFollowingCatalogue?.();
              await limits.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const requestScope: express.RequestHandler = (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader('X-Request-Id', requestId);
    const scope: RequestScope = { requestId, sqlStatements: 0 };
    const started = performance.now();
    // Taken now: a router mounted at a path (GraphQL's) strips it from req.path while it answers.
    const path = req.path;
    res.on('finish', () => {
      const entry = {
        requestId,
        method: req.method,
        path,
        ...(scope.operation ? { operation: scope.operation } : {}),
        ...(scope.direct ? { direct: true } : {}),
        status: res.statusCode,
        ms: performance.now() - started,
        sqlStatements: scope.sqlStatements,
      };
      metrics.httpRequest(req.method, path, res.statusCode, entry.ms / 1000);
      if (path === '/healthz' || path === '/readyz' || path === '/metrics') {
        logger.debug(entry, 'request');
      } else logger.info(entry, 'request');
    });
    runInRequestScope(scope, next);
  };
  const graphqlCors = cors<cors.CorsRequest>({
    origin: config.corsOrigins,
    credentials: true,
    maxAge: 600,
    // Not safelisted: without this, pages of other origins could not read the budget.
    exposedHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After'],
  });
  const answerGraphql = graphqlHandler(apollo, directQueries.context, directQueries.learn);

  // The API's requests, by far the most, as clients send them: the same steps as below, without
  // the router and body-parser's generic reading (src/server/json-post-lane.ts).
  app.use(
    jsonPostLane({
      path: '/graphql',
      limitBytes: BODY_LIMIT_KB * 1024,
      before: [apiSecurityHeaders(config.publicUrl), requestScope, graphqlCors],
      handle: async (req, res) => {
        let handedOn = false;
        await directQueries.handler(req, res, () => {
          handedOn = true;
        });
        if (handedOn) await answerGraphql(req, res, () => {});
      },
    }),
  );
  app.use(securityHeaders(config.publicUrl));
  app.use(requestScope);
  // First of the routes: the API's other requests (GET, preflights, bodies of other kinds).
  app.use(
    '/graphql',
    graphqlCors,
    express.json({ limit: BODY_LIMIT }),
    directQueries.handler,
    answerGraphql,
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      const pending = await withTimeout(
        (async () => {
          await run(orm.em.fork(), sql`select 1`);
          return pendingMigrations(orm);
        })(),
        READINESS_TIMEOUT_MS,
      );
      if (pending.length > 0) {
        res.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // Only with METRICS_TOKEN (docs/decisions/0019-metrics.md); otherwise a plain 404, never the
  // web client's page.
  app.get('/metrics', (req, res) => {
    if (config.metricsToken) void scrape(req, res);
    else res.status(404).json({ status: 'not found' });
  });

  app.use(calendarRoute(orm, settings));
  app.use(formValidatorRoute(orm));
  app.use(feedRoutes(orm, settings, clock));
  app.use(schemaRoutes(schema));
  app.use(
    applicationFileRoutes({
      orm,
      clock,
      bus,
      settings,
      store: files,
      limits,
      logger,
    }),
  );
  if (config.oidc) {
    app.use(
      oidcRoutes({
        oidc: config.oidc,
        publicUrl: config.publicUrl,
        secret: settings.linkSecret,
        em: () => orm.em.fork(),
        bus,
        clock,
        logger,
        clientAddress,
        limitsFor: (req, res) =>
          createCallerLimits({
            limits,
            principal: anonymous,
            clientIp: clientAddress(req),
            factor: settings.rateLimitFactor,
            onRefusal: (seconds) => res.setHeader('Retry-After', String(seconds)),
          }),
      }),
    );
  }

  app.use(graphiqlRoutes());
  app.use(staticClient('kiosk', '/kiosk'));
  app.use(
    staticClient('web', '/', {
      checks: {
        serviceId: async (id) => {
          const uuid = uuidOf(id, 'Service');
          return !!uuid && (await servicesByIds(orm.em.fork(), [uuid])).length > 0;
        },
        ticketId: async (id) => {
          const uuid = uuidOf(id, 'Ticket');
          return !!uuid && (await ticketsByIds(orm.em.fork(), [uuid])).length > 0;
        },
      },
      structuredData: {
        // The service as the catalogue export gives it (docs/catalogue-export.md), for search
        // engines, in the language the browser asks for.
        '/services/:serviceId': (params, req) =>
          serviceStructuredData(orm.em.fork(), settings, {
            serviceId: uuidOf(params.serviceId!, 'Service') as string,
            lang: languageFromHeader(req.headers['accept-language']),
            today: localDate(),
          }),
      },
    }),
  );
  // Last, so that it answers for every route above: the static pages' malformed paths too
  // (`/%c0%ae`), which Express's own handler answered with an HTML page and a stack trace.
  app.use(jsonErrorHandler(logger));

  return {
    httpServer,
    async listen() {
      if (metricsServer) await listenOn(metricsServer, config.metricsPort ?? 0, config.metricsHost);
      return listenOn(httpServer, config.port, config.host);
    },
    metricsPort: () =>
      metricsServer?.listening ? (metricsServer.address() as AddressInfo).port : null,
    async shutdown({ delayMs = 0 } = {}) {
      shuttingDown = true;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await apollo.stop();
      metrics.close();
      if (metricsServer?.listening) {
        await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      }
    },
  };
}
