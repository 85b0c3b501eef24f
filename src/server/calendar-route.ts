import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appointmentCalendar } from '../appointments/appointment-calendar.js';
import {
  findAppointmentByCode,
  findAppointmentByToken,
} from '../appointments/appointment.service.js';
import { languageFromHeader, languageOfUrlTag } from '../common/language.js';
import type { TownSettings } from '../common/use-case.js';
import { officesByIds, servicesByIds } from '../catalogue/catalogue.service.js';

/** The file name of a calendar link: a signed token (43 characters) or a booking code. */
const FILE = /^(?:([A-Za-z0-9_-]{43})|([A-Za-z0-9-]{1,20}))\.ics$/;

/**
 * GET /appointments/<token>.ics[?lang=de|en|de-ls]: the appointment as an iCalendar file, for the
 * signed token of `Appointment.calendarUrl` and the e-mails (src/appointments/appointment-links.ts).
 * The links of e-mails sent before tokens, /appointments/<code>.ics?email=…, still work: the
 * e-mail address is their proof of ownership, as in the `appointment(code:, email:)` query.
 * Anything else, a changed token included, is 404.
 */
export function calendarRoute(orm: MikroORM, settings: TownSettings) {
  const router = Router();
  router.get('/appointments/:file', async (req, res) => {
    const [, token, code] = FILE.exec(req.params.file) ?? [];
    const email = typeof req.query.email === 'string' ? req.query.email : '';
    const lang =
      languageOfUrlTag(req.query.lang) ?? languageFromHeader(req.headers['accept-language']);
    const ctx = { em: orm.em.fork(), settings };
    const appointment = token
      ? await findAppointmentByToken(ctx, token, 'CALENDAR')
      : code && email
        ? await findAppointmentByCode(ctx, code, email)
        : null;
    if (!appointment) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    const [[service], [office]] = await Promise.all([
      servicesByIds(ctx.em, [appointment.service.id]),
      officesByIds(ctx.em, [appointment.office.id]),
    ]);
    if (!service || !office)
      throw new Error(`Appointment ${appointment.id} lost its service or office`);
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="termin-${appointment.code}.ics"`)
      .setHeader('Cache-Control', 'no-store')
      .send(
        appointmentCalendar(
          appointment,
          { service, office },
          {
            lang,
            publicUrl: settings.publicUrl,
            townName: settings.townName,
            mailFrom: settings.mailFrom,
          },
        ),
      );
  });
  return router;
}
