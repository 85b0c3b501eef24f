import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { appointmentEvent, queueWebhookEvent } from '../webhooks/webhook-events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  accountIdOf,
  actsFor,
  signedInAccount,
  worksFor,
  type AccountPrincipal,
  type Principal,
} from '../auth/principal.js';
import { DomainError, type DomainErrorCode } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import { readerOf, type Reader } from '../accounts/data-access.service.js';
import { ApiKeyScope } from '../entities/accounts/api-key-scope.entity.js';
import type { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { EventStream } from '../realtime/event-stream.js';
import { perEvent } from '../realtime/per-event.js';
import type { CounterTimeChanged } from '../realtime/topics.js';
import {
  cancellationConfirmation,
  emailConfirmationRequest,
  upcomingAppointmentEmail,
  type AppointmentPlace,
} from './appointment-mail.js';
import {
  appointmentsOfAccount,
  appointmentsOfOffice,
  bookingCheck,
  cancelBooked,
  confirmableHoldExists,
  confirmHold,
  counterServiceReach,
  counterTimesChangedSince,
  confirmUnconfirmed,
  deleteExpiredHolds,
  deleteHoldByToken,
  deleteHoldOf,
  insertHold,
  offerCheck,
  counterNamesByIds,
  findAppointment,
  findByIdempotencyKey,
  freeSlots,
  insertBooking,
  lockBookingsOf,
  lockDailyCap,
  slotRefusal,
  lockAppointment,
  moveToFreeTime,
  moveToHeldTime,
  takeHold,
  findRescheduleKey,
  insertRescheduleKey,
  type AppointmentKey,
  type AppointmentRecord,
  type BookingCheck,
  type FreedTime,
  type HeldBy,
  type HoldRecord,
  type Slot,
  type SlotRange,
} from './appointment.queries.js';
import {
  bookingFingerprint,
  HOLD_MINUTES,
  holderHash,
  holdTokenHash,
  newHoldToken,
  OPEN_BOOKINGS_PER_EMAIL,
  validateHoldStart,
  validateBooking,
  validateSlotRange,
  validateReschedule,
  rescheduleFingerprint,
  type BookingRequest,
  type ValidBooking,
} from './appointment-rules.js';
import {
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  ConfirmBookingErrorCode,
  HoldSlotErrorCode,
  OfficeAppointmentsErrorCode,
  ReleaseHoldErrorCode,
  RescheduleAppointmentErrorCode,
} from './appointment.errors.js';
import { appointmentIdOfToken, type LinkPurpose } from './appointment-links.js';
import { newBookingCode, normalizeBookingCode } from './booking-code.js';
import {
  offerFreedTimes,
  publishWaitlistOffers,
  type WaitlistOfferMade,
} from './waitlist-offers.js';

export type { AppointmentRecord, Slot } from './appointment.queries.js';

/** What booking and cancelling need besides their input. */
type BookingContext = Pick<
  UseCaseContext,
  'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'
>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a guest's booking of a scarce service waits for its e-mail link to be opened. */
export const EMAIL_CONFIRMATION_MINUTES = 30;

/** A booking attempt that hit a counter taken meanwhile is retried on another counter this often. */
const MAX_BOOKING_ATTEMPTS = 5;

/**
 * Every slot of a service at an office that starts in [from, to), with how many counters are
 * still free for it (0 when all are taken). Empty when the office does not offer the service.
 */
export async function findFreeSlots(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  query: { serviceId: string; officeId: string; from: Date; to: Date },
): Promise<Slot[]> {
  validateSlotRange(query.from, query.to);
  return freeSlots(ctx.em, { ...query, timeZone: ctx.settings.timeZone, notBefore: ctx.clock() });
}

/**
 * The slots of a service whose availability a change of counter time may have moved, when the
 * changed counter handles the service at all: those that overlap the changed period or come
 * closer to it than a buffer of the counter's services, and, for a service with a daily cap,
 * every slot of its local day (the change may have reached or left the cap).
 */
export async function slotsAffectedBy(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  serviceId: string,
  change: CounterTimeChanged,
): Promise<Slot[]> {
  const reach = await counterServiceReach(ctx.em, change.counterId, serviceId);
  if (!reach) return [];
  const buffer = reach.bufferMinutes * 60_000;
  const startsAt = new Date(change.startsAt).getTime() - buffer;
  const endsAt = new Date(change.endsAt).getTime() + buffer;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.settings.timeZone });
  const changedDay = day.format(new Date(change.startsAt));
  // A slot that overlaps the change starts at most one (maximal) service duration before it; a
  // local day reaches at most a day from any of its instants.
  const around = reach.dailyCapped ? DAY_MS : 240 * 60_000;
  const slots = await findFreeSlots(ctx, {
    serviceId,
    officeId: change.officeId,
    from: new Date(startsAt - around),
    to: new Date(Math.max(endsAt, new Date(change.startsAt).getTime() + around)),
  });
  return slots.filter(
    (slot) =>
      (slot.endsAt.getTime() > startsAt && slot.startsAt.getTime() < endsAt) ||
      (reach.dailyCapped && day.format(slot.startsAt) === changedDay),
  );
}

/**
 * Books the slot for a guest. The counter is chosen among the free ones at random, so that
 * concurrent bookings of one time spread over the counters; the exclusion constraint decides any
 * race, and a lost race is retried on the next free counter until none is left (SLOT_TAKEN).
 * An idempotency key makes a retried request return the first booking instead of a second one.
 * The confirmation e-mail is queued in the booking's transaction: a refused booking, a rolled
 * back one and the answer to a retry send none.
 */
export async function bookAppointment(
  ctx: BookingContext,
  request: Omit<BookingRequest, 'accountId'> & {
    /** The token of the caller's hold of this time (holdSlot): the booking takes its row. */
    holdToken?: string | null;
  },
  /** Whose booking it is when not the caller's: a rebooking keeps the cancelled one's owner. */
  owner: { accountId: string | null } = { accountId: accountIdOf(ctx.principal) },
): Promise<AppointmentRecord> {
  const now = ctx.clock();
  // Signed in, the booking is the account's; a guest's has none.
  const { holdToken, ...details } = request;
  const booking = validateBooking({ ...details, accountId: owner.accountId }, now);
  const fingerprint = bookingFingerprint(booking);
  if (booking.idempotencyKey) {
    const earlier = await earlierBooking(ctx, booking.idempotencyKey, fingerprint);
    if (earlier) return earlier;
  }
  const taken = await ctx.limits.take({
    byCaller: ['bookingsPerHour', 'bookingsPerDay'],
    mailTo: booking.email,
  });
  let booked: Booked;
  try {
    booked = await ctx.em.transactional((tx) =>
      bookInTransaction(
        { ...ctx, em: tx },
        booking,
        fingerprint,
        now,
        holdToken ? { tokenHash: holdTokenHash(holdToken), heldBy: 'HOLDER' } : null,
      ),
    );
  } catch (error) {
    const pg = postgresErrorOf(error);
    const keyRace =
      pg?.code === SqlState.uniqueViolation &&
      pg.constraint === 'appointment_idempotency_key_unique' &&
      booking.idempotencyKey;
    // A refused booking (SLOT_TAKEN on a busy morning, …) or the answer to a retry took no time
    // and sent no e-mail: it does not count.
    if (error instanceof DomainError || keyRace) await taken.giveBack();
    if (!keyRace) throw error;
    // A concurrent request with the same key committed first: answer as to a retry.
    const earlier = await earlierBooking(ctx, keyRace, fingerprint);
    if (!earlier) throw error;
    return earlier;
  }
  publishFreed(ctx.bus, booked);
  if (booked.tookTime) publishCounterTimeChanged(ctx.bus, timeOf(booked.appointment));
  if (!booked.isNew) await taken.giveBack();
  return booked.appointment;
}

/** The booking made earlier with this idempotency key; refused when it was another request. */
async function earlierBooking(
  ctx: Pick<UseCaseContext, 'em'>,
  key: string,
  fingerprint: string,
): Promise<AppointmentRecord | null> {
  const earlier = await findByIdempotencyKey(ctx.em, key);
  if (earlier && earlier.requestHash !== fingerprint) {
    throw new DomainError(
      BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED,
      'error.idempotencyKeyReused',
      ['idempotencyKey'],
    );
  }
  return earlier;
}

function mailContext(ctx: Pick<UseCaseContext, 'settings'>, lang: Language) {
  return { lang, ...ctx.settings };
}

/**
 * Times a use case freed (FreedTime) and the waitlist offers it made of them in its transaction
 * (waitlist-offers.ts).
 */
type Freed = { freed: FreedTime[]; offers: WaitlistOfferMade[] };

const NOTHING_FREED: Freed = { freed: [], offers: [] };

/** Offers the freed times to the waitlist, in the transaction that freed them. */
async function offered(
  ctx: Pick<UseCaseContext, 'em' | 'settings'>,
  freed: FreedTime[],
  now: Date,
): Promise<Freed> {
  if (freed.length === 0) return NOTHING_FREED;
  return { freed, offers: await offerFreedTimes(ctx.em, ctx.settings, freed, now) };
}

/** After commit: every viewer of the freed times, and each account offered one of them. */
export function publishFreed(bus: EventBus, { freed, offers }: Freed): void {
  freed.forEach((time) => publishCounterTimeChanged(bus, time));
  publishWaitlistOffers(bus, offers);
}

/**
 * The booking, whether this request made it (false: it answers a retry), whether it took a time
 * that was free (false too when it confirmed a hold), and the expired holds it deleted on the
 * way, whose times are free again (and offered to the waitlist).
 */
type Booked = Freed & {
  appointment: AppointmentRecord;
  isNew: boolean;
  tookTime: boolean;
};

async function bookInTransaction(
  ctx: BookingContext,
  booking: ValidBooking,
  fingerprint: string,
  now: Date,
  hold: { tokenHash: string; heldBy: HeldBy } | null,
): Promise<Booked> {
  const { em: tx } = ctx;
  // Serialises bookings per e-mail address, so that the open-bookings limit cannot be outrun.
  await lockBookingsOf(tx, booking.email);
  // The same round trip reads what the confirmation e-mail says about the service and the office.
  const check = await bookingCheck(tx, booking, now);
  // A retry sent while the first request was still running got past the look-up before the
  // transaction; the lock above made it wait until the first committed (the same booking has the
  // same e-mail). It must get that booking, not SLOT_TAKEN or LIMIT_REACHED because of it.
  if (check.keyUsed && booking.idempotencyKey) {
    const earlier = await earlierBooking(ctx, booking.idempotencyKey, fingerprint);
    if (earlier) return { appointment: earlier, isNew: false, tookTime: false, ...NOTHING_FREED };
  }
  if (!check.serviceExists) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.serviceNotFound', [
      'serviceId',
    ]);
  }
  if (!check.officeExists) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  if (!check.offered) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.serviceNotOffered', [
      'officeId',
    ]);
  }
  if (check.openCount >= OPEN_BOOKINGS_PER_EMAIL) {
    throw new DomainError(BookAppointmentErrorCode.LIMIT_REACHED, 'error.limitReached', ['email'], {
      limit: OPEN_BOOKINGS_PER_EMAIL,
    });
  }
  const slot = oneSlot(ctx, booking, now);
  const confirmBy = needsEmailConfirmation(check, booking)
    ? new Date(now.getTime() + EMAIL_CONFIRMATION_MINUTES * 60_000)
    : null;
  if (hold !== null) {
    const { tokenHash, heldBy } = hold;
    const appointment = await confirmHold(
      tx,
      tokenHash,
      {
        ...booking,
        confirmBy,
        requestHash: booking.idempotencyKey ? fingerprint : null,
        createdAt: now,
      },
      slot,
      heldBy,
    );
    if (!appointment) {
      // A hold that is still live but no longer bookable lies in a closure (or a schedule
      // change) made while it was held: the time is gone, not the hold's fault.
      if (await confirmableHoldExists(tx, tokenHash, booking, now, heldBy)) {
        throw new DomainError(BookAppointmentErrorCode.INVALID_INPUT, 'error.notBookableTime', [
          'startsAt',
        ]);
      }
      throw new DomainError(BookAppointmentErrorCode.HOLD_EXPIRED, 'error.holdExpired', [
        'holdToken',
      ]);
    }
    await queueEmail(tx, bookingEmail(ctx, appointment, check.place, booking.language));
    await queueWebhookEvent(
      tx,
      appointmentEvent(WebhookEventType.APPOINTMENT_BOOKED, appointment),
      now,
    );
    // The time was taken while held: nobody's availability changes.
    return { appointment, isNew: true, tookTime: false, ...NOTHING_FREED };
  }
  // Expired holds of the office no longer count as taken (slot_candidates); their rows go first.
  const freed = await deleteExpiredHolds(tx, now, booking.officeId);
  await lockDailyCap(tx, slot);
  const appointment = await onAFreeCounter(
    tx,
    slot,
    () =>
      insertBooking(
        tx,
        {
          ...booking,
          confirmBy,
          code: newBookingCode(),
          requestHash: booking.idempotencyKey ? fingerprint : null,
          createdAt: now,
        },
        slot,
      ),
    BookAppointmentErrorCode,
  );
  await queueEmail(tx, bookingEmail(ctx, appointment, check.place, booking.language));
  await queueWebhookEvent(
    tx,
    appointmentEvent(WebhookEventType.APPOINTMENT_BOOKED, appointment),
    now,
  );
  // What the booking left of the expired holds' times goes to the waitlist.
  return { appointment, isNew: true, tookTime: true, ...(await offered(ctx, freed, now)) };
}

/**
 * Books the time of a live waitlist offer (acceptWaitlistOffer) in the caller's transaction,
 * with the checks and the confirmation e-mail of bookAppointment.
 */
export async function bookOfferInTransaction(
  ctx: BookingContext,
  request: Omit<BookingRequest, 'accountId'>,
  accountId: string | null,
  tokenHash: string,
  now: Date,
): Promise<AppointmentRecord> {
  const booking = validateBooking({ ...request, accountId }, now);
  const booked = await bookInTransaction(ctx, booking, bookingFingerprint(booking), now, {
    tokenHash,
    heldBy: 'WAITLIST',
  });
  return booked.appointment;
}

/**
 * Whether the booking waits for its e-mail address to be confirmed: of a scarce service, unless
 * a signed-in citizen books with the account's verified address.
 */
function needsEmailConfirmation(check: BookingCheck, booking: ValidBooking): boolean {
  return check.scarce && check.verifiedEmail !== booking.email;
}

/** The confirmation of a booking, or the request to confirm the e-mail address first. */
function bookingEmail(
  ctx: Pick<UseCaseContext, 'settings'>,
  appointment: AppointmentRecord,
  place: AppointmentPlace,
  lang: Language,
) {
  const context = mailContext(ctx, lang);
  return appointment.confirmBy
    ? emailConfirmationRequest(appointment, place, EMAIL_CONFIRMATION_MINUTES, context)
    : upcomingAppointmentEmail('appointmentBooked', appointment, place, context);
}

/**
 * Confirms a guest's booking of a scarce service by the link in its e-mail (CONFIRM token) and
 * sends its confirmation, before its deadline. A link opened again after that answers with the
 * booking, changing nothing; a lapsed or unknown one is NOT_FOUND.
 */
export async function confirmBooking(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  token: string,
): Promise<AppointmentRecord> {
  const id = appointmentIdOfToken(ctx.settings.linkSecret, token, 'CONFIRM');
  if (!id) {
    throw new DomainError(ConfirmBookingErrorCode.NOT_FOUND, 'error.confirmLinkInvalid', ['token']);
  }
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const confirmed = await confirmUnconfirmed(tx, id, now);
    if (confirmed) {
      const { appointment, place } = confirmed;
      await queueEmail(tx, bookingEmail(ctx, appointment, place, appointment.language));
      return appointment;
    }
    const earlier = await findAppointment(tx, { id });
    if (earlier?.status === AppointmentStatus.BOOKED) return earlier;
    throw new DomainError(ConfirmBookingErrorCode.NOT_FOUND, 'error.confirmLinkInvalid', ['token']);
  });
}

/**
 * Runs `insert` (a statement that takes a random free counter of the slot) until it takes one:
 * a counter taken meanwhile (the exclusion constraint) or a booking code drawn twice is tried
 * again, up to MAX_BOOKING_ATTEMPTS times. When none is left, the time was not bookable at all
 * (INVALID_INPUT), lies outside the service's booking window (OUTSIDE_BOOKING_WINDOW), the day is
 * at its daily cap (DAILY_CAP_REACHED), or someone was faster (SLOT_TAKEN), in the caller's codes.
 */
async function onAFreeCounter<T, Code extends DomainErrorCode>(
  tx: EntityManager,
  slot: SlotRange,
  insert: () => Promise<T | null>,
  codes: {
    INVALID_INPUT: Code;
    SLOT_TAKEN: Code;
    OUTSIDE_BOOKING_WINDOW: Code;
    DAILY_CAP_REACHED: Code;
  },
): Promise<T> {
  for (let attempt = 0; attempt < MAX_BOOKING_ATTEMPTS; attempt += 1) {
    try {
      const taken = await insert();
      if (taken) return taken;
      break;
    } catch (error) {
      const pg = postgresErrorOf(error);
      const retry =
        pg?.code === SqlState.exclusionViolation ||
        (pg?.code === SqlState.uniqueViolation && pg.constraint === 'appointment_code_unique');
      if (!retry) throw error;
    }
  }
  const refusal = await slotRefusal(tx, slot);
  switch (refusal.reason) {
    case 'NOT_GIVEN':
      throw new DomainError(codes.INVALID_INPUT, 'error.notBookableTime', ['startsAt']);
    case 'OUTSIDE_WINDOW':
      throw new DomainError(
        codes.OUTSIDE_BOOKING_WINDOW,
        'error.outsideBookingWindow',
        ['startsAt'],
        {
          earliest: refusal.earliestDaysAhead,
          latest: refusal.latestDaysAhead,
          notice: refusal.minimumNoticeMinutes,
        },
      );
    case 'DAY_FULL':
      throw new DomainError(codes.DAILY_CAP_REACHED, 'error.dailyCapReached', ['startsAt'], {
        limit: refusal.dailyCap,
      });
    case 'TAKEN':
      throw new DomainError(codes.SLOT_TAKEN, 'error.slotTaken', ['startsAt']);
    default: {
      const unhandled: never = refusal;
      throw new Error(`Unknown slot refusal ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The appointment with this code, when the e-mail matches too; null otherwise. */
export async function findAppointmentByCode(
  ctx: Pick<UseCaseContext, 'em'>,
  code: string,
  email: string,
): Promise<AppointmentRecord | null> {
  const normalized = normalizeBookingCode(code);
  if (!normalized) return null;
  return findAppointment(ctx.em, { code: normalized, email: email.trim().toLowerCase() });
}

/**
 * The appointment a signed link (`appointmentToken`) names for this purpose; null for a token that
 * is malformed, tampered with or signed for something else, as for one whose appointment is gone.
 */
export async function findAppointmentByToken(
  ctx: Pick<UseCaseContext, 'em' | 'settings'>,
  token: string,
  purpose: LinkPurpose,
): Promise<AppointmentRecord | null> {
  const id = appointmentIdOfToken(ctx.settings.linkSecret, token, purpose);
  return id ? findAppointment(ctx.em, { id }) : null;
}

/**
 * What identifies an appointment to cancel or reschedule: the guest's code and e-mail, the token
 * of the link in its e-mails, or its id (the caller's own appointment only); and the citizen's
 * language, in which the confirmation e-mail is written.
 */
export type CancellationRequest = (
  { code: string; email: string } | { token: string } | { appointmentId: string }
) & { language: Language };

/** The input field that named the appointment, for NOT_FOUND and INVALID_INPUT. */
function keyField(request: CancellationRequest): string {
  return 'code' in request ? 'code' : 'token' in request ? 'token' : 'id';
}

/** The appointment this caller may cancel or reschedule, or null when the request names none. */
function cancellationKey(
  ctx: Pick<UseCaseContext, 'principal' | 'settings'>,
  request: CancellationRequest,
): AppointmentKey | null {
  if ('code' in request) {
    const code = normalizeBookingCode(request.code);
    return code ? { code, email: request.email.trim().toLowerCase() } : null;
  }
  if ('token' in request) {
    const id = appointmentIdOfToken(ctx.settings.linkSecret, request.token, 'MANAGE');
    return id ? { id } : null;
  }
  // By ID, only the owner's: nobody's when not signed in.
  const accountId = accountIdOf(ctx.principal);
  return accountId ? { id: request.appointmentId, accountId } : null;
}

/**
 * Cancels an appointment and frees its time, and confirms that by e-mail in the same transaction.
 * Whoever holds neither the code and e-mail nor a valid link's token, and does not own it, learns
 * nothing: NOT_FOUND, as for one that does not exist.
 */
export async function cancelAppointment(
  ctx: BookingContext,
  request: CancellationRequest,
): Promise<AppointmentRecord> {
  const field = keyField(request);
  const notFound = new DomainError(
    CancelAppointmentErrorCode.NOT_FOUND,
    'error.appointmentNotFound',
    [field],
  );
  await ctx.limits.take({ byCaller: ['cancellationsPerHour'] });
  const key = cancellationKey(ctx, request);
  if (!key) throw notFound;
  const now = ctx.clock();
  const { appointment, freed } = await ctx.em.transactional(async (tx) => {
    // The service's and office's texts for the e-mail come back with the cancelled row.
    const cancelled = await cancelBooked(tx, key, now);
    if (!cancelled) {
      const existing = await findAppointment(tx, key);
      if (!existing) throw notFound;
      if (existing.status === AppointmentStatus.CANCELLED) {
        throw new DomainError(
          CancelAppointmentErrorCode.ALREADY_CANCELLED,
          'error.alreadyCancelled',
        );
      }
      throw new DomainError(CancelAppointmentErrorCode.TOO_LATE, 'error.tooLate');
    }
    // Refused, the cancellation is rolled back with the e-mail it would send.
    await ctx.limits.take({ mailTo: cancelled.appointment.email });
    await queueEmail(
      tx,
      cancellationConfirmation(
        cancelled.appointment,
        cancelled.place,
        mailContext(ctx, request.language),
      ),
    );
    await queueWebhookEvent(
      tx,
      appointmentEvent(WebhookEventType.APPOINTMENT_CANCELLED, cancelled.appointment),
      now,
    );
    // The first in line gets the time before anyone else can book it.
    const time = timeOf(cancelled.appointment);
    return {
      appointment: cancelled.appointment,
      freed: await offered({ ...ctx, em: tx }, [time], now),
    };
  });
  publishFreed(ctx.bus, freed);
  return appointment;
}

/** What rescheduleAppointment needs: which appointment, its new start, and how to take it. */
export type RescheduleRequest = CancellationRequest & {
  startsAt: Date;
  /** The token of the caller's hold of the new time (holdSlot): the appointment takes its row. */
  holdToken?: string | null;
  idempotencyKey?: string | null;
};

/** The moved appointment, and the times whose availability changed (for the viewers). */
/** The moved appointment, and the times it changed (the old one freed and offered, the new one). */
type Rescheduled = { appointment: AppointmentRecord; changed: Freed };

/**
 * Moves an appointment to another time of the same service at the same office, in one
 * transaction (docs/decisions/0024-reschedule.md): the row keeps its id and booking code, takes a
 * free counter of the new time (or the caller's hold of it) and gives up the old time in the same
 * update, so the citizen never has none or two; any refusal leaves the old time as it was. The
 * confirmation e-mail carries the calendar entry with a raised SEQUENCE. Who names the
 * appointment is checked as for cancelAppointment; an idempotency key makes a retry answer the
 * appointment as it is instead of moving it again.
 */
export async function rescheduleAppointment(
  ctx: BookingContext,
  request: RescheduleRequest,
): Promise<AppointmentRecord> {
  const field = keyField(request);
  const notFound = new DomainError(
    RescheduleAppointmentErrorCode.NOT_FOUND,
    'error.appointmentNotFound',
    [field],
  );
  const now = ctx.clock();
  const idempotencyKey = request.idempotencyKey ?? null;
  validateReschedule({ startsAt: request.startsAt, idempotencyKey }, now);
  await ctx.limits.take({ byCaller: ['reschedulesPerHour'] });
  const key = cancellationKey(ctx, request);
  if (!key) throw notFound;
  const rescheduled = await ctx.em.transactional(async (tx): Promise<Rescheduled | null> => {
    // Locked until commit: a second change of the same appointment (a retry) waits for this one.
    const current = await lockAppointment(tx, key);
    if (!current) throw notFound;
    const { appointment, place } = current;
    const fingerprint = rescheduleFingerprint(appointment.id, request.startsAt);
    if (idempotencyKey) {
      const used = await findRescheduleKey(tx, idempotencyKey);
      if (used && (used.appointmentId !== appointment.id || used.requestHash !== fingerprint)) {
        throw new DomainError(
          RescheduleAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED,
          'error.idempotencyKeyReused',
          ['idempotencyKey'],
        );
      }
      if (used) return { appointment, changed: NOTHING_FREED };
    }
    if (appointment.status === AppointmentStatus.CANCELLED) {
      throw new DomainError(
        RescheduleAppointmentErrorCode.INVALID_INPUT,
        'error.rescheduleCancelled',
        [field],
      );
    }
    if (appointment.startsAt <= now) {
      throw new DomainError(
        RescheduleAppointmentErrorCode.INVALID_INPUT,
        'error.rescheduleTooLate',
        [field],
      );
    }
    // Already at that time (a retry without a key): nothing to move, nothing to send.
    if (appointment.startsAt.getTime() === request.startsAt.getTime()) return null;
    const slot = oneSlot(
      ctx,
      { ...request, serviceId: appointment.service.id, officeId: appointment.office.id },
      now,
    );
    const { moved, changed } = await (request.holdToken
      ? intoHold(ctx, tx, appointment, request.holdToken, slot)
      : intoFreeTime(tx, appointment, slot, now));
    if (idempotencyKey) {
      await insertRescheduleKey(tx, {
        key: idempotencyKey,
        appointmentId: appointment.id,
        requestHash: fingerprint,
        createdAt: now,
      });
    }
    // Refused, the move is rolled back with the e-mail it would send.
    await ctx.limits.take({ mailTo: moved.email });
    await queueEmail(
      tx,
      upcomingAppointmentEmail(
        'appointmentRescheduled',
        moved,
        place,
        mailContext(ctx, request.language),
      ),
    );
    // The old time is free for the first in line of the waitlist before anyone else.
    const freed = await offered({ ...ctx, em: tx }, [...changed, timeOf(appointment)], now);
    return { appointment: moved, changed: { ...freed, freed: [...freed.freed, timeOf(moved)] } };
  });
  if (!rescheduled) {
    const unchanged = await findAppointment(ctx.em, key);
    if (!unchanged) throw notFound;
    return unchanged;
  }
  publishFreed(ctx.bus, rescheduled.changed);
  return rescheduled.appointment;
}

/** Moves the appointment to a free counter of the slot; the expired holds of its office go first. */
async function intoFreeTime(
  tx: EntityManager,
  appointment: AppointmentRecord,
  slot: SlotRange,
  now: Date,
): Promise<{ moved: AppointmentRecord; changed: FreedTime[] }> {
  const freed = await deleteExpiredHolds(tx, now, appointment.office.id);
  await lockDailyCap(tx, slot);
  const moved = await onAFreeCounter(
    tx,
    slot,
    () => moveToFreeTime(tx, appointment.id, slot),
    RescheduleAppointmentErrorCode,
  );
  return { moved, changed: freed };
}

/** Moves the appointment onto the caller's live hold of the new time, which it replaces. */
async function intoHold(
  ctx: Pick<UseCaseContext, 'principal'>,
  tx: EntityManager,
  appointment: AppointmentRecord,
  holdToken: string,
  slot: SlotRange,
): Promise<{ moved: AppointmentRecord; changed: FreedTime[] }> {
  const held = await takeHold(
    tx,
    holdTokenHash(holdToken),
    {
      serviceId: appointment.service.id,
      officeId: appointment.office.id,
      startsAt: slot.from,
      accountId: accountIdOf(ctx.principal),
    },
    slot.notBefore,
  );
  if (!held) {
    throw new DomainError(RescheduleAppointmentErrorCode.HOLD_EXPIRED, 'error.holdExpired', [
      'holdToken',
    ]);
  }
  const moved = await moveToHeldTime(tx, appointment.id, held, slot);
  if (!moved) {
    // The hold lies in a closure made while it was held: the time is gone, not the hold's fault.
    throw new DomainError(RescheduleAppointmentErrorCode.INVALID_INPUT, 'error.notBookableTime', [
      'startsAt',
    ]);
  }
  return { moved, changed: [] };
}

/**
 * An appointment by ID for its owner only (personal data); null for everyone else, exactly as for
 * an ID that does not exist. Guests reach theirs by code and e-mail.
 */
export async function findOwnAppointment(
  ctx: Pick<UseCaseContext, 'em' | 'principal'>,
  id: string,
): Promise<AppointmentRecord | null> {
  const accountId = accountIdOf(ctx.principal);
  return accountId ? findAppointment(ctx.em, { id, accountId }) : null;
}

/** The time an appointment takes at its counter. */
export function timeOf(appointment: AppointmentRecord): FreedTime {
  return {
    officeId: appointment.office.id,
    counterId: appointment.counter.id,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
  };
}

/** Tells the viewers of the office's times (slotAvailabilityChanged, its staff) after commit. */
export function publishCounterTimeChanged(bus: EventBus, time: FreedTime): void {
  bus.publish('counterTimeChanged', time.officeId, {
    officeId: time.officeId,
    counterId: time.counterId,
    startsAt: time.startsAt.toISOString(),
    endsAt: time.endsAt.toISOString(),
  });
}

/** The one slot of a service at an office that starts at `startsAt`, as slot_candidates reads it. */
function oneSlot(
  ctx: Pick<UseCaseContext, 'settings'>,
  place: { serviceId: string; officeId: string; startsAt: Date },
  now: Date,
): SlotRange {
  return {
    serviceId: place.serviceId,
    officeId: place.officeId,
    from: place.startsAt,
    to: new Date(place.startsAt.getTime() + 1),
    timeZone: ctx.settings.timeZone,
    notBefore: now,
  };
}

/** A time held for the caller (holdSlot), with the token that confirms or releases it. */
export type SlotHold = HoldRecord & { token: string };

/** What holdSlot needs: the time, and who asks (callerKey: account, or client address). */
export type HoldRequest = { serviceId: string; officeId: string; startsAt: Date; caller: string };

/**
 * Holds a free counter at the time for HOLD_MINUTES, for the caller to confirm with
 * bookAppointment(holdToken). Others see the time as taken at once. The caller's earlier hold of
 * the service is released in the same transaction (one live hold per caller and service), and so
 * are the office's expired holds, which a constraint cannot see as expired. As for bookings, the
 * exclusion constraint decides a race for the last counter.
 */
export async function holdSlot(ctx: BookingContext, request: HoldRequest): Promise<SlotHold> {
  const now = ctx.clock();
  validateHoldStart(request.startsAt, now);
  const taken = await ctx.limits.take({ byCaller: ['holdsPerHour'] });
  const token = newHoldToken();
  const holder = holderHash(request.caller);
  let held: { hold: HoldRecord; freed: Freed };
  try {
    held = await ctx.em.transactional(async (tx) => {
      // Serialises the holds of one caller, so that two at once cannot both keep one.
      await lockBookingsOf(tx, holder);
      const offer = await offerCheck(tx, request);
      if (!offer.serviceExists) {
        throw new DomainError(HoldSlotErrorCode.NOT_FOUND, 'error.serviceNotFound', ['serviceId']);
      }
      if (!offer.officeExists) {
        throw new DomainError(HoldSlotErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
      }
      if (!offer.offered) {
        throw new DomainError(HoldSlotErrorCode.NOT_FOUND, 'error.serviceNotOffered', ['officeId']);
      }
      const freed = [
        ...(await deleteHoldOf(tx, { holderHash: holder, serviceId: request.serviceId })),
        ...(await deleteExpiredHolds(tx, now, request.officeId)),
      ];
      const slot = oneSlot(ctx, request, now);
      await lockDailyCap(tx, slot);
      const hold = await onAFreeCounter(
        tx,
        slot,
        () =>
          insertHold(
            tx,
            {
              serviceId: request.serviceId,
              officeId: request.officeId,
              code: newBookingCode(),
              tokenHash: holdTokenHash(token),
              holderHash: holder,
              accountId: accountIdOf(ctx.principal),
              heldUntil: new Date(now.getTime() + HOLD_MINUTES * 60_000),
              createdAt: now,
            },
            slot,
          ),
        HoldSlotErrorCode,
      );
      return { hold, freed: await offered({ ...ctx, em: tx }, freed, now) };
    });
  } catch (error) {
    if (error instanceof DomainError) await taken.giveBack();
    throw error;
  }
  publishFreed(ctx.bus, held.freed);
  publishCounterTimeChanged(ctx.bus, held.hold);
  return { ...held.hold, token };
}

/**
 * Releases the hold with this token at once (the citizen chose another time), and tells the
 * viewers that the time is free. A signed-in citizen's hold is released by that account only;
 * any other caller, and a token of no hold, gets NOT_FOUND.
 */
export async function releaseHold(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus' | 'clock' | 'settings'>,
  token: string,
): Promise<FreedTime> {
  const now = ctx.clock();
  const released = await ctx.em.transactional(async (tx) => {
    const time = await deleteHoldByToken(tx, holdTokenHash(token), accountIdOf(ctx.principal));
    return time && { time, freed: await offered({ ...ctx, em: tx }, [time], now) };
  });
  if (!released) {
    throw new DomainError(ReleaseHoldErrorCode.NOT_FOUND, 'error.holdNotFound', ['token']);
  }
  publishFreed(ctx.bus, released.freed);
  return released.time;
}

/** An account's appointments, the latest first. */
export async function myAppointments(
  ctx: Pick<UseCaseContext, 'em' | 'principal'>,
  page: { offset: number; limit: number },
): Promise<{ appointments: AppointmentRecord[]; totalCount: number }> {
  return appointmentsOfAccount(ctx.em, signedInAccount(ctx.principal).accountId, page);
}

/**
 * The appointments of an office in a period, with the citizens' personal data, for its staff.
 * Every read of an account holder's booking is written to the audit log in the same transaction.
 */
/** The member of staff (or admin) who works for the office; anyone else is refused. */
export function staffOf(principal: Principal, officeId: string): AccountPrincipal {
  if (!worksFor(principal, officeId) || principal.kind !== 'account') {
    throw new DomainError(OfficeAppointmentsErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  return principal;
}

/**
 * Who reads the office's appointment plan: its staff (or an admin), or an API key granted
 * OFFICE_APPOINTMENTS_READ for this office; anyone else is refused.
 */
function appointmentReaderOf(principal: Principal, officeId: string): Reader {
  const reader = actsFor(principal, officeId, ApiKeyScope.OFFICE_APPOINTMENTS_READ)
    ? readerOf(principal)
    : null;
  if (!reader) {
    throw new DomainError(OfficeAppointmentsErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  return reader;
}

// Every view of an office's times catches up with one read per resume of the bus.
const timesPerResume = perEvent<Date, Promise<CounterTimeChanged[]>>();

/**
 * The changes of the office's counter times from `since` on, as `counterTimeChanged` events: what
 * the office's live views missed while the bus was cut off from Redis (see
 * counterTimesChangedSince for what cannot be found again).
 */
export function counterTimesChangedAfter(
  ctx: Pick<UseCaseContext, 'clock'> & { forkEm: () => EntityManager },
  officeId: string,
  since: Date,
): Promise<CounterTimeChanged[]> {
  return timesPerResume(since, officeId, async () =>
    (await counterTimesChangedSince(ctx.forkEm(), officeId, since, ctx.clock())).map((time) => ({
      officeId,
      counterId: time.counterId,
      startsAt: time.startsAt.toISOString(),
      endsAt: time.endsAt.toISOString(),
    })),
  );
}

/**
 * The bookings and cancellations at an office, as they are committed, for its staff: only when
 * and for how long, no personal data; whoever shows the appointments reads them again.
 */
export function officeAppointmentChanges(
  ctx: Pick<UseCaseContext, 'principal' | 'bus' | 'clock'> & { forkEm: () => EntityManager },
  officeId: string,
): EventStream<{ startsAt: Date; endsAt: Date }> {
  appointmentReaderOf(ctx.principal, officeId);
  const timeOfChange = (change: CounterTimeChanged) => ({
    startsAt: new Date(change.startsAt),
    endsAt: new Date(change.endsAt),
  });
  return ctx.bus.stream(
    'counterTimeChanged',
    [officeId],
    async (change) => [timeOfChange(change)],
    async (since) => (await counterTimesChangedAfter(ctx, officeId, since)).map(timeOfChange),
  );
}

export async function officeAppointments(
  ctx: Pick<UseCaseContext, 'em' | 'principal' | 'dataAccess'>,
  query: { officeId: string; from: Date; to: Date; reason: AccessReason },
): Promise<AppointmentRecord[]> {
  const reader = appointmentReaderOf(ctx.principal, query.officeId);
  validateSlotRange(query.from, query.to);
  return ctx.em.transactional(async (tx) => {
    const appointments = await appointmentsOfOffice(tx, query.officeId, query);
    ctx.dataAccess.note(
      reader,
      query.reason,
      appointments.flatMap(({ account, code }) =>
        account ? [{ citizenId: account.id, subject: `APPOINTMENT:${code}` }] : [],
      ),
    );
    await ctx.dataAccess.flush(tx);
    return appointments;
  });
}

/** The names of these counters ("Schalter 2"), by ID: where appointments are booked. */
export function counterNames(
  ctx: Pick<UseCaseContext, 'em'>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  return counterNamesByIds(ctx.em, ids);
}
