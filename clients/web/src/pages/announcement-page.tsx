import { EasyLanguageToggle, useEasyLanguage } from '../components/easy-language';
import { useQuery } from '@urql/preact';
import { AnnouncementText } from '../components/announcement-text';
import { Breadcrumbs } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { LoadFailed, Loading } from '../components/status';
import { AnnouncementQuery } from '../graphql/announcements';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { foreignLang } from '../i18n/languages';
import { paths } from '../lib/routes';
import { NotFoundPage } from './not-found-page';

/**
 * One announcement: what, for whom (an office or the whole town), since when and until when;
 * the address that `Announcement.url` and the RSS and Atom feeds link to.
 */
export function AnnouncementPage(props: { announcementId: string }) {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const reading = useEasyLanguage();
  const [result, refetch] = useQuery({
    query: AnnouncementQuery,
    variables: { id: props.announcementId, lang: reading.api },
  });
  if (result.error && !result.data) {
    // An ID that is no announcement's is answered with an error, not null.
    if (result.error.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
      return <NotFoundPage />;
    }
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const announcement = result.data.announcement;
  if (!announcement) return <NotFoundPage />;

  const at = (instant: string) =>
    t('announcement.at', { day: formats.instantDay(instant), time: formats.clock(instant) });
  // German where no translation exists: screen readers must read it as German.
  const textLang = foreignLang(lang, announcement.language);
  const easyOffered = reading.offered && announcement.availableLanguages.includes('DE_LS');

  return (
    <>
      <Breadcrumbs
        items={[
          { href: paths.start(), label: t('nav.home') },
          { href: paths.announcements(), label: t('announcements.title') },
        ]}
      />
      {announcement.emergency && (
        <p class="announcement-item__badge">{t('announcement.severity.EMERGENCY')}</p>
      )}
      <PageHeading title={announcement.title} apiTexts={announcement.language}>
        <span lang={textLang}>{announcement.title}</span>
      </PageHeading>
      {easyOffered && <EasyLanguageToggle easy={reading.easy} onChange={reading.setEasy} />}
      <dl class="facts">
        <div class="facts__item">
          <dt>{t('announcement.category.label')}</dt>
          <dd>{t(`announcement.category.${announcement.category}`)}</dd>
        </div>
        <div class="facts__item">
          <dt>{t('announcement.from.label')}</dt>
          <dd>{announcement.office?.name ?? t('announcement.townWide')}</dd>
        </div>
        {announcement.publishAt && (
          <div class="facts__item">
            <dt>{t('announcement.published.label')}</dt>
            <dd>{at(announcement.publishAt)}</dd>
          </div>
        )}
        {announcement.expiresAt && (
          <div class="facts__item">
            <dt>{t('announcement.expires.label')}</dt>
            <dd>{at(announcement.expiresAt)}</dd>
          </div>
        )}
      </dl>
      {announcement.eventStartsAt && (
        <section class="section section--muted" aria-labelledby="event-heading">
          <h2 class="kern-heading-medium" id="event-heading">
            {t('announcement.event.heading')}
          </h2>
          <p class="kern-body">
            {announcement.eventEndsAt
              ? t('announcement.event.fromTo', {
                  from: at(announcement.eventStartsAt),
                  to: at(announcement.eventEndsAt),
                })
              : at(announcement.eventStartsAt)}
          </p>
          {announcement.eventLocation && (
            <p class="kern-body" lang={textLang}>
              {announcement.eventLocation}
            </p>
          )}
        </section>
      )}
      <div class="announcement" lang={textLang}>
        <AnnouncementText text={announcement.body} />
      </div>
      <p class="kern-body kern-body--small announcement__updated">
        {t('announcement.updated', { at: at(announcement.updatedAt) })}
      </p>
    </>
  );
}
