import { useClient } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApiTextLang } from '../../components/api-text';
import { BackLink } from '../../components/links';
import { ErrorSummary, type FormError } from '../../components/form';
import { focusPageHeading, PageHeading } from '../../components/page-heading';
import { SignedInOnly } from '../../components/signed-in-only';
import { LoadFailed, Loading } from '../../components/status';
import { ApplicationStatus, type MyApplicationsQuery as Result } from './gql/graphql';
import { DiscardApplicationDraftMutation, MyApplicationsQuery } from './documents';
import { createFormats } from '../../i18n/format';
import { useI18n, useOnLanguageChange } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/routes';
import { StatusTag } from './application-status';

type Item = Result['myApplications']['edges'][number]['node'];

const PAGE_SIZE = 20;

function ApplicationItem(props: { item: Item; onDiscard: (item: Item) => Promise<void> }) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const { item } = props;
  const draft = item.status === ApplicationStatus.DRAFT;
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  return (
    <li class="application-list__item">
      <h3 class="kern-heading-small application-list__title" lang={textLang}>
        {item.service.name}
      </h3>
      <StatusTag status={item.status} />
      <p class="kern-body">
        {draft
          ? t('myApplications.savedAt', { day: formats.instantDay(item.updatedAt) })
          : t('myApplications.submittedAt', {
              reference: item.reference ?? '',
              day: formats.instantDay(item.submittedAt ?? item.createdAt),
            })}
      </p>
      <ul class="action-list">
        <li>
          {draft ? (
            <a class="kern-link" href={paths.apply(item.service.id)}>
              <span class="kern-icon kern-icon--edit" aria-hidden="true" />
              {t('myApplications.continue')}
              <span class="kern-sr-only" lang={textLang}>
                {' '}
                {item.service.name}
              </span>
            </a>
          ) : (
            <a class="kern-link" href={paths.myApplication(item.id)}>
              <span class="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
              {t('myApplications.open', { reference: item.reference ?? '' })}
            </a>
          )}
        </li>
        {draft && !confirming && (
          <li>
            <button type="button" class="link-button" onClick={() => setConfirming(true)}>
              <span class="kern-icon kern-icon--delete" aria-hidden="true" />
              {t('myApplications.discard')}
              <span class="kern-sr-only" lang={textLang}>
                {' '}
                {item.service.name}
              </span>
            </button>
          </li>
        )}
      </ul>
      {confirming && (
        <div class="discard-draft">
          <p class="kern-body" ref={question} tabIndex={-1}>
            {t('myApplications.discard.question')}
          </p>
          <div class="button-group">
            <button
              type="button"
              class="kern-btn kern-btn--primary button--warning"
              onClick={() => void props.onDiscard(item)}
            >
              <span class="kern-label">{t('myApplications.discard.yes')}</span>
            </button>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => setConfirming(false)}
            >
              <span class="kern-label">{t('myApplications.discard.no')}</span>
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function MyApplications() {
  const { t, lang } = useI18n();
  const client = useClient();
  const [items, setItems] = useState<Item[] | null>(null);
  const [more, setMore] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);

  async function load(after: string | null) {
    const result = await client
      .query(MyApplicationsQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return setFailed(true);
    const page = result.data.myApplications;
    setFailed(false);
    setItems((previous) => [
      ...(after && previous ? previous : []),
      ...page.edges.map((edge) => edge.node),
    ]);
    setMore(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
  }
  useEffect(() => void load(null), []);

  /** Throws a draft away with its files, after the citizen confirmed it. */
  async function discard(item: Item) {
    const result = await client
      .mutation(DiscardApplicationDraftMutation, { input: { applicationId: item.id } })
      .toPromise();
    const payload = result.data?.discardApplicationDraft;
    if (!payload?.discardedApplicationId) {
      setErrors([
        {
          field: null,
          message: payload
            ? payload.userErrors.map((error) => error.message).join(' ')
            : t('errors.connection'),
        },
      ]);
      setAttempt((value) => value + 1);
      return;
    }
    setErrors([]);
    setItems((current) => current?.filter((other) => other.id !== item.id) ?? null);
    setNotice(t('myApplications.discard.done', { service: item.service.name }));
    focusPageHeading();
  }
  useOnLanguageChange(() => void load(null));

  const heading = t('myApplications.heading');
  const title = (
    <>
      <BackLink href={paths.myTownHall()} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0} apiTexts={LANGUAGES[lang].api}>
        {heading}
      </PageHeading>
      <p class="kern-body" role="status">
        {notice}
      </p>
    </>
  );
  if (!items) {
    return (
      <>
        {title}
        {failed ? <LoadFailed retry={() => void load(null)} /> : <Loading />}
      </>
    );
  }
  const drafts = items.filter((item) => item.status === ApplicationStatus.DRAFT);
  const sent = items.filter((item) => item.status !== ApplicationStatus.DRAFT);
  return (
    <>
      {title}
      <p class="kern-body">{t('myApplications.intro')}</p>
      <section class="section" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" class="kern-heading-medium">
          {t('myApplications.drafts.heading')}
        </h2>
        {drafts.length > 0 ? (
          <ul class="application-list">
            {drafts.map((item) => (
              <ApplicationItem key={item.id} item={item} onDiscard={discard} />
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('myApplications.drafts.none')}</p>
        )}
      </section>
      <section class="section" aria-labelledby="sent-heading">
        <h2 id="sent-heading" class="kern-heading-medium">
          {t('myApplications.sent.heading')}
        </h2>
        {sent.length > 0 ? (
          <ul class="application-list">
            {sent.map((item) => (
              <ApplicationItem key={item.id} item={item} onDiscard={discard} />
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('myApplications.sent.none')}</p>
        )}
      </section>
      {more && (
        <p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => void load(more)}
          >
            <span class="kern-label">{t('myApplications.more')}</span>
          </button>
        </p>
      )}
      <p class="kern-body">
        <a class="kern-link" href={paths.search({})}>
          {t('myApplications.find')}
        </a>
      </p>
    </>
  );
}

/** "My applications": the drafts to continue, then the applications sent, newest first. */
export function MyApplicationsPage() {
  return <SignedInOnly>{() => <MyApplications />}</SignedInOnly>;
}
