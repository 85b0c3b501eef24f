import { GraphQLError } from 'graphql';
import { AccountErrorCode } from '../../accounts/account.errors.js';
import { AnnouncementErrorCode } from '../../announcements/announcement.errors.js';
import {
  AppointmentSetupErrorCode,
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  OfficeAppointmentsErrorCode,
} from '../../appointments/appointment.errors.js';
import { AuthErrorCode } from '../../auth/auth.errors.js';
import { CatalogueAdminErrorCode } from '../../catalogue/catalogue.errors.js';
import { CommonErrorCode } from '../../common/common.errors.js';
import { MessagingErrorCode } from '../../messaging/messaging.errors.js';
import {
  DomainError,
  InvalidInputError,
  invalidField,
  type DomainErrorCode,
} from '../../common/domain-error.js';
import type { Language } from '../../common/language.js';
import { translate } from '../../i18n/messages.js';
import { uuidOf, type NodeTypeName } from './global-id.js';
import type { UserError } from './user-error.js';

function toUserError(error: DomainError, lang: Language): UserError {
  return {
    code: error.code,
    field: error.field,
    message: translate(lang, error.messageKey, error.params),
  };
}

/** The database id behind a global ID in a mutation input; a malformed one is INVALID_INPUT. */
export function inputUuid(id: string, type: NodeTypeName, field: string): string {
  const uuid = uuidOf(id, type);
  if (!uuid) throw new InvalidInputError([invalidField(field, 'error.invalidId')]);
  return uuid;
}

/**
 * Runs a mutation's use case and reports its expected refusals as user errors. Anything else is
 * unexpected and propagates, to be logged and masked.
 */
export async function asPayload<T>(
  lang: Language,
  run: () => Promise<T>,
): Promise<{ result: T | null; userErrors: UserError[] }> {
  try {
    return { result: await run(), userErrors: [] };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return { result: null, userErrors: error.problems.map((p) => toUserError(p, lang)) };
    }
    if (error instanceof DomainError)
      return { result: null, userErrors: [toUserError(error, lang)] };
    throw error;
  }
}

/** The top-level error code of a refusal inside a query, where no payload can carry it. */
function queryErrorCode(code: DomainErrorCode): string {
  switch (code) {
    case CommonErrorCode.INVALID_INPUT:
    case BookAppointmentErrorCode.INVALID_INPUT:
    case CancelAppointmentErrorCode.INVALID_INPUT:
    case OfficeAppointmentsErrorCode.INVALID_INPUT:
    case AccountErrorCode.INVALID_INPUT:
    case CatalogueAdminErrorCode.INVALID_INPUT:
    case AppointmentSetupErrorCode.INVALID_INPUT:
    case MessagingErrorCode.INVALID_INPUT:
    case AnnouncementErrorCode.INVALID_INPUT:
    case BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED:
    case AccountErrorCode.INVALID_TOKEN:
    case AccountErrorCode.CHALLENGE_INVALID:
    case AccountErrorCode.PASSKEY_VERIFICATION_FAILED:
    case AccountErrorCode.CONFIRMATION_MISMATCH:
      return 'BAD_USER_INPUT';
    case BookAppointmentErrorCode.NOT_FOUND:
    case CancelAppointmentErrorCode.NOT_FOUND:
    case AccountErrorCode.NOT_FOUND:
    case CatalogueAdminErrorCode.NOT_FOUND:
    case AppointmentSetupErrorCode.NOT_FOUND:
    case MessagingErrorCode.NOT_FOUND:
    case AnnouncementErrorCode.NOT_FOUND:
      return 'NOT_FOUND';
    case AuthErrorCode.FORBIDDEN:
    case OfficeAppointmentsErrorCode.FORBIDDEN:
    case MessagingErrorCode.FORBIDDEN:
    case AccountErrorCode.FORBIDDEN:
    case AnnouncementErrorCode.FORBIDDEN:
      return 'FORBIDDEN';
    case AuthErrorCode.UNAUTHENTICATED:
    case AccountErrorCode.INVALID_CREDENTIALS:
    case AccountErrorCode.EMAIL_NOT_VERIFIED:
    case AccountErrorCode.REAUTHENTICATION_REQUIRED:
      return 'UNAUTHENTICATED';
    case BookAppointmentErrorCode.SLOT_TAKEN:
    case BookAppointmentErrorCode.LIMIT_REACHED:
    case CancelAppointmentErrorCode.ALREADY_CANCELLED:
    case CancelAppointmentErrorCode.TOO_LATE:
    case AccountErrorCode.TOO_MANY_ATTEMPTS:
    case AuthErrorCode.RATE_LIMITED:
    case MessagingErrorCode.RATE_LIMITED:
    case AccountErrorCode.RATE_LIMITED:
    case BookAppointmentErrorCode.RATE_LIMITED:
    case CancelAppointmentErrorCode.RATE_LIMITED:
    case AnnouncementErrorCode.ALREADY_PUBLISHED:
    case AnnouncementErrorCode.ALREADY_EXPIRED:
    case AnnouncementErrorCode.NOT_PUBLISHED:
    case AnnouncementErrorCode.EDIT_CONFLICT:
      return 'CONFLICT';
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
}

/** Runs a query's use case; an expected refusal becomes a top-level error naming the argument. */
export async function orQueryError<T>(lang: Language, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const refusal = error instanceof InvalidInputError ? error.problems[0] : error;
    if (!(refusal instanceof DomainError)) throw error;
    throw new GraphQLError(translate(lang, refusal.messageKey, refusal.params), {
      extensions: {
        code: queryErrorCode(refusal.code),
        argument: refusal.field?.join('.'),
      },
    });
  }
}
