import type { OfficeRecord, ServiceRecord } from '../catalogue/catalogue.service.js';
import { Language, pickList, pickText } from '../common/language.js';
import type { AppointmentRecord } from './appointment.queries.js';
import { translate, type MessageParams } from '../i18n/messages.js';
import { inertName } from '../notifications/inert-text.js';
import type { Email } from '../notifications/outbox.js';
import {
  appointmentCalendarUrl,
  appointmentManageUrl,
  appointmentRebookUrl,
} from './appointment-links.js';

/** What the e-mails about an appointment say about its service and office. */
export type AppointmentPlace = {
  service: Pick<ServiceRecord, 'name' | 'documents'>;
  office: Pick<OfficeRecord, 'name' | 'street' | 'postalCode' | 'city'>;
};

export type AppointmentMailContext = {
  /** The language the citizen used for the booking or cancellation. */
  lang: Language;
  publicUrl: string;
  /** Signs the links to the appointment's page and calendar file (LINK_SIGNING_SECRET). */
  linkSecret: string;
  townName: string;
  /** The municipality's time zone: times are written as the town hall's clocks show them. */
  timeZone: string;
};

type MailedAppointment = Pick<
  AppointmentRecord,
  'id' | 'code' | 'name' | 'email' | 'startsAt' | 'endsAt'
>;

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
    name: inertName(appointment.name),
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

/** The e-mails about an appointment, by the name of their texts in the catalogues. */
type AppointmentMailKind =
  | 'appointmentBooked'
  | 'appointmentReminder'
  | 'appointmentCancelled'
  | 'appointmentWithdrawn'
  | 'appointmentCancelledByOffice';

function appointmentEmail(
  kind: AppointmentMailKind,
  appointment: MailedAppointment,
  lang: Language,
  params: MessageParams,
): Email {
  return {
    recipient: appointment.email,
    subject: translate(lang, `mail.${kind}.subject`, params),
    body: translate(lang, `mail.${kind}.body`, params),
  };
}

/**
 * An e-mail that asks the citizen to come: the confirmation of a booking (`appointmentBooked`) or
 * the reminder the day before (`appointmentReminder`). Both say what, when (local time), where,
 * the code, what to bring, and link to managing the appointment and putting it into a calendar
 * (signed links that carry neither the code nor the e-mail address), so that each stands on its
 * own.
 */
export function upcomingAppointmentEmail(
  kind: 'appointmentBooked' | 'appointmentReminder',
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  const { lang } = context;
  const documents = pickList(place.service.documents, lang);
  return appointmentEmail(kind, appointment, lang, {
    ...appointmentParams(appointment, place, context),
    documents: documents.length
      ? translate(lang, 'mail.appointment.documents', {
          list: documents.map((document) => `- ${document}`).join('\n'),
        })
      : translate(lang, 'mail.appointment.noDocuments'),
    url: appointmentManageUrl(context, appointment.id),
    calendarUrl: appointmentCalendarUrl(context, appointment.id, lang),
  });
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
  return appointmentEmail('appointmentCancelled', appointment, context.lang, params);
}

/** What was retired, so that an appointment had to be cancelled by the town hall. */
export type RetiredKind = 'OFFICE' | 'SERVICE' | 'COUNTER';

/**
 * The notice that the town hall cancelled an appointment because its office, service or counter
 * was retired: why, what it was, and where to book anew (`bookAgainUrl`).
 */
export function withdrawnAppointmentEmail(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  retired: RetiredKind,
  context: AppointmentMailContext,
  bookAgainUrl: string,
): Email {
  const params = appointmentParams(appointment, place, context);
  return appointmentEmail('appointmentWithdrawn', appointment, context.lang, {
    ...params,
    reason: translate(context.lang, `mail.appointmentWithdrawn.reason.${retired}`, params),
    url: bookAgainUrl,
  });
}

/**
 * The notice that the office cancelled an appointment (illness, a closure): the office's own
 * words, what it was, and the link that offers the nearest free times to book one in its place.
 */
export function officeCancellationEmail(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  note: string,
  context: AppointmentMailContext,
): Email {
  return appointmentEmail('appointmentCancelledByOffice', appointment, context.lang, {
    ...appointmentParams(appointment, place, context),
    note: note
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
    url: appointmentRebookUrl(context, appointment.id),
  });
}

/**
 * The answer to a fair release's request that drew no time (docs/fair-release.md): which
 * release it was, that the order was drawn by lot, and where to look for other times.
 */
export function releaseNotDrawnEmail(
  request: { name: string; email: string },
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  const params = {
    town: context.townName,
    name: inertName(request.name),
    service: pickText(place.service.name, context.lang),
    office: pickText(place.office.name, context.lang),
    rulesUrl: `${context.publicUrl}/fair-release`,
    url: `${context.publicUrl}/`,
  };
  return {
    recipient: request.email,
    subject: translate(context.lang, 'mail.releaseNotDrawn.subject', params),
    body: translate(context.lang, 'mail.releaseNotDrawn.body', params),
  };
}
