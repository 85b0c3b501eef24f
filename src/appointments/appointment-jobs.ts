import type { UseCaseContext } from '../common/use-case.js';
import { queueEmail } from '../notifications/outbox.js';
import { lapsedBookingEmail, upcomingAppointmentEmail } from './appointment-mail.js';
import {
  claimDueReminders,
  deleteExpiredHolds,
  deleteLapsedUnconfirmed,
} from './appointment.queries.js';
import { publishFreed, timeOf } from './appointment.service.js';
import { drawNextRelease } from './release.service.js';
import { offerFreedTimes } from './waitlist-offers.js';
import { deleteEndedEntries } from './waitlist.queries.js';

/**
 * How long before an appointment its reminder goes out; bookings made less than this long before
 * it get none, as the confirmation has just told them everything.
 */
export const REMINDER_LEAD_HOURS = 24;

/**
 * E-mails citizens the day before their appointment, in the language they booked in: every booked
 * appointment that starts within the next 24 hours, was booked at least 24 hours before it starts,
 * and was not reminded yet. Claimed, marked and queued in one transaction, so that several
 * instances never remind twice.
 */
export async function sendAppointmentReminders(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
): Promise<number> {
  const now = ctx.clock();
  const windowEnd = new Date(now.getTime() + REMINDER_LEAD_HOURS * 60 * 60 * 1000);
  return ctx.em.transactional(async (tx) => {
    const due = await claimDueReminders(tx, now, windowEnd, REMINDER_LEAD_HOURS);
    for (const { appointment, place } of due) {
      const context = { lang: appointment.language, ...ctx.settings };
      await queueEmail(
        tx,
        upcomingAppointmentEmail('appointmentReminder', appointment, place, context),
      );
    }
    return due.length;
  });
}

/**
 * Frees the holds that expired (holdSlot, waitlist offers) and tells every viewer of those times that they are
 * free again. A constraint cannot look at the clock: until this job or a booking at the office
 * deletes an expired hold, its row still blocks the counter, though slot_candidates already shows
 * the time as free. Deleted in one statement, so that several instances never announce one twice.
 */
export async function releaseExpiredHolds(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'settings'>,
): Promise<number> {
  const now = ctx.clock();
  const released = await ctx.em.transactional(async (tx) => {
    const freed = await deleteExpiredHolds(tx, now, null);
    // Expired waitlist offers among them go to the next in line (waitlist-offers.ts).
    return { freed, offers: await offerFreedTimes(tx, ctx.settings, freed, now) };
  });
  publishFreed(ctx.bus, released);
  return released.freed.length;
}

/** How long a guest's waitlist entry waits for the confirmation link before it goes. */
export const UNCONFIRMED_WAITLIST_HOURS = 24;

/**
 * Forgets the waitlist entries that can no longer be offered a time (their period ended) and
 * those a guest never confirmed within a day: names and addresses are kept no longer than the
 * waitlist needs them (docs/retention.md).
 */
export async function forgetEndedWaitlistEntries(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
): Promise<number> {
  const now = ctx.clock();
  const unconfirmedBefore = new Date(now.getTime() - UNCONFIRMED_WAITLIST_HOURS * 60 * 60_000);
  return ctx.em.transactional((tx) => deleteEndedEntries(tx, now, unconfirmedBefore));
}

/**
 * Lets the guests' bookings of scarce services lapse whose e-mail address was not confirmed in
 * time: deletes them (they never were appointments), tells each guest in a short e-mail, offers
 * their times to the waitlist and tells every viewer of those times that they are free again. One
 * statement claims them, so that several instances never let one lapse twice.
 */
export async function lapseUnconfirmedBookings(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'settings'>,
): Promise<number> {
  const now = ctx.clock();
  const lapsed = await ctx.em.transactional(async (tx) => {
    const rows = await deleteLapsedUnconfirmed(tx, now);
    for (const { appointment, place } of rows) {
      const context = { lang: appointment.language, ...ctx.settings };
      await queueEmail(tx, lapsedBookingEmail(appointment, place, context));
    }
    const freed = rows.map(({ appointment }) => timeOf(appointment));
    return { freed, offers: await offerFreedTimes(tx, ctx.settings, freed, now) };
  });
  publishFreed(ctx.bus, lapsed);
  return lapsed.freed.length;
}

/**
 * Draws every fair release whose collection window has ended (docs/fair-release.md), one
 * transaction each. Each release is claimed under its row lock and marked drawn in the same
 * transaction, so several instances running this at once draw each release exactly once.
 */
export async function drawDueReleases(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'settings'>,
): Promise<number> {
  let drawn = 0;
  while (await drawNextRelease(ctx)) drawn += 1;
  return drawn;
}
