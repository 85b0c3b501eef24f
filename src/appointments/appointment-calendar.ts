import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { pickList, pickText, type Language } from '../common/language.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import type { OfficeRecord, ServiceRecord } from '../catalogue/catalogue.service.js';
import { translate } from '../i18n/messages.js';
import { appointmentPageUrl } from './appointment-links.js';
import type { AppointmentRecord } from './appointment.queries.js';

export type CalendarContext = { lang: Language; publicUrl: string; townName: string };

/**
 * The appointment as an iCalendar file for the citizen's calendar app. The UID is stable, so
 * importing it again after a cancellation updates the same entry (status CANCELLED).
 */
export function appointmentCalendar(
  appointment: AppointmentRecord,
  service: ServiceRecord,
  office: OfficeRecord,
  context: CalendarContext,
): string {
  const host = new URL(context.publicUrl).host;
  const manageUrl = appointmentPageUrl(context.publicUrl, appointment.code);
  const documents = pickList(service.documents, context.lang);
  const calendar = new ICalCalendar({
    prodId: { company: 'Rathaus', product: 'Rathaus', language: context.lang.slice(0, 2) },
    method: ICalCalendarMethod.PUBLISH,
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
    status:
      appointment.status === AppointmentStatus.CANCELLED
        ? ICalEventStatus.CANCELLED
        : ICalEventStatus.CONFIRMED,
    sequence: appointment.status === AppointmentStatus.CANCELLED ? 1 : 0,
  });
  return calendar.toString();
}
