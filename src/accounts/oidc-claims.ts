import { normalizeEmail } from './account-rules.js';

/** Where the claims carry roles and offices, and which roles count (OIDC_* configuration). */
export type ClaimMapping = {
  rolesClaim: string;
  staffRole: string;
  adminRole: string;
  officesClaim: string;
};

/** What the provider's ID token says about a person, as Rathaus reads it. */
export type ProviderIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  /** False only when the provider says the address is unconfirmed (Entra sends no such claim). */
  emailVerified: boolean;
  name: string | null;
  staff: boolean;
  admin: boolean;
  /** The office slugs of the offices claim, as given. */
  officeSlugs: string[];
};

/** The value at a dot path (`realm_access.roles`); a claim whose name has dots is found as a whole first. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A claim as a list of strings: Keycloak and Entra send arrays, some mappers one string. */
function stringsAt(claims: Record<string, unknown>, path: string): string[] {
  const value = claimAt(claims, path);
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** Reads the person's rights from the validated ID token's claims. */
export function identityFromClaims(
  oidc: ClaimMapping,
  claims: Record<string, unknown>,
): ProviderIdentity {
  const roles = stringsAt(claims, oidc.rolesClaim);
  const admin = roles.includes(oidc.adminRole);
  const email = typeof claims.email === 'string' ? normalizeEmail(claims.email) : null;
  const name = [claims.name, claims.preferred_username].find(
    (value): value is string => typeof value === 'string' && value.trim().length > 0,
  );
  return {
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: email && email.length > 0 ? email : null,
    emailVerified: claims.email_verified !== false,
    name: name?.trim().slice(0, 100) ?? null,
    // An admin manages the town hall and so works in it.
    staff: admin || roles.includes(oidc.staffRole),
    admin,
    officeSlugs: [...new Set(stringsAt(claims, oidc.officesClaim))],
  };
}
