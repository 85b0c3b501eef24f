import { appointmentCalendarUrl, type LinkSettings } from '../../appointments/appointment-links.js';
import type { Language } from '../../common/language.js';
import type { AppointmentRecord } from '../../appointments/appointment.service.js';
import { toGlobalId } from '../common/global-id.js';
import type { Appointment } from './appointment.types.js';

export function toAppointment(
  appointment: Pick<
    AppointmentRecord,
    | 'id'
    | 'code'
    | 'status'
    | 'startsAt'
    | 'endsAt'
    | 'name'
    | 'email'
    | 'phone'
    | 'createdAt'
    | 'cancelledAt'
    | 'service'
    | 'office'
    | 'counter'
  >,
  lang: Language,
  links: LinkSettings,
): Appointment {
  return {
    id: toGlobalId('Appointment', appointment.id),
    code: appointment.code,
    status: appointment.status,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    name: appointment.name,
    email: appointment.email,
    phone: appointment.phone,
    createdAt: appointment.createdAt,
    cancelledAt: appointment.cancelledAt,
    calendarUrl: appointmentCalendarUrl(links, appointment.id, lang),
    appointmentId: appointment.id,
    serviceId: appointment.service.id,
    officeId: appointment.office.id,
    counterId: appointment.counter.id,
    lang,
  };
}
