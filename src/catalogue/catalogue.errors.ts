/**
 * The refusals of the catalogue administration (offices, categories, services). The GraphQL layer
 * reports them as `userErrors` with these codes; clients switch on them, so a code once published
 * never changes its meaning.
 */
export enum CatalogueAdminErrorCode {
  /** A field is invalid, a slug is taken, or an ID in the input names nothing. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office, category or service to change does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** The office or service is retired: what is closed for good is not changed any more. */
  RETIRED = 'RETIRED',
}

/** Refusals of retiring an office, a service or a counter. */
export enum RetirementErrorCode {
  /** A field is invalid, e.g. a choice for the appointments that does not apply to this kind. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office, service or counter does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** It is retired already. */
  ALREADY_RETIRED = 'ALREADY_RETIRED',
  /** Upcoming appointments are booked and no choice says what happens to them. */
  APPOINTMENTS_AFFECTED = 'APPOINTMENTS_AFFECTED',
  /** Some upcoming appointments have no other counter free at their time: nothing was moved. */
  CANNOT_MOVE = 'CANNOT_MOVE',
  /** Too many retirements with notices from this address for now. */
  RATE_LIMITED = 'RATE_LIMITED',
}
