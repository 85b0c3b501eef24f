import { createHash } from 'node:crypto';
import { DomainError } from '../common/domain-error.js';
import { Role } from '../entities/accounts/account.entity.js';
import { AuthErrorCode } from './auth.errors.js';
import { callerKey } from './caller.js';
import type { Principal } from './principal.js';
import type { Limit, RateLimits } from './rate-limits.js';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/**
 * How often a caller may do what takes a slot, sends an e-mail or costs the town hall work
 * (README, "Limits"). Per caller means per account, or per client address when anonymous; staff
 * and admins are not limited per caller (they book for citizens at the counter). The numbers let
 * a family book several appointments and dozens of citizens behind one carrier NAT act at once;
 * RATE_LIMIT_FACTOR multiplies them all.
 */
export const USE_LIMITS = {
  /** bookAppointment per caller. */
  bookingsPerHour: { points: 10, durationSeconds: HOUR },
  bookingsPerDay: { points: 30, durationSeconds: DAY },
  /**
   * holdSlot per caller: each takes a time from everyone else for 10 minutes. A citizen trying
   * a few times and offices is fine; a script cycling holds through a day is not.
   */
  holdsPerHour: { points: 30, durationSeconds: HOUR },
  /**
   * joinWaitlist per caller: a guest's join e-mails a confirmation link, and each entry is one
   * more person a freed time is matched against.
   */
  waitlistJoinsPerHour: { points: 10, durationSeconds: HOUR },
  /** confirmWaitlistEntry, acceptWaitlistOffer and declineWaitlistOffer per caller (guessing links). */
  waitlistLinksPerHour: { points: 30, durationSeconds: HOUR },
  /**
   * requestReleasedTime per caller: one request per person and release, so a household asking
   * for a few releases is fine; a script making up e-mail addresses from one address is not.
   */
  releaseRequestsPerHour: { points: 10, durationSeconds: HOUR },
  /** cancelAppointment per caller, refused ones included (guessing codes). */
  cancellationsPerHour: { points: 20, durationSeconds: HOUR },
  /**
   * rescheduleAppointment per caller, refused ones included (guessing codes, a script cycling an
   * appointment through a day's times).
   */
  reschedulesPerHour: { points: 10, durationSeconds: HOUR },
  /** registerAccount per caller. */
  registrationsPerHour: { points: 10, durationSeconds: HOUR },
  /** signInWithPassword per client address, whichever accounts it tries. */
  signInsPerAddress: { points: 100, durationSeconds: 15 * 60 },
  /** startPasskeySignIn (each stores a challenge) per client address. */
  passkeyChallengesPerAddress: { points: 60, durationSeconds: 15 * 60 },
  /** verifyEmail per client address (guessing links). */
  emailLinksPerAddress: { points: 30, durationSeconds: 15 * 60 },
  /**
   * E-mails to one address that a caller causes (registration, verification, booking and
   * cancellation confirmations): what an attacker can make the town send to someone else.
   */
  mailsToAddressPerHour: { points: 8, durationSeconds: HOUR },
  mailsToAddressPerDay: { points: 20, durationSeconds: DAY },
  /** drawTicket online per caller: a walk-in ticket is a scarce thing. */
  ticketsPerHour: { points: 3, durationSeconds: HOUR },
  ticketsPerDay: { points: 6, durationSeconds: DAY },
  /** drawTicket by one lobby kiosk: a busy morning, not a script emptying the day. */
  kioskTicketsPerHour: { points: 300, durationSeconds: HOUR },
  /** checkIn from the phone per caller, refused ones included (guessing codes). */
  checkInsPerHour: { points: 20, durationSeconds: HOUR },
  /**
   * retireOffice, retireService and retireCounter that cancel appointments with a notice, per
   * client address (admins are not limited per caller): each may send an e-mail to hundreds.
   */
  retirementNoticesPerHour: { points: 20, durationSeconds: HOUR },
  /**
   * cancelOfficeAppointments per client address (staff are not limited per caller): each may
   * send an e-mail to a day's citizens.
   */
  officeCancellationsPerHour: { points: 20, durationSeconds: HOUR },
  /**
   * createApplicationUpload per caller: each ticket lets a file onto the town's disk; a whole
   * application's documents twice over (the upload route counts the files themselves too).
   */
  uploadTicketsPerHour: { points: 40, durationSeconds: HOUR },
  /**
   * createWebhookEndpoint, updateWebhookEndpoint and rotateWebhookEndpointSecret per caller: each
   * resolves a host name and a new endpoint is one more receiver every event goes to.
   */
  webhookChangesPerHour: { points: 30, durationSeconds: HOUR },
  /** checkIn at one lobby kiosk. */
  kioskCheckInsPerHour: { points: 300, durationSeconds: HOUR },
} satisfies Record<string, Limit>;

export type UseName = keyof typeof USE_LIMITS;

/** The refusal when a limit is used up; the caller may try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError<AuthErrorCode.RATE_LIMITED> {
  constructor(readonly retryAfterSeconds: number) {
    super(
      AuthErrorCode.RATE_LIMITED,
      retryAfterSeconds < 120 ? 'error.retryInSeconds' : 'error.retryInMinutes',
      null,
      { seconds: retryAfterSeconds, minutes: Math.ceil(retryAfterSeconds / 60) },
    );
  }
}

/** What a use case claims from its caller's limits of use. */
export type Claim = {
  /** One use each by the caller (account or anonymous client address); staff and admins are free. */
  byCaller?: UseName[];
  /** One use each by the client address, whoever is signed in. */
  byAddress?: UseName[];
  /** One e-mail to this address, caused by the caller. */
  mailTo?: string;
};

/** Claimed uses, to give back when what they were for did not happen (a refused booking). */
export type Taken = { giveBack(): Promise<void> };

export type CallerLimits = {
  /** Takes all that the claim names, or none: refuses with RateLimitedError when one is used up. */
  take(claim: Claim): Promise<Taken>;
};

/** Staff and admins are not limited per caller: they book and search for citizens at the counter. */
export function limitedPerCaller(principal: Principal): boolean {
  return !(
    principal.kind === 'account' &&
    (principal.roles.includes(Role.STAFF) || principal.roles.includes(Role.ADMIN))
  );
}

function scaled(limit: Limit, factor: number): Limit {
  return { ...limit, points: Math.max(1, Math.round(limit.points * factor)) };
}

/** E-mail addresses are kept in the (shared) limiter store only as hashes. */
function recipientKey(email: string): string {
  return createHash('sha256')
    .update(`rathaus-recipient:${email.trim().toLowerCase()}`)
    .digest('base64url');
}

export function createCallerLimits(options: {
  limits: RateLimits;
  principal: Principal;
  clientIp: string;
  /** RATE_LIMIT_FACTOR. */
  factor: number;
  /** Told about every refusal, e.g. to answer HTTP 429 with Retry-After. */
  onRefusal: (retryAfterSeconds: number) => void;
}): CallerLimits {
  const { principal, clientIp, factor } = options;
  const trusted = !limitedPerCaller(principal);
  const limiter = (use: UseName) =>
    options.limits.limiter(`use:${use}`, scaled(USE_LIMITS[use], factor));
  return {
    async take(claim) {
      const wanted: Array<[UseName, string]> = [
        ...(trusted ? [] : (claim.byCaller ?? [])).map((use): [UseName, string] => [
          use,
          callerKey(principal, clientIp),
        ]),
        ...(claim.byAddress ?? []).map((use): [UseName, string] => [use, `ip:${clientIp}`]),
        ...(claim.mailTo
          ? (['mailsToAddressPerHour', 'mailsToAddressPerDay'] as const).map(
              (use): [UseName, string] => [use, recipientKey(claim.mailTo as string)],
            )
          : []),
      ];
      const taken: Array<[UseName, string]> = [];
      const giveBack = async () => {
        await Promise.all(taken.map(([use, key]) => limiter(use).reward(key)));
      };
      for (const [use, key] of wanted) {
        const check = await limiter(use).consume(key);
        if (!check.allowed) {
          await giveBack();
          options.onRefusal(check.retryAfterSeconds);
          throw new RateLimitedError(check.retryAfterSeconds);
        }
        taken.push([use, key]);
      }
      return { giveBack };
    },
  };
}
