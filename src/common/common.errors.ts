/**
 * The refusal of the checks every use case shares (src/common/validation.ts, `invalidField`).
 * Each mutation's code enum has INVALID_INPUT too, with the same value, so that its clients see
 * one code whether a shared check or the use case's own rule refused the input.
 */
export enum CommonErrorCode {
  /** An input field is invalid; `field` names it and the message says why. */
  INVALID_INPUT = 'INVALID_INPUT',
}
