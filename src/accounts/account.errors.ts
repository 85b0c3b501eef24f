/** Refusals of the account use cases, reported as `userErrors` with these codes. */
export enum AccountErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** What the input names (passkey, session, API key, account, office, kiosk) does not exist or is not the caller's. */
  NOT_FOUND = 'NOT_FOUND',
  /** Wrong e-mail or password; deliberately the same for both. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins for the e-mail address; the message says when to try again. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** A limit of use (src/auth/caller-limits.ts); the message says when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The account's e-mail address is not confirmed yet. */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** The e-mail link is unknown, used or expired. */
  INVALID_TOKEN = 'INVALID_TOKEN',
  /** The passkey challenge is unknown, used or older than 60 seconds. */
  CHALLENGE_INVALID = 'CHALLENGE_INVALID',
  /** The authenticator's response did not verify (origin, RP ID, signature, counter, user verification). */
  PASSKEY_VERIFICATION_FAILED = 'PASSKEY_VERIFICATION_FAILED',
  /** The confirmation is not exactly the account's e-mail address (deleting the account). */
  CONFIRMATION_MISMATCH = 'CONFIRMATION_MISMATCH',
  /** Deleting the account needs the password or a sign-in within the last few minutes. */
  REAUTHENTICATION_REQUIRED = 'REAUTHENTICATION_REQUIRED',
  /** The caller may not do this (e.g. a key for another account, which only admins create). */
  FORBIDDEN = 'FORBIDDEN',
  /** The change would take admin rights from the last admin. */
  LAST_ADMIN = 'LAST_ADMIN',
}
