import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/**
 * How long a connection without a request under way is kept after the stop began: a client that
 * had just connected (or sent on a kept-alive connection) gets its request answered.
 */
const IDLE_WAIT_MS = 1000;

export type HttpDrain = {
  /**
   * Stops accepting connections and resolves once every connection is closed: each request
   * under way is answered (with `Connection: close`), each idle connection closed after
   * IDLE_WAIT_MS or after the request it receives meanwhile; whatever is left after `graceMs` is
   * destroyed. Resolves true when nothing had to be destroyed.
   */
  stop(graceMs: number): Promise<boolean>;
};

/**
 * Graceful stop of an HTTP server (SIGTERM, docs/reliability.md). Node's `server.close()` (and
 * Apollo's drain plugin, which calls it) destroys every connection without a request under way
 * at once, also one that was accepted a moment ago and whose first request is still arriving:
 * that client's request fails although the server had accepted it (found by
 * tests/faults/sigterm.test.ts). Here such connections get their request served first.
 * Upgraded connections (WebSockets) are left to their own server.
 */
export function httpDrain(server: Server): HttpDrain {
  const requestsUnderWay = new Map<Socket, number>();
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
      const endIdle = setTimeout(() => {
        for (const [socket, requests] of requestsUnderWay) if (requests === 0) socket.end();
      }, IDLE_WAIT_MS);
      let gracefully = true;
      const destroy = setTimeout(() => {
        gracefully = false;
        for (const socket of requestsUnderWay.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(endIdle);
      clearTimeout(destroy);
      return gracefully;
    },
  };
}
