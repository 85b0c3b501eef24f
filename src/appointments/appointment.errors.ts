/**
 * The refusals of each appointment use case. The GraphQL layer reports them as `userErrors` with
 * these codes; clients switch on them, so a code once published never changes its meaning.
 */
export enum BookAppointmentErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SLOT_TAKEN = 'SLOT_TAKEN',
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** Too many bookings by the caller or e-mails to the address for now (caller-limits.ts). */
  RATE_LIMITED = 'RATE_LIMITED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export enum CancelAppointmentErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_CANCELLED = 'ALREADY_CANCELLED',
  TOO_LATE = 'TOO_LATE',
  /** Too many cancellations by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export enum OfficeAppointmentsErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
}
