import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appointmentCalendar } from '../appointments/appointment-calendar.js';
import { findAppointmentByCode } from '../appointments/appointment.service.js';
import { Language, languageFromHeader } from '../common/language.js';
import { officesByIds, servicesByIds } from '../catalog/catalog.service.js';

/** The `lang` parameter's values: the lower-case tags that calendarUrl writes. */
const LANG_PARAMETER = new Map<unknown, Language>([
  ['de', Language.DE],
  ['en', Language.EN],
  ['de_ls', Language.DE_LS],
]);

/**
 * GET /appointments/<code>.ics?email=…[&lang=de|en|de_ls]: the appointment as an iCalendar file. The
 * e-mail is the proof of ownership, as in the `appointment(code:, email:)` query.
 */
export function calendarRoute(orm: MikroORM, settings: { publicUrl: string; townName: string }) {
  const router = Router();
  router.get('/appointments/:file', async (req, res) => {
    const match = /^([A-Za-z0-9-]{1,20})\.ics$/.exec(req.params.file);
    const email = typeof req.query.email === 'string' ? req.query.email : '';
    const lang =
      LANG_PARAMETER.get(req.query.lang) ?? languageFromHeader(req.headers['accept-language']);
    const em = orm.em.fork();
    const appointment =
      match?.[1] && email ? await findAppointmentByCode(em, match[1], email) : null;
    if (!appointment) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    const [[service], [office]] = await Promise.all([
      servicesByIds(em, [appointment.service.id]),
      officesByIds(em, [appointment.office.id]),
    ]);
    if (!service || !office)
      throw new Error(`Appointment ${appointment.id} lost its service or office`);
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="termin-${appointment.code}.ics"`)
      .setHeader('Cache-Control', 'no-store')
      .send(appointmentCalendar(appointment, service, office, { lang, ...settings }));
  });
  return router;
}
