import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client that connects at once and reports how the server closed it. */
export type LiveClient = {
  client: Client;
  /** Resolves when the server acknowledged connection_init. */
  connected: Promise<void>;
  /** Resolves with the close code of the first close, whoever closed. */
  closed: Promise<number>;
};

/**
 * A real graphql-ws client on `wsUrl`, authenticated with `authorization` in connection_init when
 * a token is given. It does not retry: a test opens a new one to see what a reconnect gets.
 */
export function liveClient(
  wsUrl: string,
  token: string | null,
  options: { headers?: Record<string, string> } = {},
): LiveClient {
  let onConnected: () => void = () => undefined;
  let onClosed: (code: number) => void = () => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: options.headers });
      }
    },
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    // The close is what the tests look at (through `closed`), not an error to print.
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code: number }).code),
    },
  });
  return { client, connected, closed };
}

/** One query or mutation over the client's socket; rejects when the socket closes first. */
export function ask<TData = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<FormattedExecutionResult<TData, unknown>> {
  return new Promise((resolve, reject) => {
    let result: FormattedExecutionResult<TData, unknown> | null = null;
    client.subscribe<TData>(
      { query, variables },
      {
        next: (value) => (result = value),
        error: (error) =>
          Array.isArray(error)
            ? resolve({ errors: error } as FormattedExecutionResult<TData, unknown>)
            : reject(
                error instanceof Error ? error : new Error(`closed: ${JSON.stringify(error)}`),
              ),
        complete: () =>
          result ? resolve(result) : reject(new Error('the operation ended without a result')),
      },
    );
  });
}

/** The promise's value, or a failure naming what did not happen within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
