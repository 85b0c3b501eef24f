import type { EntityManager } from '@mikro-orm/postgresql';
import {
  accountIdOf,
  signedInAccount,
  worksFor,
  type AccountPrincipal,
  type Principal,
} from '../auth/principal.js';
import { DomainError, type DomainErrorCode } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import type { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { EventStream } from '../realtime/event-stream.js';
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
  confirmUnconfirmed,
  counterHandlesService,
  deleteExpiredHolds,
  deleteHoldByToken,
  deleteHoldOf,
  insertHold,
  offerCheck,
  countSlotCandidates,
  counterNamesByIds,
  findAppointment,
  findByIdempotencyKey,
  freeSlots,
  insertBooking,
  lockBookingsOf,
  type AppointmentKey,
  type AppointmentRecord,
  type BookingCheck,
  type FreedTime,
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
} from './appointment.errors.js';
import { appointmentIdOfToken, type LinkPurpose } from './appointment-links.js';
import { newBookingCode, normalizeBookingCode } from './booking-code.js';

export type { AppointmentRecord, Slot } from './appointment.queries.js';

/** What booking and cancelling need besides their input. */
type BookingContext = Pick<
  UseCaseContext,
  'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'
>;

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
 * The slots of a service whose availability a change of counter time may have moved: those that
 * overlap the changed period, when the changed counter handles the service at all.
 */
export async function slotsAffectedBy(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  serviceId: string,
  change: CounterTimeChanged,
): Promise<Slot[]> {
  if (!(await counterHandlesService(ctx.em, change.counterId, serviceId))) return [];
  const startsAt = new Date(change.startsAt);
  const endsAt = new Date(change.endsAt);
  // A slot that overlaps the change starts at most one (maximal) service duration before it.
  const from = new Date(startsAt.getTime() - 240 * 60_000);
  const slots = await findFreeSlots(ctx, {
    serviceId,
    officeId: change.officeId,
    from,
    to: endsAt,
  });
  return slots.filter((slot) => slot.endsAt > startsAt && slot.startsAt < endsAt);
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
      bookInTransaction({ ...ctx, em: tx }, booking, fingerprint, now, holdToken ?? null),
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
  booked.freed.forEach((freed) => publishCounterTimeChanged(ctx.bus, freed));
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
 * The booking, whether this request made it (false: it answers a retry), whether it took a time
 * that was free (false too when it confirmed a hold), and the expired holds it deleted on the
 * way, whose times are free again.
 */
type Booked = {
  appointment: AppointmentRecord;
  isNew: boolean;
  tookTime: boolean;
  freed: FreedTime[];
};

async function bookInTransaction(
  ctx: BookingContext,
  booking: ValidBooking,
  fingerprint: string,
  now: Date,
  holdToken: string | null,
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
    if (earlier) return { appointment: earlier, isNew: false, tookTime: false, freed: [] };
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
  if (holdToken !== null) {
    const tokenHash = holdTokenHash(holdToken);
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
    );
    if (!appointment) {
      // A hold that is still live but no longer bookable lies in a closure (or a schedule
      // change) made while it was held: the time is gone, not the hold's fault.
      if (await confirmableHoldExists(tx, tokenHash, booking, now)) {
        throw new DomainError(BookAppointmentErrorCode.INVALID_INPUT, 'error.notBookableTime', [
          'startsAt',
        ]);
      }
      throw new DomainError(BookAppointmentErrorCode.HOLD_EXPIRED, 'error.holdExpired', [
        'holdToken',
      ]);
    }
    await queueEmail(tx, bookingEmail(ctx, appointment, check.place, booking.language));
    // The time was taken while held: nobody's availability changes.
    return { appointment, isNew: true, tookTime: false, freed: [] };
  }
  // Expired holds of the office no longer count as taken (slot_candidates); their rows go first.
  const freed = await deleteExpiredHolds(tx, now, booking.officeId);
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
  return { appointment, isNew: true, tookTime: true, freed };
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
 * (INVALID_INPUT) or someone was faster (SLOT_TAKEN), in the caller's codes.
 */
async function onAFreeCounter<T, Code extends DomainErrorCode>(
  tx: EntityManager,
  slot: SlotRange,
  insert: () => Promise<T | null>,
  codes: { INVALID_INPUT: Code; SLOT_TAKEN: Code },
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
  if ((await countSlotCandidates(tx, slot)) === 0) {
    throw new DomainError(codes.INVALID_INPUT, 'error.notBookableTime', ['startsAt']);
  }
  throw new DomainError(codes.SLOT_TAKEN, 'error.slotTaken', ['startsAt']);
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
 * What identifies the appointment to cancel: the guest's code and e-mail, the token of the link in
 * its e-mails, or its id (the caller's own appointment only); and the citizen's language, in which
 * the confirmation e-mail is written.
 */
export type CancellationRequest = (
  { code: string; email: string } | { token: string } | { appointmentId: string }
) & { language: Language };

/** The appointment `cancelAppointment` may cancel for this caller, or null when it names none. */
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
  const field = 'code' in request ? 'code' : 'token' in request ? 'token' : 'id';
  const notFound = new DomainError(
    CancelAppointmentErrorCode.NOT_FOUND,
    'error.appointmentNotFound',
    [field],
  );
  await ctx.limits.take({ byCaller: ['cancellationsPerHour'] });
  const key = cancellationKey(ctx, request);
  if (!key) throw notFound;
  const now = ctx.clock();
  const appointment = await ctx.em.transactional(async (tx) => {
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
    return cancelled.appointment;
  });
  publishCounterTimeChanged(ctx.bus, timeOf(appointment));
  return appointment;
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
  let held: { hold: HoldRecord; freed: FreedTime[] };
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
      return { hold, freed };
    });
  } catch (error) {
    if (error instanceof DomainError) await taken.giveBack();
    throw error;
  }
  held.freed.forEach((freed) => publishCounterTimeChanged(ctx.bus, freed));
  publishCounterTimeChanged(ctx.bus, held.hold);
  return { ...held.hold, token };
}

/**
 * Releases the hold with this token at once (the citizen chose another time), and tells the
 * viewers that the time is free. A signed-in citizen's hold is released by that account only;
 * any other caller, and a token of no hold, gets NOT_FOUND.
 */
export async function releaseHold(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus'>,
  token: string,
): Promise<FreedTime> {
  const freed = await ctx.em.transactional((tx) =>
    deleteHoldByToken(tx, holdTokenHash(token), accountIdOf(ctx.principal)),
  );
  if (!freed) {
    throw new DomainError(ReleaseHoldErrorCode.NOT_FOUND, 'error.holdNotFound', ['token']);
  }
  publishCounterTimeChanged(ctx.bus, freed);
  return freed;
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
 * The bookings and cancellations at an office, as they are committed, for its staff: only when
 * and for how long, no personal data; whoever shows the appointments reads them again.
 */
export function officeAppointmentChanges(
  ctx: Pick<UseCaseContext, 'principal' | 'bus'>,
  officeId: string,
): EventStream<{ startsAt: Date; endsAt: Date }> {
  staffOf(ctx.principal, officeId);
  return ctx.bus.stream('counterTimeChanged', [officeId], async (change) => [
    { startsAt: new Date(change.startsAt), endsAt: new Date(change.endsAt) },
  ]);
}

export async function officeAppointments(
  ctx: Pick<UseCaseContext, 'em' | 'principal' | 'dataAccess'>,
  query: { officeId: string; from: Date; to: Date; reason: AccessReason },
): Promise<AppointmentRecord[]> {
  const principal = staffOf(ctx.principal, query.officeId);
  validateSlotRange(query.from, query.to);
  return ctx.em.transactional(async (tx) => {
    const appointments = await appointmentsOfOffice(tx, query.officeId, query);
    ctx.dataAccess.note(
      principal,
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
