import {
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
} from '../../src/appointments/appointment.errors.js';
import { RateLimitedError } from '../../src/auth/caller-limits.js';
import { DomainError, InvalidInputError, invalidField } from '../../src/common/domain-error.js';
import { Language } from '../../src/common/language.js';
import { MessagingErrorCode } from '../../src/messaging/messaging.errors.js';
import {
  asPayload,
  asTopLevelError,
  orQueryError,
} from '../../src/resolvers/common/domain-errors.js';
import type { UserErrorOf } from '../../src/resolvers/common/user-error.js';

// The one mapping from expected refusals to what clients see. Through the API, the tests of each
// domain cover the refusals its use cases give; these cover what no query can give today.

describe('top-level errors, for queries and subscriptions', () => {
  it('reports a used-up limit of use as RATE_LIMITED with when to try again, not as CONFLICT', async () => {
    // Given a query whose use case a limit of use refuses
    const query = () => Promise.reject(new RateLimitedError(30));

    // When it runs
    const answer = orQueryError(Language.DE, query);

    // Then the top-level error says RATE_LIMITED, like the query-cost limiter, in German
    await expect(answer).rejects.toMatchObject({
      message: 'Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in 30 Sekunden erneut.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
    });
  });

  it('keeps each messaging refusal’s code, where subscriptions used to say NOT_FOUND for all', () => {
    // Given the refusals a messaging use case may give
    const refusals = [
      new DomainError(MessagingErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']),
      new DomainError(MessagingErrorCode.RATE_LIMITED, 'error.rateLimited'),
      new DomainError(MessagingErrorCode.NOT_FOUND, 'error.conversationNotFound', ['id']),
    ];

    // When each becomes a top-level error
    const errors = refusals.map((refusal) => asTopLevelError(Language.EN, refusal));

    // Then each keeps its meaning, with the argument it concerns
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'You may not do this.',
        extensions: { code: 'FORBIDDEN', argument: 'officeId' },
      }),
      expect.objectContaining({
        message: 'Please wait a moment.',
        extensions: { code: 'RATE_LIMITED' },
      }),
      expect.objectContaining({
        message: 'This conversation does not exist or is not yours.',
        extensions: { code: 'NOT_FOUND', argument: 'id' },
      }),
    ]);
  });

  it('passes an unexpected error on as it is, to be logged and masked', () => {
    // Given a failure that is no refusal
    const failure = new Error('connection lost');

    // When it is mapped
    const error = asTopLevelError(Language.DE, failure);

    // Then it is the same error
    expect(error).toBe(failure);
  });
});

describe('user errors, for mutations', () => {
  it('reports a shared check’s problem with the mutation’s own code', async () => {
    // Given a cancellation whose input a shared check refuses
    const cancel = () =>
      Promise.reject(new InvalidInputError([invalidField('email', 'error.required')]));

    // When it runs as a mutation
    const { result, userErrors } = await asPayload(Language.EN, CancelAppointmentErrorCode, cancel);

    // Then its user error has the INVALID_INPUT of CancelAppointmentErrorCode, typed as such
    expect(result).toBeNull();
    expect(userErrors).toEqual([
      {
        code: CancelAppointmentErrorCode.INVALID_INPUT,
        field: ['email'],
        message: 'Please fill in this field.',
      },
    ]);
    // @ts-expect-error: a cancellation's user errors are not a booking's
    const asBooking: UserErrorOf<BookAppointmentErrorCode>[] = userErrors;
    expect(asBooking).toBe(userErrors);
  });

  it('fails loudly when a use case refuses with a code its mutation does not declare', async () => {
    // Given a cancellation that refuses with a booking's code
    const cancel = () =>
      Promise.reject(new DomainError(BookAppointmentErrorCode.SLOT_TAKEN, 'error.slotTaken'));

    // When it runs as a mutation
    const answer = asPayload(Language.EN, CancelAppointmentErrorCode, cancel);

    // Then no user error with an undeclared code reaches the client
    await expect(answer).rejects.toThrow("The mutation's codes do not include SLOT_TAKEN");
  });

  it('accepts only the codes of the domains’ enums as a refusal’s code', () => {
    // @ts-expect-error: a string is no member of DomainErrorCode
    const stray = new DomainError('SLOT_TAKEN', 'error.slotTaken');
    expect(stray.code).toBe('SLOT_TAKEN');
  });
});
