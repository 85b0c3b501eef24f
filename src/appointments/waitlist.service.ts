import type { EntityManager } from '@mikro-orm/postgresql';
import { accountIdOf, signedInAccount } from '../auth/principal.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import { WaitlistStatus } from '../entities/appointments/waitlist-entry.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import type { EventStream } from '../realtime/event-stream.js';
import type { WaitlistOfferEvent } from '../realtime/topics.js';
import { emailProblems, holdTokenHash, nameProblems, newHoldToken } from './appointment-rules.js';
import { bookOfferInTransaction, publishFreed } from './appointment.service.js';
import type { AppointmentRecord } from './appointment.queries.js';
import { offerFreedTimes } from './waitlist-offers.js';
import { waitlistConfirmationEmail } from './waitlist-mail.js';
import {
  AcceptWaitlistOfferErrorCode,
  ConfirmWaitlistEntryErrorCode,
  DeclineWaitlistOfferErrorCode,
  JoinWaitlistErrorCode,
  LeaveWaitlistErrorCode,
} from './waitlist.errors.js';
import {
  confirmEntry,
  declineOffer,
  entriesOfAccount,
  entryOfLink,
  findLiveOffer,
  insertEntry,
  leaveEntry,
  liveOffersMadeSince,
  markEntryBooked,
  offeringOffices,
  renewLink,
  serviceForMail,
  type EntryKey,
  type OfferKey,
  type WaitlistEntryRecord,
} from './waitlist.queries.js';

/** How far ahead a waitlist entry may reach, in days: as far as a service's booking window can. */
const WAITLIST_HORIZON_DAYS = 365;

export type { WaitlistEntryRecord } from './waitlist.queries.js';

/** At most this many offices per entry: a citizen's nearby ones, not a scan of the town. */
export const MAX_WAITLIST_OFFICES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;
const TIME_OF_DAY = /^([01][0-9]|2[0-3]):([0-5][0-9])$|^24:00$/;

export type JoinWaitlistRequest = {
  serviceId: string;
  officeIds: string[];
  /** Offered times start at or after this. */
  startsAfter: Date;
  /** Offered times start before this; at most WAITLIST_HORIZON_DAYS ahead. */
  endsBefore: Date;
  /** Local times "HH:MM": offered times start at or after the earliest and end by the latest. */
  earliestTime: string;
  latestTime: string;
  name: string;
  /** A guest's address; ignored when signed in (the account's address is used). */
  email: string | null;
  language: Language;
};

/** Minutes after midnight of "HH:MM"; null when malformed. */
function minuteOfDay(time: string): number | null {
  if (!TIME_OF_DAY.test(time)) return null;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

function validateJoin(request: JoinWaitlistRequest, signedIn: boolean, now: Date) {
  const problems = nameProblems(request.name.trim());
  const email = signedIn ? null : (request.email ?? '').trim().toLowerCase();
  if (email !== null) {
    problems.push(
      ...(email.length === 0
        ? [invalidField('email', 'error.waitlistEmailRequired')]
        : emailProblems(email)),
    );
  }
  const horizon = now.getTime() + WAITLIST_HORIZON_DAYS * DAY_MS;
  if (
    request.endsBefore.getTime() <= request.startsAfter.getTime() ||
    request.endsBefore.getTime() <= now.getTime() ||
    request.endsBefore.getTime() > horizon
  ) {
    problems.push(
      invalidField('endsBefore', 'error.waitlistPeriod', { days: WAITLIST_HORIZON_DAYS }),
    );
  }
  const earliest = minuteOfDay(request.earliestTime);
  const latest = minuteOfDay(request.latestTime);
  if (earliest === null || latest === null || latest <= earliest) {
    problems.push(invalidField('latestTime', 'error.waitlistTimesOfDay'));
  }
  const officeIds = [...new Set(request.officeIds)];
  if (officeIds.length === 0 || officeIds.length > MAX_WAITLIST_OFFICES) {
    problems.push(
      invalidField('officeIds', 'error.waitlistOffices', { max: MAX_WAITLIST_OFFICES }),
    );
  }
  if (problems.length > 0 || earliest === null || latest === null) {
    throw new InvalidInputError(problems);
  }
  return {
    name: request.name.trim(),
    email,
    officeIds,
    startsAfter: new Date(Math.max(request.startsAfter.getTime(), now.getTime())),
    earliestStartMinute: earliest,
    latestEndMinute: latest,
  };
}

/** What joining answers: the entry, and whether it waits for its e-mail's confirmation. */
export type JoinedWaitlist = { entryId: string; confirmationSent: boolean };

/**
 * Puts the caller in line for a time of a service at one or more offices, in a period and
 * between times of day. A signed-in citizen's entry is in line at once; a guest's waits for the
 * link in the e-mail this sends (UNCONFIRMED), so that nobody puts someone else's address in line.
 * One entry per person and service (waitlist_entry_one_live_per_person_idx): ALREADY_WAITING.
 */
export async function joinWaitlist(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'limits' | 'settings'>,
  request: JoinWaitlistRequest,
): Promise<JoinedWaitlist> {
  const now = ctx.clock();
  const accountId = accountIdOf(ctx.principal);
  const valid = validateJoin(request, accountId !== null, now);
  const taken = await ctx.limits.take({
    byCaller: ['waitlistJoinsPerHour'],
    ...(valid.email ? { mailTo: valid.email } : {}),
  });
  const token = valid.email ? newHoldToken() : null;
  try {
    const entryId = await ctx.em.transactional(async (tx) => {
      const offer = await offeringOffices(tx, request.serviceId, valid.officeIds);
      if (!offer.serviceExists) {
        throw new DomainError(JoinWaitlistErrorCode.NOT_FOUND, 'error.serviceNotFound', [
          'serviceId',
        ]);
      }
      if (offer.offering.length !== valid.officeIds.length) {
        throw new DomainError(JoinWaitlistErrorCode.NOT_FOUND, 'error.serviceNotOffered', [
          'officeIds',
        ]);
      }
      const id = await insertEntry(tx, {
        accountId,
        email: valid.email,
        personKey: accountId ? `account:${accountId}` : `email:${valid.email}`,
        name: valid.name,
        language: request.language,
        serviceId: request.serviceId,
        officeIds: valid.officeIds,
        startsAfter: valid.startsAfter,
        endsBefore: request.endsBefore,
        earliestStartMinute: valid.earliestStartMinute,
        latestEndMinute: valid.latestEndMinute,
        status: token ? WaitlistStatus.UNCONFIRMED : WaitlistStatus.WAITING,
        linkTokenHash: token ? holdTokenHash(token) : null,
        createdAt: now,
      });
      if (token && valid.email) {
        const service = await serviceForMail(tx, request.serviceId);
        await queueEmail(
          tx,
          waitlistConfirmationEmail(
            { email: valid.email, name: valid.name, language: request.language },
            service,
            ctx.settings,
            token,
          ),
        );
      }
      return id;
    });
    return { entryId, confirmationSent: token !== null };
  } catch (error) {
    const pg = postgresErrorOf(error);
    const alreadyWaiting =
      pg?.code === SqlState.uniqueViolation &&
      pg.constraint === 'waitlist_entry_one_live_per_person_idx';
    if (alreadyWaiting && valid.email && (await sendLinkAgain(ctx, request, valid.email))) {
      throw new DomainError(
        JoinWaitlistErrorCode.ALREADY_WAITING,
        'error.waitlistEntryExistsLinkSent',
        ['serviceId'],
      );
    }
    if (error instanceof DomainError || pg) await taken.giveBack();
    if (alreadyWaiting) {
      throw new DomainError(JoinWaitlistErrorCode.ALREADY_WAITING, 'error.waitlistEntryExists', [
        'serviceId',
      ]);
    }
    throw error;
  }
}

/**
 * A guest who joins again while their entry lives (who lost the e-mail, say) gets its link again,
 * with a new token: the older link stops working. Counted against the address's e-mail limits
 * like the first. False when the entry went meanwhile.
 */
async function sendLinkAgain(
  ctx: Pick<UseCaseContext, 'em' | 'settings'>,
  request: JoinWaitlistRequest,
  email: string,
): Promise<boolean> {
  const token = newHoldToken();
  return ctx.em.transactional(async (tx) => {
    const entry = await renewLink(tx, `email:${email}`, request.serviceId, holdTokenHash(token));
    if (!entry) return false;
    const service = await serviceForMail(tx, request.serviceId);
    await queueEmail(
      tx,
      waitlistConfirmationEmail(
        { email, name: entry.name, language: request.language },
        service,
        ctx.settings,
        token,
      ),
    );
    return true;
  });
}

/** A guest follows the link of the confirmation e-mail: the entry takes its place in line. */
export async function confirmWaitlistEntry(
  ctx: Pick<UseCaseContext, 'em' | 'limits'>,
  token: string,
): Promise<string> {
  await ctx.limits.take({ byCaller: ['waitlistLinksPerHour'] });
  const id = await ctx.em.transactional((tx) => confirmEntry(tx, holdTokenHash(token)));
  if (!id) {
    throw new DomainError(
      ConfirmWaitlistEntryErrorCode.NOT_FOUND,
      'error.waitlistConfirmNotFound',
      ['token'],
    );
  }
  return id;
}

/**
 * Which entry or offer: a signed-in citizen's by the entry's ID, or anyone's by the token of an
 * e-mailed link (the entry's confirmation link, or the offer's).
 */
export type EntryOrLink = { entryId: string } | { token: string };

/**
 * Takes an entry out of line: a signed-in citizen's by its ID, or a guest's by the token of the
 * link in its confirmation e-mail. A live offer of it is passed on to the next in line in the same
 * transaction.
 */
export async function leaveWaitlist(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus' | 'settings' | 'limits'>,
  request: EntryOrLink,
): Promise<void> {
  const notFound = new DomainError(
    LeaveWaitlistErrorCode.NOT_FOUND,
    'error.waitlistEntryNotFound',
    ['token' in request ? 'token' : 'entryId'],
  );
  let key: EntryKey;
  if ('token' in request) {
    await ctx.limits.take({ byCaller: ['waitlistLinksPerHour'] });
    key = { tokenHash: holdTokenHash(request.token) };
  } else {
    const accountId = accountIdOf(ctx.principal);
    if (!accountId) throw notFound;
    key = { entryId: request.entryId, accountId };
  }
  const now = ctx.clock();
  const result = await ctx.em.transactional(async (tx) => {
    const { left, freed } = await leaveEntry(tx, key);
    return { left, freed, offers: await offerFreedTimes(tx, ctx.settings, freed, now) };
  });
  if (!result.left) throw notFound;
  publishFreed(ctx.bus, result);
}

/** A guest's entry in line by the token of its link, with its place in line; null when none. */
export async function waitlistEntryOfLink(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'limits'>,
  token: string,
): Promise<WaitlistEntryRecord | null> {
  await ctx.limits.take({ byCaller: ['waitlistLinksPerHour'] });
  return entryOfLink(ctx.em, holdTokenHash(token), ctx.clock());
}

/** The signed-in citizen's entries in line, the oldest first, with place in line and offer. */
export async function myWaitlistEntries(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
): Promise<WaitlistEntryRecord[]> {
  return entriesOfAccount(ctx.em, signedInAccount(ctx.principal).accountId, ctx.clock());
}

function offerKey(ctx: Pick<UseCaseContext, 'principal'>, request: EntryOrLink): OfferKey | null {
  if ('token' in request) return { tokenHash: holdTokenHash(request.token) };
  const accountId = accountIdOf(ctx.principal);
  return accountId ? { entryId: request.entryId, accountId } : null;
}

/**
 * Books the offered time for the entry's person, with bookAppointment's checks (open bookings of
 * the address, a closure made meanwhile) and its confirmation e-mail; the entry leaves the line.
 */
export async function acceptWaitlistOffer(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'>,
  request: EntryOrLink & { language: Language },
): Promise<AppointmentRecord> {
  const notFound = new DomainError(
    AcceptWaitlistOfferErrorCode.NOT_FOUND,
    'error.waitlistOfferNotFound',
    ['token' in request ? 'token' : 'entryId'],
  );
  await ctx.limits.take({ byCaller: ['waitlistLinksPerHour'] });
  const key = offerKey(ctx, request);
  if (!key) throw notFound;
  const now = ctx.clock();
  const offer = await findLiveOffer(ctx.em, key, now);
  if (!offer) throw notFound;
  const taken = await ctx.limits.take({
    byCaller: ['bookingsPerHour', 'bookingsPerDay'],
    mailTo: offer.email,
  });
  try {
    return await ctx.em.transactional(async (tx) => {
      const appointment = await bookOfferInTransaction(
        { ...ctx, em: tx },
        {
          serviceId: offer.serviceId,
          officeId: offer.officeId,
          startsAt: offer.startsAt,
          name: offer.name,
          email: offer.email,
          language: request.language,
        },
        offer.accountId,
        offer.tokenHash,
        now,
      );
      await markEntryBooked(tx, offer.entryId);
      return appointment;
    });
  } catch (error) {
    if (error instanceof DomainError) await taken.giveBack();
    throw error;
  }
}

/**
 * Lets an offered time go: it goes to the next in line at once (or is free for everyone when
 * nobody matches), and is never offered to this entry again. The entry keeps its place in line.
 */
export async function declineWaitlistOffer(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'>,
  request: EntryOrLink,
): Promise<void> {
  const notFound = new DomainError(
    DeclineWaitlistOfferErrorCode.NOT_FOUND,
    'error.waitlistOfferNotFound',
    ['token' in request ? 'token' : 'entryId'],
  );
  await ctx.limits.take({ byCaller: ['waitlistLinksPerHour'] });
  const key = offerKey(ctx, request);
  if (!key) throw notFound;
  const now = ctx.clock();
  const result = await ctx.em.transactional(async (tx) => {
    const time = await declineOffer(tx, key, now);
    if (!time) return null;
    return { freed: [time], offers: await offerFreedTimes(tx, ctx.settings, [time], now) };
  });
  if (!result) throw notFound;
  publishFreed(ctx.bus, result);
}

/**
 * The signed-in citizen's new offers (waitlistOffer), as they are committed; after the bus lost
 * Redis, those made meanwhile that are still held.
 */
export function waitlistOffers(
  ctx: Pick<UseCaseContext, 'principal' | 'bus' | 'clock'> & { forkEm: () => EntityManager },
): EventStream<WaitlistOfferEvent> {
  const { accountId } = signedInAccount(ctx.principal);
  return ctx.bus.stream(
    'waitlistOffer',
    [accountId],
    async (event) => [event],
    (since) => liveOffersMadeSince(ctx.forkEm(), accountId, since, ctx.clock()),
  );
}
