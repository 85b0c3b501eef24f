import 'reflect-metadata';
import { Writable } from 'node:stream';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import supertest from 'supertest';
import WebSocket from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TownSettings } from '../../src/common/use-case.js';
import { createEventBus, type EventBus } from '../../src/realtime/event-bus.js';
import type { Topics } from '../../src/realtime/topics.js';
import { createSchema } from '../../src/resolvers/schema.js';
import { createServer, type RathausServer } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { createDatabaseFrom, databaseUrl, dropDatabase } from './database.js';
import { templateDatabase, type TemplateName } from './templates.js';
import { waitUntil } from './wait.js';

export type LogRecord = Record<string, unknown> & { level: number; msg: string };

export type GraphQLResponse<TData = Record<string, unknown>> = {
  status: number;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  headers: Record<string, string>;
};

/** A clock that stands still where a test puts it, or follows real time when unset. */
export class TestClock {
  private fixed: Date | null;

  constructor(start: Date | null = null) {
    this.fixed = start;
  }

  set(now: Date): void {
    this.fixed = now;
  }

  readonly now = (): Date => (this.fixed ? new Date(this.fixed) : new Date());
}

export type TestServer = {
  url: string;
  wsUrl: string;
  databaseName: string;
  /** LINK_SIGNING_SECRET: derived from the database's name (see `testLinkSecret`). */
  linkSecret: string;
  /** What the server's jobs name in e-mails and links, for tests that run a job themselves. */
  townSettings: TownSettings;
  orm: MikroORM;
  bus: EventBus;
  clock: TestClock;
  logs: LogRecord[];
  server: RathausServer;
  http: () => ReturnType<typeof supertest>;
  gql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** A graphql-ws client for this server; closed with the server. */
  wsClient(options?: { lazy?: boolean }): Client;
  close(): Promise<void>;
};

/**
 * The key a test server signs its links with: fixed for its database, so that servers sharing a
 * database (instances behind one load balancer) accept each other's links, and a test can sign a
 * link itself or one with another key.
 */
export function testLinkSecret(databaseName: string): string {
  return `rathaus-test-link-signing-secret:${databaseName}`;
}

/**
 * The real server (Express, Apollo, graphql-ws, MikroORM) on a free loopback port, backed by a
 * database of its own copied from a template. Logs are kept in `logs` instead of being printed.
 */
export async function startTestServer(
  options: {
    template?: TemplateName;
    now?: Date;
    env?: Record<string, string>;
    /** Serve this existing database (e.g. another test server's) instead of a new copy; not dropped. */
    databaseName?: string;
  } = {},
): Promise<TestServer> {
  const ownDatabase = options.databaseName === undefined;
  const databaseName =
    options.databaseName ??
    (await createDatabaseFrom(await templateDatabase(options.template ?? 'empty')));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl(databaseName),
    PUBLIC_URL: 'http://rathaus.test',
    // Every compilable query runs compiled from its first request, so that every test covers
    // the path hot queries take in production (tests/server/compiled-execution.test.ts compares
    // the two).
    GRAPHQL_COMPILE_AFTER: '0',
    // Tests send hundreds of requests from 127.0.0.1; the tests of the limits themselves set 1.
    RATE_LIMIT_FACTOR: '1000',
    // Webhook tests deliver to receivers on the loopback interface, which only an allowed host
    // may use (tests/webhooks).
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    LINK_SIGNING_SECRET: testLinkSecret(databaseName),
    // Production refuses plain-http public addresses and an unchosen mail transport.
    ...(options.env?.NODE_ENV === 'production'
      ? { PUBLIC_URL: 'https://rathaus.test', MAIL_TRANSPORT: 'log' }
      : {}),
    ...options.env,
  });
  const logs: LogRecord[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger(config, destination);
  const orm = await openDatabase({
    url: config.databaseUrl as string,
    poolSize: config.databasePoolSize,
    logger,
    slowQueryMs: config.slowQueryMs,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
  });
  const clock = new TestClock(options.now ?? null);
  // In-process unless the test gives REDIS_URL (cross-instance tests).
  const bus = createEventBus(config.redisUrl, logger);
  const server = await createServer({
    config,
    orm,
    schema: await createSchema(),
    bus,
    clock: clock.now,
    logger,
  });
  const port = await server.listen();
  const url = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: Client[] = [];
  let closed = false;

  return {
    url,
    wsUrl,
    databaseName,
    linkSecret: config.linkSigningSecret as string,
    townSettings: {
      timeZone: config.timeZone,
      publicUrl: config.publicUrl,
      linkSecret: config.linkSigningSecret as string,
      townName: config.townName,
      mailFrom: config.mailFrom,
    },
    orm,
    bus,
    clock,
    logs,
    server,
    http: () => supertest(url),
    async gql(query, variables, headers = {}) {
      const response = await supertest(url)
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query, variables });
      return { status: response.status, body: response.body, headers: response.headers };
    },
    wsClient(clientOptions = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: clientOptions.lazy ?? true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(clients.map((client) => client.dispose()));
      await server.shutdown();
      await bus.close();
      await orm.close();
      if (ownDatabase) await dropDatabase(databaseName);
    },
  };
}

/** An open subscription of a test (see `subscription`). */
export type Subscription<TData> = ReturnType<typeof subscription<TData>>;

/** Reads the results of one subscription, one at a time, with a deadline for each. */
export function subscription<TData>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
) {
  type Result = FormattedExecutionResult<TData, unknown>;
  type Outcome = { result: IteratorResult<Result> } | { error: unknown };
  const iterator = client.iterate<TData>({ query, variables });
  // The read that is under way. A deadline does not end it: it stays the next read, so an event
  // arriving after a deadline is the next one returned, not swallowed by a forgotten read.
  let reading: Promise<Outcome> | null = null;
  const read = () =>
    (reading ??= iterator.next().then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    ));
  /** The outcome of the read under way, or 'deadline' when `ms` pass first. */
  const within = async (ms: number): Promise<Outcome | 'deadline'> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), ms);
    });
    const outcome = await Promise.race([read(), deadline]);
    clearTimeout(timer);
    if (outcome !== 'deadline') reading = null;
    return outcome;
  };
  return {
    async next(timeoutMs = 15_000): Promise<Result> {
      const outcome = await within(timeoutMs);
      if (outcome === 'deadline') throw new Error(`no event within ${timeoutMs} ms`);
      if ('error' in outcome) {
        // graphql-ws rejects with the GraphQL errors when the server refuses the subscription.
        if (Array.isArray(outcome.error)) return { errors: outcome.error } as Result;
        throw outcome.error;
      }
      if (outcome.result.done) throw new Error('the subscription ended');
      return outcome.result.value;
    },
    /**
     * Resolves when nothing arrives within `ms`; rejects with what arrived otherwise. Follow it
     * with an event that must arrive (`next`), which shows the subscription was still delivering.
     */
    async nothingWithin(ms: number): Promise<void> {
      const outcome = await within(ms);
      if (outcome !== 'deadline') throw new Error(`unexpected event: ${JSON.stringify(outcome)}`);
    },
    async close(): Promise<void> {
      await iterator.return?.();
    },
  };
}

/** Waits until the server holds `count` open event-bus subscriptions (of `topic`, if given). */
export async function waitForSubscriptions(
  bus: EventBus,
  count: number,
  timeoutMs = 15_000,
  topic?: keyof Topics,
) {
  await waitUntil(
    () => bus.activeSubscriptions(topic) >= count,
    () =>
      `${count} subscriptions${topic ? ` to ${topic}` : ''} (${bus.activeSubscriptions(topic)} open)`,
    { timeoutMs },
  );
}

/** The SQL statements the server counted for the GraphQL request with this request id. */
export function sqlStatementsOf(logs: LogRecord[], requestId: string): number {
  const entry = logs.find((record) => record.msg === 'request' && record.requestId === requestId);
  if (!entry) throw new Error(`no request log for ${requestId}`);
  return entry.sqlStatements as number;
}

export type CountedResponse<TData = Record<string, unknown>> = GraphQLResponse<TData> & {
  /**
   * The answer exactly as sent, but for its `extensions.cost`, which tells each caller what is
   * left of its own budget (the cost itself is in `body`).
   */
  text: string;
  /** The SQL statements the server counted for this request. */
  sqlStatements: number;
};

let countedRequests = 0;

/** An answer's text without the `extensions.cost` that Rathaus appends to every answer. */
export function withoutCost(text: string): string {
  return text.replace(/,"extensions":\{"cost":\{[^{}]*\}\}\}\n$/, '}\n');
}

/** An answer's body without its `extensions.cost`, to compare what two callers were told. */
export function bodyWithoutCost<T extends { extensions?: Record<string, unknown> }>(body: T): T {
  const { extensions, ...rest } = body;
  const { cost: _cost, ...others } = extensions ?? {};
  return (Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest) as T;
}

/** A GraphQL request over HTTP, with the raw answer and the SQL statements it cost the server. */
export async function gqlCounted<TData = Record<string, unknown>>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<CountedResponse<TData>> {
  countedRequests += 1;
  const requestId = `counted-${process.pid}-${countedRequests}`;
  const response = await server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', 'x-request-id': requestId, ...headers })
    .send({ query, variables });
  return {
    status: response.status,
    body: response.body,
    headers: response.headers,
    text: withoutCost(response.text),
    sqlStatements: sqlStatementsOf(server.logs, requestId),
  };
}
