import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { FileStore } from '../applications/file-store.js';
import { createCallerLimits } from '../auth/caller-limits.js';
import type { Principal } from '../auth/principal.js';
import type { RateLimits } from '../auth/rate-limits.js';
import type { CatalogueChanged } from '../catalogue/catalogue-changes.js';
import type { Clock } from '../common/clock.js';
import { languageFromHeader, type Language } from '../common/language.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AccessChannel } from '../entities/accounts/data-access-log.entity.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { ContextSettings, GraphQLContext, HttpExchange } from '../resolvers/context.js';
import { createLoaders, type Loaders } from '../resolvers/loaders.js';

/** What the contexts of all operations share: made once per server. */
export type ContextServices = {
  orm: MikroORM;
  clock: Clock;
  bus: EventBus;
  limits: RateLimits;
  settings: ContextSettings;
  files: FileStore;
  catalogueChanged: CatalogueChanged;
  /** Today in the municipality, "YYYY-MM-DD". */
  localDate: () => string;
};

/**
 * The context of one operation. The EntityManager, the loaders and the use cases' context are
 * made on first use: a WebSocket subscription that only relays events needs none of them (10,000
 * of them idle), and a query only what its resolvers ask for (freeSlots no loader).
 *
 * They are getters of the class, not of each object, because Apollo Server copies the context of
 * every HTTP request (`Object.assign` onto an object of the same prototype): getters of the object
 * itself were all called by that copy, which made the two dozen loaders and the caller's limits
 * for every request. Own fields are copied as they are then, the empty caches among them.
 */
export class OperationContext implements GraphQLContext {
  readonly lang: Language;
  readonly dataAccess: DataAccessRecorder;
  readonly files: FileStore;
  readonly bus: EventBus;
  readonly limits: RateLimits;
  readonly clock: Clock;
  readonly settings: ContextSettings;
  readonly catalogueChanged: CatalogueChanged;
  private requestEm: EntityManager | null;
  private madeLoaders: Loaders | null = null;
  private madeUseCase: UseCaseContext | null = null;

  constructor(
    private readonly services: ContextServices,
    readonly requestId: string,
    acceptLanguage: string | undefined,
    readonly principal: Principal,
    readonly clientIp: string,
    em: EntityManager | null,
    readonly http: HttpExchange | null,
  ) {
    this.lang = languageFromHeader(acceptLanguage);
    this.requestEm = em;
    this.dataAccess = new DataAccessRecorder(
      http ? AccessChannel.HTTP : AccessChannel.WEBSOCKET,
      services.clock,
    );
    this.files = services.files;
    this.bus = services.bus;
    this.limits = services.limits;
    this.clock = services.clock;
    this.settings = services.settings;
    this.catalogueChanged = services.catalogueChanged;
  }

  get em(): EntityManager {
    this.requestEm ??= this.services.orm.em.fork();
    return this.requestEm;
  }

  forkEm = (): EntityManager => this.services.orm.em.fork();

  get loaders(): Loaders {
    this.madeLoaders ??= createLoaders({
      em: this.em,
      principal: this.principal,
      localDate: this.services.localDate,
      now: this.clock,
      dataAccess: this.dataAccess,
    });
    return this.madeLoaders;
  }

  get useCase(): UseCaseContext {
    if (this.madeUseCase) return this.madeUseCase;
    const { principal, clientIp, http } = this;
    const em = () => this.em;
    this.madeUseCase = {
      principal,
      get em() {
        return em();
      },
      clock: this.clock,
      bus: this.bus,
      limits: createCallerLimits({
        limits: this.limits,
        principal,
        clientIp,
        factor: this.settings.rateLimitFactor,
        onRefusal: (retryAfterSeconds) => http?.tooManyRequests(retryAfterSeconds),
      }),
      dataAccess: this.dataAccess,
      catalogueChanged: this.catalogueChanged,
      settings: this.settings,
    };
    return this.madeUseCase;
  }
}
