import {
  createSourceEventStream,
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { perEvent } from '../realtime/per-event.js';

/**
 * Subscriptions whose result depends only on the event and the document, never on who listens
 * (their fields read nothing per viewer). Their events are delivered to every subscriber as one
 * shared object, so the result can be executed once per event and document for all of them.
 */
const SHARED_FIELDS = new Set(['conversationEvents', 'slotAvailabilityChanged']);

const sharedResult = perEvent<object, Promise<ExecutionResult>>();

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
 * graphql-ws's `subscribe`: graphql-js's, except that for the shared subscriptions each event is
 * executed once per distinct document and variables instead of once per subscriber. With 10,000
 * people watching one conversation, that is the difference between 10,000 executions per message
 * and one.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const operation = getOperationAST(args.document, args.operationName);
  const field = operation?.selectionSet.selections[0];
  const shared = field?.kind === 'Field' && SHARED_FIELDS.has(field.name.value);
  const key = shared
    ? `${documentId(args.document)}:${JSON.stringify(args.variableValues ?? {})}`
    : '';
  const source = stream[Symbol.asyncIterator]();
  const resultOf = (payload: unknown): Promise<ExecutionResult> => {
    const run = async () => (await execute({ ...args, rootValue: payload })) as ExecutionResult;
    return shared && typeof payload === 'object' && payload
      ? sharedResult(payload, key, run)
      : run();
  };
  // A plain mapping iterator (as graphql-js's own): return() goes straight to the source, which
  // ends a pending next(); no per-subscriber machinery beyond that.
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done
        ? { done: true, value: undefined }
        : { done: false, value: await resultOf(step.value) };
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
