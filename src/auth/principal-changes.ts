import type { EventBus } from '../realtime/event-bus.js';
import type { PrincipalChange } from '../realtime/topics.js';

/** The principals whose rights can change while they hold open WebSockets. */
export type ChangedPrincipal = { account: string } | { apiKey: string } | { kiosk: string };

/**
 * Tells every instance that a principal's rights changed, after the change has committed: its
 * WebSockets close (src/server/socket-rights.ts), so that a socket never keeps rights that its
 * principal lost. ENDED closes with 4401 (sign in again), CHANGED with 4403 (reconnect).
 */
export function announcePrincipalChange(
  bus: EventBus,
  principal: ChangedPrincipal,
  change: PrincipalChange,
): void {
  const [kind, id] = Object.entries(principal)[0] as [string, string];
  bus.publish('principalChanged', `${kind}:${id}`, { change });
}
