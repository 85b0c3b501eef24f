import { useClient, useSubscription } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApiTextLang } from '../../components/api-text';
import { AnswersSummary } from '../../components/application-form/answers-summary';
import type { Answers } from '../../components/application-form/answers';
import { FileLink } from '../../components/application-form/document-uploads';
import { ErrorSummary, type FormError } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { Redirect } from '../../components/redirect';
import { SignedInOnly } from '../../components/signed-in-only';
import { LoadFailed, Loading } from '../../components/status';
import {
  ApplicationEventKind,
  ApplicationStatus,
  type ApplicationDetailsFragment,
} from './gql/graphql';
import {
  ApplicationQuery,
  ApplicationUpdatedSubscription,
  WithdrawApplicationMutation,
} from './documents';
import { createFormats } from '../../i18n/format';
import { useI18n, useOnLanguageChange, type MessageKey } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { visibleSections, type FormDefinition } from '../../lib/form-definition';
import { paths } from '../../lib/routes';
import { StatusTag, statusKey, withdrawable } from './application-status';
import { RequestedDocuments } from './requested-documents';

// The conversation page loads its application panel from this page's chunk: a chunk of its own
// would split the start page's shared code in two (and over its size budget).
export { ConversationApplication } from './conversation-application';

type Details = ApplicationDetailsFragment;

const EVENT_KEY: Record<ApplicationEventKind, MessageKey> = {
  SUBMITTED: 'application.event.SUBMITTED',
  TAKEN: 'application.event.TAKEN',
  ASSIGNED: 'application.event.ASSIGNED',
  INFORMATION_REQUESTED: 'application.event.INFORMATION_REQUESTED',
  CITIZEN_ANSWERED: 'application.event.CITIZEN_ANSWERED',
  DOCUMENT_ADDED: 'application.event.DOCUMENT_ADDED',
  RESUMED: 'application.event.RESUMED',
  APPROVED: 'application.event.APPROVED',
  REJECTED: 'application.event.REJECTED',
  WITHDRAWN: 'application.event.WITHDRAWN',
  CLOSED: 'application.event.CLOSED',
};

function Application(props: { details: Details; submitted: boolean }) {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const textLang = useApiTextLang();
  const client = useClient();
  const [details, setDetails] = useState(props.details);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const withdrawing = useRef(false);
  const status = useRef(details.status);

  useSubscription(
    { query: ApplicationUpdatedSubscription, variables: { applicationId: details.id } },
    (_previous: unknown, data) => {
      const next = data.applicationUpdated;
      if (next.status !== status.current) {
        status.current = next.status;
        setAnnouncement(t('application.announce.status', { status: t(statusKey(next.status)) }));
      }
      setDetails(next);
      return data;
    },
  );

  async function withdraw() {
    if (withdrawing.current) return;
    withdrawing.current = true;
    const result = await client
      .mutation(WithdrawApplicationMutation, { input: { applicationId: details.id } })
      .toPromise();
    withdrawing.current = false;
    const payload = result.data?.withdrawApplication;
    const problems: FormError[] = !payload
      ? [{ field: null, message: t('errors.connection') }]
      : payload.userErrors.map((error) => ({ field: null, message: error.message }));
    setErrors(problems);
    if (payload?.application) {
      status.current = payload.application.status;
      setDetails(payload.application);
      setConfirming(false);
      setAnnouncement(t('application.withdraw.done'));
    } else {
      setAttempt((value) => value + 1);
    }
  }

  const definition = details.form.definition as FormDefinition;
  const answers = (details.answers ?? {}) as Answers;
  const reference = details.reference ?? '';
  const requested = details.status === ApplicationStatus.INFORMATION_REQUESTED;
  const lastRequest = [...details.timeline]
    .reverse()
    .find((event) => event.kind === ApplicationEventKind.INFORMATION_REQUESTED);
  const heading = props.submitted
    ? t('application.submitted.heading')
    : t('application.heading', { reference });

  if (confirming) {
    const question = t('application.withdraw.heading');
    return (
      <>
        <ErrorSummary errors={errors} focusKey={attempt} />
        <PageHeading title={question} hasErrors={errors.length > 0}>
          {question}
        </PageHeading>
        <p class="kern-body">{t('application.withdraw.text', { reference })}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void withdraw();
          }}
        >
          <div class="button-group">
            <button type="submit" class="kern-btn kern-btn--primary button--warning">
              <span class="kern-label">{t('application.withdraw.yes')}</span>
            </button>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => setConfirming(false)}
            >
              <span class="kern-label">{t('application.withdraw.no')}</span>
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <BackLink href={paths.myApplications()} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      {props.submitted ? (
        <div class="panel" role="region" aria-labelledby="submitted-heading">
          <PageHeading title={heading} id="submitted-heading" apiTexts={LANGUAGES[lang].api}>
            {heading}
          </PageHeading>
          <p class="panel__label">{t('application.reference')}</p>
          <p class="panel__code" dir="ltr">
            {reference}
          </p>
        </div>
      ) : (
        <PageHeading
          title={heading}
          caption={details.service.name}
          captionLang={textLang}
          apiTexts={LANGUAGES[lang].api}
        >
          {heading}
        </PageHeading>
      )}
      <div class="kern-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {props.submitted && (
        <p class="kern-body kern-body--large">
          {t('application.submitted.text', { service: details.service.name })}
        </p>
      )}

      {requested && (
        <div class="kern-alert kern-alert--warning" role="region" aria-labelledby="request-heading">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 class="kern-title" id="request-heading">
              {t('application.request.heading')}
            </h2>
          </div>
          <div class="kern-alert__body">
            {lastRequest?.note && <p class="kern-body application-note">{lastRequest.note}</p>}
            <p class="kern-body">{t('application.request.text')}</p>
            {details.conversation && (
              <p class="kern-body">
                <a class="kern-link" href={paths.conversation(details.conversation.id)}>
                  {t('application.request.answer')}
                </a>
              </p>
            )}
          </div>
        </div>
      )}

      {requested && (
        <RequestedDocuments
          details={details}
          onUploaded={(next, fileName) => {
            setErrors([]);
            setDetails(next);
            setAnnouncement(t('application.more.sent', { name: fileName }));
          }}
          onProblem={(problem) => {
            setErrors(problem ? [problem] : []);
            if (problem) setAttempt((value) => value + 1);
          }}
        />
      )}

      <dl class="summary-list summary-list--plain">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('application.status.label')}</dt>
          <dd class="summary-list__value">
            <StatusTag status={details.status} />
          </dd>
        </div>
        {!props.submitted && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('application.reference')}</dt>
            <dd class="summary-list__value" dir="ltr">
              {reference}
            </dd>
          </div>
        )}
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('application.service')}</dt>
          <dd class="summary-list__value" lang={textLang}>
            {details.service.name}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('application.office')}</dt>
          <dd class="summary-list__value" lang={textLang}>
            {details.office.name}
          </dd>
        </div>
        {details.submittedAt && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('application.submittedAt')}</dt>
            <dd class="summary-list__value">{formats.instantDay(details.submittedAt)}</dd>
          </div>
        )}
        {details.dueAt && !details.decidedAt && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('application.dueAt')}</dt>
            <dd class="summary-list__value">{formats.instantDay(details.dueAt)}</dd>
          </div>
        )}
        {details.decidedAt && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('application.decidedAt')}</dt>
            <dd class="summary-list__value">{formats.instantDay(details.decidedAt)}</dd>
          </div>
        )}
      </dl>

      {(details.decision || details.decisionReason) && (
        <section class="section" aria-labelledby="decision-heading">
          <h2 id="decision-heading" class="kern-heading-medium">
            {t(
              details.status === ApplicationStatus.REJECTED
                ? 'application.decision.rejected'
                : 'application.decision.approved',
            )}
          </h2>
          {details.decisionReason && (
            <p class="kern-body application-note">{details.decisionReason}</p>
          )}
          {details.decision && (
            <p class="kern-body">
              <FileLink
                href={details.decision.downloadUrl}
                label={t('application.decision.download')}
                size={details.decision.size}
              />
            </p>
          )}
        </section>
      )}

      <section class="section" aria-labelledby="files-heading">
        <h2 id="files-heading" class="kern-heading-medium">
          {t('application.files.heading')}
        </h2>
        <ul class="action-list">
          {details.receipt && (
            <li>
              <FileLink
                href={details.receipt.downloadUrl}
                label={t('application.receipt.download')}
                size={details.receipt.size}
              />
            </li>
          )}
          {details.documents.map((document) => (
            <li key={document.id}>
              <FileLink
                href={document.downloadUrl}
                label={document.fileName}
                size={document.size}
                icon="draft"
              />
            </li>
          ))}
        </ul>
        {details.conversation && (
          <p class="kern-body">
            <a class="kern-link" href={paths.conversation(details.conversation.id)}>
              {t('application.conversation')}
            </a>
          </p>
        )}
      </section>

      <section class="section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" class="kern-heading-medium">
          {t('application.timeline.heading')}
        </h2>
        <ol class="timeline">
          {details.timeline.map((event, index) => (
            <li class="timeline__item" key={`${event.at}-${index}`}>
              <p class="kern-body timeline__what">{t(EVENT_KEY[event.kind])}</p>
              <p class="kern-body kern-body--small timeline__when">
                {t('application.timeline.when', {
                  day: formats.instantDay(event.at),
                  time: formats.clock(event.at),
                })}
              </p>
              {event.note && <p class="kern-body application-note">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section class="section" aria-labelledby="answers-heading">
        <h2 id="answers-heading" class="kern-heading-medium">
          {t('application.answers.heading')}
        </h2>
        <AnswersSummary
          definition={definition}
          sections={visibleSections(definition, answers)}
          answers={answers}
          problems={[]}
          level={3}
        />
      </section>

      {withdrawable(details.status) && (
        <section class="section" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading" class="kern-heading-medium">
            {t('application.withdraw.title')}
          </h2>
          <p class="kern-body">{t('application.withdraw.intro')}</p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => setConfirming(true)}
          >
            <span class="kern-label">{t('application.withdraw.button')}</span>
          </button>
        </section>
      )}
    </>
  );
}

function ApplicationLoader(props: { id: string; submitted: boolean }) {
  const { t } = useI18n();
  const client = useClient();
  const [details, setDetails] = useState<Details | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  async function load() {
    const result = await client
      .query(ApplicationQuery, { id: props.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return setFailed(true);
    setFailed(false);
    setDetails(result.data.application);
  }
  useEffect(() => {
    setDetails(undefined);
    void load();
  }, [props.id]);
  // The service's and office's names follow the page's language.
  useOnLanguageChange(() => void load());

  if (details === undefined) {
    return failed ? <LoadFailed retry={() => void load()} /> : <Loading />;
  }
  // A draft is continued where it is filled in.
  if (details?.status === ApplicationStatus.DRAFT) {
    return <Redirect to={paths.apply(details.service.id)} />;
  }
  if (details === null) {
    const heading = t('application.notFound.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('application.notFound.text')}</p>
        <p class="kern-body">
          <a class="kern-link" href={paths.myApplications()}>
            {t('myApplications.heading')}
          </a>
        </p>
      </>
    );
  }
  return <Application key={details.id} details={details} submitted={props.submitted} />;
}

/**
 * One of the citizen's applications: its status (live), what the office asks for, the decision,
 * the receipt and the documents, the timeline, the answers given, and withdrawing it.
 */
export function MyApplicationPage() {
  const { params, query } = useRoute();
  return (
    <SignedInOnly>
      {() => (
        <ApplicationLoader id={params.applicationId ?? ''} submitted={query.submitted === 'yes'} />
      )}
    </SignedInOnly>
  );
}
