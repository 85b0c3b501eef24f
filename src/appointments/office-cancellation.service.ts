import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { appointmentEvent, queueWebhookEvent } from '../webhooks/webhook-events.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import { CounterEntity } from '../entities/appointments/counter.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import { officeCancellationEmail } from './appointment-mail.js';
import {
  cancelBookedInPeriod,
  cancellationNoteOf,
  findAppointment,
  findByIdempotencyKey,
  type AppointmentRecord,
  type Slot,
} from './appointment.queries.js';
import {
  BookAppointmentErrorCode,
  CancelOfficeAppointmentsErrorCode,
  RebookAppointmentErrorCode,
} from './appointment.errors.js';
import { appointmentIdOfToken } from './appointment-links.js';
import { validateSlotRange } from './appointment-rules.js';
import {
  bookAppointment,
  findFreeSlots,
  publishCounterTimeChanged,
  staffOf,
  timeOf,
} from './appointment.service.js';

/** The longest message an office sends with its cancellations. */
export const MAX_CANCELLATION_NOTE = 1000;
/** How many free times a rebooking page offers. */
const OFFERED_TIMES = 6;
/** How far ahead it looks for them, a week at a time. */
const OFFER_WEEKS = 8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
// Control characters but line breaks: the note is plain text in an e-mail.
const CONTROL_CHARACTERS = /[\p{Cc}--[\n]]/v;

/**
 * Cancels the office's booked appointments (or one counter's) that start in [from, to), because
 * of illness or a closure, for staff of the office. Every citizen gets an e-mail in the language
 * they booked in, with the office's note and a link that offers the nearest free times to book
 * one in its place; all in one transaction, the e-mails through the outbox. Answers how many.
 */
export async function cancelOfficeAppointments(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'>,
  request: { officeId: string; counterId: string | null; from: Date; to: Date; note: string },
): Promise<AppointmentRecord[]> {
  try {
    staffOf(ctx.principal, request.officeId);
  } catch {
    throw new DomainError(CancelOfficeAppointmentsErrorCode.FORBIDDEN, 'error.forbidden', [
      'officeId',
    ]);
  }
  const note = request.note.trim().replaceAll('\r\n', '\n');
  validateSlotRange(request.from, request.to);
  if (note.length === 0) throw new InvalidInputError([invalidField('message', 'error.required')]);
  if (note.length > MAX_CANCELLATION_NOTE || CONTROL_CHARACTERS.test(note)) {
    throw new InvalidInputError([
      invalidField('message', 'error.tooLong', { max: MAX_CANCELLATION_NOTE }),
    ]);
  }
  if (request.counterId) {
    const counter = await ctx.em.findOne(CounterEntity, {
      id: request.counterId,
      office: request.officeId,
    });
    if (!counter) {
      throw new DomainError(CancelOfficeAppointmentsErrorCode.NOT_FOUND, 'error.notFound', [
        'counterId',
      ]);
    }
  }
  await ctx.limits.take({ byAddress: ['officeCancellationsPerHour'] });
  const now = ctx.clock();
  const cancelled = await ctx.em.transactional(async (tx) => {
    const rows = await cancelBookedInPeriod(tx, { ...request, note }, now);
    for (const { appointment, place } of rows) {
      await queueEmail(
        tx,
        officeCancellationEmail(appointment, place, note, {
          lang: appointment.language,
          ...ctx.settings,
        }),
      );
      await queueWebhookEvent(
        tx,
        appointmentEvent(WebhookEventType.APPOINTMENT_CANCELLED, appointment),
        now,
      );
    }
    return rows.map(({ appointment }) => appointment);
  });
  for (const appointment of cancelled) publishCounterTimeChanged(ctx.bus, timeOf(appointment));
  return cancelled;
}

/** What a rebooking link offers: the cancelled appointment, why, and the nearest free times. */
export type RebookOffer = {
  cancelled: AppointmentRecord;
  note: string;
  times: Slot[];
  /** The appointment booked with this link already; null while there is none. */
  rebooked: AppointmentRecord | null;
};

/** The appointment the office cancelled that a rebooking link names, with its note; or null. */
async function cancelledByOffice(
  ctx: Pick<UseCaseContext, 'em' | 'settings'>,
  token: string,
): Promise<{ cancelled: AppointmentRecord; note: string } | null> {
  const id = appointmentIdOfToken(ctx.settings.linkSecret, token, 'REBOOK');
  if (!id) return null;
  const cancelled = await findAppointment(ctx.em, { id });
  if (cancelled?.status !== AppointmentStatus.CANCELLED) return null;
  const note = await cancellationNoteOf(ctx.em, id);
  return note === null ? null : { cancelled, note };
}

/** The booking made with a rebooking link is made once: the link is its idempotency key. */
function rebookingKey(token: string): string {
  return `rebook:${token}`;
}

/**
 * The page behind a rebooking link: the cancelled appointment, the office's note, and the next
 * free times of the same service at the same office (up to eight weeks ahead). Null for a link
 * that is not valid, exactly as for one that names nothing.
 */
export async function rebookOffer(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  token: string,
): Promise<RebookOffer | null> {
  const source = await cancelledByOffice(ctx, token);
  if (!source) return null;
  const rebooked = await findByIdempotencyKey(ctx.em, rebookingKey(token));
  const times: Slot[] = [];
  const start = ctx.clock().getTime();
  for (let week = 0; week < OFFER_WEEKS && times.length < OFFERED_TIMES && !rebooked; week += 1) {
    const slots = await findFreeSlots(ctx, {
      serviceId: source.cancelled.service.id,
      officeId: source.cancelled.office.id,
      from: new Date(start + week * WEEK_MS),
      to: new Date(start + (week + 1) * WEEK_MS),
    });
    times.push(...slots.filter((slot) => slot.available > 0));
  }
  return { ...source, times: times.slice(0, OFFERED_TIMES), rebooked };
}

/**
 * Books a new time in place of the appointment the office cancelled, with one click: the same
 * service, office, name, e-mail, phone and owner as before, and a confirmation e-mail as for any
 * booking. A link books once: a second time answers ALREADY_REBOOKED (a retry for the same time
 * answers the booking it made).
 */
export async function rebookAppointment(
  ctx: Parameters<typeof bookAppointment>[0],
  request: { token: string; startsAt: Date; language: Language },
): Promise<AppointmentRecord> {
  const source = await cancelledByOffice(ctx, request.token);
  if (!source) {
    throw new DomainError(RebookAppointmentErrorCode.NOT_FOUND, 'error.rebookLinkInvalid', [
      'token',
    ]);
  }
  const { cancelled } = source;
  try {
    return await bookAppointment(
      ctx,
      {
        serviceId: cancelled.service.id,
        officeId: cancelled.office.id,
        startsAt: request.startsAt,
        name: cancelled.name,
        email: cancelled.email,
        phone: cancelled.phone,
        idempotencyKey: rebookingKey(request.token),
        language: request.language,
      },
      { accountId: cancelled.account?.id ?? null },
    );
  } catch (error) {
    if (
      error instanceof DomainError &&
      error.code === BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED
    ) {
      throw new DomainError(RebookAppointmentErrorCode.ALREADY_REBOOKED, 'error.alreadyRebooked', [
        'token',
      ]);
    }
    throw error;
  }
}
