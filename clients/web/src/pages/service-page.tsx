import { useQuery } from '@urql/preact';
import { useApiTextLang } from '../components/api-text';
import { DrawTicket } from '../components/draw-ticket';
import { EasyLanguageToggle, useEasyLanguage } from '../components/easy-language';
import { Breadcrumbs, StartLink, type Crumb } from '../components/links';
import { OfficeDetails } from '../components/office-details';
import { PageHeading } from '../components/page-heading';
import { ReleaseNotice } from '../components/release-notice';
import { LoadFailed, Loading } from '../components/status';
import { ServiceQuery } from '../graphql/catalogue';
import { useI18n } from '../i18n/i18n';
import { createFormats } from '../i18n/format';
import { paths } from '../lib/routes';
import { NotFoundPage } from './not-found-page';

/**
 * A service in the start-page pattern: what it is, what it costs, how long it takes, then the
 * button to book, then what to bring and where to go.
 */
export function ServicePage(props: { serviceId: string }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const reading = useEasyLanguage();
  const textLang = useApiTextLang(reading.api);
  const [result, refetch] = useQuery({
    query: ServiceQuery,
    variables: { id: props.serviceId, lang: reading.api },
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const service = result.data.service;
  if (!service) return <NotFoundPage />;

  const crumbs: Crumb[] = [{ href: paths.start(), label: t('nav.home') }];
  if (service.category) {
    crumbs.push({
      href: paths.search({ category: service.category.id }),
      label: service.category.name,
      lang: textLang,
    });
  }
  const bookable = service.offices.length > 0;

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading title={service.name} apiTexts={reading.api}>
        <span lang={textLang}>{service.name}</span>
      </PageHeading>
      {reading.offered && <EasyLanguageToggle easy={reading.easy} onChange={reading.setEasy} />}
      <div class="service">
        {service.description && (
          <p class="kern-body kern-body--large lead" lang={textLang}>
            {service.description}
          </p>
        )}

        <dl class="facts">
          <div class="facts__item">
            <dt>{t('service.fee.label')}</dt>
            <dd>
              {service.fee
                ? formats.money(service.fee.amountCents, service.fee.currency)
                : t('service.fee.none')}
            </dd>
          </div>
          <div class="facts__item">
            <dt>{t('service.duration.label')}</dt>
            <dd>{t('service.duration.value', { minutes: service.durationMinutes })}</dd>
          </div>
          <div class="facts__item">
            <dt>{t('service.window.label')}</dt>
            <dd>
              {t('service.window.value', {
                earliest: service.bookingWindow.earliestDaysAhead,
                latest: service.bookingWindow.latestDaysAhead,
              })}
            </dd>
          </div>
          {service.processingTime && (
            <div class="facts__item">
              <dt>{t('service.processing.label')}</dt>
              <dd lang={textLang}>{service.processingTime}</dd>
            </div>
          )}
        </dl>

        {service.upcomingRelease && <ReleaseNotice release={service.upcomingRelease} />}

        {bookable ? (
          <StartLink href={paths.book(service.id, 'office')}>{t('service.book')}</StartLink>
        ) : (
          <p class="kern-body">{t('service.notBookable')}</p>
        )}

        {service.onlineApplication && (
          <section class="section" aria-labelledby="apply-heading">
            <h2 class="kern-heading-medium" id="apply-heading">
              {t('service.apply.heading')}
            </h2>
            <p class="kern-body">
              {t('service.apply.text', { count: service.onlineApplication.processingDays })}
            </p>
            <StartLink href={paths.apply(service.id)}>{t('service.apply.start')}</StartLink>
          </section>
        )}

        <section class="section" aria-labelledby="documents-heading">
          <h2 class="kern-heading-medium" id="documents-heading">
            {t('service.documents.heading')}
          </h2>
          {service.documents.length > 0 ? (
            <ul class="kern-list kern-list--bullet" lang={textLang}>
              {service.documents.map((document) => (
                <li key={document}>{document}</li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('service.documents.none')}</p>
          )}
        </section>

        {bookable && (
          <section class="section" aria-labelledby="offices-heading">
            <h2 class="kern-heading-medium" id="offices-heading">
              {t('service.offices.heading')}
            </h2>
            <div class="office-list">
              {service.offices.map((office) => (
                <OfficeDetails key={office.id} office={office} />
              ))}
            </div>
          </section>
        )}

        {bookable && <DrawTicket serviceId={service.id} offices={service.offices} />}

        {service.legalBasis && (
          <section class="section" aria-labelledby="legal-heading">
            <h2 class="kern-heading-small" id="legal-heading">
              {t('service.legal.heading')}
            </h2>
            <p class="kern-body" lang={textLang}>
              {service.legalBasis}
            </p>
          </section>
        )}
      </div>
    </>
  );
}
