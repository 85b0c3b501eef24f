import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import type { Language } from '../common/language.js';
import { queueEmail } from '../notifications/outbox.js';
import {
  PLACE_COLUMNS,
  placeOf,
  upcomingAppointmentEmail,
  type PlaceRow,
} from './appointment-mail.js';

/**
 * How long before an appointment its reminder goes out; bookings made less than this long before
 * it get none, as the confirmation has just told them everything.
 */
export const REMINDER_LEAD_HOURS = 24;

/**
 * E-mails citizens the day before their appointment, in the language they booked in: every booked
 * appointment that starts within the next 24 hours, was booked at least 24 hours before it starts,
 * and was not reminded yet. Claimed (`for update skip locked`), marked and queued in one
 * transaction, so that several instances never remind twice.
 */
export async function sendAppointmentReminders(
  em: EntityManager,
  clock: Clock,
  settings: { publicUrl: string; linkSecret: string; townName: string; timeZone: string },
): Promise<number> {
  const now = clock();
  const windowEnd = new Date(now.getTime() + REMINDER_LEAD_HOURS * 60 * 60 * 1000);
  return em.transactional(async (tx) => {
    const due = await tx.execute<
      Array<
        PlaceRow & {
          id: string;
          code: string;
          name: string;
          email: string;
          starts_at: string;
          ends_at: string;
          language: Language;
        }
      >
    >(
      `update appointment a set reminded_at = ?
         from service s, office o
        where a.id in (select id from appointment
                        where status = 'BOOKED' and reminded_at is null
                          and starts_at > ? and starts_at <= ?
                          and created_at <= starts_at - make_interval(hours => ?)
                        for update skip locked)
          and s.id = a.service_id and o.id = a.office_id
        returning a.id, a.code, a.name, a.email, a.starts_at, a.ends_at, a.language, ${PLACE_COLUMNS}`,
      [now, now, windowEnd, REMINDER_LEAD_HOURS],
    );
    for (const row of due) {
      const appointment = {
        id: row.id,
        code: row.code,
        name: row.name,
        email: row.email,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
      };
      const context = { lang: row.language, ...settings };
      queueEmail(
        tx,
        upcomingAppointmentEmail('appointmentReminder', appointment, placeOf(row), context),
      );
    }
    return due.length;
  });
}
