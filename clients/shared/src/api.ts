import {
  cacheExchange,
  Client,
  fetchExchange,
  makeOperation,
  mapExchange,
  stringifyDocument,
  subscriptionExchange,
  type DocumentInput,
  type SubscriptionForwarder,
} from '@urql/core';

type DocumentNode = DocumentInput<unknown, never>;

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

/** A document's id, given by GraphQL Code Generator's persisted documents (`__meta__.hash`). */
function documentIdOf(document: DocumentNode): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/** Apollo's persisted-query extension naming a document by its id. */
function persistedQuery(id: string) {
  return { persistedQuery: { version: 1 as const, sha256Hash: id } };
}

/**
 * Sends each document by its id instead of its text, as Apollo's persisted queries do: the
 * server knows the build's documents and, in production, takes no texts from our pages
 * (docs/decisions/0030-trusted-documents.md). Over HTTP and the WebSocket alike.
 */
const documentIds = mapExchange({
  onOperation(operation) {
    const id = documentIdOf(operation.query);
    if (!id || operation.kind === 'teardown') return operation;
    return makeOperation(
      operation.kind,
      { ...operation, extensions: { ...operation.extensions, ...persistedQuery(id) } },
      operation.context,
    );
  },
});

/**
 * What a subscription sent on the live connection itself (not through urql) carries for its
 * document: its id when `sendDocumentIds` (graphql-ws demands a `query`: an empty one), else its
 * text.
 */
export function socketDocument(
  document: DocumentNode,
  sendDocumentIds: boolean,
): { query: string; extensions?: Record<string, unknown> } {
  const id = documentIdOf(document);
  return sendDocumentIds && id
    ? { query: '', extensions: persistedQuery(id) }
    : { query: stringifyDocument(document) };
}

/**
 * One client for a whole app: HTTP POST for queries and mutations, WebSocket for subscriptions.
 * In development (Vite's dev server) it sends texts: the server lists only built documents.
 * `headers` are asked for on every request: the language of the page for the API's own texts
 * (error messages), and a kiosk's device token.
 */
export function createApiClient(options: {
  headers: () => Record<string, string>;
  /** Send document ids instead of texts: a built app, whose documents the server lists. */
  sendDocumentIds: boolean;
}): Client {
  return new Client({
    url: '/graphql',
    // The server's CSRF protection refuses GET queries without a preflight header: always POST.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: options.headers() }),
    exchanges: [
      ...(options.sendDocumentIds ? [documentIds] : []),
      cacheExchange,
      subscriptionExchange({ forwardSubscription }),
      fetchExchange,
    ],
  });
}
