import { createHash, createHmac, randomBytes } from 'node:crypto';
import { InvalidInputError, invalidField, type FieldProblem } from '../common/domain-error.js';
import { ReleaseTimeOfDay } from '../entities/appointments/appointment-release.entity.js';
import { MAX_SLOT_RANGE_DAYS } from './appointment-rules.js';

// The rules of a fair release (docs/fair-release.md, docs/decisions/0027-fair-release.md).

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead a release may lie, in days: as far as a service's booking window can reach. */
const RELEASE_HORIZON_DAYS = 365;
/** The longest collection window, in minutes: a morning is plenty. */
export const MAX_WINDOW_MINUTES = 240;
/** The most days a request may name. */
export const MAX_PREFERRED_DAYS = 31;
/** Before noon (local time) is MORNING, from noon AFTERNOON. */
const NOON_HOUR = 12;

export type ReleaseDefinition = {
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  windowMinutes: number;
};

/** Checks a release's times; its collection window must end before its first time. */
export function validateRelease(release: ReleaseDefinition, now: Date): { closesAt: Date } {
  const problems: FieldProblem[] = [];
  const length = release.endsAt.getTime() - release.startsAt.getTime();
  if (length <= 0 || length > MAX_SLOT_RANGE_DAYS * DAY_MS) {
    problems.push(invalidField('endsAt', 'error.invalidRange', { days: MAX_SLOT_RANGE_DAYS }));
  }
  if (release.startsAt.getTime() > now.getTime() + RELEASE_HORIZON_DAYS * DAY_MS) {
    problems.push(invalidField('startsAt', 'error.releaseTooFar', { days: RELEASE_HORIZON_DAYS }));
  }
  if (release.opensAt.getTime() < now.getTime()) {
    problems.push(invalidField('opensAt', 'error.startsAtPast'));
  }
  const minutes = release.windowMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_WINDOW_MINUTES) {
    problems.push(
      invalidField('windowMinutes', 'error.releaseWindow', { max: MAX_WINDOW_MINUTES }),
    );
  }
  const closesAt = new Date(release.opensAt.getTime() + minutes * 60_000);
  if (closesAt.getTime() > release.startsAt.getTime()) {
    problems.push(invalidField('opensAt', 'error.releaseOpensTooLate'));
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { closesAt };
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the days a request names (local dates, YYYY-MM-DD); returns them sorted, once each. */
export function validatePreferredDays(days: readonly string[]): string[] {
  const unique = [...new Set(days)].sort();
  if (unique.length > MAX_PREFERRED_DAYS || unique.some((day) => !LOCAL_DATE.test(day))) {
    throw new InvalidInputError([
      invalidField('preferredDays', 'error.preferredDays', { max: MAX_PREFERRED_DAYS }),
    ]);
  }
  return unique;
}

/**
 * One person as a release counts them: the e-mail address in lower case without a "+tag" in its
 * local part (anna+1@example.org and Anna@example.org are one person). Dots are kept: only some
 * providers ignore them, and for the others they name different people.
 */
export function personKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0];
  return `${local}${address.slice(at)}`;
}

/** The token a guest reads their request with: 32 random bytes, only its SHA-256 stored. */
export function newRequestToken(): string {
  return randomBytes(32).toString('base64url');
}

export function requestTokenHash(token: string): string {
  return createHash('sha256').update(`rathaus-release-request:${token}`).digest('hex');
}

/** A new seed for a draw: 32 bytes from the operating system's secure generator, hex. */
export function newDrawSeed(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The drawn order: each request's HMAC-SHA256 under the seed, ascending. Whoever knows the
 * published seed and the requests' ids can compute it again; nobody can steer it before the seed
 * exists, which is only at the draw.
 */
export function drawOrder<T extends { id: string }>(requests: readonly T[], seed: string): T[] {
  const key = Buffer.from(seed, 'hex');
  return requests
    .map((request) => ({
      request,
      rank: createHmac('sha256', key).update(request.id).digest('hex'),
    }))
    .sort((left, right) => (left.rank < right.rank ? -1 : left.rank > right.rank ? 1 : 0))
    .map(({ request }) => request);
}

/** A released time as the draw sees it: where, when, and its local day and hour. */
export type ReleasedTime = {
  counterId: string;
  startsAt: Date;
  endsAt: Date;
  localDay: string;
  localHour: number;
};

/** Whether a time suits a request: one of its days (or any), at its time of day (or any). */
export function suits(
  time: ReleasedTime,
  wish: { preferredDays: readonly string[]; timeOfDay: ReleaseTimeOfDay },
): boolean {
  if (wish.preferredDays.length > 0 && !wish.preferredDays.includes(time.localDay)) return false;
  switch (wish.timeOfDay) {
    case ReleaseTimeOfDay.ANY:
      return true;
    case ReleaseTimeOfDay.MORNING:
      return time.localHour < NOON_HOUR;
    case ReleaseTimeOfDay.AFTERNOON:
      return time.localHour >= NOON_HOUR;
    default: {
      const unknown: never = wish.timeOfDay;
      throw new Error(`Unknown time of day ${String(unknown)}`);
    }
  }
}
