import type { FileStore } from '../applications/file-store.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { Principal } from '../auth/principal.js';
import type { RateLimits } from '../auth/rate-limits.js';
import type { CatalogueChanged } from '../catalogue/catalogue-changes.js';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import type { UseCaseContext } from '../common/use-case.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { Loaders } from './loaders.js';

/** Settings the resolvers need from the configuration. */
export type ContextSettings = {
  timeZone: string;
  publicUrl: string;
  /** Signs the links to appointments (LINK_SIGNING_SECRET, src/appointments/appointment-links.ts). */
  linkSecret: string;
  townName: string;
  /** The sender of e-mails (MAIL_FROM). */
  mailFrom: string;
  /** RATE_LIMIT_FACTOR. */
  rateLimitFactor: number;
  /** WEBHOOK_ALLOWED_HOSTS: hosts that webhook endpoints may use although they are private. */
  webhookAllowedHosts: readonly string[];
  /** The town's OpenID Connect provider for staff (OIDC_DISPLAY_NAME); null when none. */
  identityProvider: { label: string; startUrl: string } | null;
};

/** The HTTP request behind an operation (absent for WebSocket operations). */
export type HttpExchange = {
  userAgent: string | null;
  /** Signs the browser in: sets the HttpOnly session cookie. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** Answers 429 with Retry-After once the operation is done: a limit refused part of it. */
  tooManyRequests(retryAfterSeconds: number): void;
  /** The longest wait tooManyRequests was told; null when none. */
  readonly retryAfterSeconds: number | null;
};

/**
 * What every resolver receives. A `type`, not an `interface`: graphql-ws's `useServer` generic
 * rejects interfaces as context.
 */
export type GraphQLContext = {
  requestId: string;
  principal: Principal;
  /** The client's address (of the HTTP request, or of the WebSocket's upgrade request). */
  clientIp: string;
  /** The rate limiters, shared by every instance when Redis is configured. */
  limits: RateLimits;
  /** The caller's language from Accept-Language; a `lang` argument overrides it per field. */
  lang: Language;
  /** Forked for this request (or WebSocket operation) only. */
  em: EntityManager;
  /** A fresh, empty EntityManager, for work that must not share the request's identity map. */
  forkEm: () => EntityManager;
  loaders: Loaders;
  bus: EventBus;
  /** Call after committing a write to catalogue data (clears the response caches). */
  catalogueChanged: CatalogueChanged;
  clock: Clock;
  settings: ContextSettings;
  /**
   * The staff reads of citizens' personal data in this operation: resolvers note them, the
   * server writes them before the answer goes out (src/server/data-access-log.ts).
   */
  dataAccess: DataAccessRecorder;
  /** Null for operations over WebSocket. */
  http: HttpExchange | null;
  /** What the domain's use cases receive, made once for this operation on first use. */
  useCase: UseCaseContext;
  /** The uploaded documents and generated letters of applications. */
  files: FileStore;
};
