import { createHash, randomBytes } from 'node:crypto';

/**
 * Prefixes of the secrets Rathaus hands out; a bearer token says by its prefix what it is, and a
 * leaked one is recognisable (secret scanners match on prefixes).
 */
export const SecretPrefix = {
  session: 'rh_sess_',
  apiKey: 'rh_key_',
  kiosk: 'rh_kiosk_',
  emailToken: 'rh_mail_',
} as const;

/** A new secret: the prefix and 32 random bytes in base64url. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a secret: its SHA-256 (secrets are random, so no salt is needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
