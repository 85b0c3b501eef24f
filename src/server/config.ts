import proxyAddr from 'proxy-addr';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * TRUST_PROXY as Express and proxy-addr understand it: a number of proxies (hops) in front of
 * Rathaus, or the proxies' addresses and subnets (`loopback`, `linklocal`, `uniquelocal` name the
 * usual ranges). `true` is refused: it trusts every X-Forwarded-For, which any client can write.
 */
function trustProxySetting(value: string, context: z.RefinementCtx): number | string[] {
  if (value === 'false') return 0;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (value === 'true') {
    context.addIssue({
      code: 'custom',
      message:
        'true would trust any X-Forwarded-For, and every client could choose its own address and escape the per-address limits; give the number of proxies in front of Rathaus (e.g. 1) or their addresses (e.g. 10.0.0.1,10.0.0.0/8)',
    });
    return z.NEVER;
  }
  const proxies = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  try {
    proxyAddr.compile(proxies);
    return proxies;
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `must be a number of proxies (e.g. 1) or a comma-separated list of proxy addresses and subnets (e.g. 10.0.0.1,10.0.0.0/8): ${(error as Error).message}`,
    });
    return z.NEVER;
  }
}

/** A claim name, or a dot path into nested claims (`realm_access.roles`). */
const CLAIM_PATH = /^[A-Za-z0-9_:/-]+(\.[A-Za-z0-9_:/-]+)*$/;

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** A comma-separated list of origins (empty by default), refused unless each is one. */
function originList(example: string) {
  return z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin.length > 0),
    )
    .refine(
      (origins) => origins.every(isOrigin),
      `must be a comma-separated list of origins such as ${example}`,
    );
}

/** The environment variables Rathaus reads, described for docs/operations.md. */
export const environmentSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(3000)
    .describe('The HTTP port of the API, the clients and /healthz, /readyz.'),
  HOST: z.string().min(1).default('0.0.0.0').describe('The interface the HTTP server listens on.'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe(
      '`production` refuses to start without SMTP_URL (or MAIL_TRANSPORT=log), LINK_SIGNING_SECRET and an https PUBLIC_URL.',
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe(
      'The PostgreSQL database. Unset: the embedded database (PGlite) in DATA_DIR, for one process only.',
    ),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe('Connections each instance keeps open to PostgreSQL.'),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(30_000)
    .describe(
      "PostgreSQL's statement_timeout for the server's connections: a statement that runs or waits for a lock longer is cancelled and its request answered with 503 and Retry-After; 0: no limit. Migrations and commands of the command line run without it; the embedded database ignores it.",
    ),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(5_000)
    .describe(
      'How long a request waits for a database connection (a new one to PostgreSQL, or a free one of the pool) before it is answered with 503 and Retry-After.',
    ),
  DATABASE_MAX_WAITING: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(100)
    .describe(
      'Requests that may wait at once for a connection when the pool is busy; more are answered with 503 and Retry-After at once, so that a slow database does not pile up requests in memory.',
    ),
  DATA_DIR: z
    .string()
    .min(1)
    .default('.data')
    .describe(
      'Where the embedded database, the development link-signing key and uploaded files (DATA_DIR/files) are kept; a volume in containers.',
    ),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional()
    .describe(
      'Redis for events between instances (subscriptions, cache invalidation, limits). Required with more than one instance. Unset: events stay within the process.',
    ),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'The address citizens use, for links in e-mails and the session cookie; https in production. Unset: http://localhost:PORT.',
    ),
  TZ: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
    .default('Europe/Berlin')
    .describe("The town's IANA time zone; opening hours and appointments are in it."),
  LOG_LEVEL: z
    .enum(LOG_LEVELS)
    .default('info')
    .describe('The least severe level written to the log (JSON lines on stdout).'),
  TOWN_NAME: z
    .string()
    .min(1)
    .max(100)
    .default('Musterstadt')
    .describe('The municipality, as citizens name it; in e-mails and the clients.'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe(
      'The mail server (smtp:// or smtps://, user and password in the URL). Unset: e-mails go to the log.',
    ),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('Rathaus <rathaus@localhost>')
    .describe('The sender of e-mails.'),
  SMTP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(30_000)
    .describe(
      'How long one SMTP step (connecting, the greeting, each answer) may take before the attempt fails and is retried later; a mail server that hangs holds up the outbox no longer than this.',
    ),
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) =>
          host
            .trim()
            .toLowerCase()
            .replace(/^\[(.*)\]$/, '$1'),
        )
        .filter(Boolean),
    )
    .describe(
      'Comma-separated hosts (as written in endpoint URLs, e.g. `hooks.intranet.example,10.0.0.5`) that webhook endpoints may use although they are private, loopback or otherwise internal addresses. Empty: webhooks go to public addresses only.',
    ),
  WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(10_000)
    .describe(
      'How long one webhook delivery attempt (connecting, sending, the answer’s head) may take before it fails and is retried later.',
    ),
  MAIL_TRANSPORT: z
    .enum(['smtp', 'log'])
    .optional()
    .describe(
      "`smtp` sends through SMTP_URL; `log` sends nothing and logs each e-mail's subject. Unset: smtp when SMTP_URL is set, else log.",
    ),
  LINK_SIGNING_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters, e.g. from `openssl rand -base64 32`')
    .optional()
    .describe(
      'Signs the links in appointment e-mails; at least 32 characters, the same on every instance. Required in production.',
    ),
  WS_MAX_CONNECTIONS_PER_CALLER: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(10)
    .describe('Open WebSockets per account, API key, kiosk or anonymous address.'),
  WS_MAX_OPERATIONS_PER_SOCKET: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(50)
    .describe('Operations one WebSocket may have running at once.'),
  QUERY_COST_LIMIT: z.coerce
    .number()
    .int()
    .min(100)
    .max(1_000_000_000)
    .default(10_000)
    .describe('The most one GraphQL operation may cost; more is refused unrun.'),
  QUERY_COST_BUDGET: z.coerce
    .number()
    .int()
    .min(100)
    .max(1_000_000_000_000)
    .default(50_000)
    .describe(
      'The cost a caller may spend per minute, times RATE_LIMIT_FACTOR (staff and admins are not limited).',
    ),
  WS_KEEPALIVE_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(300_000)
    .default(12_000)
    .describe('Ping interval of WebSockets; a peer that misses a pong is dropped.'),
  RATE_LIMIT_FACTOR: z.coerce
    .number()
    .min(0.1)
    .max(10_000)
    .default(1)
    .describe('Multiplies every limit of use; raise it for a town behind big NATs.'),
  WS_AUTH_RECHECK_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(3_600_000)
    .default(60_000)
    .describe('How often the rights of open WebSockets are read again from the database.'),
  SHUTDOWN_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(0)
    .describe(
      'On SIGTERM, how long the server goes on serving with /readyz at 503 before it stops accepting connections. Behind a load balancer: the time it takes to notice (health-check interval times threshold), so that no new connection reaches a stopping instance.',
    ),
  CONVERSATION_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(180)
    .describe('Closed conversations are deleted this many days after closing.'),
  CATALOGUE_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(60)
    .describe('The longest a catalogue answer is kept; 0 turns the catalogue response cache off.'),
  CATALOGUE_CACHE_MAX_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(4096)
    .default(64)
    .describe('The most heap the catalogue response cache takes, in MiB.'),
  GRAPHQL_COMPILE_AFTER: z
    .union([z.literal('never'), z.coerce.number().int().min(0).max(1_000_000)])
    .default(10)
    .describe(
      'How often a query runs interpreted before it is compiled; `never` turns compiling off.',
    ),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform(trustProxySetting)
    .describe(
      'The number of reverse proxies in front (e.g. 1) or their addresses and subnets, whose X-Forwarded-For names the client; `false`: none. `true` is refused.',
    ),
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .describe('A second listener that serves only /metrics; 0 picks a free port. Unset: none.'),
  METRICS_HOST: z
    .string()
    .min(1)
    .optional()
    .describe('The interface of the metrics listener. Unset: HOST.'),
  METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters, e.g. from `openssl rand -base64 32`')
    .optional()
    .describe(
      'The bearer token /metrics asks for (at least 32 characters); when set, /metrics is served on PORT too.',
    ),
  SLOW_QUERY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(500)
    .describe('SQL statements that take at least this long are logged (without their parameters).'),
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'The issuer URL of the town’s OpenID Connect provider for staff sign-in (e.g. a Keycloak realm); unset: staff sign in with local accounts only.',
    ),
  OIDC_CLIENT_ID: z
    .string()
    .min(1)
    .optional()
    .describe('The client ID Rathaus has at the provider (required with OIDC_ISSUER).'),
  OIDC_CLIENT_SECRET: z
    .string()
    .min(1)
    .optional()
    .describe('The client secret, for a confidential client; unset: a public client with PKCE.'),
  OIDC_REDIRECT_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('Where the provider sends the browser back; default PUBLIC_URL/auth/oidc/callback.'),
  OIDC_SCOPES: z
    .string()
    .default('openid email profile')
    .describe('The scopes asked for, separated by spaces; must include openid.'),
  OIDC_ROLES_CLAIM: z
    .string()
    .regex(CLAIM_PATH, 'must be a claim name or a dot path such as realm_access.roles')
    .default('realm_access.roles')
    .describe(
      'The claim (a dot path) with the user’s roles: Keycloak realm_access.roles, Entra ID roles.',
    ),
  OIDC_STAFF_ROLE: z
    .string()
    .min(1)
    .default('rathaus-staff')
    .describe('The role that makes a user staff; without it, no workspace session.'),
  OIDC_ADMIN_ROLE: z
    .string()
    .min(1)
    .default('rathaus-admin')
    .describe('The role that makes a user an admin (and staff).'),
  OIDC_OFFICES_CLAIM: z
    .string()
    .regex(CLAIM_PATH, 'must be a claim name or a dot path such as rathaus.offices')
    .default('rathaus_offices')
    .describe('The claim (a dot path) with the slugs of the offices the user works for.'),
  OIDC_DISPLAY_NAME: z
    .string()
    .min(1)
    .max(60)
    .default('Single Sign-On')
    .describe('The provider’s name on the sign-in button (“Sign in with …”).'),
  CORS_ORIGINS: originList('https://rathaus.example.de').describe(
    'Comma-separated origins of other web clients allowed to call the API from a browser.',
  ),
  FIRST_PARTY_ORIGINS: originList('https://kiosk.rathaus.example.de').describe(
    'Comma-separated origins that serve this town’s own web client or kiosk besides PUBLIC_URL and the host a browser asked; their requests count as first-party (TRUSTED_DOCUMENTS_ONLY).',
  ),
  TRUSTED_DOCUMENTS_ONLY: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      '`true`: browser requests from first-party origins without an API key may send only the ids of the clients’ documents (docs/decisions/0030-trusted-documents.md); API keys and GraphiQL keep sending texts. Unset: `true` when NODE_ENV is production, else `false`.',
    ),
});

export type Config = {
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  /** Null when the embedded database is used. */
  databaseUrl: string | null;
  databasePoolSize: number;
  /** PostgreSQL's statement_timeout for the server's connections; 0: none. */
  databaseStatementTimeoutMs: number;
  /** How long to wait for a connection: a new one, or a free one of the pool. */
  databaseConnectTimeoutMs: number;
  /** Requests that may wait at once for a connection of a busy pool; more are refused at once. */
  databaseMaxWaiting: number;
  dataDir: string;
  /** Null: events stay within this process (one instance). */
  redisUrl: string | null;
  publicUrl: string;
  timeZone: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** The municipality, as citizens name it ("Musterstadt"). */
  townName: string;
  /** Null: e-mails are written to the log instead of being sent. */
  smtpUrl: string | null;
  /**
   * `smtp` sends through SMTP_URL; `log` writes each e-mail's outbox id and subject to the log
   * (in development also its text with the links) and sends nothing.
   */
  mailTransport: 'smtp' | 'log';
  mailFrom: string;
  /**
   * How long one SMTP step may take (nodemailer's connection, greeting and socket timeouts):
   * without it, a mail server that accepts the connection and then hangs holds the outbox worker
   * (and its claimed rows) for nodemailer's 10 minutes.
   */
  smtpTimeoutMs: number;
  /** Hosts webhook endpoints may use although they are internal addresses (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts: string[];
  /** How long one webhook delivery attempt may take. */
  webhookTimeoutMs: number;
  /**
   * The key that signs the links in appointment e-mails (src/appointments/appointment-links.ts).
   * Null outside production: a random one kept in DATA_DIR (src/server/link-signing-secret.ts).
   */
  linkSigningSecret: string | null;
  /** Open WebSockets per account, API key, kiosk or anonymous IP. */
  wsMaxConnectionsPerCaller: number;
  /** Ping interval; a peer that misses a pong is dropped. */
  wsKeepAliveMs: number;
  /**
   * On SIGTERM, how long the server goes on serving, unready, before it stops accepting
   * connections: a load balancer takes it out meanwhile, so that none of its new connections
   * is reset when the listening socket closes (tests/faults/sigterm.test.ts).
   */
  shutdownDelayMs: number;
  /** Operations (subscriptions, queries) one WebSocket may have running at once. */
  wsMaxOperationsPerSocket: number;
  /** The most one operation may cost (src/server/query-cost.ts); more is refused unrun. */
  queryCostLimit: number;
  /**
   * The cost a caller may spend per minute, times RATE_LIMIT_FACTOR (staff and admins are not
   * limited per caller).
   */
  queryCostBudget: number;
  /** Multiplies every limit of use (src/auth/caller-limits.ts): more for a city behind big NATs. */
  rateLimitFactor: number;
  /**
   * How often the credentials and rights of open WebSockets are read again from the database.
   * Changes close sockets at once through the bus; this catches expiry and a lost event.
   */
  wsAuthRecheckMs: number;
  /** Closed conversations are deleted this many days after closing. */
  conversationRetentionDays: number;
  /**
   * The longest a catalogue answer is kept (writes clear it at once; this bounds a lost
   * invalidation message). 0 turns the catalogue response cache off.
   */
  catalogueCacheSeconds: number;
  /** The most heap the catalogue response cache takes, in MiB (estimated from the answers). */
  catalogueCacheMaxMb: number;
  /**
   * How often a query runs interpreted before it is compiled (src/server/compiled-execution.ts);
   * null: never compiled.
   */
  graphqlCompileAfter: number | null;
  /**
   * Behind reverse proxies: how many (hops) or which addresses may name the client in
   * X-Forwarded-For (src/server/client-address.ts); 0: none, the peer address is the client's.
   */
  trustProxy: number | string[];
  corsOrigins: string[];
  /** Origins of the town's own clients besides PUBLIC_URL's (and the host a browser asked). */
  firstPartyOrigins: string[];
  /**
   * Whether first-party browser requests without an API key may send only document ids
   * (src/server/trusted-documents.ts).
   */
  trustedDocumentsOnly: boolean;
  /**
   * A second HTTP listener that serves only /metrics (docs/decisions/0019-metrics.md); null: none.
   * 0 picks a free port.
   */
  metricsPort: number | null;
  /** The interface of the metrics listener; HOST when unset. */
  metricsHost: string;
  /**
   * The bearer token /metrics asks for: when set, /metrics is served on the main port too, and
   * on both it answers only a scraper that sends it. Null: only the metrics port serves it.
   */
  metricsToken: string | null;
  /** Statements that take at least this long are logged (without their parameters). */
  slowQueryMs: number;
  /** Staff sign-in with the town's identity provider (docs/identity-providers.md); null: off. */
  oidc: OidcConfig | null;
};

/**
 * The town's OpenID Connect provider for staff and admins (docs/decisions/0021-oidc-staff.md).
 * Local accounts stay available beside it.
 */
export type OidcConfig = {
  /** OIDC_ISSUER: the provider's issuer URL, from which its metadata is discovered. */
  issuer: string;
  /** OIDC_CLIENT_ID: Rathaus's client at the provider. */
  clientId: string;
  /** OIDC_CLIENT_SECRET: the confidential client's secret; null for a public client (PKCE only). */
  clientSecret: string | null;
  /** OIDC_REDIRECT_URL: registered at the provider; PUBLIC_URL + /auth/oidc/callback by default. */
  redirectUrl: string;
  /** OIDC_SCOPES: space-separated; must include openid. */
  scopes: string;
  /** OIDC_ROLES_CLAIM: dot path to the list of roles (Keycloak `realm_access.roles`, Entra `roles`). */
  rolesClaim: string;
  /** OIDC_STAFF_ROLE: the role that makes a staff member. */
  staffRole: string;
  /** OIDC_ADMIN_ROLE: the role that makes an admin (who is staff too). */
  adminRole: string;
  /** OIDC_OFFICES_CLAIM: dot path to the list of office slugs the staff member works for. */
  officesClaim: string;
  /** OIDC_DISPLAY_NAME: the provider's name on the sign-in button ("Sign in with …"). */
  displayName: string;
};

/** Thrown with one line per wrong variable, so that an operator can fix them all at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * What production must not run with: e-mails that silently end up in the log (their links would
 * let whoever reads the log confirm addresses and accept staff invitations), links signed with a
 * key that differs between instances and restarts, and a plain-http public address, on which the
 * session cookie cannot be Secure.
 */
function productionProblems(values: z.infer<typeof environmentSchema>): string[] {
  const problems: string[] = [];
  if (values.MAIL_TRANSPORT === 'smtp' && !values.SMTP_URL) {
    problems.push('SMTP_URL: must be set when MAIL_TRANSPORT is smtp');
  }
  if (values.OIDC_ISSUER && !values.OIDC_CLIENT_ID) {
    problems.push('OIDC_CLIENT_ID: must be set when OIDC_ISSUER is set');
  }
  if (values.OIDC_ISSUER && !values.OIDC_SCOPES.split(' ').includes('openid')) {
    problems.push('OIDC_SCOPES: must include openid');
  }
  if (values.NODE_ENV !== 'production') return problems;
  if (!values.SMTP_URL && values.MAIL_TRANSPORT !== 'log') {
    problems.push(
      'SMTP_URL: must be set in production (or set MAIL_TRANSPORT=log to send no e-mails and log only their subjects)',
    );
  }
  if (!values.LINK_SIGNING_SECRET) {
    problems.push(
      'LINK_SIGNING_SECRET: must be set in production (at least 32 characters, e.g. from `openssl rand -base64 32`), the same on every instance; it signs the links in appointment e-mails',
    );
  }
  if (values.OIDC_ISSUER) {
    const issuer = new URL(values.OIDC_ISSUER);
    if (issuer.protocol !== 'https:' && !LOOPBACK_HOSTS.includes(issuer.hostname)) {
      problems.push(
        'OIDC_ISSUER: must be an https:// address in production (tokens and keys travel over it); plain http only on localhost',
      );
    }
  }
  if (values.PUBLIC_URL) {
    const url = new URL(values.PUBLIC_URL);
    if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.includes(url.hostname)) {
      problems.push(
        'PUBLIC_URL: must be an https:// address in production (the session cookie is Secure); plain http only on localhost',
      );
    }
  }
  return problems;
}

/** Reads and validates the environment; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const problems = productionProblems(values);
  if (problems.length) throw new ConfigError(problems);
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  return {
    port: values.PORT,
    host: values.HOST,
    env: values.NODE_ENV,
    databaseUrl: values.DATABASE_URL ?? null,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    databaseConnectTimeoutMs: values.DATABASE_CONNECT_TIMEOUT_MS,
    databaseMaxWaiting: values.DATABASE_MAX_WAITING,
    dataDir: values.DATA_DIR,
    redisUrl: values.REDIS_URL ?? null,
    publicUrl,
    timeZone: values.TZ,
    logLevel: values.LOG_LEVEL,
    townName: values.TOWN_NAME,
    smtpUrl: values.SMTP_URL ?? null,
    mailTransport: values.MAIL_TRANSPORT ?? (values.SMTP_URL ? 'smtp' : 'log'),
    mailFrom: values.MAIL_FROM,
    smtpTimeoutMs: values.SMTP_TIMEOUT_MS,
    webhookAllowedHosts: values.WEBHOOK_ALLOWED_HOSTS,
    webhookTimeoutMs: values.WEBHOOK_TIMEOUT_MS,
    linkSigningSecret: values.LINK_SIGNING_SECRET ?? null,
    wsMaxConnectionsPerCaller: values.WS_MAX_CONNECTIONS_PER_CALLER,
    wsKeepAliveMs: values.WS_KEEPALIVE_MS,
    shutdownDelayMs: values.SHUTDOWN_DELAY_MS,
    wsMaxOperationsPerSocket: values.WS_MAX_OPERATIONS_PER_SOCKET,
    queryCostLimit: values.QUERY_COST_LIMIT,
    queryCostBudget: values.QUERY_COST_BUDGET,
    rateLimitFactor: values.RATE_LIMIT_FACTOR,
    wsAuthRecheckMs: values.WS_AUTH_RECHECK_MS,
    conversationRetentionDays: values.CONVERSATION_RETENTION_DAYS,
    catalogueCacheSeconds: values.CATALOGUE_CACHE_SECONDS,
    catalogueCacheMaxMb: values.CATALOGUE_CACHE_MAX_MB,
    graphqlCompileAfter:
      values.GRAPHQL_COMPILE_AFTER === 'never' ? null : values.GRAPHQL_COMPILE_AFTER,
    trustProxy: values.TRUST_PROXY,
    corsOrigins: values.CORS_ORIGINS,
    firstPartyOrigins: values.FIRST_PARTY_ORIGINS,
    trustedDocumentsOnly:
      (values.TRUSTED_DOCUMENTS_ONLY ?? (values.NODE_ENV === 'production' ? 'true' : 'false')) ===
      'true',
    metricsPort: values.METRICS_PORT ?? null,
    metricsHost: values.METRICS_HOST ?? values.HOST,
    metricsToken: values.METRICS_TOKEN ?? null,
    slowQueryMs: values.SLOW_QUERY_MS,
    oidc:
      values.OIDC_ISSUER && values.OIDC_CLIENT_ID
        ? {
            issuer: values.OIDC_ISSUER,
            clientId: values.OIDC_CLIENT_ID,
            clientSecret: values.OIDC_CLIENT_SECRET ?? null,
            redirectUrl: values.OIDC_REDIRECT_URL ?? `${publicUrl}/auth/oidc/callback`,
            scopes: values.OIDC_SCOPES,
            rolesClaim: values.OIDC_ROLES_CLAIM,
            staffRole: values.OIDC_STAFF_ROLE,
            adminRole: values.OIDC_ADMIN_ROLE,
            officesClaim: values.OIDC_OFFICES_CLAIM,
            displayName: values.OIDC_DISPLAY_NAME,
          }
        : null,
  };
}

/** The environment variables Rathaus reads; deployment files are checked against them. */
export const CONFIG_ENV_KEYS: readonly string[] = Object.keys(environmentSchema.shape);
