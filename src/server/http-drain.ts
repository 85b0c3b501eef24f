import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

export type HttpDrain = {
  /**
   * Stops accepting connections and resolves once every connection is closed: each request
   * under way is answered (with `Connection: close`), a connection that has not sent its first
   * request yet is closed after answering it, a kept-alive connection between requests is closed
   * at once; whatever is left after `graceMs` is destroyed. Resolves true when nothing had to be
   * destroyed.
   */
  stop(graceMs: number): Promise<boolean>;
};

/**
 * Graceful stop of an HTTP server (SIGTERM, docs/reliability.md). Node's `server.close()` (and
 * Apollo's drain plugin, which calls it) destroys every connection without a request under way
 * at once, also one that was accepted a moment ago and whose first request is still arriving:
 * that client's request fails although the server had accepted it (found by
 * tests/faults/sigterm.test.ts). Here such connections get their request served first, with no
 * shorter limit than the grace period: a client connects to send one, and a busy process may
 * read it late. A
 * kept-alive connection between requests is closed at once, as Node does: a client that sends
 * on it at that moment retries (RFC 9112, 9.3.1). Upgraded connections (WebSockets) are left to
 * their own server.
 */
export function httpDrain(server: Server): HttpDrain {
  const requestsUnderWay = new Map<Socket, number>();
  const served = new WeakSet<Socket>();
  let stopping = false;
  server.on('connection', (socket: Socket) => {
    requestsUnderWay.set(socket, 0);
    socket.once('close', () => requestsUnderWay.delete(socket));
  });
  server.on('upgrade', (_request, socket: Socket) => requestsUnderWay.delete(socket));
  server.on('request', (request, response) => {
    const socket = request.socket;
    if (!requestsUnderWay.has(socket)) return;
    requestsUnderWay.set(socket, requestsUnderWay.get(socket)! + 1);
    served.add(socket);
    if (stopping) response.shouldKeepAlive = false;
    response.once('close', () => {
      const left = (requestsUnderWay.get(socket) ?? 1) - 1;
      if (requestsUnderWay.has(socket)) requestsUnderWay.set(socket, left);
      if (stopping && left === 0) socket.end();
    });
  });
  return {
    async stop(graceMs) {
      stopping = true;
      // net's close, not http's: that one would destroy the idle connections at once.
      const closed = new Promise<void>((resolve) => {
        NetServer.prototype.close.call(server, () => resolve());
      });
      for (const [socket, requests] of requestsUnderWay) {
        if (requests === 0 && served.has(socket)) socket.end();
      }
      let gracefully = true;
      const destroy = setTimeout(() => {
        gracefully = false;
        for (const socket of requestsUnderWay.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(destroy);
      return gracefully;
    },
  };
}
