import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { AccountErrorCode } from '../../accounts/account.errors.js';
import { AnnouncementErrorCode } from '../../announcements/announcement.errors.js';
import {
  AppointmentSetupErrorCode,
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  CancelOfficeAppointmentsErrorCode,
  RebookAppointmentErrorCode,
  RescheduleAppointmentErrorCode,
  HoldSlotErrorCode,
  ReleaseHoldErrorCode,
  ConfirmBookingErrorCode,
  CreateAppointmentReleaseErrorCode,
  RequestReleasedTimeErrorCode,
  OfficeAppointmentsErrorCode,
} from '../../appointments/appointment.errors.js';
import {
  AcceptWaitlistOfferErrorCode,
  ConfirmWaitlistEntryErrorCode,
  DeclineWaitlistOfferErrorCode,
  JoinWaitlistErrorCode,
  LeaveWaitlistErrorCode,
} from '../../appointments/waitlist.errors.js';
import { AuthErrorCode } from '../../auth/auth.errors.js';
import { RateLimitedError } from '../../auth/caller-limits.js';
import { CatalogueAdminErrorCode, RetirementErrorCode } from '../../catalogue/catalogue.errors.js';
import { CommonErrorCode } from '../../common/common.errors.js';
import { DashboardErrorCode } from '../../dashboard/dashboard.errors.js';
import {
  DomainError,
  DomainErrors,
  InvalidInputError,
  invalidField,
  type DomainErrorCode,
} from '../../common/domain-error.js';
import type { Language } from '../../common/language.js';
import { translate } from '../../i18n/messages.js';
import { ApplicationErrorCode } from '../../applications/application.errors.js';
import { AnswerTemplateErrorCode, MessagingErrorCode } from '../../messaging/messaging.errors.js';
import {
  CheckInErrorCode,
  DrawTicketErrorCode,
  QueueActionErrorCode,
  QueueReadErrorCode,
} from '../../queue/queue.errors.js';
import { WebhookErrorCode } from '../../webhooks/webhook.errors.js';
import { uuidOf, type NodeTypeName } from './global-id.js';
import type { UserErrorOf } from './user-error.js';

// The one place where expected refusals (DomainError, InvalidInputError) become what clients see:
// user errors in mutation payloads, or top-level errors where no payload can carry them (queries,
// subscriptions, the auth checker, the checks before an operation runs).

/** The refusals in what a use case threw; null when it is no expected refusal. */
function refusalsIn(error: unknown): DomainError[] | null {
  if (error instanceof InvalidInputError) return error.problems;
  if (error instanceof DomainErrors) return error.refusals;
  if (error instanceof DomainError) return [error];
  return null;
}

/**
 * The member of a mutation's code enum that has the refusal's code. The codes are strings with
 * the same value in every enum (a shared check's INVALID_INPUT is each mutation's INVALID_INPUT),
 * so a refusal whose code its mutation does not declare is a defect: it fails loudly (logged,
 * masked) rather than reaching clients with a code their generated types do not know.
 */
function codeIn<Code extends string>(codes: Record<string, Code>, refusal: DomainError): Code {
  const code = Object.values(codes).find((value) => value === refusal.code);
  if (code === undefined) {
    throw new Error(`The mutation's codes do not include ${refusal.code}`, { cause: refusal });
  }
  return code;
}

/** The database id behind a global ID in a mutation input; a malformed one is INVALID_INPUT. */
export function inputUuid(id: string, type: NodeTypeName, field: string): string {
  const uuid = uuidOf(id, type);
  if (!uuid) throw new InvalidInputError([invalidField(field, 'error.invalidId')]);
  return uuid;
}

/**
 * Runs a mutation's use case and reports its expected refusals as user errors with the codes of
 * the mutation's enum (`codes`, the one its payload's error type was made from). Anything else
 * is unexpected and propagates, to be logged and masked.
 */
export async function asPayload<T, Code extends string>(
  lang: Language,
  codes: Record<string, Code>,
  run: () => Promise<T>,
): Promise<{ result: T | null; userErrors: UserErrorOf<Code>[] }> {
  try {
    return { result: await run(), userErrors: [] };
  } catch (error) {
    const refusals = refusalsIn(error);
    if (!refusals) throw error;
    return {
      result: null,
      userErrors: refusals.map((refusal) => ({
        code: codeIn(codes, refusal),
        field: refusal.field,
        message: translate(lang, refusal.messageKey, refusal.params),
      })),
    };
  }
}

/** The `extensions.code` of a top-level error (src/server/graphql-errors.ts shows these as they are). */
type TopLevelCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/** The top-level error code of a refusal, where no payload can carry it. */
function topLevelCode(code: DomainErrorCode): TopLevelCode {
  switch (code) {
    case CommonErrorCode.INVALID_INPUT:
    case BookAppointmentErrorCode.INVALID_INPUT:
    case CancelAppointmentErrorCode.INVALID_INPUT:
    case DeclineWaitlistOfferErrorCode.INVALID_INPUT:
    case LeaveWaitlistErrorCode.INVALID_INPUT:
    case HoldSlotErrorCode.INVALID_INPUT:
    case CreateAppointmentReleaseErrorCode.INVALID_INPUT:
    case RequestReleasedTimeErrorCode.INVALID_INPUT:
    case OfficeAppointmentsErrorCode.INVALID_INPUT:
    case CancelOfficeAppointmentsErrorCode.INVALID_INPUT:
    case RebookAppointmentErrorCode.INVALID_INPUT:
    case RescheduleAppointmentErrorCode.INVALID_INPUT:
    case AccountErrorCode.INVALID_INPUT:
    case CatalogueAdminErrorCode.INVALID_INPUT:
    case RetirementErrorCode.INVALID_INPUT:
    case AppointmentSetupErrorCode.INVALID_INPUT:
    case MessagingErrorCode.INVALID_INPUT:
    case AnswerTemplateErrorCode.INVALID_INPUT:
    case AnnouncementErrorCode.INVALID_INPUT:
    case CheckInErrorCode.INVALID_INPUT:
    case DrawTicketErrorCode.INVALID_INPUT:
    case QueueActionErrorCode.INVALID_INPUT:
    case QueueReadErrorCode.INVALID_INPUT:
    case DashboardErrorCode.INVALID_INPUT:
    case ApplicationErrorCode.INVALID_INPUT:
    case ApplicationErrorCode.INVALID_ANSWERS:
    case JoinWaitlistErrorCode.INVALID_INPUT:
    case AcceptWaitlistOfferErrorCode.INVALID_INPUT:
    case BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED:
    case RescheduleAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED:
    case AccountErrorCode.INVALID_TOKEN:
    case AccountErrorCode.CHALLENGE_INVALID:
    case AccountErrorCode.PASSKEY_VERIFICATION_FAILED:
    case AccountErrorCode.CONFIRMATION_MISMATCH:
    case WebhookErrorCode.INVALID_INPUT:
    case WebhookErrorCode.INVALID_URL:
    case WebhookErrorCode.UNRESOLVABLE_HOST:
    case WebhookErrorCode.FORBIDDEN_ADDRESS:
      return 'BAD_USER_INPUT';
    case AuthErrorCode.UNAUTHENTICATED:
    case AccountErrorCode.INVALID_CREDENTIALS:
    case AccountErrorCode.EMAIL_NOT_VERIFIED:
    case AccountErrorCode.REAUTHENTICATION_REQUIRED:
      return 'UNAUTHENTICATED';
    case AuthErrorCode.FORBIDDEN:
    case OfficeAppointmentsErrorCode.FORBIDDEN:
    case CancelOfficeAppointmentsErrorCode.FORBIDDEN:
    case CreateAppointmentReleaseErrorCode.FORBIDDEN:
    case MessagingErrorCode.FORBIDDEN:
    case AnswerTemplateErrorCode.FORBIDDEN:
    case AccountErrorCode.FORBIDDEN:
    case AnnouncementErrorCode.FORBIDDEN:
    case QueueActionErrorCode.FORBIDDEN:
    case QueueReadErrorCode.FORBIDDEN:
    case DashboardErrorCode.FORBIDDEN:
    case ApplicationErrorCode.FORBIDDEN:
    case WebhookErrorCode.SCOPE_REQUIRED:
      return 'FORBIDDEN';
    case BookAppointmentErrorCode.NOT_FOUND:
    case CancelAppointmentErrorCode.NOT_FOUND:
    case CancelOfficeAppointmentsErrorCode.NOT_FOUND:
    case RebookAppointmentErrorCode.NOT_FOUND:
    case RescheduleAppointmentErrorCode.NOT_FOUND:
    case HoldSlotErrorCode.NOT_FOUND:
    case JoinWaitlistErrorCode.NOT_FOUND:
    case ConfirmWaitlistEntryErrorCode.NOT_FOUND:
    case LeaveWaitlistErrorCode.NOT_FOUND:
    case AcceptWaitlistOfferErrorCode.NOT_FOUND:
    case DeclineWaitlistOfferErrorCode.NOT_FOUND:
    case ReleaseHoldErrorCode.NOT_FOUND:
    case ConfirmBookingErrorCode.NOT_FOUND:
    case CreateAppointmentReleaseErrorCode.NOT_FOUND:
    case RequestReleasedTimeErrorCode.NOT_FOUND:
    case AccountErrorCode.NOT_FOUND:
    case DashboardErrorCode.NOT_FOUND:
    case CatalogueAdminErrorCode.NOT_FOUND:
    case RetirementErrorCode.NOT_FOUND:
    case AppointmentSetupErrorCode.NOT_FOUND:
    case MessagingErrorCode.NOT_FOUND:
    case AnswerTemplateErrorCode.NOT_FOUND:
    case AnnouncementErrorCode.NOT_FOUND:
    case CheckInErrorCode.NOT_FOUND:
    case DrawTicketErrorCode.NOT_FOUND:
    case QueueActionErrorCode.NOT_FOUND:
    case ApplicationErrorCode.NOT_FOUND:
    case ApplicationErrorCode.NO_ONLINE_APPLICATION:
    case WebhookErrorCode.NOT_FOUND:
      return 'NOT_FOUND';
    case BookAppointmentErrorCode.SLOT_TAKEN:
    case BookAppointmentErrorCode.HOLD_EXPIRED:
    case JoinWaitlistErrorCode.ALREADY_WAITING:
    case AcceptWaitlistOfferErrorCode.LIMIT_REACHED:
    case AcceptWaitlistOfferErrorCode.HOLD_EXPIRED:
    case HoldSlotErrorCode.SLOT_TAKEN:
    case CreateAppointmentReleaseErrorCode.OVERLAPPING:
    case RequestReleasedTimeErrorCode.NOT_OPEN:
    case RequestReleasedTimeErrorCode.CLOSED:
    case RequestReleasedTimeErrorCode.DUPLICATE_REQUEST:
    case BookAppointmentErrorCode.LIMIT_REACHED:
    case RebookAppointmentErrorCode.SLOT_TAKEN:
    case RescheduleAppointmentErrorCode.SLOT_TAKEN:
    case RescheduleAppointmentErrorCode.HOLD_EXPIRED:
    case RebookAppointmentErrorCode.LIMIT_REACHED:
    case RebookAppointmentErrorCode.ALREADY_REBOOKED:
    case BookAppointmentErrorCode.OUTSIDE_BOOKING_WINDOW:
    case BookAppointmentErrorCode.DAILY_CAP_REACHED:
    case HoldSlotErrorCode.OUTSIDE_BOOKING_WINDOW:
    case HoldSlotErrorCode.DAILY_CAP_REACHED:
    case RebookAppointmentErrorCode.OUTSIDE_BOOKING_WINDOW:
    case RebookAppointmentErrorCode.DAILY_CAP_REACHED:
    case RescheduleAppointmentErrorCode.OUTSIDE_BOOKING_WINDOW:
    case RescheduleAppointmentErrorCode.DAILY_CAP_REACHED:
    case CancelAppointmentErrorCode.ALREADY_CANCELLED:
    case CancelAppointmentErrorCode.TOO_LATE:
    case AccountErrorCode.TOO_MANY_ATTEMPTS:
    case AccountErrorCode.LAST_ADMIN:
    case AnnouncementErrorCode.ALREADY_PUBLISHED:
    case AnnouncementErrorCode.ALREADY_EXPIRED:
    case AnnouncementErrorCode.NOT_PUBLISHED:
    case AnnouncementErrorCode.EDIT_CONFLICT:
    case RetirementErrorCode.ALREADY_RETIRED:
    case CatalogueAdminErrorCode.RETIRED:
    case RetirementErrorCode.APPOINTMENTS_AFFECTED:
    case RetirementErrorCode.CANNOT_MOVE:
    case AnswerTemplateErrorCode.NAME_TAKEN:
    case AnswerTemplateErrorCode.LIMIT_REACHED:
    case CheckInErrorCode.WRONG_OFFICE:
    case CheckInErrorCode.NOT_TODAY:
    case CheckInErrorCode.TOO_EARLY:
    case CheckInErrorCode.TOO_LATE:
    case CheckInErrorCode.CANCELLED:
    case CheckInErrorCode.ALREADY_CHECKED_IN:
    case CheckInErrorCode.OFFICE_CLOSED:
    case DrawTicketErrorCode.WRONG_OFFICE:
    case DrawTicketErrorCode.NOT_OFFERED:
    case DrawTicketErrorCode.OFFICE_CLOSED:
    case QueueActionErrorCode.COUNTER_CLOSED:
    case QueueActionErrorCode.COUNTER_INACTIVE:
    case QueueActionErrorCode.COUNTER_BUSY:
    case QueueActionErrorCode.QUEUE_EMPTY:
    case QueueActionErrorCode.WRONG_STATE:
    case QueueActionErrorCode.RECALL_LIMIT_REACHED:
    case QueueActionErrorCode.NOT_HANDLED:
    case ApplicationErrorCode.NOT_ALLOWED:
    case ApplicationErrorCode.TOO_MANY_FILES:
    case ApplicationErrorCode.TOTAL_TOO_LARGE:
    case ApplicationErrorCode.INVALID_TRANSITION:
    case ApplicationErrorCode.ALREADY_TAKEN:
    case ApplicationErrorCode.VERSION_CONFLICT:
    case ApplicationErrorCode.DOCUMENTS_MISSING:
    case WebhookErrorCode.LIMIT_REACHED:
      return 'CONFLICT';
    case AuthErrorCode.RATE_LIMITED:
    case BookAppointmentErrorCode.RATE_LIMITED:
    case CancelAppointmentErrorCode.RATE_LIMITED:
    case CancelOfficeAppointmentsErrorCode.RATE_LIMITED:
    case RebookAppointmentErrorCode.RATE_LIMITED:
    case RescheduleAppointmentErrorCode.RATE_LIMITED:
    case HoldSlotErrorCode.RATE_LIMITED:
    case JoinWaitlistErrorCode.RATE_LIMITED:
    case AcceptWaitlistOfferErrorCode.RATE_LIMITED:
    case RequestReleasedTimeErrorCode.RATE_LIMITED:
    case AccountErrorCode.RATE_LIMITED:
    case MessagingErrorCode.RATE_LIMITED:
    case CheckInErrorCode.RATE_LIMITED:
    case DrawTicketErrorCode.RATE_LIMITED:
    case RetirementErrorCode.RATE_LIMITED:
    case ApplicationErrorCode.RATE_LIMITED:
    case WebhookErrorCode.RATE_LIMITED:
      return 'RATE_LIMITED';
    default: {
      const unhandled: never = code;
      throw new Error(`Unmapped domain error code ${String(unhandled)}`);
    }
  }
}

/**
 * A refusal as a top-level error: the message in the caller's language, a stable
 * `extensions.code`, the argument it concerns, and when a limit of use refused, when to try
 * again (over HTTP the limiter also makes the answer 429 with Retry-After). `extensions` adds to
 * these, e.g. the HTTP status of a refusal before the operation runs.
 */
export function toGraphQLError(
  lang: Language,
  refusal: DomainError,
  extensions: GraphQLErrorExtensions = {},
): GraphQLError {
  return new GraphQLError(translate(lang, refusal.messageKey, refusal.params), {
    extensions: {
      code: topLevelCode(refusal.code),
      ...(refusal.field && { argument: refusal.field.join('.') }),
      ...(refusal instanceof RateLimitedError && { retryAfterSeconds: refusal.retryAfterSeconds }),
      ...extensions,
    },
  });
}

/**
 * What a query's or subscription's use case threw, as it should reach the client: an expected
 * refusal as a top-level error (the first problem of an invalid input), anything else as it is.
 */
export function asTopLevelError(lang: Language, error: unknown): unknown {
  const refusal = refusalsIn(error)?.[0];
  return refusal ? toGraphQLError(lang, refusal) : error;
}

/** Runs a query's use case; an expected refusal becomes a top-level error naming the argument. */
export async function orQueryError<T>(lang: Language, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asTopLevelError(lang, error);
  }
}
