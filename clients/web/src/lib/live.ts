import { createClient, type Client } from 'graphql-ws';

let client: Client | null = null;
const reconnectListeners = new Set<() => void>();

/**
 * The WebSocket to /graphql on the page's own host. It reconnects for as long as the page is
 * open (phones drop connections when they sleep); events sent while it was away are gone, so
 * whoever shows live data refetches on `onReconnect`.
 */
export function liveClient(): Client {
  if (!client) {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({
      url: `${protocol}//${location.host}/graphql`,
      lazy: true,
      keepAlive: 20_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) for (const listener of reconnectListeners) listener();
        },
      },
    });
  }
  return client;
}

export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}
