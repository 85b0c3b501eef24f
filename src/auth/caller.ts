import type { Principal } from './principal.js';

/**
 * Who is calling, as a key for per-caller limits (WebSockets, rate limits, cost budgets): the
 * account, API key or kiosk, and for anonymous callers their client address.
 */
export function callerKey(principal: Principal, clientIp: string): string {
  switch (principal.kind) {
    case 'account':
      return `account:${principal.accountId}`;
    case 'apiKey':
      return `apiKey:${principal.apiKeyId}`;
    case 'kiosk':
      return `kiosk:${principal.deviceId}`;
    case 'anonymous':
      return `ip:${clientIp}`;
    default: {
      const unknown: never = principal;
      throw new Error(`Unknown principal ${JSON.stringify(unknown)}`);
    }
  }
}
