import type { AuthCheckerFn } from 'type-graphql';
import { DomainError } from '../common/domain-error.js';
import { Role } from '../entities/accounts/account.entity.js';
import { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import { toGraphQLError } from '../resolvers/common/domain-errors.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { AuthErrorCode } from './auth.errors.js';
import { keyHasScope, type Principal } from './principal.js';

/**
 * Who may call an operation: every query and mutation names one or more of these in
 * `@Authorized(...)`, and the authorization matrix test fails for an operation that names none.
 */
export enum Access {
  /** Anyone: people, third-party apps and kiosks (public catalogue data). */
  PUBLIC = 'PUBLIC',
  /** People, signed in or not, but not machine clients (guest booking and look-up). */
  PERSON = 'PERSON',
  /** A signed-in account of any role. */
  ACCOUNT = 'ACCOUNT',
  /** Staff (bound to offices) and admins; office scope is checked by the domain service. */
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
  KIOSK = 'KIOSK',
  /** An API key granted OFFICE_APPOINTMENTS_READ for some office; the service checks which. */
  OFFICE_APPOINTMENTS_READ = 'OFFICE_APPOINTMENTS_READ',
  /** An API key granted OFFICE_MESSAGES_WRITE for some office; the service checks which. */
  OFFICE_MESSAGES_WRITE = 'OFFICE_MESSAGES_WRITE',
}

function grants(principal: Principal, access: Access): boolean {
  switch (access) {
    case Access.PUBLIC:
      return true;
    case Access.PERSON:
      return principal.kind === 'anonymous' || principal.kind === 'account';
    case Access.ACCOUNT:
      return principal.kind === 'account';
    case Access.STAFF:
      return (
        principal.kind === 'account' &&
        (principal.roles.includes(Role.STAFF) || principal.roles.includes(Role.ADMIN))
      );
    case Access.ADMIN:
      return principal.kind === 'account' && principal.roles.includes(Role.ADMIN);
    case Access.KIOSK:
      return principal.kind === 'kiosk';
    case Access.OFFICE_APPOINTMENTS_READ:
      return keyHasScope(principal, ApiKeyScope.OFFICE_APPOINTMENTS_READ);
    case Access.OFFICE_MESSAGES_WRITE:
      return keyHasScope(principal, ApiKeyScope.OFFICE_MESSAGES_WRITE);
    default: {
      const unknown: never = access;
      throw new Error(`Unknown access ${String(unknown)}`);
    }
  }
}

/**
 * The type-graphql auth checker. A refusal is UNAUTHENTICATED when signing in could help
 * (anonymous caller), FORBIDDEN otherwise; a top-level error like every refusal outside a
 * payload, in the caller's language.
 */
export const authChecker: AuthCheckerFn<GraphQLContext, Access> = ({ context }, accesses) => {
  if (accesses.some((access) => grants(context.principal, access))) return true;
  throw toGraphQLError(
    context.lang,
    context.principal.kind === 'anonymous'
      ? new DomainError(AuthErrorCode.UNAUTHENTICATED, 'error.signInRequired')
      : new DomainError(AuthErrorCode.FORBIDDEN, 'error.forbidden'),
  );
};
