import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.heading')}>{t('notFound.heading')}</PageHeading>
      <p class="kern-body">{t('notFound.text')}</p>
      <p class="kern-body">
        <a class="kern-link" href={paths.start()}>
          {t('notFound.link')}
        </a>
      </p>
    </>
  );
}
