import type { EntityManager } from '@mikro-orm/postgresql';
import type { TownSettings } from '../common/use-case.js';
import { queueEmail } from '../notifications/outbox.js';
import type { EventBus } from '../realtime/event-bus.js';
import { holderHash, holdTokenHash, newHoldToken } from './appointment-rules.js';
import type { FreedTime } from './appointment.queries.js';
import { newBookingCode } from './booking-code.js';
import { waitlistOfferEmail } from './waitlist-mail.js';
import { firstMatch, insertOffer, lockOffersAt, offerMailing } from './waitlist.queries.js';

// Turning freed times into waitlist offers (docs/decisions/0025-waitlist.md). Called in the
// transaction that frees the time (a cancellation, a released or expired hold, a declined or
// expired offer), so that nobody can book a freed time before the first in line is offered it.

/** How long an offered time stays held for the person in line. */
export const OFFER_MINUTES = 15;

/** A refused insert (a counter taken meanwhile, a code drawn twice) is looked at again this often. */
const MAX_OFFER_ATTEMPTS = 5;

/** An offer made: the time held for the entry until `heldUntil`. */
export type WaitlistOfferMade = {
  appointmentId: string;
  entryId: string;
  /** Null for a guest's entry, whose offer goes by e-mail only. */
  accountId: string | null;
  serviceId: string;
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  heldUntil: Date;
};

/** Who holds an offer, as the table keeps it: never the same as a holdSlot holder's hash. */
export function offerHolderHash(personKey: string): string {
  return holderHash(`waitlist:${personKey}`);
}

/**
 * Offers each freed time to the first matching entries in line, in the caller's transaction: as
 * long as some slot of the freed time is free and someone matches, it is held for them for
 * OFFER_MINUTES and they get an e-mail. What nobody matches stays free. The offers of one office
 * are serialised by an advisory lock, so that instances never offer one time twice; the
 * exclusion constraint and the one-offer-per-person index are the backstop.
 */
export async function offerFreedTimes(
  tx: EntityManager,
  settings: TownSettings,
  freed: readonly FreedTime[],
  now: Date,
): Promise<WaitlistOfferMade[]> {
  const offers: WaitlistOfferMade[] = [];
  for (const time of freed) {
    await lockOffersAt(tx, time.officeId);
    let refused = 0;
    while (refused < MAX_OFFER_ATTEMPTS) {
      const match = await firstMatch(tx, time, now, settings.timeZone);
      if (!match) break;
      const token = newHoldToken();
      const heldUntil = new Date(now.getTime() + OFFER_MINUTES * 60_000);
      const appointmentId = await insertOffer(tx, {
        ...match,
        officeId: time.officeId,
        code: newBookingCode(),
        tokenHash: holdTokenHash(token),
        holderHash: offerHolderHash(match.personKey),
        heldUntil,
        createdAt: now,
      });
      if (!appointmentId) {
        refused += 1;
        continue;
      }
      const mailing = await offerMailing(tx, match.entryId, time.officeId);
      await queueEmail(
        tx,
        waitlistOfferEmail(mailing, { ...match, heldUntil }, mailing.place, settings, token),
      );
      offers.push({
        appointmentId,
        entryId: match.entryId,
        accountId: match.accountId,
        serviceId: match.serviceId,
        officeId: time.officeId,
        startsAt: match.startsAt,
        endsAt: match.endsAt,
        heldUntil,
      });
    }
  }
  return offers;
}

/** How far ahead times that open are looked at: as far as a waitlist entry may reach. */
const OPENED_HORIZON_MS = 366 * 24 * 60 * 60_000;

/**
 * Offers what counters of an office newly give (a new schedule, a closure lifted) to the first
 * matching entries in line, in the caller's transaction, as offerFreedTimes does for a freed time:
 * a waitlist is for every time that appears, not only for cancelled ones. The period is cut to
 * what lies ahead, up to as far as a waitlist entry may reach (`endsAt` null: open-ended).
 */
export async function offerOpenedTimes(
  tx: EntityManager,
  settings: TownSettings,
  opened: { officeId: string; counterIds: readonly string[]; startsAt: Date; endsAt: Date | null },
  now: Date,
): Promise<WaitlistOfferMade[]> {
  const startsAt = new Date(Math.max(opened.startsAt.getTime(), now.getTime()));
  const horizon = now.getTime() + OPENED_HORIZON_MS;
  const endsAt = new Date(Math.min(opened.endsAt?.getTime() ?? horizon, horizon));
  if (endsAt <= startsAt) return [];
  const times = opened.counterIds.map((counterId) => ({
    officeId: opened.officeId,
    counterId,
    startsAt,
    endsAt,
  }));
  return offerFreedTimes(tx, settings, times, now);
}

/** Tells each account its new offer (waitlistOffer), after commit. */
export function publishWaitlistOffers(bus: EventBus, offers: readonly WaitlistOfferMade[]): void {
  for (const offer of offers) {
    if (!offer.accountId) continue;
    bus.publish('waitlistOffer', offer.accountId, {
      entryId: offer.entryId,
      serviceId: offer.serviceId,
      officeId: offer.officeId,
      startsAt: offer.startsAt.toISOString(),
      endsAt: offer.endsAt.toISOString(),
      expiresAt: offer.heldUntil.toISOString(),
    });
  }
}
