import type { AccountErrorCode } from '../accounts/account.errors.js';
import type { ApplicationErrorCode } from '../applications/application.errors.js';
import type { AnnouncementErrorCode } from '../announcements/announcement.errors.js';
import type {
  AppointmentSetupErrorCode,
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  ConfirmBookingErrorCode,
  CancelOfficeAppointmentsErrorCode,
  HoldSlotErrorCode,
  ReleaseHoldErrorCode,
  CreateAppointmentReleaseErrorCode,
  RequestReleasedTimeErrorCode,
  OfficeAppointmentsErrorCode,
  RebookAppointmentErrorCode,
  RescheduleAppointmentErrorCode,
} from '../appointments/appointment.errors.js';
import type {
  AcceptWaitlistOfferErrorCode,
  ConfirmWaitlistEntryErrorCode,
  DeclineWaitlistOfferErrorCode,
  JoinWaitlistErrorCode,
  LeaveWaitlistErrorCode,
} from '../appointments/waitlist.errors.js';
import type { AuthErrorCode } from '../auth/auth.errors.js';
import type {
  CatalogueAdminErrorCode,
  RetirementErrorCode,
} from '../catalogue/catalogue.errors.js';
import type { DashboardErrorCode } from '../dashboard/dashboard.errors.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import type { AnswerTemplateErrorCode, MessagingErrorCode } from '../messaging/messaging.errors.js';
import type {
  CheckInErrorCode,
  DrawTicketErrorCode,
  QueueActionErrorCode,
  QueueReadErrorCode,
} from '../queue/queue.errors.js';
import type { WebhookErrorCode } from '../webhooks/webhook.errors.js';
import { CommonErrorCode } from './common.errors.js';

/**
 * Every code an expected refusal may carry: each enum lives in its domain's `*.errors.ts`. The
 * GraphQL edge (src/resolvers/common/domain-errors.ts) maps each of them in one exhaustive switch,
 * so a new enum here does not compile until it is mapped.
 */
export type DomainErrorCode =
  | CommonErrorCode
  | AuthErrorCode
  | AccountErrorCode
  | AnnouncementErrorCode
  | BookAppointmentErrorCode
  | CancelAppointmentErrorCode
  | HoldSlotErrorCode
  | ReleaseHoldErrorCode
  | ConfirmBookingErrorCode
  | CreateAppointmentReleaseErrorCode
  | RequestReleasedTimeErrorCode
  | OfficeAppointmentsErrorCode
  | CancelOfficeAppointmentsErrorCode
  | RebookAppointmentErrorCode
  | RescheduleAppointmentErrorCode
  | AppointmentSetupErrorCode
  | CatalogueAdminErrorCode
  | RetirementErrorCode
  | MessagingErrorCode
  | AnswerTemplateErrorCode
  | CheckInErrorCode
  | DrawTicketErrorCode
  | QueueActionErrorCode
  | QueueReadErrorCode
  | DashboardErrorCode
  | ApplicationErrorCode
  | JoinWaitlistErrorCode
  | ConfirmWaitlistEntryErrorCode
  | LeaveWaitlistErrorCode
  | AcceptWaitlistOfferErrorCode
  | DeclineWaitlistOfferErrorCode
  | WebhookErrorCode;

/**
 * An expected refusal ("the slot is taken", "the e-mail is invalid"): of a use case, or of
 * src/auth's checks of who is calling and how often. Domain services throw it; the GraphQL edge
 * turns it into a user error with the same code, a field path into the mutation input and a
 * message in the caller's language, or into a top-level error where no payload can carry it.
 */
export class DomainError<Code extends DomainErrorCode = DomainErrorCode> extends Error {
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

/** A problem with one input field, as the shared checks report it. */
export type FieldProblem = DomainError<CommonErrorCode.INVALID_INPUT>;

/** Several field problems of one input, reported together so that a form can show them all. */
export class InvalidInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(`INVALID_INPUT: ${problems.map((problem) => problem.field?.join('.')).join(', ')}`);
    this.name = 'InvalidInputError';
  }
}

/**
 * Several refusals of one use case at once, each with its own code and field (every problem of a
 * form's answers), so that a client can show them all.
 */
export class DomainErrors extends Error {
  constructor(readonly refusals: DomainError[]) {
    super(refusals.map((refusal) => refusal.message).join(', '));
    this.name = 'DomainErrors';
  }
}

/** A problem with one input field; nested fields are written with dots ("periods.0.opens"). */
export function invalidField(
  field: string,
  messageKey: MessageKey,
  params: MessageParams = {},
): FieldProblem {
  return new DomainError(CommonErrorCode.INVALID_INPUT, messageKey, field.split('.'), params);
}
