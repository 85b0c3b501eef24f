/** The refusals of the office dashboard, reported as top-level errors with these codes. */
export enum DashboardErrorCode {
  /** An argument is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office is not one the staff member works for. */
  FORBIDDEN = 'FORBIDDEN',
  /** No office has this ID (admins, who may ask for any). */
  NOT_FOUND = 'NOT_FOUND',
}
