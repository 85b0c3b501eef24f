import { useApiTextLang } from './api-text';
import type { ServiceQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { createFormats } from '../i18n/format';

type Office = NonNullable<ServiceQuery['service']>['offices'][number];

export function OfficeAddress(props: { address: Office['address'] }) {
  return (
    <address class="office-address">
      {props.address.street}
      <br />
      {props.address.postalCode} {props.address.city}
    </address>
  );
}

/** Regular opening hours, one line per weekday; days without hours are left out. */
export function OpeningHours(props: { hours: Office['openingHours']; id: string }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({
      weekday,
      periods: props.hours
        .filter((period) => period.weekday === weekday)
        .sort((a, b) => a.opens.localeCompare(b.opens)),
    }))
    .filter((day) => day.periods.length > 0);
  return (
    <>
      <h4 class="kern-heading-small office__subheading" id={props.id}>
        {t('office.hours.heading')}
      </h4>
      <dl class="opening-hours" aria-labelledby={props.id}>
        {days.map((day) => (
          <div class="opening-hours__row" key={day.weekday}>
            <dt>{formats.weekday(day.weekday)}</dt>
            <dd>
              {day.periods.map((period) => (
                <span class="opening-hours__period" key={period.opens}>
                  {t('office.hours.period', { opens: period.opens, closes: period.closes })}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <p class="kern-body kern-body--small">{t('office.hours.holidays')}</p>
    </>
  );
}

export function OfficeDetails(props: { office: Office }) {
  const { t } = useI18n();
  const textLang = useApiTextLang();
  const { office } = props;
  const headingId = `office-${office.id}`;
  return (
    <section class="office" aria-labelledby={headingId}>
      <h3 class="kern-heading-small" id={headingId} lang={textLang}>
        {office.name}
      </h3>
      <div lang={textLang}>
        <OfficeAddress address={office.address} />
      </div>
      {(office.phone || office.email) && (
        <ul class="office__contact">
          {office.phone && (
            <li>
              {t('office.phone')}{' '}
              <a class="kern-link" href={`tel:${office.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {office.phone}
              </a>
            </li>
          )}
          {office.email && (
            <li>
              {t('office.email')}{' '}
              <a class="kern-link" href={`mailto:${office.email}`} dir="ltr">
                {office.email}
              </a>
            </li>
          )}
        </ul>
      )}
      <OpeningHours hours={office.openingHours} id={`${headingId}-hours`} />
    </section>
  );
}
