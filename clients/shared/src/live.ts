import { createClient, type Client } from 'graphql-ws';

let client: Client | null = null;
const reconnectListeners = new Set<() => void>();
const connectionListeners = new Set<(connected: boolean) => void>();
const closeListeners = new Set<(code: number) => void>();
let connectionParams: () => Record<string, unknown> = () => ({});
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
      // Asked on every (re)connect: a kiosk's device token travels in connection_init.
      connectionParams: () => connectionParams(),
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
        closed: (event) => {
          opening = false;
          openSocket = null;
          for (const listener of connectionListeners) listener(false);
          for (const listener of closeListeners) listener((event as CloseEvent).code);
        },
        connected: (_socket, _payload, wasRetry) => {
          for (const listener of connectionListeners) listener(true);
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

/** Tells `listener` each time the socket is connected (true) or has closed (false). */
export function onConnectionChange(listener: (connected: boolean) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

/** Tells `listener` the close code each time the socket closes (4403: the server refused it). */
export function onClose(listener: (code: number) => void): () => void {
  closeListeners.add(listener);
  return () => closeListeners.delete(listener);
}

/**
 * What connection_init carries, asked on every connect (the kiosk's device token). Set it before
 * the first subscription.
 */
export function setConnectionParams(params: () => Record<string, unknown>): void {
  connectionParams = params;
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
