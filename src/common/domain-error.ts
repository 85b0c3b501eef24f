import type { MessageKey, MessageParams } from '../i18n/messages.js';

/**
 * An expected refusal of a use case ("the slot is taken", "the e-mail is invalid"). Domain
 * services throw it; the GraphQL edge turns it into a user error with the same code, a field path
 * into the mutation input and a message in the caller's language.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly messageKey: MessageKey,
    readonly field: string[] | null = null,
    readonly params: MessageParams = {},
  ) {
    super(`${code}${field ? ` (${field.join('.')})` : ''}`);
    this.name = 'DomainError';
  }
}

/** Several field problems of one input, reported together so that a form can show them all. */
export class InvalidInputError extends Error {
  constructor(readonly problems: DomainError<'INVALID_INPUT'>[]) {
    super(`INVALID_INPUT: ${problems.map((problem) => problem.field?.join('.')).join(', ')}`);
    this.name = 'InvalidInputError';
  }
}

/** A problem with one input field; nested fields are written with dots ("periods.0.opens"). */
export function invalidField(field: string, messageKey: MessageKey, params: MessageParams = {}) {
  return new DomainError('INVALID_INPUT', messageKey, field.split('.'), params);
}
