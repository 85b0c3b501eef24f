import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../common/clock.js';
import { watchJobRuns } from '../common/periodic.js';
import { townNow } from '../dashboard/dashboard.queries.js';
import { outboxBacklogOf } from '../notifications/outbox-worker.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { CLIENT_OPERATIONS } from './client-operations.js';
import type { Logger } from './logger.js';

// What an operator's Prometheus reads from /metrics (docs/monitoring.md lists every metric, and
// docs/decisions/0019-metrics.md says why it is served as it is). Every label has a small, fixed
// set of values: a label taken from what a caller sends could grow the series without bound.

/** Seconds; from a cached catalogue answer (~1 ms) to a request that should have timed out. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds a request waits for a database connection: none at all, normally. */
const ACQUIRE_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5];
/** Seconds of a job's run: a few milliseconds when nothing is due, minutes for a big clean-up. */
const JOB_BUCKETS = [0.01, 0.1, 0.5, 1, 5, 15, 60, 300];
/** A scrape answers within this even when the database does not (its figures are left out). */
const DATABASE_FIGURES_TIMEOUT_MS = 2000;

/** Where the HTTP request went: the part of Rathaus, not the path (IDs, file names). */
const ROUTES = [
  '/graphql',
  '/healthz',
  '/readyz',
  '/metrics',
  '/feeds',
  '/appointments',
  '/graphiql',
  '/kiosk',
];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);
const ERROR_CODE = /^[A-Z][A-Z_]{0,63}$/;

/** The route label of a path: one of ROUTES, or `/` for the web client (its pages and files). */
export function routeOf(path: string): string {
  return ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? '/';
}

/** Our own clients' operation names as they are; every other name, and none, as `other`. */
export function operationLabel(name: string | null | undefined): string {
  return name && CLIENT_OPERATIONS.has(name) ? name : 'other';
}

function codeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}

// Node's own figures (CPU, memory, event loop, GC) are the process's: collected once however
// many servers a process runs (the tests run several), and served by each.
let processRegistry: Registry | null = null;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

type PgPool = Awaited<ReturnType<ReturnType<MikroORM['em']['getConnection']>['getNativeClient']>>;

export type MetricsSources = {
  orm: MikroORM;
  clock: Clock;
  timeZone: string;
  logger: Logger;
  /** Open WebSockets of this server. */
  webSockets: () => number;
  /** Open subscriptions of clients of this server. */
  subscriptions: () => number;
};

export type Metrics = {
  /** An answered HTTP request, from its arrival to its last byte. */
  httpRequest(method: string, path: string, status: number, seconds: number): void;
  /** Counts top-level GraphQL errors by their `extensions.code`. */
  graphqlErrors(errors: ReadonlyArray<Pick<GraphQLFormattedError, 'extensions'>>): void;
  /** Times the GraphQL operations over HTTP and counts their errors and user errors. */
  apolloPlugin: ApolloServerPlugin<GraphQLContext>;
  /** The text Prometheus reads. */
  scrape(): Promise<string>;
  contentType: string;
  /** Stops watching the jobs. */
  close(): void;
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Times every taking of a connection from the pool. pg's pool reports how many wait, not for how
 * long; MikroORM's driver (Kysely's PostgresDialect) takes each connection with `pool.connect()`,
 * so that call is wrapped.
 */
function timeAcquisitions(pool: PgPool, acquireWait: Histogram): void {
  const connect = pool.connect;
  pool.connect = function (this: PgPool, ...args: unknown[]) {
    // The callback form is pg's own (pool.query), which MikroORM does not use.
    if (args.length > 0) return Reflect.apply(connect, this, args);
    const end = acquireWait.startTimer();
    return Reflect.apply(connect, this, []).finally(() => end());
  } as PgPool['connect'];
}

/** The metrics of one server: its registry, filled as it works and at each scrape. */
export async function createMetrics(sources: MetricsSources): Promise<Metrics> {
  const { orm, clock, timeZone, logger } = sources;
  const registry = new Registry();
  const registers = [registry];

  const httpDuration = new Histogram({
    name: 'rathaus_http_request_duration_seconds',
    help: 'HTTP requests from arrival to the last byte of the answer, by route and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const operationDuration = new Histogram({
    name: 'rathaus_graphql_operation_duration_seconds',
    help: "GraphQL operations over HTTP, by the name given in Rathaus's own clients (others: other) and type.",
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'rathaus_graphql_errors_total',
    help: 'Top-level GraphQL errors sent (HTTP and WebSocket), by extensions.code.',
    labelNames: ['code'] as const,
    registers,
  });
  const userErrors = new Counter({
    name: 'rathaus_graphql_user_errors_total',
    help: 'User errors in mutation payloads (refusals such as SLOT_TAKEN), by code.',
    labelNames: ['code'] as const,
    registers,
  });
  new Gauge({
    name: 'rathaus_websocket_connections',
    help: 'Open WebSocket connections.',
    registers,
    collect() {
      this.set(sources.webSockets());
    },
  });
  new Gauge({
    name: 'rathaus_graphql_subscriptions',
    help: 'Open GraphQL subscriptions of clients.',
    registers,
    collect() {
      this.set(sources.subscriptions());
    },
  });

  const pool = await orm.em.getConnection().getNativeClient();
  new Gauge({
    name: 'rathaus_database_pool_connections',
    help: 'Connections of the database pool, by state (used: taken by a request or job).',
    labelNames: ['state'] as const,
    registers,
    collect() {
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'used' }, pool.totalCount - pool.idleCount);
    },
  });
  new Gauge({
    name: 'rathaus_database_pool_max_connections',
    help: 'The most connections the database pool opens (DATABASE_POOL_SIZE; 1 embedded).',
    registers,
    collect() {
      this.set(pool.options.max);
    },
  });
  new Gauge({
    name: 'rathaus_database_pool_waiting',
    help: 'Requests and jobs waiting for a database connection now.',
    registers,
    collect() {
      this.set(pool.waitingCount);
    },
  });
  const acquireWait = new Histogram({
    name: 'rathaus_database_pool_acquire_duration_seconds',
    help: 'Time taken to get a connection from the database pool.',
    buckets: ACQUIRE_BUCKETS,
    registers,
  });
  timeAcquisitions(pool, acquireWait);

  const jobRuns = new Counter({
    name: 'rathaus_job_runs_total',
    help: 'Runs of the periodic jobs, by job.',
    labelNames: ['job'] as const,
    registers,
  });
  const jobFailures = new Counter({
    name: 'rathaus_job_failures_total',
    help: 'Failed runs of the periodic jobs, by job (the log has the error).',
    labelNames: ['job'] as const,
    registers,
  });
  const jobDuration = new Histogram({
    name: 'rathaus_job_duration_seconds',
    help: 'Duration of the runs of the periodic jobs, by job.',
    labelNames: ['job'] as const,
    buckets: JOB_BUCKETS,
    registers,
  });
  const jobLastSuccess = new Gauge({
    name: 'rathaus_job_last_success_timestamp_seconds',
    help: 'When each job last ran without failing (Unix time).',
    labelNames: ['job'] as const,
    registers,
  });
  const stopWatchingJobs = watchJobRuns(({ job, failed, seconds }) => {
    jobRuns.inc({ job });
    // The failures' series exists from the first run, so that an alert on its increase works.
    jobFailures.inc({ job }, failed ? 1 : 0);
    jobDuration.observe({ job }, seconds);
    if (!failed) jobLastSuccess.set({ job }, clock().getTime() / 1000);
  });

  const outboxPending = new Gauge({
    name: 'rathaus_outbox_pending_messages',
    help: 'E-mails waiting to be sent (retries included).',
    registers,
  });
  const outboxOldest = new Gauge({
    name: 'rathaus_outbox_oldest_pending_age_seconds',
    help: 'How long the oldest e-mail waiting to be sent has waited; 0 when none waits.',
    registers,
  });
  const outboxGivenUp = new Gauge({
    name: 'rathaus_outbox_failed_messages',
    help: 'E-mails given up on after the last attempt, until the retention deletes them.',
    registers,
  });
  const appointmentsToday = new Gauge({
    name: 'rathaus_appointments_today',
    help: "Booked appointments (not cancelled) of today, the municipality's local day.",
    registers,
  });
  const openConversations = new Gauge({
    name: 'rathaus_conversations_open',
    help: 'Conversations not closed.',
    registers,
  });
  const awaitingAnswer = new Gauge({
    name: 'rathaus_conversations_awaiting_answer',
    help: "Open conversations whose citizen waits for an answer (a message after the office's last).",
    registers,
  });
  const oldestUnanswered = new Gauge({
    name: 'rathaus_conversation_oldest_unanswered_age_seconds',
    help: "How long the citizen who has waited longest for an office's answer has waited; 0 when none waits.",
    registers,
  });
  const databaseFigures = [
    outboxPending,
    outboxOldest,
    outboxGivenUp,
    appointmentsToday,
    openConversations,
    awaitingAnswer,
    oldestUnanswered,
  ];

  /** The figures read from the database at each scrape: two statements over small indexes. */
  async function readDatabaseFigures(): Promise<void> {
    try {
      const em = orm.em.fork();
      const now = clock();
      const [outbox, town] = await withTimeout(
        (async () => [await outboxBacklogOf(em), await townNow(em, { timeZone, now })] as const)(),
        DATABASE_FIGURES_TIMEOUT_MS,
      );
      const ageOf = (since: Date | null) =>
        since ? Math.max(0, (now.getTime() - since.getTime()) / 1000) : 0;
      outboxPending.set(outbox.pending);
      outboxOldest.set(ageOf(outbox.oldestPendingSince));
      outboxGivenUp.set(outbox.givenUp);
      appointmentsToday.set(town.appointmentsToday);
      openConversations.set(town.openConversations);
      awaitingAnswer.set(town.awaitingAnswer);
      oldestUnanswered.set(ageOf(town.oldestWaitingSince));
    } catch (error) {
      // Left out rather than stale: an alert on their absence notices.
      for (const gauge of databaseFigures) gauge.reset();
      logger.warn({ err: error }, 'metrics: the database figures could not be read');
    }
  }

  const countErrors: Metrics['graphqlErrors'] = (list) => {
    for (const error of list) errors.inc({ code: codeLabel(error.extensions?.code) });
  };

  return {
    httpRequest(method, path, status, seconds) {
      httpDuration.observe(
        {
          method: METHODS.has(method) ? method : 'OTHER',
          route: routeOf(path),
          status_class: `${Math.floor(status / 100)}xx`,
        },
        seconds,
      );
    },
    graphqlErrors: countErrors,
    apolloPlugin: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ response, operation, operationName }) {
            if (response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors) countErrors(result.errors);
            if (!operation) return;
            operationDuration.observe(
              {
                operation_name: operationLabel(operationName),
                operation_type: operation.operation,
              },
              (performance.now() - started) / 1000,
            );
            if (operation.operation !== 'mutation' || !result.data) return;
            for (const payload of Object.values(result.data)) {
              const list = (payload as { userErrors?: unknown } | null)?.userErrors;
              if (!Array.isArray(list)) continue;
              for (const userError of list as Array<{ code?: unknown }>) {
                userErrors.inc({ code: codeLabel(userError.code) });
              }
            }
          },
        };
      },
    },
    async scrape() {
      await readDatabaseFigures();
      return (await processMetrics().metrics()) + (await registry.metrics());
    },
    contentType: registry.contentType,
    close: () => void stopWatchingJobs(),
  };
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Answers a scrape: with METRICS_TOKEN set, only one that sends `Authorization: Bearer <token>`
 * (401 otherwise). For Express (the main port) and the metrics listener alike.
 */
export function metricsHandler(metrics: Metrics, token: string | null, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token !== null && (given === undefined || !sameSecret(given, token))) {
      res.writeHead(401, {
        'content-type': 'text/plain; charset=utf-8',
        'www-authenticate': 'Bearer realm="metrics"',
      });
      res.end('The metrics need the bearer token METRICS_TOKEN.\n');
      return;
    }
    try {
      const body = await metrics.scrape();
      res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      logger.error({ err: error }, 'metrics could not be collected');
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The metrics could not be collected.\n');
    }
  };
}

/** The listener on METRICS_PORT: /metrics and nothing else. */
export function createMetricsServer(handler: ReturnType<typeof metricsHandler>): Server {
  return createHttpServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      void handler(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Only /metrics is served here.\n');
  });
}
