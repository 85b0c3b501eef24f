import type { WebSocket } from 'ws';

/**
 * Open WebSockets per caller (src/auth/caller.ts). A socket counts from its upgrade against its
 * client address (`ip:<address>`), before it says who it is, so that a flood of sockets that never
 * authenticate is capped per address too; once authenticated as an account, API key or kiosk it
 * counts against that caller instead, so that people behind one address do not share one cap.
 */
export type SocketCounts = {
  hasRoom(caller: string): boolean;
  /** Counts a new socket against `caller` until it closes. */
  add(socket: WebSocket, caller: string): void;
  /** Counts the socket against another caller; false (and unchanged) when that one is full. */
  move(socket: WebSocket, caller: string): boolean;
};

export function countSockets(limit: number): SocketCounts {
  const counts = new Map<string, number>();
  const callerOf = new WeakMap<WebSocket, string>();
  const change = (caller: string, by: number) => {
    const count = (counts.get(caller) ?? 0) + by;
    if (count > 0) counts.set(caller, count);
    else counts.delete(caller);
  };
  const hasRoom = (caller: string) => (counts.get(caller) ?? 0) < limit;
  return {
    hasRoom,
    add(socket, caller) {
      callerOf.set(socket, caller);
      change(caller, 1);
      socket.once('close', () => {
        const current = callerOf.get(socket);
        if (current) change(current, -1);
        callerOf.delete(socket);
      });
    },
    move(socket, caller) {
      const current = callerOf.get(socket);
      if (current === caller) return true;
      if (!current || !hasRoom(caller)) return false;
      change(current, -1);
      change(caller, 1);
      callerOf.set(socket, caller);
      return true;
    },
  };
}
