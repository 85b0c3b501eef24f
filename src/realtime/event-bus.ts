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
   * the events came. Live once it has started (Redis confirmed every channel, or Redis is away and
   * it works locally until it is back). When the bus is live again after losing Redis, the
   * results of `catchUp(since)` are pushed, in order with the events: what the database says
   * changed since `since` (see `listen`), so that the client is current without reconnecting.
   */
  stream<T extends TopicName, TResult>(
    topic: T,
    ids: ReadonlyArray<RoutingId<T>>,
    toResults: (event: EventOf<T>) => Promise<ReadonlyArray<TResult>>,
    catchUp: CatchUp<TResult>,
  ): EventStream<TResult>;
  /**
   * Calls `listener` synchronously with each event, in order, until `close()`: no queue and no
   * promise per event, for subscriptions that fan one event out to thousands of sockets. Counted
   * by `activeSubscriptions` unless `internal`: the server's own bookkeeping (the catalogue
   * cache), which lives as long as the server. `onResume(since)` is called when the bus had lost
   * Redis and is live again: events published by other instances from `since` on may not have
   * arrived, and the listener catches up from the database. Every listener of one resume gets the
   * same `since` object, so that work of the catch-up can be shared (`perEvent`).
   */
  listen<T extends TopicName>(
    topic: T,
    id: RoutingId<T>,
    listener: (event: EventOf<T>) => void,
    options?: { internal?: boolean; onResume?: (since: Date) => void },
  ): Listening;
  /**
   * How many clients' subscriptions are open in this process, of one topic or of all (metrics;
   * tests wait on it).
   */
  activeSubscriptions(topic?: TopicName): number;
  close(): Promise<void>;
};

/**
 * What a subscription missed while its bus was cut off from Redis, read from the database: its
 * results from `since` on (some from a little before may come again).
 */
export type CatchUp<TResult> = (since: Date) => Promise<ReadonlyArray<TResult>>;

/** An open `listen`. */
export type Listening = {
  /**
   * Resolves once events published from now on are sure to arrive (Redis confirmed the channel),
   * or at once while Redis is away: the listener then hears this instance's events, and
   * `onResume` once Redis is back.
   */
  ready: Promise<void>;
  close(): void;
};

/**
 * How long before the moment a connection was lost a catch-up starts: events published just
 * before it may have died with it, and the instances' clocks differ a little.
 */
export const CATCH_UP_MARGIN_MS = 2000;

type Listener = (data: unknown) => void;

/** Moves events between processes (or within one). */
type Transport = {
  publish(channel: string, data: unknown): void;
  listen(channel: string, listener: Listener): Promise<void>;
  unlisten(channel: string, listener: Listener): void;
  /**
   * `listener` is called each time the transport is live again after losing its connection, with
   * the moment from which events may be missing.
   */
  onResumed(listener: (since: Date) => void): void;
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

/**
 * Where an instance whose publisher had lost Redis says that it is back, with the moment (ISO)
 * from which its events may not have arrived.
 */
const RESUMED_CHANNEL = 'rathaus:bus:resumed';

/** The moment of `lostAt`, less the margin: where a catch-up starts. */
function catchUpFrom(lostAt: Date): Date {
  return new Date(lostAt.getTime() - CATCH_UP_MARGIN_MS);
}

function redisTransport(url: string, onError: (error: unknown) => void): Transport {
  const publisher = new Redis(url, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url);
  // Without listeners, ioredis reports connection errors as unhandled; it reconnects by itself.
  publisher.on('error', onError);
  subscriber.on('error', onError);
  const registry = new ListenerRegistry();
  const subscribed = new Map<string, Promise<void>>();
  const resumed = new Set<(since: Date) => void>();
  const tellResumed = (since: Date) => {
    for (const listener of resumed) listener(since);
  };
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === RESUMED_CHANNEL) {
      const lostAt = new Date(message);
      tellResumed(catchUpFrom(Number.isNaN(lostAt.getTime()) ? new Date() : lostAt));
    } else registry.deliver(channel, JSON.parse(message));
  });
  // Events are lost while either connection is away: this instance's subscriber misses what
  // others publish, and its publisher drops what it publishes (it is delivered here only).
  // ioredis connects again by itself and subscribes again to every channel (autoResubscribe);
  // once this SUBSCRIBE of the same channels is answered, those before it are too, and the
  // listeners are told from when they may have missed events. A publisher that lost its
  // connection tells every instance the same over RESUMED_CHANNEL once it is back, for
  // subscribers that never lost theirs or came back before it. Before the first connection, both
  // wait for it instead (ioredis queues the commands).
  subscriber.subscribe(RESUMED_CHANNEL).catch(onError);
  let subscriberLostAt: Date | null = null;
  subscriber.on('close', () => {
    subscriberLostAt ??= new Date();
  });
  subscriber.on('ready', () => {
    const lostAt = subscriberLostAt;
    if (!lostAt) return;
    subscriber.subscribe(RESUMED_CHANNEL, ...registry.channels()).then(() => {
      // Lost again meanwhile: the next resume catches up from the first loss.
      if (subscriberLostAt !== lostAt || subscriber.status !== 'ready') return;
      subscriberLostAt = null;
      tellResumed(catchUpFrom(lostAt));
    }, onError);
  });
  // From when this instance's events may not have reached the others: since its publisher lost
  // its connection, or since it first dropped an event (before the first connection).
  let lostFrom: Date | null = null;
  const drop = (channel: string, data: unknown, at: Date) => {
    lostFrom ??= at;
    setImmediate(() => registry.deliver(channel, data));
  };
  const announceResumed = () => {
    const from = lostFrom;
    if (!from) return;
    lostFrom = null;
    publisher.publish(RESUMED_CHANNEL, from.toISOString()).catch((error: unknown) => {
      lostFrom ??= from;
      onError(error);
    });
  };
  let publisherConnected = false;
  publisher.on('close', () => {
    if (publisherConnected) lostFrom ??= new Date();
  });
  publisher.on('ready', () => {
    publisherConnected = true;
    announceResumed();
  });
  return {
    publish(channel, data) {
      const at = new Date();
      // Without Redis, the event reaches this instance's listeners only, at once; the other
      // instances catch up once the publisher is back.
      if (publisherConnected && publisher.status !== 'ready') {
        drop(channel, data, at);
        return;
      }
      publisher.publish(channel, JSON.stringify(data)).catch((error: unknown) => {
        onError(error);
        drop(channel, data, at);
        // Refused by a Redis that is there (or failed after the connection came back): the
        // others catch up now rather than after the next loss.
        if (publisher.status === 'ready') announceResumed();
      });
    },
    listen(channel, listener) {
      if (registry.add(channel, listener)) {
        subscribed.set(
          channel,
          subscriber.subscribe(channel).then(
            () => undefined,
            (error: unknown) => {
              // The SUBSCRIBE on the way back (above) covers it, and the resume what it missed.
              if (subscriberLostAt) return;
              throw error;
            },
          ),
        );
      }
      if (!subscriberLostAt) return subscribed.get(channel) ?? Promise.resolve();
      // Live locally at once; what fails after the connection is back is an error of the bus.
      subscribed.get(channel)?.catch(onError);
      return Promise.resolve();
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
  const resumers = new Set<(since: Date) => void>();
  transport.onResumed((since) => {
    for (const resume of [...resumers]) resume(since);
  });
  const channelOf = (topic: string, id: string) => `rathaus:${topic}:${id}`;
  function listen<T extends TopicName>(
    topic: T,
    id: RoutingId<T>,
    listener: (event: EventOf<T>) => void,
    { internal = false, onResume }: { internal?: boolean; onResume?: (since: Date) => void } = {},
  ): Listening {
    const channel = channelOf(topic, id);
    // A listener of its own, so that one function listening twice is two listeners.
    const onData: Listener = (data) => listener(data as EventOf<T>);
    const counted = internal ? 0 : 1;
    let open = true;
    active.set(topic, (active.get(topic) ?? 0) + counted);
    // Its own function, so that one given twice is removed once per close.
    const resume = onResume && ((since: Date) => onResume(since));
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
    stream<T extends TopicName, TResult>(
      topic: T,
      ids: ReadonlyArray<RoutingId<T>>,
      toResults: (event: EventOf<T>) => Promise<ReadonlyArray<TResult>>,
      catchUp: CatchUp<TResult>,
    ) {
      return eventStream<TResult>(async (out) => {
        const pushAll = (results: () => Promise<ReadonlyArray<TResult>>) =>
          out.inOrder(async () => {
            for (const result of await results()) out.push(result);
          });
        // One catch-up per resume, however many ids the stream listens to.
        const listenings = ids.map((id, index) =>
          listen(topic, id, (event) => pushAll(() => toResults(event)), {
            ...(index === 0 ? { onResume: (since: Date) => pushAll(() => catchUp(since)) } : {}),
          }),
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
