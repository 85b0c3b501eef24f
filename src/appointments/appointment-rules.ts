import { createHash, randomBytes } from 'node:crypto';
import { InvalidInputError, invalidField, type FieldProblem } from '../common/domain-error.js';
import type { Language } from '../common/language.js';

/** How many upcoming appointments one e-mail address may hold at once. */
export const OPEN_BOOKINGS_PER_EMAIL = 3;
/** The longest period one freeSlots request may cover, in days. */
export const MAX_SLOT_RANGE_DAYS = 31;

const DAY_MS = 24 * 60 * 60 * 1000;

export type BookingRequest = {
  /** The signed-in account that books; null for a guest. */
  accountId?: string | null;
  serviceId: string;
  officeId: string;
  startsAt: Date;
  name: string;
  email: string;
  phone?: string | null;
  idempotencyKey?: string | null;
  /** The citizen's language, in which the confirmation e-mail is written. */
  language: Language;
};

export type ValidBooking = Required<
  Omit<BookingRequest, 'accountId' | 'phone' | 'idempotencyKey'>
> & {
  accountId: string | null;
  phone: string | null;
  idempotencyKey: string | null;
};

// Deliberately simple: one @, no spaces, a dot in the domain. Delivery proves the rest.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ()/-]{5,30}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:.-]{1,200}$/;
const CONTROL_CHARACTERS = /\p{Cc}/u;
// E-mails print only a name's letters and a few marks (inertName): a name needs one.
const LETTER = /\p{L}/u;

/** How long a time stays held for whoever chose it (holdSlot) before it is free again. */
export const HOLD_MINUTES = 10;

/**
 * A start time to book or hold: not in the past. How far ahead is the service's booking window,
 * which slot_candidates applies (OUTSIDE_BOOKING_WINDOW).
 */
function startProblem(startsAt: Date, now: Date): FieldProblem | null {
  // A slot starting this very moment is still listed as free (slot_candidates), so it books.
  if (startsAt.getTime() < now.getTime()) return invalidField('startsAt', 'error.startsAtPast');
  return null;
}

/** Checks the start of a time to hold: a time that could be booked now. */
export function validateHoldStart(startsAt: Date, now: Date): void {
  const problem = startProblem(startsAt, now);
  if (problem) throw new InvalidInputError([problem]);
}

/**
 * The secret that proves a hold is one's own: 32 random bytes, base64url. Only its SHA-256 is
 * stored, so that a read of the table cannot confirm or release someone else's hold.
 */
export function newHoldToken(): string {
  return randomBytes(32).toString('base64url');
}

export function holdTokenHash(token: string): string {
  return createHash('sha256').update(`rathaus-hold:${token}`).digest('hex');
}

/** Who holds a time, as the table keeps it: a hash of the caller's key (account or address). */
export function holderHash(callerKey: string): string {
  return createHash('sha256').update(`rathaus-holder:${callerKey}`).digest('hex');
}

/** What is wrong with a (trimmed) name that a booking will carry. */
export function nameProblems(name: string): FieldProblem[] {
  if (name.length === 0) return [invalidField('name', 'error.required')];
  if (name.length > 200 || CONTROL_CHARACTERS.test(name) || !LETTER.test(name)) {
    return [invalidField('name', 'error.invalidName')];
  }
  return [];
}

/** What is wrong with a (trimmed, lower-cased) e-mail address. */
export function emailProblems(email: string): FieldProblem[] {
  if (email.length === 0) return [invalidField('email', 'error.required')];
  if (email.length > 254 || !EMAIL.test(email))
    return [invalidField('email', 'error.invalidEmail')];
  return [];
}

/** Checks and normalizes a booking request; reports every wrong field at once. */
export function validateBooking(request: BookingRequest, now: Date): ValidBooking {
  const problems: FieldProblem[] = [];
  const name = request.name.trim();
  const email = request.email.trim().toLowerCase();
  const phone = request.phone?.trim() || null;
  const idempotencyKey = request.idempotencyKey ?? null;
  problems.push(...nameProblems(name), ...emailProblems(email));
  if (phone !== null && !PHONE.test(phone))
    problems.push(invalidField('phone', 'error.invalidPhone'));
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    problems.push(invalidField('idempotencyKey', 'error.invalidIdempotencyKey'));
  }
  const start = startProblem(request.startsAt, now);
  if (start) problems.push(start);
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { ...request, accountId: request.accountId ?? null, name, email, phone, idempotencyKey };
}

/** The longest period `closures` lists at once: a year and a day. */
export const MAX_CLOSURE_RANGE_DAYS = 366;
/** The most closures one answer of `closures` holds; its query cost is weighed at this. */
export const MAX_CLOSURES = 100;

/** Whether a period of closures to list is usable; throws the field error otherwise. */
export function validateClosureRange(from: Date, to: Date): void {
  const length = to.getTime() - from.getTime();
  if (length <= 0 || length > MAX_CLOSURE_RANGE_DAYS * DAY_MS) {
    throw new InvalidInputError([
      invalidField('to', 'error.invalidRange', { days: MAX_CLOSURE_RANGE_DAYS }),
    ]);
  }
}

/** Whether a freeSlots period is usable; throws the field error otherwise. */
export function validateSlotRange(from: Date, to: Date): void {
  const length = to.getTime() - from.getTime();
  if (length <= 0 || length > MAX_SLOT_RANGE_DAYS * DAY_MS) {
    throw new InvalidInputError([
      invalidField('to', 'error.invalidRange', { days: MAX_SLOT_RANGE_DAYS }),
    ]);
  }
}

/**
 * Fingerprint of what a booking request asks for, stored with its idempotency key: a retry must
 * ask for the same thing, or it is refused instead of silently answered with another booking.
 */
export function bookingFingerprint(booking: ValidBooking): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        booking.serviceId,
        booking.officeId,
        booking.startsAt.toISOString(),
        booking.name,
        booking.email,
        booking.phone,
      ]),
    )
    .digest('base64url');
}

/** Checks a new time for an appointment and the request's idempotency key. */
export function validateReschedule(
  request: { startsAt: Date; idempotencyKey: string | null },
  now: Date,
): void {
  const problems: FieldProblem[] = [];
  const start = startProblem(request.startsAt, now);
  if (start) problems.push(start);
  if (request.idempotencyKey !== null && !IDEMPOTENCY_KEY.test(request.idempotencyKey)) {
    problems.push(invalidField('idempotencyKey', 'error.invalidIdempotencyKey'));
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
}

/** What a rescheduling's idempotency key stands for: this appointment to this time. */
export function rescheduleFingerprint(appointmentId: string, startsAt: Date): string {
  return createHash('sha256')
    .update(JSON.stringify([appointmentId, startsAt.toISOString()]))
    .digest('base64url');
}
