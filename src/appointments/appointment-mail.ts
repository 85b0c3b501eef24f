import type { OfficeRecord, ServiceRecord } from '../catalog/catalog.service.js';
import { Language, pickList, pickText } from '../common/language.js';
import type { AppointmentEntity } from '../entities/appointments/appointment.entity.js';
import { translate, type MessageParams } from '../i18n/messages.js';
import type { Email } from '../notifications/outbox.js';
import { appointmentCalendarUrl, appointmentPageUrl } from './appointment-links.js';

/** What the e-mails about an appointment say about its service and office. */
export type AppointmentPlace = {
  service: Pick<ServiceRecord, 'name' | 'documents'>;
  office: Pick<OfficeRecord, 'name' | 'street' | 'postalCode' | 'city'>;
};

export type AppointmentMailContext = {
  /** The language the citizen used for the booking or cancellation. */
  lang: Language;
  publicUrl: string;
  townName: string;
  /** The municipality's time zone: times are written as the town hall's clocks show them. */
  timeZone: string;
};

type MailedAppointment = Pick<AppointmentEntity, 'code' | 'name' | 'email' | 'startsAt' | 'endsAt'>;

const LOCALE: Record<Language, string> = {
  [Language.DE]: 'de-DE',
  [Language.EN]: 'en-GB',
  [Language.DE_LS]: 'de-DE',
};

function appointmentParams(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): MessageParams {
  const locale = LOCALE[context.lang];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: context.timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: context.timeZone });
  const { office } = place;
  const params = {
    town: context.townName,
    name: appointment.name,
    code: appointment.code,
    service: pickText(place.service.name, context.lang),
    office: pickText(office.name, context.lang),
    address: `${office.street}, ${office.postalCode} ${office.city}`,
    date: date.format(appointment.startsAt),
    start: time.format(appointment.startsAt),
    end: time.format(appointment.endsAt),
  };
  return { ...params, details: translate(context.lang, 'mail.appointment.details', params) };
}

/**
 * The confirmation of a booking: what, when (local time), where, the code, what to bring, and the
 * links to manage the appointment and to put it into a calendar.
 */
export function bookingConfirmation(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  const { lang, publicUrl } = context;
  const documents = pickList(place.service.documents, lang);
  const params = {
    ...appointmentParams(appointment, place, context),
    documents: documents.length
      ? translate(lang, 'mail.appointment.documents', {
          list: documents.map((document) => `- ${document}`).join('\n'),
        })
      : translate(lang, 'mail.appointment.noDocuments'),
    url: appointmentPageUrl(publicUrl, appointment.code),
    calendarUrl: appointmentCalendarUrl(publicUrl, appointment, lang),
  };
  return {
    recipient: appointment.email,
    subject: translate(lang, 'mail.appointmentBooked.subject', params),
    body: translate(lang, 'mail.appointmentBooked.body', params),
  };
}

/** The confirmation of a cancellation, with where to book anew. */
export function cancellationConfirmation(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  const params = {
    ...appointmentParams(appointment, place, context),
    url: `${context.publicUrl}/`,
  };
  return {
    recipient: appointment.email,
    subject: translate(context.lang, 'mail.appointmentCancelled.subject', params),
    body: translate(context.lang, 'mail.appointmentCancelled.body', params),
  };
}
