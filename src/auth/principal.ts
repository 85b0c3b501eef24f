import { Role } from '../entities/accounts/account.entity.js';
import { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';

/**
 * Who sends a request, decided once per request (HTTP) or connection (WebSocket) from its
 * credentials: nobody, a signed-in person, a third-party app with an API key, or a lobby kiosk.
 */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: string;
      roles: Role[];
      /** For staff: the offices they work for. Admins work for all. */
      officeIds: string[];
      /** The signed-in session; null for the admin CLI. */
      sessionId: string | null;
    }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      ownerId: string;
      /** The key's name, for the data access log of what it reads. */
      name: string;
      /** The office scopes an admin granted it; PUBLIC_READ is implicit. */
      scopes: OfficeScope[];
    }
  | { kind: 'kiosk'; deviceId: string; officeId: string };

export type AccountPrincipal = Extract<Principal, { kind: 'account' }>;

/** A scope of an API key and the office it is bound to. */
export type OfficeScope = { scope: ApiKeyScope; officeId: string };

export const anonymous: Principal = { kind: 'anonymous' };

/** The signed-in account's id; null for everyone else (API keys and kiosks included). */
export function accountIdOf(principal: Principal): string | null {
  return principal.kind === 'account' ? principal.accountId : null;
}

/**
 * The signed-in account of a use case that `@Authorized(Access.ACCOUNT)` admits only for one; any
 * other principal here is a defect, not a refusal.
 */
export function signedInAccount(principal: Principal): AccountPrincipal {
  if (principal.kind !== 'account') throw new Error('An account operation ran without an account');
  return principal;
}

/** Staff of any office, or an admin. */
export function isStaff(principal: Principal): boolean {
  return (
    principal.kind === 'account' &&
    (principal.roles.includes(Role.STAFF) || principal.roles.includes(Role.ADMIN))
  );
}

export function isAdmin(principal: Principal): boolean {
  return principal.kind === 'account' && principal.roles.includes(Role.ADMIN);
}

/** Whether the principal may work the given office's data (its staff, or an admin). */
export function worksFor(principal: Principal, officeId: string): boolean {
  if (principal.kind !== 'account') return false;
  if (principal.roles.includes(Role.ADMIN)) return true;
  return principal.roles.includes(Role.STAFF) && principal.officeIds.includes(officeId);
}

/** Whether the principal is an API key granted the scope for the office. */
export function keyScopedTo(principal: Principal, scope: ApiKeyScope, officeId: string): boolean {
  return (
    principal.kind === 'apiKey' &&
    principal.scopes.some((grant) => grant.scope === scope && grant.officeId === officeId)
  );
}

/** Whether the principal is an API key with the scope for some office (the office is checked later). */
export function keyHasScope(principal: Principal, scope: ApiKeyScope): boolean {
  return principal.kind === 'apiKey' && principal.scopes.some((grant) => grant.scope === scope);
}

/**
 * Whether the principal may work the office's data in the way the scope names: its staff (or an
 * admin), or an API key granted that scope for that office.
 */
export function actsFor(principal: Principal, officeId: string, scope: ApiKeyScope): boolean {
  return worksFor(principal, officeId) || keyScopedTo(principal, scope, officeId);
}
