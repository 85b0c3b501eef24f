import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type GraphQLFormattedError,
} from 'graphql';
import type { WebSocket } from 'ws';
import { EventStream } from '../../src/realtime/event-stream.js';
import { SHARED_ACROSS_SUBSCRIBERS } from '../../src/resolvers/common/viewers.js';
import { sendFramesTo, subscribeSharingResults } from '../../src/server/shared-subscriptions.js';

// The frames of shared subscriptions are written to the sockets directly, past graphql-ws's
// onNext: their errors go through the same formatter (unexpected ones masked) all the same.

type News = { text?: string; failure?: string };

const source = new EventStream<News>();
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      news: {
        type: GraphQLString,
        extensions: { [SHARED_ACROSS_SUBSCRIBERS]: true },
        subscribe: () => source,
        resolve: (event: News) => {
          if (event.failure) throw new Error(event.failure);
          return event.text;
        },
      },
    },
  }),
});

/** What a socket of `ws` is to the delivery: open, nothing buffered, and the frames it was sent. */
function socket() {
  const sent: string[] = [];
  const open = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send: (frame: string) => sent.push(frame),
    close: () => undefined,
  };
  return { sent, socket: open as unknown as WebSocket };
}

it('sends the formatted errors of a shared result, never an error’s own words', async () => {
  const contextValue = { lang: 'de' };
  const target = socket();
  sendFramesTo(contextValue, { socket: target.socket, id: 'sub-1' });
  const masked = (errors: readonly unknown[]): GraphQLFormattedError[] =>
    errors.map(() => ({
      message: 'An internal error occurred.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'socket-7' },
    }));
  await subscribeSharingResults(
    { schema, document: parse('subscription { news }'), contextValue },
    masked,
  );

  source.push({ text: 'Rathaus geöffnet' });
  source.push({ failure: 'relation "office_gone" does not exist' });

  expect(target.sent.map((frame) => JSON.parse(frame) as unknown)).toEqual([
    { id: 'sub-1', type: 'next', payload: { data: { news: 'Rathaus geöffnet' } } },
    {
      id: 'sub-1',
      type: 'next',
      payload: {
        data: { news: null },
        errors: [
          {
            message: 'An internal error occurred.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'socket-7' },
          },
        ],
      },
    },
  ]);
  expect(target.sent.join('')).not.toContain('office_gone');
});
