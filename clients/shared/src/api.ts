import {
  cacheExchange,
  Client,
  fetchExchange,
  subscriptionExchange,
  type SubscriptionForwarder,
} from '@urql/core';

/** An expected refusal of a mutation; `Code` is the mutation's generated error code enum. */
export type UserError<Code extends string = string> = {
  code: Code;
  field?: string[] | null;
  message: string;
};

/**
 * Subscriptions travel over graphql-ws, which only some pages need: it is loaded on the first
 * subscription, so a page without live parts never downloads it.
 */
const forwardSubscription: SubscriptionForwarder = (request) => ({
  subscribe(sink) {
    let unsubscribe: (() => void) | null = null;
    let closed = false;
    import('./live')
      .then(({ liveClient }) => {
        if (closed) return;
        unsubscribe = liveClient().subscribe({ ...request, query: request.query ?? '' }, sink);
      })
      .catch((error: unknown) => sink.error(error));
    return {
      unsubscribe() {
        closed = true;
        unsubscribe?.();
      },
    };
  },
});

/**
 * One client for a whole app: HTTP POST for queries and mutations, WebSocket for subscriptions.
 * `headers` are asked for on every request: the language of the page for the API's own texts
 * (error messages), and a kiosk's device token.
 */
export function createApiClient(options: { headers: () => Record<string, string> }): Client {
  return new Client({
    url: '/graphql',
    // The server's CSRF protection refuses GET queries without a preflight header: always POST.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: options.headers() }),
    exchanges: [cacheExchange, subscriptionExchange({ forwardSubscription }), fetchExchange],
  });
}
