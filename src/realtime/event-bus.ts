import { createPubSub } from '@graphql-yoga/subscription';
import { Repeater } from '@repeaterjs/repeater';
import type { Topics } from './topics.js';

type TopicName = keyof Topics;
type RoutingId<T extends TopicName> = Topics[T][0];
type EventOf<T extends TopicName> = Topics[T][1];

/**
 * Carries domain events to the subscriptions of this and (with a distributed implementation)
 * other server instances. Publish only after the transaction that caused the event has committed.
 */
export type EventBus = {
  publish<T extends TopicName>(topic: T, id: RoutingId<T>, event: EventOf<T>): void;
  /** The events of one topic and routing id, until the iterator is returned. */
  subscribe<T extends TopicName>(topic: T, id: RoutingId<T>): AsyncIterableIterator<EventOf<T>>;
  /** How many subscriptions are open right now (for metrics, and for tests to wait on). */
  activeSubscriptions(): number;
};

/** The bus of a single process; subscribers see events of this process only. */
export function createInProcessEventBus(): EventBus {
  const pubSub = createPubSub<Topics>();
  let active = 0;
  return {
    publish<T extends TopicName>(topic: T, id: RoutingId<T>, event: EventOf<T>) {
      // As in subscribe: every topic has a routing id and an event.
      const publishTo = pubSub.publish as (topic: T, id: RoutingId<T>, event: EventOf<T>) => void;
      publishTo(topic, id, event);
    },
    subscribe<T extends TopicName>(topic: T, id: RoutingId<T>) {
      return new Repeater<EventOf<T>>(async (push, stop) => {
        // Every topic has a routing id, which the PubSub's conditional parameter type cannot see.
        const subscribeTo = pubSub.subscribe as (
          topic: T,
          id: RoutingId<T>,
        ) => AsyncIterableIterator<EventOf<T>>;
        const source = subscribeTo(topic, id);
        active += 1;
        void stop.then(() => source.return?.());
        try {
          for await (const event of source) await push(event);
        } finally {
          active -= 1;
        }
        stop();
      });
    },
    activeSubscriptions: () => active,
  };
}
