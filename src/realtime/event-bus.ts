import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { Topics } from './topics.js';

/**
 * Publishes domain events to the subscriptions of this and (with a distributed event target) other
 * server instances. Publish only after the transaction that caused the event has committed.
 */
export type EventBus = PubSub<Topics>;

/** The bus of a single process; subscribers see events of this process only. */
export function createInProcessEventBus(): EventBus {
  return createPubSub<Topics>();
}
