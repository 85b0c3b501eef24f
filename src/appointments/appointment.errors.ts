/**
 * The refusals of each appointment use case. The GraphQL layer reports them as `userErrors` with
 * these codes; clients switch on them, so a code once published never changes its meaning.
 */
export enum BookAppointmentErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SLOT_TAKEN = 'SLOT_TAKEN',
  LIMIT_REACHED = 'LIMIT_REACHED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export enum CancelAppointmentErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_CANCELLED = 'ALREADY_CANCELLED',
  TOO_LATE = 'TOO_LATE',
}

export enum OfficeAppointmentsErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
}
