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
      // 1, 2, 4, 8 seconds, then every 10 (graphql-ws would double the wait for ever): a phone
      // that is back online after a long time reconnects within seconds. A random part spreads
      // the reconnects of many clients after a server restart.
      retryWait: (retries) =>
        new Promise((resolve) =>
          setTimeout(resolve, Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 1000),
        ),
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
