import {
  createSourceEventStream,
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFormattedError,
} from 'graphql';
import type { WebSocket } from 'ws';
import { EventStream } from '../realtime/event-stream.js';
import { perEvent } from '../realtime/per-event.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { SHARED_ACROSS_SUBSCRIBERS } from '../resolvers/common/viewers.js';

/** A socket whose unsent data exceeds this is too far behind: it is closed and reconnects. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** WebSocket close code 1013, "try again later": the client reconnects and resumes. */
const TOO_FAR_BEHIND = 1013;

/** Where the frames of one subscription go: its socket and the id its client gave it. */
export type FrameTarget = { socket: WebSocket; id: string };

const frameTargets = new WeakMap<object, FrameTarget>();

/**
 * Lets the subscription executed with `contextValue` write its frames to `target` itself
 * (graphql-ws's onSubscribe calls this with the context it makes for the subscription).
 */
export function sendFramesTo(contextValue: object, target: FrameTarget): void {
  frameTargets.set(contextValue, target);
}

/** One event's result as the payload of a `next` message; null until it is executed. */
type Frame = {
  payload: string | null;
  failure: { error: unknown } | null;
  /** Deliveries that wait for this frame before they can send it (and what follows it). */
  waiting: Delivery[];
};

/** Errors as a client may see them (unexpected ones masked): what onNext does for graphql-ws. */
export type FormatErrors = (errors: readonly GraphQLError[]) => GraphQLFormattedError[];

/** The payload of graphql-ws's `next` message, as graphql-ws writes it after onNext. */
function payloadOf({ errors, ...rest }: ExecutionResult, formatErrors: FormatErrors): string {
  return JSON.stringify({ ...rest, ...(errors ? { errors: formatErrors(errors) } : {}) });
}

const frames = perEvent<object, Frame>();

function frameOf(
  event: object,
  key: string,
  run: () => ReturnType<typeof execute>,
  formatErrors: FormatErrors,
): Frame {
  return frames(event, key, () => {
    const frame: Frame = { payload: null, failure: null, waiting: [] };
    const settle = () => {
      for (const delivery of frame.waiting.splice(0)) delivery.flush();
    };
    const result = run();
    if ('then' in result) {
      result.then(
        (value) => {
          frame.payload = payloadOf(value, formatErrors);
          settle();
        },
        (error: unknown) => {
          frame.failure = { error };
          settle();
        },
      );
    } else {
      frame.payload = payloadOf(result, formatErrors);
    }
    return frame;
  });
}

/** The frames of one subscription on its way to one socket, in order. */
class Delivery {
  private readonly queue: Frame[] = [];
  private readonly prefix: string;
  private ending: { error?: unknown } | null = null;
  private done = false;

  constructor(
    private readonly target: FrameTarget,
    private readonly finish: (error?: unknown) => void,
  ) {
    this.prefix = `{"id":${JSON.stringify(target.id)},"type":"next","payload":`;
  }

  add(frame: Frame): void {
    if (this.done) return;
    this.queue.push(frame);
    if (this.queue.length === 1) this.flush();
  }

  /** Sends every frame that is ready, in order; waits on the first one that is not. */
  flush(): void {
    const { socket } = this.target;
    let head = this.queue[0];
    while (head && !this.done) {
      if (head.failure) return this.end(head.failure.error, true);
      if (head.payload === null) {
        head.waiting.push(this);
        return;
      }
      if (socket.readyState !== socket.OPEN) return this.end(undefined, true);
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(TOO_FAR_BEHIND, 'Too far behind');
        return this.end(undefined, true);
      }
      socket.send(`${this.prefix}${head.payload}}`);
      this.queue.shift();
      head = this.queue[0];
    }
    if (this.ending) this.end(this.ending.error, true);
  }

  /** Ends after the frames already queued (or at once, `now`). */
  end(error?: unknown, now = false): void {
    if (this.done) return;
    if (!now && this.queue.length > 0) {
      this.ending = { error };
      return;
    }
    this.done = true;
    this.queue.length = 0;
    this.finish(error);
  }
}

/** What graphql-ws iterates for a subscription whose frames are sent directly: no results. */
function deliverDirectly(
  source: EventStream<object>,
  target: FrameTarget,
  frameFor: (event: object) => Frame,
): AsyncIterableIterator<ExecutionResult> {
  let settle: (error?: unknown) => void = () => undefined;
  const ended = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
    settle = (error) => {
      source.close();
      if (error === undefined) resolve({ done: true, value: undefined });
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
  });
  // graphql-ws may never ask (a subscription completed by its client at once): a failure then
  // is nobody's to handle, and must not count as an unhandled rejection.
  ended.catch(() => undefined);
  const delivery = new Delivery(target, (error) => settle(error));
  source.attach({
    next: (event) => delivery.add(frameFor(event)),
    end: (error) => delivery.end(error),
  });
  const results: AsyncIterableIterator<ExecutionResult> = {
    next: () => ended,
    async return() {
      delivery.end(undefined, true);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}

// Documents come from the document cache, so one query text is one object for all subscribers.
const documentIds = new WeakMap<DocumentNode, number>();
let lastDocumentId = 0;

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    lastDocumentId += 1;
    id = lastDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

/**
 * graphql-ws's `subscribe`: graphql-js's, except for the subscriptions declared
 * `@SharedAcrossSubscribers()` (their result depends only on the event, the document and the
 * language; their sources are event streams that hand every subscriber the same event object) on a socket
 * (`sendFramesTo`), whose events are executed and serialised once per distinct document,
 * variables and language, and written to every subscriber's socket in one synchronous pass. With
 * 10,000 people watching one conversation, that is one execution and 10,000 socket writes per
 * message instead of 10,000 executions, serialisations and promise chains.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
  formatErrors: FormatErrors,
): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const operation = getOperationAST(args.document, args.operationName);
  const field = operation?.selectionSet.selections[0];
  const target = frameTargets.get(args.contextValue as object);
  if (
    target &&
    stream instanceof EventStream &&
    field?.kind === 'Field' &&
    args.schema.getSubscriptionType()?.getFields()[field.name.value]?.extensions[
      SHARED_ACROSS_SUBSCRIBERS
    ] === true
  ) {
    const { lang } = args.contextValue as GraphQLContext;
    const key = `${documentId(args.document)}:${lang}:${JSON.stringify(args.variableValues ?? {})}`;
    return deliverDirectly(stream as EventStream<object>, target, (event) =>
      frameOf(event, key, () => execute({ ...args, rootValue: event }), formatErrors),
    );
  }
  const source = stream[Symbol.asyncIterator]();
  // A plain mapping iterator (as graphql-js's own): return() goes straight to the source, which
  // ends a pending next().
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done
        ? { done: true, value: undefined }
        : { done: false, value: await execute({ ...args, rootValue: step.value }) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
}
