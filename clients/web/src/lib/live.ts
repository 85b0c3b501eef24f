import { createClient, type Client } from 'graphql-ws';

let client: Client | null = null;
const reconnectListeners = new Set<() => void>();
/** The open socket, to restart it; null while there is none. */
let openSocket: WebSocket | null = null;
/** A socket is being opened (with the cookies of the moment it started). */
let opening = false;
let restartWhenOpen = false;

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
        connecting: () => {
          opening = true;
        },
        opened: (socket) => {
          opening = false;
          openSocket = socket as WebSocket;
          if (restartWhenOpen) restartLiveConnection();
        },
        closed: () => {
          opening = false;
          openSocket = null;
        },
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

/**
 * Reopens the WebSocket, e.g. after signing in: the server gives a socket the rights of the
 * session it was opened with. The client connects again and renews its subscriptions at once;
 * the pages refetch as after any reconnect.
 */
export function restartLiveConnection(): void {
  restartWhenOpen = false;
  if (openSocket?.readyState === WebSocket.OPEN) {
    // Any code but the protocol's fatal ones makes graphql-ws retry; 4205 is its "client restart".
    openSocket.close(4205, 'Client Restart');
  } else if (opening) {
    restartWhenOpen = true;
  }
}
