import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { eventStream, type EventStream } from './event-stream.js';
import type { Topics } from './topics.js';

type TopicName = keyof Topics;
type RoutingId<T extends TopicName> = Topics[T][0];
type EventOf<T extends TopicName> = Topics[T][1];

/**
 * Carries domain events to the subscriptions of this and (with Redis) every other server
 * instance. Publish only after the transaction that caused the event has committed. Events are
 * plain JSON data, so that they cross process boundaries unchanged.
 */
export type EventBus = {
  publish<T extends TopicName>(topic: T, id: RoutingId<T>, event: EventOf<T>): void;
  /**
   * The source of a subscription field: what `topic` publishes for any of `ids`, each event
   * turned into its results by `toResults` (which may read the database) and pushed in the order
   * the events came. Live once it has started (Redis confirmed every channel).
   */
  stream<T extends TopicName, TResult>(
    topic: T,
    ids: ReadonlyArray<RoutingId<T>>,
    toResults: (event: EventOf<T>) => Promise<ReadonlyArray<TResult>>,
  ): EventStream<TResult>;
  /**
   * Calls `listener` synchronously with each event, in order, until `close()`: no queue and no
   * promise per event, for subscriptions that fan one event out to thousands of sockets. Counted
   * by `activeSubscriptions` unless `internal`: the server's own bookkeeping (the catalogue
   * cache), which lives as long as the server. `onResume` is called when the bus had lost Redis
   * and is live again: events published meanwhile by other instances did not arrive, and the
   * listener may catch up from the database.
   */
  listen<T extends TopicName>(
    topic: T,
    id: RoutingId<T>,
    listener: (event: EventOf<T>) => void,
    options?: { internal?: boolean; onResume?: () => void },
  ): Listening;
  /**
   * How many clients' subscriptions are open in this process, of one topic or of all (metrics;
   * tests wait on it).
   */
  activeSubscriptions(topic?: TopicName): number;
  close(): Promise<void>;
};

/** An open `listen`. */
export type Listening = {
  /** Resolves once events published from now on are sure to arrive (Redis confirmed the channel). */
  ready: Promise<void>;
  close(): void;
};

type Listener = (data: unknown) => void;

/** Moves events between processes (or within one). */
type Transport = {
  publish(channel: string, data: unknown): void;
  listen(channel: string, listener: Listener): Promise<void>;
  unlisten(channel: string, listener: Listener): void;
  /** `listener` is called each time the transport is live again after losing its connection. */
  onResumed(listener: () => void): void;
  close(): Promise<void>;
};

class ListenerRegistry {
  private readonly byChannel = new Map<string, Set<Listener>>();

  /** Adds a listener; true when it is the channel's first. */
  add(channel: string, listener: Listener): boolean {
    const listeners = this.byChannel.get(channel) ?? new Set<Listener>();
    listeners.add(listener);
    this.byChannel.set(channel, listeners);
    return listeners.size === 1;
  }

  /** Removes a listener; true when the channel has none left. */
  remove(channel: string, listener: Listener): boolean {
    const listeners = this.byChannel.get(channel);
    if (!listeners) return false;
    listeners.delete(listener);
    if (listeners.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  deliver(channel: string, data: unknown): void {
    for (const listener of this.byChannel.get(channel) ?? []) listener(data);
  }
}

function inProcessTransport(): Transport {
  const registry = new ListenerRegistry();
  return {
    // Delivered after the publisher's own work (its answer is not held up by the fan-out), in
    // publishing order, like Redis would.
    publish: (channel, data) => setImmediate(() => registry.deliver(channel, data)),
    listen: async (channel, listener) => {
      registry.add(channel, listener);
    },
    unlisten: (channel, listener) => {
      registry.remove(channel, listener);
    },
    // It never loses anything.
    onResumed: () => undefined,
    close: async () => {},
  };
}

/** Where an instance whose publisher had lost Redis says that it is back (no payload). */
const RESUMED_CHANNEL = 'rathaus:bus:resumed';

function redisTransport(url: string, onError: (error: unknown) => void): Transport {
  const publisher = new Redis(url, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url);
  // Without listeners, ioredis reports connection errors as unhandled; it reconnects by itself.
  publisher.on('error', onError);
  subscriber.on('error', onError);
  const registry = new ListenerRegistry();
  const subscribed = new Map<string, Promise<unknown>>();
  const resumed = new Set<() => void>();
  const tellResumed = () => {
    for (const listener of resumed) listener();
  };
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === RESUMED_CHANNEL) tellResumed();
    else registry.deliver(channel, JSON.parse(message));
  });
  // Events are lost while either connection is away: this instance's subscriber misses what
  // others publish, and its publisher gives up on what it publishes (maxRetriesPerRequest).
  // ioredis connects again by itself and subscribes again to every channel (autoResubscribe);
  // once this SUBSCRIBE of the same channels is answered, those before it are too, and the
  // listeners are told that they may have missed events. A publisher that is back tells every
  // instance the same over RESUMED_CHANNEL, for subscribers that came back before it.
  subscriber.subscribe(RESUMED_CHANNEL).catch(onError);
  let subscriberLost = false;
  subscriber.on('close', () => {
    subscriberLost = true;
  });
  subscriber.on('ready', () => {
    if (!subscriberLost) return;
    subscriberLost = false;
    subscriber.subscribe(RESUMED_CHANNEL, ...registry.channels()).then(tellResumed, onError);
  });
  let publisherLost = false;
  publisher.on('close', () => {
    publisherLost = true;
  });
  publisher.on('ready', () => {
    if (!publisherLost) return;
    publisherLost = false;
    publisher.publish(RESUMED_CHANNEL, '').catch(onError);
  });
  return {
    publish(channel, data) {
      publisher.publish(channel, JSON.stringify(data)).catch(onError);
    },
    listen(channel, listener) {
      if (registry.add(channel, listener)) subscribed.set(channel, subscriber.subscribe(channel));
      return (subscribed.get(channel) ?? Promise.resolve()).then(() => undefined);
    },
    unlisten(channel, listener) {
      if (registry.remove(channel, listener)) {
        subscribed.delete(channel);
        // After close the connection is gone, and with it the subscription.
        subscriber.unsubscribe(channel).catch(() => undefined);
      }
    },
    onResumed(listener) {
      resumed.add(listener);
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}

function busOver(transport: Transport): EventBus {
  const active = new Map<TopicName, number>();
  const resumers = new Set<() => void>();
  transport.onResumed(() => {
    for (const resume of [...resumers]) resume();
  });
  const channelOf = (topic: string, id: string) => `rathaus:${topic}:${id}`;
  function listen<T extends TopicName>(
    topic: T,
    id: RoutingId<T>,
    listener: (event: EventOf<T>) => void,
    { internal = false, onResume }: { internal?: boolean; onResume?: () => void } = {},
  ): Listening {
    const channel = channelOf(topic, id);
    // A listener of its own, so that one function listening twice is two listeners.
    const onData: Listener = (data) => listener(data as EventOf<T>);
    const counted = internal ? 0 : 1;
    let open = true;
    active.set(topic, (active.get(topic) ?? 0) + counted);
    // Its own function, so that one given twice is removed once per close.
    const resume = onResume && (() => onResume());
    if (resume) resumers.add(resume);
    return {
      ready: transport.listen(channel, onData),
      close() {
        if (!open) return;
        open = false;
        active.set(topic, (active.get(topic) ?? 0) - counted);
        if (resume) resumers.delete(resume);
        transport.unlisten(channel, onData);
      },
    };
  }
  return {
    publish(topic, id, event) {
      transport.publish(channelOf(topic, id), event);
    },
    listen,
    stream(topic, ids, toResults) {
      return eventStream(async (out) => {
        const listenings = ids.map((id) =>
          listen(topic, id, (event) =>
            out.inOrder(async () => {
              for (const result of await toResults(event)) out.push(result);
            }),
          ),
        );
        out.onClose(() => listenings.forEach((listening) => listening.close()));
        await Promise.all(listenings.map((listening) => listening.ready));
      });
    },
    activeSubscriptions: (topic) =>
      topic ? (active.get(topic) ?? 0) : [...active.values()].reduce((sum, n) => sum + n, 0),
    close: () => transport.close(),
  };
}

/** The bus of a single process; subscribers see events of this process only. */
export function createInProcessEventBus(): EventBus {
  return busOver(inProcessTransport());
}

/** The bus shared by every instance through Redis pub/sub. */
export function createRedisEventBus(url: string, onError: (error: unknown) => void): EventBus {
  return busOver(redisTransport(url, onError));
}

export function createEventBus(redisUrl: string | null, logger: Logger): EventBus {
  return redisUrl
    ? createRedisEventBus(redisUrl, (error) => logger.warn({ err: error }, 'Redis event bus error'))
    : createInProcessEventBus();
}
