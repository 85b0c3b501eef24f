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
  /** The case's status does not allow this step (no decision on a withdrawn case). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Another member of staff has already taken the case. */
  ALREADY_TAKEN = 'ALREADY_TAKEN',
  /** The case changed since the version the caller read; read it again. */
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** The service has no online application to remove. */
  NO_ONLINE_APPLICATION = 'NO_ONLINE_APPLICATION',
  /** Not an office the caller works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** Too many e-mails to the applicant in a short time; try again later. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The answers do not fit the form; one refusal per problem, naming its JSON pointer. */
  INVALID_ANSWERS = 'INVALID_ANSWERS',
  /** A required document is missing; one refusal per requirement. */
  DOCUMENTS_MISSING = 'DOCUMENTS_MISSING',
}
