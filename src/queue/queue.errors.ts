/**
 * The refusals of each lobby queue use case. The GraphQL layer reports them as `userErrors` with
 * these codes; clients switch on them, so a code once published never changes its meaning.
 */
export enum CheckInErrorCode {
  /** A field of the input is invalid or missing; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No booking has this code (with this e-mail address, or of yours). */
  NOT_FOUND = 'NOT_FOUND',
  /** The appointment is at another office than this kiosk's. */
  WRONG_OFFICE = 'WRONG_OFFICE',
  /** The appointment is on another day. */
  NOT_TODAY = 'NOT_TODAY',
  /** Too early: the kiosk checks in from 60 minutes before, the phone from 30. */
  TOO_EARLY = 'TOO_EARLY',
  /** More than 15 minutes after the start: draw a walk-in ticket instead. */
  TOO_LATE = 'TOO_LATE',
  /** The appointment was cancelled. */
  CANCELLED = 'CANCELLED',
  /** The appointment is checked in already; its ticket stands. */
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  /** From the phone only while the office is open. */
  OFFICE_CLOSED = 'OFFICE_CLOSED',
  /** Too many check-ins by the caller for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export enum DrawTicketErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office or the service does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** A kiosk draws tickets for its own office only. */
  WRONG_OFFICE = 'WRONG_OFFICE',
  /** No counter of the office handles the service. */
  NOT_OFFERED = 'NOT_OFFERED',
  /** Online only while the office is open. */
  OFFICE_CLOSED = 'OFFICE_CLOSED',
  /** Too many tickets by the caller for now (a ticket is a scarce thing). */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Refusals of the clerks' actions: opening and closing a counter, calling and serving tickets. */
export enum QueueActionErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The counter, ticket or service does not exist, or not at this office. */
  NOT_FOUND = 'NOT_FOUND',
  /** The counter's office is not one the clerk works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** The counter is not open for the queue. */
  COUNTER_CLOSED = 'COUNTER_CLOSED',
  /** The counter is inactive (it takes no appointments): an admin activates it first. */
  COUNTER_INACTIVE = 'COUNTER_INACTIVE',
  /** The counter still has a called ticket: finish, park, transfer or mark it a no-show first. */
  COUNTER_BUSY = 'COUNTER_BUSY',
  /** No ticket waits for a service this counter handles. */
  QUEUE_EMPTY = 'QUEUE_EMPTY',
  /** The ticket is not in a state for this (another clerk was faster, or it is finished). */
  WRONG_STATE = 'WRONG_STATE',
  /** The ticket was called again 3 times already. */
  RECALL_LIMIT_REACHED = 'RECALL_LIMIT_REACHED',
  /** No open counter handles the service (or the counter does not) that the ticket goes to. */
  NOT_HANDLED = 'NOT_HANDLED',
}

/** Refusals of the staff's reads of an office's queue and statistics. */
export enum QueueReadErrorCode {
  /** An argument is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
}
