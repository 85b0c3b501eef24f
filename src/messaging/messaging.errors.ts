/** Refusals of the messaging use cases, reported as `userErrors` with these codes. */
export enum MessagingErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such conversation, or not one of yours. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** Typing indicators come at most every 2 seconds. */
  RATE_LIMITED = 'RATE_LIMITED',
}
