/** Refusals of the webhook endpoint mutations, reported as `userErrors` with these codes. */
export enum WebhookErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The API key or endpoint does not exist, is revoked or is not the caller's. */
  NOT_FOUND = 'NOT_FOUND',
  /** The URL is not an absolute http(s) URL without user name and password. */
  INVALID_URL = 'INVALID_URL',
  /** The URL's host name does not resolve. */
  UNRESOLVABLE_HOST = 'UNRESOLVABLE_HOST',
  /** The URL points to a private, loopback, link-local or otherwise internal address. */
  FORBIDDEN_ADDRESS = 'FORBIDDEN_ADDRESS',
  /** An event of an office needs a key with that office scope (granted by an admin). */
  SCOPE_REQUIRED = 'SCOPE_REQUIRED',
  /** A limit of use is used up; the message says when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The key has as many endpoints as it may have. */
  LIMIT_REACHED = 'LIMIT_REACHED',
}
