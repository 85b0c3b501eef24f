import { AsyncLocalStorage } from 'node:async_hooks';

/** What the server tracks about the request being handled, wherever in the call stack it is. */
export type RequestScope = {
  requestId: string;
  sqlStatements: number;
  /** The GraphQL operation of the request: its name, or its type when it has none. */
  operation?: string;
  /** Whether the direct path answered the query, past Apollo (src/server/direct-queries.ts). */
  direct?: boolean;
  /** The answer's bytes, between Apollo's serialisation and the handler that sends them. */
  answer?: Buffer;
};

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
