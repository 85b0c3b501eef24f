/**
 * The refusals of src/auth, whatever the operation: who is calling (src/auth/access.ts, the auth
 * checker) and how often (src/auth/caller-limits.ts). The mutations whose use cases take limits
 * of use have RATE_LIMITED in their code enums too, with the same value.
 */
export enum AuthErrorCode {
  /** The caller is anonymous, or its access token is invalid: signing in could help. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller is known, but may not do this. */
  FORBIDDEN = 'FORBIDDEN',
  /** A limit of use is used up; the message says when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
}
