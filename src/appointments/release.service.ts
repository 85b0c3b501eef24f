import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { appointmentEvent, queueWebhookEvent } from '../webhooks/webhook-events.js';
import { accountIdOf, signedInAccount, worksFor } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import {
  ReleaseRequestStatus,
  type ReleaseTimeOfDay,
} from '../entities/appointments/appointment-release.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import { releaseNotDrawnEmail, upcomingAppointmentEmail } from './appointment-mail.js';
import {
  insertDrawnBooking,
  offerCheck,
  placeOfService,
  type AppointmentRecord,
} from './appointment.queries.js';
import {
  CreateAppointmentReleaseErrorCode,
  RequestReleasedTimeErrorCode,
} from './appointment.errors.js';
import { validateBooking } from './appointment-rules.js';
import { publishCounterTimeChanged } from './appointment.service.js';
import { newBookingCode } from './booking-code.js';
import {
  claimDueRelease,
  findRelease,
  insertRelease,
  insertRequest,
  markDrawn,
  pendingRequests,
  releasedTimes,
  requestByTokenHash,
  requestsOfAccount,
  upcomingReleasesOfServices,
  type PendingRequest,
  type ReleaseRecord,
  type ReleaseRequestRecord,
} from './release.queries.js';
import {
  drawOrder,
  newDrawSeed,
  newRequestToken,
  personKey,
  requestTokenHash,
  suits,
  validatePreferredDays,
  validateRelease,
  type ReleasedTime,
} from './release-rules.js';
import { offerFreedTimes, publishWaitlistOffers } from './waitlist-offers.js';

// Fair release (docs/fair-release.md, docs/decisions/0027-fair-release.md): times released in
// bulk are not booked first-come; requests are collected for a window, then drawn by lottery.

export type { ReleaseRecord, ReleaseRequestRecord } from './release.queries.js';

/** Staff of the office (or an admin) define a release of a service's times there. */
export async function createAppointmentRelease(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  input: {
    serviceId: string;
    officeId: string;
    startsAt: Date;
    endsAt: Date;
    opensAt: Date;
    windowMinutes: number;
  },
): Promise<ReleaseRecord> {
  const creator = accountIdOf(ctx.principal);
  if (!creator || !worksFor(ctx.principal, input.officeId)) {
    throw new DomainError(CreateAppointmentReleaseErrorCode.FORBIDDEN, 'error.forbidden', [
      'officeId',
    ]);
  }
  const now = ctx.clock();
  const { closesAt } = validateRelease(input, now);
  try {
    return await ctx.em.transactional(async (tx) => {
      const offer = await offerCheck(tx, input);
      if (!offer.serviceExists || !offer.officeExists || !offer.offered) {
        throw new DomainError(
          CreateAppointmentReleaseErrorCode.NOT_FOUND,
          'error.serviceNotOffered',
          [offer.serviceExists ? 'officeId' : 'serviceId'],
        );
      }
      return insertRelease(tx, { ...input, closesAt, createdBy: creator, createdAt: now });
    });
  } catch (error) {
    if (postgresErrorOf(error)?.code === SqlState.exclusionViolation) {
      throw new DomainError(
        CreateAppointmentReleaseErrorCode.OVERLAPPING,
        'error.releaseOverlapping',
        ['startsAt'],
      );
    }
    throw error;
  }
}

/** A request and the token its guest reads it with (shown once). */
export type SubmittedRequest = { request: ReleaseRequestRecord; token: string };

/**
 * Collects one person's request for a time of a release while its window is open: one per
 * normalized e-mail address (personKey) and per account, which the unique constraints decide
 * when two arrive at once. Nothing is booked and no e-mail is sent until the draw.
 */
export async function requestReleasedTime(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'limits'>,
  input: {
    releaseId: string;
    name: string;
    email: string;
    phone?: string | null;
    preferredDays: readonly string[];
    timeOfDay: ReleaseTimeOfDay;
    language: Language;
  },
): Promise<SubmittedRequest> {
  const now = ctx.clock();
  const release = await findRelease(ctx.em, input.releaseId);
  if (!release) {
    throw new DomainError(RequestReleasedTimeErrorCode.NOT_FOUND, 'error.releaseNotFound', [
      'releaseId',
    ]);
  }
  if (now < release.opensAt) {
    throw new DomainError(RequestReleasedTimeErrorCode.NOT_OPEN, 'error.releaseNotOpen', null, {
      opensAt: release.opensAt.toISOString(),
    });
  }
  if (now >= release.closesAt || release.drawnAt) {
    throw new DomainError(RequestReleasedTimeErrorCode.CLOSED, 'error.releaseClosed');
  }
  // The booking's own rules for who is coming; the time is the draw's, the release's first here.
  const person = validateBooking(
    {
      serviceId: release.serviceId,
      officeId: release.officeId,
      startsAt: release.startsAt,
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      language: input.language,
    },
    now,
  );
  const preferredDays = validatePreferredDays(input.preferredDays);
  const taken = await ctx.limits.take({ byCaller: ['releaseRequestsPerHour'] });
  const token = newRequestToken();
  try {
    const request = await insertRequest(ctx.em, {
      releaseId: release.id,
      accountId: accountIdOf(ctx.principal),
      name: person.name,
      email: person.email,
      phone: person.phone,
      personKey: personKey(person.email),
      language: input.language,
      preferredDays,
      timeOfDay: input.timeOfDay,
      tokenHash: requestTokenHash(token),
      createdAt: now,
    });
    return { request, token };
  } catch (error) {
    const pg = postgresErrorOf(error);
    if (
      pg?.code === SqlState.uniqueViolation &&
      (pg.constraint === 'release_request_one_per_person' ||
        pg.constraint === 'release_request_one_per_account')
    ) {
      // A refused duplicate took nothing from anyone.
      await taken.giveBack();
      throw new DomainError(
        RequestReleasedTimeErrorCode.DUPLICATE_REQUEST,
        'error.releaseDuplicate',
        [pg.constraint === 'release_request_one_per_person' ? 'email' : 'releaseId'],
      );
    }
    throw error;
  }
}

/** The signed-in citizen's requests, the latest first. */
export function myReleaseRequests(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
): Promise<ReleaseRequestRecord[]> {
  return requestsOfAccount(ctx.em, signedInAccount(ctx.principal).accountId);
}

/** A guest's request by the token requestReleasedTime gave; null for any other token. */
export function releaseRequestByToken(
  ctx: Pick<UseCaseContext, 'em'>,
  token: string,
): Promise<ReleaseRequestRecord | null> {
  return requestByTokenHash(ctx.em, requestTokenHash(token));
}

/** Per service, its next release not drawn yet (for the service page). */
export function upcomingReleases(
  ctx: Pick<UseCaseContext, 'em'>,
  serviceIds: readonly string[],
): Promise<ReleaseRecord[]> {
  return upcomingReleasesOfServices(ctx.em, serviceIds);
}

/** A release by ID (public: when and what it releases, and once drawn its seed). */
export function findAppointmentRelease(
  ctx: Pick<UseCaseContext, 'em'>,
  id: string,
): Promise<ReleaseRecord | null> {
  return findRelease(ctx.em, id);
}

/** What one draw did. */
export type DrawResult = { release: ReleaseRecord; won: number; notDrawn: number };

/** A booking code is drawn again when it happens to exist already; this often at most. */
const MAX_CODE_ATTEMPTS = 5;

type DrawContext = Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'settings'>;

/**
 * Draws the next release whose window has ended, if any: in one transaction, claims it (marked
 * drawn with a fresh seed, so no other instance draws it), orders its requests by the seed, and
 * gives each in turn the earliest free time that suits it, booked as a real appointment (the
 * exclusion constraint still decides), with the confirmation e-mail; a request for which no
 * suitable time is left gets the "not this time" e-mail. What is left goes to the waitlist first
 * (offers made in the same transaction), the rest is bookable once this commits. Null when no
 * release is due.
 */
export async function drawNextRelease(ctx: DrawContext): Promise<DrawResult | null> {
  const now = ctx.clock();
  const drawn = await ctx.em.transactional(async (tx) => {
    const release = await claimDueRelease(tx, now, newDrawSeed());
    if (!release?.seed) return null;
    const place = await placeOfService(tx, release);
    if (!place) throw new Error(`The place of release ${release.id} is missing`);
    const free = await releasedTimes(tx, release, ctx.settings.timeZone, now);
    const order = drawOrder(await pendingRequests(tx, release.id), release.seed);
    let won = 0;
    for (const [index, request] of order.entries()) {
      const appointment = await bookSuitableTime(tx, release, request, free, now);
      await markDrawn(tx, request.id, {
        status: appointment ? ReleaseRequestStatus.WON : ReleaseRequestStatus.NOT_DRAWN,
        position: index + 1,
        appointmentId: appointment?.id ?? null,
      });
      const context = { lang: request.language, ...ctx.settings };
      await queueEmail(
        tx,
        appointment
          ? upcomingAppointmentEmail('appointmentBooked', appointment, place, context)
          : releaseNotDrawnEmail(request, place, context),
      );
      if (appointment) won += 1;
    }
    // The times nobody drew appear now, as a new schedule's do: the waitlist has them first.
    const left = free.map(({ counterId, startsAt, endsAt }) => ({
      officeId: release.officeId,
      counterId,
      startsAt,
      endsAt,
    }));
    const offers = await offerFreedTimes(tx, ctx.settings, left, now);
    return { result: { release, won, notDrawn: order.length - won }, offers };
  });
  if (!drawn) return null;
  publishWaitlistOffers(ctx.bus, drawn.offers);
  // The times left are bookable from now on: their viewers learn it (the drawn ones were never
  // offered, so nothing changes for them).
  const { release } = drawn.result;
  const times = await releasedTimes(ctx.em, release, ctx.settings.timeZone, now);
  for (const time of times) {
    publishCounterTimeChanged(ctx.bus, { officeId: release.officeId, ...time });
  }
  return drawn.result;
}

/**
 * Books the earliest time of `free` that suits the request and takes it out of `free`; null
 * when none suits. A time whose counter turns out taken (another service's booking there) is
 * dropped and the next one tried.
 */
async function bookSuitableTime(
  tx: Parameters<typeof insertDrawnBooking>[0],
  release: ReleaseRecord,
  request: PendingRequest,
  free: ReleasedTime[],
  now: Date,
): Promise<AppointmentRecord | null> {
  for (let index = free.findIndex((time) => suits(time, request)); index >= 0;) {
    const [time] = free.splice(index, 1);
    if (!time) break;
    const appointment = await withFreshCode((code) =>
      insertDrawnBooking(tx, {
        code,
        serviceId: release.serviceId,
        officeId: release.officeId,
        counterId: time.counterId,
        startsAt: time.startsAt,
        endsAt: time.endsAt,
        name: request.name,
        email: request.email,
        phone: request.phone,
        language: request.language,
        accountId: request.accountId,
        createdAt: now,
      }),
    );
    if (appointment) {
      await queueWebhookEvent(
        tx,
        appointmentEvent(WebhookEventType.APPOINTMENT_BOOKED, appointment),
        now,
      );
      return appointment;
    }
    index = free.findIndex((next) => suits(next, request));
  }
  return null;
}

async function withFreshCode<T>(insert: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await insert(newBookingCode());
    } catch (error) {
      const pg = postgresErrorOf(error);
      const codeTaken =
        pg?.code === SqlState.uniqueViolation && pg.constraint === 'appointment_code_unique';
      if (!codeTaken || attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}
