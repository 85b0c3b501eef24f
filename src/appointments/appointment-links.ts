import type { Language } from '../common/language.js';

// The API, the calendar files and the e-mails all link to the same two places; built here once so
// that they cannot drift apart.

/**
 * The web client's page of an appointment, where the citizen views and cancels it
 * (`paths.appointment` in clients/web/src/lib/routes.ts).
 */
export function appointmentPageUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/appointment?code=${code}`;
}

/**
 * The appointment's iCalendar file (src/server/calendar-route.ts). The e-mail address in the link
 * is the proof of ownership that the route asks for.
 */
export function appointmentCalendarUrl(
  publicUrl: string,
  appointment: { code: string; email: string },
  lang: Language,
): string {
  const query = new URLSearchParams({ email: appointment.email, lang: lang.toLowerCase() });
  return `${publicUrl}/appointments/${appointment.code}.ics?${query}`;
}
