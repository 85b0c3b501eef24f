import {
  cacheExchange,
  Client,
  fetchExchange,
  subscriptionExchange,
  type SubscriptionForwarder,
} from '@urql/core';
import { activeLang } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

/** An expected refusal in a mutation's payload (`userErrors`): a stable code and a message. */
/** An expected refusal of a mutation; `Code` is the mutation's generated error code enum. */
export type UserError<Code extends string = string> = {
  code: Code;
  field?: string[] | null;
  message: string;
};

/**
 * Subscriptions travel over graphql-ws, which only the booking pages need: it is loaded on the
 * first subscription, so the start page never downloads it.
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

/** One client for the whole app: HTTP POST for queries and mutations, WebSocket for subscriptions. */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // The server's CSRF protection refuses GET queries without a preflight header: always POST.
    preferGetMethod: false,
    // API texts (error messages) follow the language of the page, or its fallback.
    fetchOptions: () => ({
      headers: { 'accept-language': LANGUAGES[activeLang()].acceptLanguage },
    }),
    exchanges: [cacheExchange, subscriptionExchange({ forwardSubscription }), fetchExchange],
  });
}
