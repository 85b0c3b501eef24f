/** Refusals of the messaging use cases, reported as `userErrors` with these codes. */
export enum MessagingErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such conversation (or appointment, or assignee), or not one of yours. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** Typing indicators come at most every 2 seconds. */
  RATE_LIMITED = 'RATE_LIMITED',
}
