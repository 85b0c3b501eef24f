import type { UseCaseContext } from '../common/use-case.js';
import { queueEmail } from '../notifications/outbox.js';
import { upcomingAppointmentEmail } from './appointment-mail.js';
import { claimDueReminders, deleteExpiredHolds } from './appointment.queries.js';
import { publishCounterTimeChanged } from './appointment.service.js';
import { drawNextRelease } from './release.service.js';

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
 * Frees the holds that expired (holdSlot) and tells every viewer of those times that they are
 * free again. A constraint cannot look at the clock: until this job or a booking at the office
 * deletes an expired hold, its row still blocks the counter, though slot_candidates already shows
 * the time as free. Deleted in one statement, so that several instances never announce one twice.
 */
export async function releaseExpiredHolds(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus'>,
): Promise<number> {
  const now = ctx.clock();
  const freed = await ctx.em.transactional((tx) => deleteExpiredHolds(tx, now, null));
  freed.forEach((time) => publishCounterTimeChanged(ctx.bus, time));
  return freed.length;
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
