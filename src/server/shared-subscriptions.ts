import { Repeater } from '@repeaterjs/repeater';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  print,
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
  const key = shared ? `${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}` : '';
  const source = stream[Symbol.asyncIterator]();
  return new Repeater<ExecutionResult>(async (push, stop) => {
    void stop.then(() => source.return?.());
    for await (const payload of { [Symbol.asyncIterator]: () => source }) {
      const run = async () => (await execute({ ...args, rootValue: payload })) as ExecutionResult;
      await push(
        shared && typeof payload === 'object' && payload ? sharedResult(payload, key, run) : run(),
      );
    }
    stop();
  });
}
