import { useQuery } from '@urql/preact';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import { StaffWorkspace, type Office, type StaffAccess } from '../components/staff-workspace';
import { Language, type StaffNoticeHistoryQuery as HistoryResult } from '../gql/graphql';
import { StaffNoticeHistoryQuery } from '../graphql/notices';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import { scopeOfNotice, noticeScopes } from '../lib/notice-scopes';
import './notices.css';

type Revision = NonNullable<NonNullable<HistoryResult['announcement']>['revisions']>[number];

const LANGUAGE_KEY = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'deLs',
} as const;

/** What a revision changed against the one before: each field as it read before and after. */
type Change = { label: string; before: string | null; after: string | null; lang?: string };

function useChanges() {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const at = (instant: string | null) =>
    instant && t('notices.at', { day: formats.instantDay(instant), time: formats.clock(instant) });
  return (revision: Revision, previous: Revision | null): Change[] => {
    const changes: Change[] = [];
    const compare = (
      label: StaffMessageKey,
      before: string | null,
      after: string | null,
      lang?: string,
    ) => {
      if (!previous || before !== after) changes.push({ label: t(label), before, after, lang });
    };
    compare(
      'notices.field.category',
      previous && t(`notices.category.${previous.category}`),
      t(`notices.category.${revision.category}`),
    );
    compare(
      'notices.field.severity',
      previous && t(`notices.severity.${previous.severity}`),
      t(`notices.severity.${revision.severity}`),
    );
    const textsOf = (r: Revision | null) =>
      new Map((r?.translations ?? []).map((text) => [LANGUAGE_KEY[text.language], text]));
    const before = textsOf(previous);
    const after = textsOf(revision);
    for (const key of ['de', 'en', 'deLs'] as const) {
      const lang = key === 'en' ? 'en' : 'de';
      const language = t(`notices.language.${key}`);
      const was = before.get(key);
      const is = after.get(key);
      if (!previous || was?.title !== is?.title) {
        if (was || is) {
          changes.push({
            label: t('notices.history.titleIn', { language }),
            before: was?.title ?? null,
            after: is?.title ?? null,
            lang,
          });
        }
      }
      if (!previous || was?.body !== is?.body) {
        if (was || is) {
          changes.push({
            label: t('notices.history.bodyIn', { language }),
            before: was?.body ?? null,
            after: is?.body ?? null,
            lang,
          });
        }
      }
    }
    compare(
      'notices.field.publishAt',
      at(previous?.publishAt ?? null),
      at(revision.publishAt ?? null),
    );
    compare(
      'notices.field.expiresAt',
      at(previous?.expiresAt ?? null),
      at(revision.expiresAt ?? null),
    );
    compare(
      'notices.field.eventStartsAt',
      at(previous?.eventStartsAt ?? null),
      at(revision.eventStartsAt ?? null),
    );
    compare(
      'notices.field.eventEndsAt',
      at(previous?.eventEndsAt ?? null),
      at(revision.eventEndsAt ?? null),
    );
    compare(
      'notices.field.eventLocation',
      previous?.eventLocation ?? null,
      revision.eventLocation ?? null,
    );
    // The first version lists only what it says, not what it leaves empty.
    return previous ? changes : changes.filter((change) => change.after !== null);
  };
}

function RevisionEntry(props: { revision: Revision; previous: Revision | null }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const changesOf = useChanges();
  const { revision } = props;
  const changes = changesOf(revision, props.previous);
  const headingId = `revision-${revision.revision}`;
  return (
    <li class="notice-history__entry">
      <h2 id={headingId} class="kern-heading-small">
        {t('notices.history.entry', {
          revision: revision.revision,
          action: t(`notices.history.action.${revision.action}`),
        })}
      </h2>
      <p class="kern-body">
        {t('notices.history.by', {
          who: revision.editedBy ?? t('notices.history.unknownEditor'),
          day: formats.instantDay(revision.editedAt),
          time: formats.clock(revision.editedAt),
        })}
      </p>
      {changes.length > 0 ? (
        <dl class="notice-history__changes" aria-labelledby={headingId}>
          {changes.map((change) => (
            <div class="notice-history__change" key={change.label}>
              <dt class="kern-label">{change.label}</dt>
              <dd>
                {props.previous && (
                  <p class="kern-body notice-history__before">
                    <span class="notice-history__tag">{t('notices.history.before')}</span>{' '}
                    <span lang={change.before ? change.lang : undefined}>
                      {change.before ?? t('notices.history.none')}
                    </span>
                  </p>
                )}
                <p class="kern-body notice-history__after">
                  {props.previous && (
                    <>
                      <span class="notice-history__tag">{t('notices.history.after')}</span>{' '}
                    </>
                  )}
                  <span lang={change.after ? change.lang : undefined}>
                    {change.after ?? t('notices.history.none')}
                  </span>
                </p>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="kern-body">{t('notices.history.noChanges')}</p>
      )}
    </li>
  );
}

function History(props: { offices: Office[]; announcementId: string }) {
  const { t } = useStaffI18n();
  const [result, refetch] = useQuery({
    query: StaffNoticeHistoryQuery,
    variables: { id: props.announcementId },
    requestPolicy: 'network-only',
  });
  const title = t('notices.history.title');
  if (result.error && !result.data) {
    if (result.error.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
      return <Refused title={title} message={t('notices.notFound')} />;
    }
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const notice = result.data.announcement;
  if (!notice) return <Refused title={title} message={t('notices.notFound')} />;
  if (!notice.revisions || !scopeOfNotice(notice, props.offices))
    return <Refused title={title} message={t('notices.forbidden')} />;
  // Newest first: what changed last is what the clerk looks for.
  const revisions = notice.revisions;
  return (
    <>
      <BackLink href={paths.staffNotice(notice.id)} />
      <PageHeading title={title} caption={notice.title} captionLang="de">
        {title}
      </PageHeading>
      <p class="kern-body">{t('notices.history.lead')}</p>
      <ol class="notice-history" reversed>
        {[...revisions].reverse().map((revision) => (
          <RevisionEntry
            key={revision.revision}
            revision={revision}
            previous={revisions[revisions.indexOf(revision) - 1] ?? null}
          />
        ))}
      </ol>
    </>
  );
}

function HistoryOfScope(props: { access: StaffAccess; announcementId: string }) {
  const { t } = useStaffI18n();
  return (
    <History
      offices={noticeScopes(props.access, t('notices.town'))}
      announcementId={props.announcementId}
    />
  );
}

function Refused(props: { title: string; message: string }) {
  return (
    <>
      <PageHeading title={props.title}>{props.title}</PageHeading>
      <p class="kern-body" role="alert">
        {props.message}
      </p>
    </>
  );
}

/** Who changed what of a notice and when, newest first (`/staff/notices/:id/history`). */
export function NoticeHistoryPage(props: { announcementId: string }) {
  return (
    <StaffWorkspace>
      {(access) => <HistoryOfScope access={access} announcementId={props.announcementId} />}
    </StaffWorkspace>
  );
}
