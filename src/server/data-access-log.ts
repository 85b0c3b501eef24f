import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GraphQLContext } from '../resolvers/context.js';
import type { Logger } from './logger.js';

// The reads of citizens' personal data that resolvers note in an operation's context
// (`ctx.dataAccess`, src/accounts/data-access.service.ts) are written in one INSERT before the
// answer leaves the server: an HTTP answer, a WebSocket query's result, each result of a
// subscription executed per subscriber. If the log cannot be written, the data is not sent.
// (Reads whose statement writes their entries itself, a conversation's messages, are left out:
// if that statement fails, the data it read is not sent either.)
// (Subscriptions whose frames are shared between subscribers, src/server/shared-subscriptions.ts,
// record their deliveries in their own event stream: see conversationEvents.)

const WITHHELD = 'Internal server error';

function withheld(requestId: string): FormattedExecutionResult {
  return {
    data: null,
    errors: [{ message: WITHHELD, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
  };
}

async function flushed(context: GraphQLContext, logger: Logger): Promise<boolean> {
  try {
    await context.dataAccess.flush(context.forkEm);
    return true;
  } catch (error) {
    logger.error(
      { err: error, requestId: context.requestId },
      'data access log not written: answer withheld',
    );
    return false;
  }
}

/** HTTP: writes the operation's reads before Apollo sends the answer, or withholds the answer. */
export function dataAccessLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          if (await flushed(contextValue, logger)) return;
          response.body.singleResult = withheld(contextValue.requestId);
        },
      };
    },
  };
}

/** graphql-ws's onNext: the same for each result sent over a WebSocket. */
export async function recordBeforeSending(
  contextValue: unknown,
  logger: Logger,
): Promise<FormattedExecutionResult | undefined> {
  const context = contextValue as GraphQLContext;
  return (await flushed(context, logger)) ? undefined : withheld(context.requestId);
}
