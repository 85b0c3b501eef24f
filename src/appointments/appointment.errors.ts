/**
 * The refusals of each appointment use case. The GraphQL layer reports them as `userErrors` with
 * these codes; clients switch on them, so a code once published never changes its meaning.
 */
export enum BookAppointmentErrorCode {
  /** A field of the input is invalid, or the office gives no appointments then; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The service or the office does not exist, or the office does not offer the service. */
  NOT_FOUND = 'NOT_FOUND',
  /** Someone was faster: the time is taken; choose another. */
  SLOT_TAKEN = 'SLOT_TAKEN',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** Too many bookings by the caller or e-mails to the address for now (caller-limits.ts). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The idempotency key was used before for a booking with other details. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /**
   * The holdToken names no live hold of yours for this service, office and time: it expired
   * (after 10 minutes), was released or replaced, or never existed. Hold a time again.
   */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /**
   * The time lies outside the service's booking window: before its earliest day ahead, after its
   * latest, or within its minimum notice (Service.bookingWindow).
   */
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  /** The office gives no more appointments of the service that day (its daily limit). */
  DAILY_CAP_REACHED = 'DAILY_CAP_REACHED',
}

/** Refusals of holdSlot. */
export enum HoldSlotErrorCode {
  /** The start is not in the future, or not a time the office gives. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The service or the office does not exist, or the office does not offer the service. */
  NOT_FOUND = 'NOT_FOUND',
  /** Every counter is booked or held at that time; choose another. */
  SLOT_TAKEN = 'SLOT_TAKEN',
  /** Too many holds by the caller for now. */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * The time lies outside the service's booking window: before its earliest day ahead, after its
   * latest, or within its minimum notice (Service.bookingWindow).
   */
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  /** The office gives no more appointments of the service that day (its daily limit). */
  DAILY_CAP_REACHED = 'DAILY_CAP_REACHED',
}

/** Refusals of releaseHold. */
export enum ReleaseHoldErrorCode {
  /** No live hold of yours has this token (expired, released, replaced, or unknown). */
  NOT_FOUND = 'NOT_FOUND',
}

export enum CancelAppointmentErrorCode {
  /** The input names no appointment (neither ID, nor code and e-mail address, nor token). */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such booking, or not one of the caller's. */
  NOT_FOUND = 'NOT_FOUND',
  /** It is cancelled already. */
  ALREADY_CANCELLED = 'ALREADY_CANCELLED',
  /** It has started already. */
  TOO_LATE = 'TOO_LATE',
  /** Too many cancellations by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export enum OfficeAppointmentsErrorCode {
  /** The period is invalid; `field` names the argument. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
}

/** Refusals of the appointment set-up (counters, schedules, closures). */
export enum AppointmentSetupErrorCode {
  /** A field is invalid, a name is taken in the office, or a service is not offered there. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office, counter or closure does not exist. */
  NOT_FOUND = 'NOT_FOUND',
}

/** Refusals when an office cancels its appointments of a period. */
export enum CancelOfficeAppointmentsErrorCode {
  /** A field is invalid (the period, the message); `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The counter is not one of the office's. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** Too many mass cancellations from this address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Refusals of booking a new time in place of an appointment the office cancelled. */
export enum RebookAppointmentErrorCode {
  /** A field of the input is invalid, or the office gives no appointments then. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The link is not valid, or names no appointment the office cancelled. */
  NOT_FOUND = 'NOT_FOUND',
  /** Someone was faster: the time is taken; choose another. */
  SLOT_TAKEN = 'SLOT_TAKEN',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** Too many bookings by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A new time was booked with this link already (`rebookOffer` names it). */
  ALREADY_REBOOKED = 'ALREADY_REBOOKED',
  /**
   * The time lies outside the service's booking window: before its earliest day ahead, after its
   * latest, or within its minimum notice (Service.bookingWindow).
   */
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  /** The office gives no more appointments of the service that day (its daily limit). */
  DAILY_CAP_REACHED = 'DAILY_CAP_REACHED',
}

/** Refusals of moving an appointment to another time. */
export enum RescheduleAppointmentErrorCode {
  /**
   * A field is invalid (the new time, the key), the appointment is cancelled or has begun, or the
   * office gives no appointments then; `field` names it.
   */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such booking, or not one of the caller's. */
  NOT_FOUND = 'NOT_FOUND',
  /** Someone was faster: the new time is taken; the appointment keeps its old time. */
  SLOT_TAKEN = 'SLOT_TAKEN',
  /**
   * The new time lies outside the service's booking window: before its earliest day ahead, after
   * its latest, or within its minimum notice (Service.bookingWindow); the appointment keeps its old time.
   */
  OUTSIDE_BOOKING_WINDOW = 'OUTSIDE_BOOKING_WINDOW',
  /** The office gives no more appointments of the service that day; the appointment keeps its old time. */
  DAILY_CAP_REACHED = 'DAILY_CAP_REACHED',
  /**
   * The holdToken names no live hold of yours for this service, office and time; the appointment
   * keeps its old time.
   */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /** The idempotency key was used before for another appointment or time. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** Too many reschedulings by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Refusals of confirming the e-mail address of a guest's booking of a scarce service. */
export enum ConfirmBookingErrorCode {
  /** The link is not valid, or its booking lapsed (not confirmed in time) or is gone. */
  NOT_FOUND = 'NOT_FOUND',
}

/** Refusals when staff or an admin define a fair release (createAppointmentRelease). */
export enum CreateAppointmentReleaseErrorCode {
  /** A field is invalid (times, opening, window); `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The service or the office does not exist, or the office does not offer the service. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** Another release of the service at the office, not drawn yet, covers some of these times. */
  OVERLAPPING = 'OVERLAPPING',
}

/** Refusals of a request for a time of a fair release (requestReleasedTime). */
export enum RequestReleasedTimeErrorCode {
  /** A field is invalid (name, e-mail, phone, preferred days); `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** There is no such release. */
  NOT_FOUND = 'NOT_FOUND',
  /** Requests are collected only from the release's opensAt. */
  NOT_OPEN = 'NOT_OPEN',
  /** The collection window is over; the times are drawn or being drawn. */
  CLOSED = 'CLOSED',
  /** This person (e-mail address or account) has a request for this release already. */
  DUPLICATE_REQUEST = 'DUPLICATE_REQUEST',
  /** Too many requests by the caller for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}
