/** Refusals of the application use cases, reported as `userErrors` with these codes. */
export enum ApplicationErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such application, or not one the caller may see. */
  NOT_FOUND = 'NOT_FOUND',
  /** The application's status does not allow adding a document now. */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The requirement, or the application, holds as many documents as it can. */
  TOO_MANY_FILES = 'TOO_MANY_FILES',
  /** The application's documents together would pass their size limit. */
  TOTAL_TOO_LARGE = 'TOTAL_TOO_LARGE',
}
