import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** The address of the client behind a request, an HTTP request or a WebSocket's upgrade. */
export type ClientAddress = (req: IncomingMessage) => string;

/**
 * One answer for HTTP and WebSocket, with Express's semantics for `trust proxy`: X-Forwarded-For
 * is read from the right, and only entries added by trusted proxies (a hop count, or their
 * addresses) are skipped, so that what a client writes into the header itself is never taken.
 */
export function clientAddressResolver(trustProxy: number | string[]): ClientAddress {
  const trust =
    typeof trustProxy === 'number'
      ? (_address: string, hop: number) => hop < trustProxy
      : proxyAddr.compile(trustProxy);
  return (req) => proxyAddr(req, trust) ?? 'unknown';
}
