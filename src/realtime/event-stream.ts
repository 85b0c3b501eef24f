/** Where a stream's events go: each event as it is pushed, then the end (with its error, if any). */
export type EventSink<T> = {
  next(event: T): void;
  end(error?: unknown): void;
};

/**
 * Settles once, and then calls everything waiting on it synchronously, in the order it came: a
 * write that every subscriber's push of one event waits for (the data access log's entry of a live
 * message) wakes 10,000 subscribers in one pass, not with a promise chain each.
 */
export class Gate {
  private waiters: (() => void)[] | null = [];
  private failed: { error: unknown } | null = null;

  /** Settles with `written`: open when it resolves, failed with its error when it rejects. */
  static after(written: Promise<unknown>): Gate {
    const gate = new Gate();
    written.then(
      () => gate.settle(null),
      (error: unknown) => gate.settle({ error }),
    );
    return gate;
  }

  get settled(): boolean {
    return this.waiters === null;
  }

  /** Set when the gate failed: what it failed with. */
  get failure(): { error: unknown } | null {
    return this.failed;
  }

  /** Calls `waiter` once the gate has settled (at once when it has). */
  whenSettled(waiter: () => void): void {
    if (this.waiters) this.waiters.push(waiter);
    else waiter();
  }

  private settle(failure: { error: unknown } | null): void {
    const waiters = this.waiters;
    if (!waiters) return;
    this.waiters = null;
    this.failed = failure;
    for (const waiter of waiters) waiter();
  }
}

/**
 * The event source of a subscription field. Its producer pushes events in order; its consumer
 * either attaches one sink, which gets each event synchronously the moment it is pushed, or
 * iterates it like any AsyncIterable (as GraphQL requires of a subscription's source).
 *
 * Attaching is what makes fan-out cheap: with 10,000 people following one conversation, an event
 * goes from the bus to every socket in one synchronous pass (src/server/shared-subscriptions.ts)
 * instead of a chain of promises per subscriber.
 */
export class EventStream<T> implements AsyncIterable<T> {
  /**
   * Events or tasks (`inOrder`) that may wait for a slow consumer or a database read; one more
   * ends the stream, and its client resumes from the database when it subscribes again.
   */
  static readonly MAX_WAITING = 1000;

  private sink: EventSink<T> | null = null;
  /** What was pushed before a consumer attached. */
  private early: T[] = [];
  private ending: { error?: unknown } | null = null;
  private readonly cleanups: (() => void)[] = [];
  private closedFlag = false;
  private tail: Promise<void> = Promise.resolve();
  private waitingTasks = 0;
  /** Events of `pushAfter` not pushed yet, in order. */
  private held: { gate: Gate | null; event: T }[] = [];

  /** True once the stream ended or its consumer let go; the producer stops then. */
  get closed(): boolean {
    return this.closedFlag;
  }

  /** Runs when the stream closes, whichever side closes it (unlisten, clear timers). */
  onClose(cleanup: () => void): void {
    if (this.closedFlag) cleanup();
    else this.cleanups.push(cleanup);
  }

  push(event: T): void {
    if (this.closedFlag) return;
    if (!this.sink) {
      this.early.push(event);
      return;
    }
    try {
      this.sink.next(event);
    } catch (error) {
      // One consumer's failure ends its own stream, never the producer's loop over all streams.
      this.end(error);
    }
  }

  /**
   * Runs `task` after every task given before it, for events whose pushes need a database read
   * first: their pushes keep the events' order. A failing task ends the stream with its error; a
   * consumer too slow to keep the queue short ends it too (it resumes on reconnect).
   */
  inOrder(task: () => Promise<void>): void {
    if (this.closedFlag) return;
    if (this.waitingTasks >= EventStream.MAX_WAITING) {
      this.end();
      return;
    }
    this.waitingTasks += 1;
    this.tail = this.tail
      .then(() => {
        this.waitingTasks -= 1;
        return this.closedFlag ? undefined : task();
      })
      .catch((error: unknown) => this.end(error));
  }

  /**
   * Pushes `event` once `gate` has opened (null: no gate of its own) and every event held before it
   * is pushed; a gate that fails ends the stream with its error. For a producer whose events wait
   * for a write shared by all subscribers: no promise per subscriber and event, and when the write
   * is done, every subscriber's event goes out in one synchronous pass. A producer uses either this
   * or `push` and `inOrder`, which do not wait for held events.
   */
  pushAfter(gate: Gate | null, event: T): void {
    if (this.closedFlag) return;
    if (this.held.length >= EventStream.MAX_WAITING) {
      this.end();
      return;
    }
    this.held.push({ gate, event });
    if (this.held.length === 1) this.release();
  }

  /** Pushes the held events whose gates have opened, up to the first one still shut. */
  private readonly release = (): void => {
    while (this.held.length > 0 && !this.closedFlag) {
      const { gate, event } = this.held[0] as { gate: Gate | null; event: T };
      if (gate && !gate.settled) {
        gate.whenSettled(this.release);
        return;
      }
      this.held.shift();
      if (gate?.failure) {
        this.end(gate.failure.error);
        return;
      }
      this.push(event);
    }
  };

  /** The producer is done (or failed): the consumer gets the end after every pushed event. */
  end(error?: unknown): void {
    if (this.closedFlag) return;
    const sink = this.sink;
    if (!sink) {
      this.ending = { error };
      return;
    }
    this.close();
    sink.end(error);
  }

  attach(sink: EventSink<T>): void {
    if (this.sink) throw new Error('A stream has one consumer');
    this.sink = sink;
    const early = this.early;
    this.early = [];
    for (const event of early) this.push(event);
    if (this.ending) this.end(this.ending.error);
  }

  /** The consumer lets go: nothing more is delivered and the producer's cleanups run. */
  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.early = [];
    this.held = [];
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let finished: { error?: unknown } | null = null;
    let wake: (() => void) | null = null;
    this.attach({
      next: (event) => {
        if (queue.length >= EventStream.MAX_WAITING) {
          this.end();
          return;
        }
        queue.push(event);
        wake?.();
      },
      end(error) {
        finished = { error };
        wake?.();
      },
    });
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        while (queue.length === 0 && !finished) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
        if (queue.length > 0) return { done: false, value: queue.shift() as T };
        if (finished?.error !== undefined) throw finished.error;
        return { done: true, value: undefined };
      },
      return: async () => {
        this.close();
        queue.length = 0;
        finished ??= {};
        wake?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/**
 * A stream whose producer starts at once. `produce` sets up (checks access, starts listening,
 * replays) and registers its cleanups with `onClose`; the stream then stays open for the events its
 * listeners push until the consumer closes it or the producer calls `end`. If `produce` rejects,
 * the stream ends with that error.
 */
export function eventStream<T>(produce: (stream: EventStream<T>) => Promise<void>): EventStream<T> {
  const created = new EventStream<T>();
  produce(created).catch((error: unknown) => created.end(error));
  return created;
}
