import { useQuery } from '@urql/preact';
import { Breadcrumbs } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { PagedList, ShowMore, useFocusWhenLoaded, type PageOfList } from '../components/paged-list';
import { LoadFailed, Loading } from '../components/status';
import { AnnouncementListQuery } from '../graphql/announcements';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { foreignLang, LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';
import { TOWN_NAME } from '../lib/town';

const PAGE_SIZE = 20;

/** One page of announcements. */
function AnnouncementListPage(props: { page: PageOfList }) {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const [result, refetch] = useQuery({
    query: AnnouncementListQuery,
    variables: { first: PAGE_SIZE, after: props.page.after, lang: LANGUAGES[lang].api },
  });
  const announcements = result.data?.announcements;
  const firstLink = useFocusWhenLoaded(props.page, Boolean(announcements));

  if (result.error && !announcements) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!announcements) return <Loading />;
  return (
    <>
      {props.page.index === 0 && announcements.totalCount === 0 && (
        <p class="kern-body">{t('announcements.empty')}</p>
      )}
      <ul class="result-list">
        {announcements.edges.map(({ node }, position) => (
          <li key={node.id} class="result-list__item announcement-item">
            {node.emergency && (
              <p class="announcement-item__badge">{t('announcement.severity.EMERGENCY')}</p>
            )}
            <h2 class="kern-heading-small result-list__title">
              <a
                class="kern-link"
                href={paths.announcement(node.id)}
                lang={foreignLang(lang, node.language)}
                ref={position === 0 ? firstLink : undefined}
              >
                {node.title}
              </a>
            </h2>
            <p class="kern-body kern-body--small announcement-item__meta">
              {[
                t(`announcement.category.${node.category}`),
                node.office?.name ?? t('announcement.townWide'),
                node.publishAt && formats.instantDay(node.publishAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <ShowMore
        page={props.page}
        pageInfo={announcements.pageInfo}
        label={t('announcements.more')}
      />
    </>
  );
}

/** The town's announcements, emergencies first, then the newest. */
export function AnnouncementsPage() {
  const { t, lang } = useI18n();
  return (
    <>
      <Breadcrumbs items={[{ href: paths.start(), label: t('nav.home') }]} />
      <PageHeading title={t('announcements.title')} apiTexts={LANGUAGES[lang].api}>
        {t('announcements.heading', { town: TOWN_NAME })}
      </PageHeading>
      <p class="kern-body kern-body--large lead">{t('announcements.lead')}</p>
      <PagedList>
        {(page) => <AnnouncementListPage key={page.after ?? 'first'} page={page} />}
      </PagedList>
    </>
  );
}
