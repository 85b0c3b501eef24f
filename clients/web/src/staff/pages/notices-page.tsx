import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import {
  type Office,
  OfficeOfAddress,
  StaffWorkspace,
  type StaffAccess,
} from '../components/staff-workspace';
import { Language, type StaffNoticeListFragment } from '../gql/graphql';
import { StaffNoticesQuery } from '../graphql/notices';
import { OfficeChooser } from '../components/office-chooser';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import { isTownWide, noticeScopes, officeIdOf } from '../lib/notice-scopes';
import './notices.css';

type Notice = StaffNoticeListFragment['edges'][number]['node'];

const LANGUAGE_KEY = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'deLs',
} as const;

/** One list of the office's notices (drafts, scheduled, in force, ended) as a table. */
function NoticeTable(props: {
  id: string;
  heading: StaffMessageKey;
  empty: StaffMessageKey;
  list: StaffNoticeListFragment;
  when: 'updated' | 'publish' | 'validity' | 'ended';
}) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const at = (instant: string) =>
    t('notices.at', { day: formats.instantDay(instant), time: formats.clock(instant) });
  const notices = props.list.edges.map((edge) => edge.node);
  const whenOf = (notice: Notice) => {
    switch (props.when) {
      case 'updated':
        return t('notices.list.updatedAt', { at: at(notice.updatedAt) });
      case 'publish':
        return t('notices.list.publishAt', { at: at(notice.publishAt!) });
      case 'validity':
        return notice.expiresAt
          ? t('notices.list.until', { at: at(notice.expiresAt) })
          : t('notices.list.untilWithdrawn');
      case 'ended':
        return t('notices.list.endedAt', { at: at(notice.expiresAt ?? notice.updatedAt) });
    }
  };
  return (
    <section class="section" aria-labelledby={props.id}>
      <h2 id={props.id} class="kern-heading-medium">
        {t(props.heading, { count: notices.length })}
      </h2>
      {notices.length === 0 ? (
        <p class="kern-body">{t(props.empty)}</p>
      ) : (
        <div class="kern-table-responsive" tabIndex={0} aria-labelledby={props.id}>
          <table class="kern-table kern-table--small">
            <caption class="kern-sr-only">{t(props.heading, { count: notices.length })}</caption>
            <thead class="kern-table__header">
              <tr>
                <th scope="col" class="kern-table__cell">
                  {t('notices.column.title')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('notices.column.kind')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('notices.column.languages')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('notices.column.when')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {notices.map((notice) => (
                <tr key={notice.id}>
                  <th scope="row" class="kern-table__cell">
                    <a class="kern-link" href={paths.staffNotice(notice.id)} lang="de">
                      {notice.title}
                    </a>
                  </th>
                  <td class="kern-table__cell">
                    {notice.emergency && (
                      <strong class="notices__emergency">{t('notices.severity.EMERGENCY')}</strong>
                    )}
                    {!notice.emergency && t(`notices.severity.${notice.severity}`)}
                    {' · '}
                    {t(`notices.category.${notice.category}`)}
                  </td>
                  <td class="kern-table__cell">
                    {notice.availableLanguages
                      .map((language) => t(`notices.language.${LANGUAGE_KEY[language]}`))
                      .join(', ')}
                  </td>
                  <td class="kern-table__cell">{whenOf(notice)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OfficeNotices(props: { offices: Office[]; office: Office }) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const [result, refetch] = useQuery({
    query: StaffNoticesQuery,
    // An office's own notices; the town-wide ones have a page of their own.
    variables: { officeId: officeIdOf(props.office), townWide: isTownWide(props.office) },
    requestPolicy: 'network-only',
  });
  return (
    <>
      <PageHeading title={t('notices.title')} caption={props.office.name}>
        {t('notices.title')}
      </PageHeading>
      <p class="kern-body">{t('notices.lead')}</p>
      <div class="notices__actions">
        {props.offices.length > 1 && (
          <OfficeChooser
            id="notices-office"
            offices={props.offices}
            current={props.office}
            onChoose={(officeId) => route(paths.staffNotices({ office: officeId }))}
          />
        )}
        <a
          class="kern-btn kern-btn--primary"
          href={paths.staffNewNotice({ office: props.office.id })}
        >
          <span class="kern-label">{t('notices.new')}</span>
        </a>
      </div>
      {result.error && !result.data ? (
        <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <Loading />
      ) : (
        <>
          <NoticeTable
            id="notices-in-force"
            heading="notices.list.inForce"
            empty="notices.list.inForceEmpty"
            list={result.data.inForce}
            when="validity"
          />
          <NoticeTable
            id="notices-scheduled"
            heading="notices.list.scheduled"
            empty="notices.list.scheduledEmpty"
            list={result.data.scheduled}
            when="publish"
          />
          <NoticeTable
            id="notices-drafts"
            heading="notices.list.drafts"
            empty="notices.list.draftsEmpty"
            list={result.data.drafts}
            when="updated"
          />
          <NoticeTable
            id="notices-ended"
            heading="notices.list.ended"
            empty="notices.list.endedEmpty"
            list={result.data.ended}
            when="ended"
          />
        </>
      )}
    </>
  );
}

function NoticesOfOffice(props: { access: StaffAccess }) {
  const { t } = useStaffI18n();
  const scopes = noticeScopes(props.access, t('notices.town'));
  return (
    <OfficeOfAddress offices={scopes} heading="notices.title" forbidden="notices.forbidden">
      {(office) => <OfficeNotices offices={scopes} office={office} />}
    </OfficeOfAddress>
  );
}

/**
 * The staff workspace's notices of an office (admins: or of the whole town): in force,
 * scheduled, drafts and ended ones.
 */
export function NoticesPage() {
  return <StaffWorkspace>{(access) => <NoticesOfOffice access={access} />}</StaffWorkspace>;
}
