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

/** Refusals of the answer template mutations, reported as `userErrors` with these codes. */
export enum AnswerTemplateErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such template, or not one of your offices'. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** The office already has a template of that name. */
  NAME_TAKEN = 'NAME_TAKEN',
  /** The office has as many templates as it may have. */
  LIMIT_REACHED = 'LIMIT_REACHED',
}
