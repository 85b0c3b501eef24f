import type { EventBus } from '../realtime/event-bus.js';

/**
 * Says that a write to data the public catalogue shows (offices, categories, services and where
 * they are offered, counters, schedules, closures) has committed. The server's implementation
 * clears its catalogue response cache at once and tells the other instances through the event
 * bus (docs/decisions/0009-catalogue-response-cache.md). Call it after the commit, never before:
 * an answer computed in between would be kept as current.
 */
export type CatalogueChanged = () => void;

/** Tells every instance on the bus that the catalogue changed; `origin` names the writer. */
export function announceCatalogueChange(bus: EventBus, origin: string): void {
  bus.publish('catalogueChanged', 'all', { origin });
}
