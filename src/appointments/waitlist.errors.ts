/**
 * The refusals of each waitlist use case (docs/decisions/0025-waitlist.md). The GraphQL layer
 * reports them as `userErrors` with these codes; a code once published never changes its meaning.
 */
export enum JoinWaitlistErrorCode {
  /** A field of the input is invalid (period, times of day, offices, e-mail); `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The service does not exist, or none of the offices offers it. */
  NOT_FOUND = 'NOT_FOUND',
  /** The person is on the waitlist for the service already (or waits for its confirmation). */
  ALREADY_WAITING = 'ALREADY_WAITING',
  /** Too many joins by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export enum ConfirmWaitlistEntryErrorCode {
  /** The link's token names no entry waiting for its confirmation (used, left, or unknown). */
  NOT_FOUND = 'NOT_FOUND',
}

export enum LeaveWaitlistErrorCode {
  /** The entry's ID is malformed or of another type; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No entry of yours in line has this ID. */
  NOT_FOUND = 'NOT_FOUND',
}

export enum AcceptWaitlistOfferErrorCode {
  /** The office no longer gives appointments then (a closure made while it was offered). */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No live offer is yours by this entry or token: it expired, was declined or accepted. */
  NOT_FOUND = 'NOT_FOUND',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED = 'LIMIT_REACHED',
  /** The offer expired while it was being accepted. */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /** Too many bookings by the caller or e-mails to the address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export enum DeclineWaitlistOfferErrorCode {
  /** Neither or both of entryId and token, or an entryId that is no ID; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No live offer is yours by this entry or token: it expired, was declined or accepted. */
  NOT_FOUND = 'NOT_FOUND',
}
