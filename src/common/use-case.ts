import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { CallerLimits } from '../auth/caller-limits.js';
import type { Principal } from '../auth/principal.js';
import type { CatalogueChanged } from '../catalogue/catalogue-changes.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { Clock } from './clock.js';

/** The town's settings that use cases read. */
export type TownSettings = {
  /** The municipality's IANA time zone, in which schedules are written. */
  timeZone: string;
  /** Where the links in e-mails point. */
  publicUrl: string;
  /** Signs the links to appointments (LINK_SIGNING_SECRET, src/appointments/appointment-links.ts). */
  linkSecret: string;
  townName: string;
  /** The sender of e-mails (MAIL_FROM): the organizer of the appointments' calendar entries. */
  mailFrom: string;
};

/**
 * What every use case receives: who is calling and the means to act, built once per request,
 * WebSocket operation or job run. A use case takes the whole context (or a `Pick` of it, so
 * that a caller outside a request sees what it must supply) and its own input.
 */
export type UseCaseContext = {
  principal: Principal;
  /** Forked for this request, operation or job run only. */
  em: EntityManager;
  clock: Clock;
  bus: EventBus;
  /** The caller's limits of use (bookings, sign-ins, e-mails to one address). */
  limits: CallerLimits;
  /** Staff reads of citizens' personal data, written before the answer goes out. */
  dataAccess: DataAccessRecorder;
  /** Call after committing a write to catalogue data (clears the response caches). */
  catalogueChanged: CatalogueChanged;
  settings: TownSettings;
};
