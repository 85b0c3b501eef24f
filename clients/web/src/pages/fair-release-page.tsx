import { PageHeading } from '../components/page-heading';
import { Loading } from '../components/status';
import { useFairReleaseTexts } from '../i18n/pages/fair-release/texts';

/**
 * The public rule of a fair release (docs/fair-release.md): times released in bulk are drawn by
 * lot among the requests of a window, one per person. Linked from the e-mails of a draw and from
 * a service's page while one of its releases is upcoming or open.
 */
export function FairReleasePage() {
  const texts = useFairReleaseTexts();
  if (!texts) return <Loading />;
  const { t } = texts;
  return (
    <>
      <PageHeading title={t('heading')}>{t('heading')}</PageHeading>
      <p class="kern-body kern-body--large lead">{t('intro')}</p>
      <section class="section" aria-labelledby="rules-heading">
        <h2 class="kern-heading-medium" id="rules-heading">
          {t('rules.heading')}
        </h2>
        <ol class="kern-list kern-list--number">
          <li>{t('rules.announced')}</li>
          <li>{t('rules.hidden')}</li>
          <li>{t('rules.once')}</li>
          <li>{t('rules.sameChance')}</li>
          <li>{t('rules.wishes')}</li>
        </ol>
      </section>
      <section class="section" aria-labelledby="draw-heading">
        <h2 class="kern-heading-medium" id="draw-heading">
          {t('draw.heading')}
        </h2>
        <p class="kern-body">{t('draw.order')}</p>
        <p class="kern-body">{t('draw.assign')}</p>
        <p class="kern-body">{t('draw.rest')}</p>
      </section>
      <section class="section" aria-labelledby="audit-heading">
        <h2 class="kern-heading-medium" id="audit-heading">
          {t('audit.heading')}
        </h2>
        <p class="kern-body">{t('audit.text')}</p>
      </section>
      <section class="section" aria-labelledby="status-heading">
        <h2 class="kern-heading-medium" id="status-heading">
          {t('status.heading')}
        </h2>
        <p class="kern-body">{t('status.text')}</p>
      </section>
    </>
  );
}
