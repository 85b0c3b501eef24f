import type { OfficeRecord, ServiceRecord } from '../catalogue/catalogue.service.js';
import { Language, pickList, pickText } from '../common/language.js';
import type { AppointmentRecord } from './appointment.queries.js';
import { translate, type MessageParams } from '../i18n/messages.js';
import { inertName } from '../notifications/inert-text.js';
import type { Email } from '../notifications/outbox.js';
import { calendarAttachment } from './appointment-calendar.js';
import {
  appointmentCalendarUrl,
  appointmentConfirmUrl,
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
  /** The sender of e-mails: the organizer of the calendar entries they carry. */
  mailFrom: string;
  /** The municipality's time zone: times are written as the town hall's clocks show them. */
  timeZone: string;
};

type MailedAppointment = Pick<
  AppointmentRecord,
  'id' | 'code' | 'name' | 'email' | 'startsAt' | 'endsAt' | 'status' | 'createdAt' | 'sequence'
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
  | 'appointmentRescheduled'
  | 'appointmentReminder'
  | 'appointmentCancelled'
  | 'appointmentWithdrawn'
  | 'appointmentCancelledByOffice'
  | 'appointmentConfirmEmail'
  | 'appointmentLapsed';

/**
 * The e-mails about a booking that is not an appointment yet (a scarce service's guest booking
 * waiting for its address, or lapsed without it): no calendar entry was ever made for it.
 */
const WITHOUT_CALENDAR: ReadonlySet<AppointmentMailKind> = new Set([
  'appointmentConfirmEmail',
  'appointmentLapsed',
]);

/**
 * Every other e-mail about an appointment carries its calendar entry as it is now (same UID, its
 * current SEQUENCE), so that the citizen's calendar app adds, moves or removes it in place.
 */
function appointmentEmail(
  kind: AppointmentMailKind,
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
  params: MessageParams,
): Email {
  const { lang } = context;
  return {
    recipient: appointment.email,
    subject: translate(lang, `mail.${kind}.subject`, params),
    body: translate(lang, `mail.${kind}.body`, params),
    attachment: WITHOUT_CALENDAR.has(kind) ? null : calendarAttachment(appointment, place, context),
  };
}

/**
 * An e-mail that asks the citizen to come: the confirmation of a booking (`appointmentBooked`) or
 * of its new time (`appointmentRescheduled`), or the reminder the day before
 * (`appointmentReminder`). Each says what, when (local time), where,
 * the code, what to bring, and link to managing the appointment and putting it into a calendar
 * (signed links that carry neither the code nor the e-mail address), so that each stands on its
 * own.
 */
export function upcomingAppointmentEmail(
  kind: 'appointmentBooked' | 'appointmentRescheduled' | 'appointmentReminder',
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  const { lang } = context;
  const documents = pickList(place.service.documents, lang);
  return appointmentEmail(kind, appointment, place, context, {
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
  return appointmentEmail('appointmentCancelled', appointment, place, context, params);
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
  return appointmentEmail('appointmentWithdrawn', appointment, place, context, {
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
  return appointmentEmail('appointmentCancelledByOffice', appointment, place, context, {
    ...appointmentParams(appointment, place, context),
    note: note
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
    url: appointmentRebookUrl(context, appointment.id),
  });
}

/**
 * The request to confirm the e-mail address of a guest's booking of a scarce service: what was
 * booked, the link that confirms it, and that it lapses unless the link is opened in time.
 */
export function emailConfirmationRequest(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  minutes: number,
  context: AppointmentMailContext,
): Email {
  return appointmentEmail('appointmentConfirmEmail', appointment, place, context, {
    ...appointmentParams(appointment, place, context),
    minutes,
    url: appointmentConfirmUrl(context, appointment.id),
  });
}

/**
 * The notice that an unconfirmed booking lapsed and its time is free again, with where to book
 * anew.
 */
export function lapsedBookingEmail(
  appointment: MailedAppointment,
  place: AppointmentPlace,
  context: AppointmentMailContext,
): Email {
  return appointmentEmail('appointmentLapsed', appointment, place, context, {
    ...appointmentParams(appointment, place, context),
    url: `${context.publicUrl}/`,
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
