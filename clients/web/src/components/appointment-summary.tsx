import type { AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useApiTextLang } from './api-text';
import { createFormats } from '../i18n/format';
import { localDayOf } from '../lib/berlin-time';

type Appointment = Pick<AppointmentDetailsFragment, 'startsAt' | 'endsAt' | 'service' | 'office'>;

/** What, when and where of a booked appointment. */
export function AppointmentSummary(props: { appointment: Appointment }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { appointment } = props;
  const { address } = appointment.office;
  const textLang = useApiTextLang();
  return (
    <dl class="summary-list summary-list--plain">
      <div class="summary-list__row">
        <dt class="summary-list__key">{t('check.service')}</dt>
        <dd class="summary-list__value" lang={textLang}>
          {appointment.service.name}
        </dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">{t('appointment.when')}</dt>
        <dd class="summary-list__value">
          {t('appointment.whenValue', {
            day: formats.longDay(localDayOf(new Date(appointment.startsAt))),
            from: formats.clock(appointment.startsAt),
            to: formats.clock(appointment.endsAt),
          })}
        </dd>
      </div>
      <div class="summary-list__row">
        <dt class="summary-list__key">{t('check.office')}</dt>
        <dd class="summary-list__value" lang={textLang}>
          {appointment.office.name}
          <br />
          {address.street}, {address.postalCode} {address.city}
        </dd>
      </div>
    </dl>
  );
}
