import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { pickList, pickText, type Language } from '../common/language.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import { translate } from '../i18n/messages.js';
import type { EmailAttachment } from '../notifications/outbox.js';
import { appointmentPageUrl } from './appointment-links.js';
import type { AppointmentPlace } from './appointment-mail.js';
import type { AppointmentRecord } from './appointment.queries.js';

export type CalendarContext = {
  lang: Language;
  publicUrl: string;
  townName: string;
  /** The sender of the e-mails (MAIL_FROM, `Name <address>` or an address): the organizer. */
  mailFrom: string;
};

/** What a calendar entry says about the appointment. */
export type CalendarAppointment = Pick<
  AppointmentRecord,
  'id' | 'code' | 'status' | 'startsAt' | 'endsAt' | 'createdAt' | 'sequence'
>;

/**
 * How the file is meant: PUBLISH for the download link (a copy to import), REQUEST in the e-mails
 * of a booked or moved appointment and CANCEL in those of a cancelled one, so that a calendar app
 * updates or removes the entry it has (RFC 5546).
 */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/**
 * The appointment as an iCalendar file for the citizen's calendar app. The UID is the
 * appointment's for good, and the SEQUENCE its stored one, which every new time and the
 * cancellation raise: the newest file replaces the entry of the earlier ones.
 */
export function appointmentCalendar(
  appointment: CalendarAppointment,
  place: AppointmentPlace,
  context: CalendarContext,
  method: CalendarMethod = 'PUBLISH',
): string {
  const host = new URL(context.publicUrl).host;
  const manageUrl = appointmentPageUrl(context.publicUrl, appointment.code);
  const { service, office } = place;
  const documents = pickList(service.documents, context.lang);
  const calendar = new ICalCalendar({
    prodId: { company: 'Rathaus', product: 'Rathaus', language: context.lang.slice(0, 2) },
    method: ICalCalendarMethod[method],
    name: context.townName,
  });
  calendar.createEvent({
    id: `${appointment.id}@${host}`,
    start: appointment.startsAt,
    end: appointment.endsAt,
    stamp: appointment.createdAt,
    summary: translate(context.lang, 'calendar.summary', {
      service: pickText(service.name, context.lang),
      town: context.townName,
    }),
    description: translate(context.lang, 'calendar.description', {
      code: appointment.code,
      documents: documents.length
        ? documents.join(', ')
        : translate(context.lang, 'calendar.noDocuments'),
      url: manageUrl,
    }),
    location: `${pickText(office.name, context.lang)}, ${office.street}, ${office.postalCode} ${office.city}`,
    url: manageUrl,
    // RFC 5546 wants an organizer for REQUEST and CANCEL: the town hall, by its sender address.
    organizer: organizerOf(context),
    status:
      appointment.status === AppointmentStatus.CANCELLED
        ? ICalEventStatus.CANCELLED
        : ICalEventStatus.CONFIRMED,
    sequence: appointment.sequence,
  });
  return calendar.toString();
}

/** The town hall as the entries' organizer: the sender's name (else the town's) and address. */
function organizerOf(context: CalendarContext): { name: string; email: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(context.mailFrom);
  if (named?.[2]) return { name: named[1] || context.townName, email: named[2] };
  return { name: context.townName, email: context.mailFrom.trim() };
}

/**
 * The calendar file an e-mail about the appointment carries: REQUEST while it stands, CANCEL
 * once it is cancelled.
 */
export function calendarAttachment(
  appointment: CalendarAppointment,
  place: AppointmentPlace,
  context: CalendarContext,
): EmailAttachment {
  const method = appointment.status === AppointmentStatus.CANCELLED ? 'CANCEL' : 'REQUEST';
  return {
    filename: `termin-${appointment.code}.ics`,
    contentType: `text/calendar; method=${method}; charset=UTF-8`,
    content: appointmentCalendar(appointment, place, context, method),
  };
}
