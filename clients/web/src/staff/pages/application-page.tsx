import { useMutation, useQuery, useSubscription } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, TextArea, type FormError } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { onReconnect } from '../../lib/live';
import { paths } from '../../lib/routes';
import type { FormDefinition } from '../../../../../src/applications/form-definition';
import {
  allowedTransitions,
  ApplicationStatus as Transition,
} from '../../../../../src/entities/applications/application-status';
import { ApplicationAnswers, useFormText } from '../components/application-answers';
import { type StaffAccess, StaffWorkspace } from '../components/staff-workspace';
import {
  ApplicationStatus,
  type StaffApplicationDocumentFragment as Document,
  type StaffApplicationFragment as Case,
} from '../gql/graphql';
import {
  ApplicationColleaguesQuery,
  ApproveApplicationMutation,
  AssignApplicationMutation,
  CloseApplicationMutation,
  RejectApplicationMutation,
  RequestApplicationInformationMutation,
  ResumeApplicationMutation,
  StaffApplicationQuery,
  StaffApplicationUpdatedSubscription,
  TakeApplicationMutation,
} from '../graphql/applications';
import { useStaffI18n } from '../i18n/staff-i18n';
import './applications.css';

/** A step's answer as every mutation of the case gives it. */
type StepResult = {
  application?: Case | null;
  userErrors: Array<{ code: string; field?: string[] | null; message: string }>;
} | null;

/** The longest question and reason the API takes (requestApplicationInformation, decisions). */
const MAX_MESSAGE = 4000;
const MAX_REASON = 10_000;

const UNDECIDED: string[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.IN_REVIEW,
  ApplicationStatus.INFORMATION_REQUESTED,
];

/** Whether the status machine (the one the database enforces) lets the case go to `to`. */
function mayGo(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return (allowedTransitions[from as Transition] as readonly string[]).includes(to);
}

function fileSize(bytes: number, locale: string): string {
  const units: Array<[number, 'kilobyte' | 'megabyte']> = [
    [1024 * 1024, 'megabyte'],
    [1024, 'kilobyte'],
  ];
  const [divisor, unit] = units.find(([size]) => bytes >= size) ?? [1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(bytes / divisor);
}

function DocumentLink(props: { document: Document; label: string; labelLang?: string }) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const { document } = props;
  return (
    <li class="application-documents__item">
      <span class="kern-body" lang={props.labelLang}>
        {props.label}
      </span>
      <a class="kern-link" href={document.downloadUrl} target="_blank" rel="noopener noreferrer">
        {document.fileName}
        <span class="kern-sr-only"> {t('staff.applications.documents.newTab')}</span>
      </a>
      <span class="kern-body">
        {t('staff.applications.documents.meta', {
          type: document.mediaType === 'application/pdf' ? 'PDF' : document.mediaType,
          size: fileSize(document.size, locale),
        })}
      </span>
    </li>
  );
}

/** A step of the clerk in two clicks: the button, then "yes" in the box that says what follows. */
function Confirmation(props: {
  id: string;
  text: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useStaffI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      class="kern-alert kern-alert--warning application-confirm"
      tabIndex={-1}
      role="group"
      aria-labelledby={props.id}
    >
      <div class="kern-alert__body">
        <p class="kern-body" id={props.id}>
          {props.text}
        </p>
        <div class="admin-actions">
          <button
            type="button"
            class="kern-btn kern-btn--primary"
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            <span class="kern-label">{props.confirm}</span>
          </button>
          <button type="button" class="kern-btn kern-btn--secondary" onClick={props.onCancel}>
            <span class="kern-label">{t('staff.applications.confirm.cancel')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}

type Pending = 'approve' | 'reject' | 'close' | null;

/** What the clerk can do with the case in its status, each refused step explained. */
function CaseActions(props: { access: StaffAccess; item: Case; onDone: (news: string) => void }) {
  const { t } = useStaffI18n();
  const { item } = props;
  const [colleagues] = useQuery({
    query: ApplicationColleaguesQuery,
    variables: { officeId: item.office.id },
  });
  const [, take] = useMutation(TakeApplicationMutation);
  const [, assign] = useMutation(AssignApplicationMutation);
  const [, ask] = useMutation(RequestApplicationInformationMutation);
  const [, resume] = useMutation(ResumeApplicationMutation);
  const [, approve] = useMutation(ApproveApplicationMutation);
  const [, reject] = useMutation(RejectApplicationMutation);
  const [, close] = useMutation(CloseApplicationMutation);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const [assignee, setAssignee] = useState('');

  const fail = (problems: FormError[]) => {
    setErrors(problems);
    setAttempt((value) => value + 1);
  };

  /** Runs a step; true when it was done, else its refusals are shown at their fields. */
  async function run(
    step: () => Promise<{ data?: Record<string, StepResult>; error?: unknown }>,
    fields: readonly string[],
    news: string,
  ): Promise<boolean> {
    setBusy(true);
    const answer = await step();
    setBusy(false);
    const payload = answer.data && Object.values(answer.data)[0];
    if (!payload) {
      fail([{ field: null, message: t('staff.applications.error.connection') }]);
      return false;
    }
    if (payload.userErrors.length > 0) {
      fail(
        payload.userErrors.map((error) => {
          const field = error.field?.[0];
          return {
            field: field && fields.includes(field) ? `application-${field}` : null,
            message: error.message,
          };
        }),
      );
      return false;
    }
    setErrors([]);
    props.onDone(news);
    return true;
  }

  const applicationId = item.id;
  const status = item.status;
  const undecided = UNDECIDED.includes(status);
  const mayTake = undecided && !item.assignee;
  const mayAsk = mayGo(status, ApplicationStatus.INFORMATION_REQUESTED);
  const mayResume = status === ApplicationStatus.INFORMATION_REQUESTED;
  const mayDecide = mayGo(status, ApplicationStatus.APPROVED);
  const mayClose = mayGo(status, ApplicationStatus.CLOSED);
  const others = (colleagues.data?.inbox.colleagues ?? []).filter(
    (colleague) => colleague.id !== item.assignee?.id,
  );
  const errorOf = (field: string) =>
    errors.find((error) => error.field === `application-${field}`)?.message;

  if (!undecided && !mayClose) {
    return <p class="kern-body">{t('staff.applications.actions.none')}</p>;
  }

  const decide = (outcome: 'approve' | 'reject') => {
    if (!reason.trim()) {
      fail([{ field: 'application-reason', message: t('staff.applications.reason.required') }]);
      return;
    }
    setErrors([]);
    setPending(outcome);
  };

  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      {mayTake && (
        <p>
          <button
            type="button"
            class="kern-btn kern-btn--primary"
            disabled={busy}
            onClick={() =>
              void run(
                () => take({ input: { applicationId } }),
                [],
                t('staff.applications.done.taken'),
              )
            }
          >
            <span class="kern-label">{t('staff.applications.take')}</span>
          </button>
        </p>
      )}
      {undecided && others.length > 0 && (
        <form
          class="plan__controls"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const colleague = others.find((choice) => choice.id === assignee) ?? others[0];
            if (!colleague || busy) return;
            void run(
              () =>
                assign({
                  input: { applicationId, assigneeId: colleague.id, version: item.version },
                }),
              ['assigneeId'],
              t('staff.applications.done.assigned', { name: colleague.name }),
            );
          }}
        >
          <div class="kern-form-input">
            <label class="kern-label" for="application-assigneeId">
              {t('staff.applications.assign.label')}
            </label>
            <div class="kern-form-input__select-wrapper">
              <select
                id="application-assigneeId"
                class="kern-form-input__select"
                value={assignee || others[0]?.id}
                onChange={(event) => setAssignee(event.currentTarget.value)}
              >
                {others.map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" class="kern-btn kern-btn--secondary" disabled={busy}>
            <span class="kern-label">{t('staff.applications.assign.submit')}</span>
          </button>
        </form>
      )}
      {mayResume && (
        <p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            disabled={busy}
            onClick={() =>
              void run(
                () => resume({ input: { applicationId } }),
                [],
                t('staff.applications.done.resumed'),
              )
            }
          >
            <span class="kern-label">{t('staff.applications.resume')}</span>
          </button>
        </p>
      )}
      {mayAsk && (
        <form
          class="application-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            if (!message.trim()) {
              fail([
                { field: 'application-message', message: t('staff.applications.ask.required') },
              ]);
              return;
            }
            void run(
              () => ask({ input: { applicationId, message } }),
              ['message'],
              t('staff.applications.done.asked'),
            ).then((done) => done && setMessage(''));
          }}
        >
          <h3 class="kern-heading-small">{t('staff.applications.ask.heading')}</h3>
          <TextArea
            id="application-message"
            label={t('staff.applications.ask.label')}
            hint={t('staff.applications.ask.hint')}
            error={errorOf('message')}
            value={message}
            onValue={setMessage}
            maxLength={MAX_MESSAGE}
          />
          <button type="submit" class="kern-btn kern-btn--secondary" disabled={busy}>
            <span class="kern-label">{t('staff.applications.ask.submit')}</span>
          </button>
        </form>
      )}
      {mayDecide && (
        <form class="application-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <h3 class="kern-heading-small">{t('staff.applications.decide.heading')}</h3>
          <TextArea
            id="application-reason"
            label={t('staff.applications.reason.label')}
            hint={t('staff.applications.reason.hint')}
            error={errorOf('reason')}
            value={reason}
            onValue={setReason}
            maxLength={MAX_REASON}
          />
          {pending === 'approve' || pending === 'reject' ? (
            <Confirmation
              id="application-confirm-decision"
              text={t(
                pending === 'approve'
                  ? 'staff.applications.confirm.approve'
                  : 'staff.applications.confirm.reject',
                { name: item.applicantName ?? '' },
              )}
              confirm={t(
                pending === 'approve'
                  ? 'staff.applications.confirm.approveYes'
                  : 'staff.applications.confirm.rejectYes',
              )}
              busy={busy}
              onCancel={() => setPending(null)}
              onConfirm={() => {
                const outcome = pending;
                void run(
                  () =>
                    (outcome === 'approve' ? approve : reject)({
                      input: { applicationId, reason },
                    }),
                  ['reason'],
                  t(
                    outcome === 'approve'
                      ? 'staff.applications.done.approved'
                      : 'staff.applications.done.rejected',
                  ),
                ).then(() => setPending(null));
              }}
            />
          ) : (
            <div class="admin-actions">
              <button
                type="button"
                class="kern-btn kern-btn--primary"
                disabled={busy}
                onClick={() => decide('approve')}
              >
                <span class="kern-label">{t('staff.applications.approve')}</span>
              </button>
              <button
                type="button"
                class="kern-btn kern-btn--secondary"
                disabled={busy}
                onClick={() => decide('reject')}
              >
                <span class="kern-label">{t('staff.applications.reject')}</span>
              </button>
            </div>
          )}
        </form>
      )}
      {mayClose &&
        (pending === 'close' ? (
          <Confirmation
            id="application-confirm-close"
            text={t('staff.applications.confirm.close')}
            confirm={t('staff.applications.confirm.closeYes')}
            busy={busy}
            onCancel={() => setPending(null)}
            onConfirm={() =>
              void run(
                () => close({ input: { applicationId } }),
                [],
                t('staff.applications.done.closed'),
              ).then(() => setPending(null))
            }
          />
        ) : (
          <p>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => setPending('close')}
            >
              <span class="kern-label">{t('staff.applications.close')}</span>
            </button>
          </p>
        ))}
    </>
  );
}

function Timeline(props: { item: Case }) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formats = createFormats(locale);
  return (
    <ol class="application-timeline">
      {props.item.timeline.map((event, index) => (
        <li key={index} class="application-timeline__item">
          <span class="kern-body application-timeline__what">
            {t(`staff.applications.event.${event.kind}`)}
          </span>
          <span class="kern-body">
            {t('staff.applications.when', {
              day: formats.instantDay(event.at),
              time: formats.clock(event.at),
            })}
            {event.actorName && (
              <>
                {' · '}
                {t('staff.applications.event.by', { name: event.actorName })}
              </>
            )}
          </span>
          {event.note && <span class="kern-body application-timeline__note">{event.note}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The case: its facts, the clerk's steps, the answers, the documents and the timeline. */
function CaseView(props: {
  access: StaffAccess;
  item: Case;
  news: string;
  onDone: (news: string) => void;
}) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formText = useFormText();
  const formats = createFormats(locale);
  const { item } = props;
  const definition = item.form.definition as unknown as FormDefinition;
  const requirementLabel = (key: string | null | undefined) =>
    formText(definition.documents.find((document) => document.key === key)?.label);
  const day = (instant: string | null | undefined) =>
    instant
      ? t('staff.applications.when', {
          day: formats.instantDay(instant),
          time: formats.clock(instant),
        })
      : t('staff.applications.answers.none');

  return (
    <>
      <PageHeading
        title={t('staff.applications.case.title', { reference: item.reference ?? '' })}
        caption={item.service.name}
      >
        {t('staff.applications.case.title', { reference: item.reference ?? '' })}
      </PageHeading>
      <p class="kern-body">
        <a class="kern-link" href={paths.staffApplications({ office: item.office.id })}>
          {t('staff.applications.case.back')}
        </a>
      </p>
      <p class="kern-body">{t('staff.applications.case.logNotice')}</p>
      <p class="kern-body" role="status">
        {props.news}
      </p>
      <dl class="application-facts">
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.status')}</dt>
          <dd>{t(`staff.applications.status.${item.status}`)}</dd>
        </div>
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.applicant')}</dt>
          <dd>{item.applicantName ?? t('staff.applications.row.anonymised')}</dd>
        </div>
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.office')}</dt>
          <dd>{item.office.name}</dd>
        </div>
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.submitted')}</dt>
          <dd>{day(item.submittedAt)}</dd>
        </div>
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.due')}</dt>
          <dd>
            {item.dueAt ? formats.instantDay(item.dueAt) : t('staff.applications.answers.none')}
            {item.overdue && (
              <>
                {' '}
                <span class="status-tag">{t('staff.applications.row.overdue')}</span>
              </>
            )}
          </dd>
        </div>
        <div class="application-facts__row">
          <dt>{t('staff.applications.fact.assignee')}</dt>
          <dd>{item.assignee?.name ?? t('staff.applications.row.unassigned')}</dd>
        </div>
        {item.decidedAt && (
          <div class="application-facts__row">
            <dt>{t('staff.applications.fact.decided')}</dt>
            <dd>{day(item.decidedAt)}</dd>
          </div>
        )}
        {item.decisionReason && (
          <div class="application-facts__row">
            <dt>{t('staff.applications.fact.reason')}</dt>
            <dd class="application-timeline__note">{item.decisionReason}</dd>
          </div>
        )}
      </dl>
      {item.conversation && (
        <p class="kern-body">
          <a
            class="kern-link"
            href={paths.staffInbox({ office: item.office.id, conversation: item.conversation.id })}
          >
            {t('staff.applications.case.conversation')}
          </a>
        </p>
      )}
      <section aria-labelledby="application-actions-heading">
        <h2 id="application-actions-heading" class="kern-heading-medium">
          {t('staff.applications.actions.heading')}
        </h2>
        <CaseActions
          key={`${item.status}:${item.version}`}
          access={props.access}
          item={item}
          onDone={props.onDone}
        />
      </section>
      <section aria-labelledby="application-documents-heading">
        <h2 id="application-documents-heading" class="kern-heading-medium">
          {t('staff.applications.documents.heading')}
        </h2>
        <ul class="application-documents">
          {item.decision && (
            <DocumentLink
              document={item.decision}
              label={t('staff.applications.documents.decision')}
            />
          )}
          {item.documents.map((document) => {
            const label = requirementLabel(document.requirement);
            return (
              <DocumentLink
                key={document.id}
                document={document}
                label={label.text}
                labelLang={label.lang}
              />
            );
          })}
          {item.receipt && (
            <DocumentLink
              document={item.receipt}
              label={t('staff.applications.documents.receipt')}
            />
          )}
        </ul>
        {item.documents.length === 0 && (
          <p class="kern-body">{t('staff.applications.documents.none')}</p>
        )}
      </section>
      <section aria-labelledby="application-answers-heading">
        <h2 id="application-answers-heading" class="kern-heading-medium">
          {t('staff.applications.answers.heading')}
        </h2>
        <ApplicationAnswers definition={definition} answers={item.answers} />
      </section>
      <section aria-labelledby="application-timeline-heading">
        <h2 id="application-timeline-heading" class="kern-heading-medium">
          {t('staff.applications.timeline.heading')}
        </h2>
        <Timeline item={item} />
      </section>
    </>
  );
}

/**
 * One case of an office, live: read again after each of its changes (so a colleague's step, or the
 * citizen's answer, shows without a reload).
 */
function CaseOfOffice(props: { access: StaffAccess; applicationId: string }) {
  const { t } = useStaffI18n();
  const [news, setNews] = useState('');
  const [result, refetch] = useQuery({
    query: StaffApplicationQuery,
    variables: { id: props.applicationId },
    requestPolicy: 'network-only',
  });
  useSubscription(
    {
      query: StaffApplicationUpdatedSubscription,
      variables: { applicationId: props.applicationId },
    },
    (_previous, data) => {
      refetch({ requestPolicy: 'network-only' });
      return data;
    },
  );
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);

  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const item = result.data.application;
  if (!item || item.status === ApplicationStatus.DRAFT) {
    return (
      <>
        <PageHeading title={t('staff.applications.title')}>
          {t('staff.applications.title')}
        </PageHeading>
        <p class="kern-body" role="alert">
          {t('staff.applications.case.notFound')}
        </p>
      </>
    );
  }
  return (
    <CaseView
      access={props.access}
      item={item}
      news={news}
      onDone={(text) => {
        setNews(text);
        refetch({ requestPolicy: 'network-only' });
      }}
    />
  );
}

/** The staff workspace's page of one application. */
export function ApplicationPage() {
  const { params } = useRoute();
  const applicationId = params.applicationId ?? '';
  return (
    <StaffWorkspace>
      {(access) => (
        <CaseOfOffice key={applicationId} access={access} applicationId={applicationId} />
      )}
    </StaffWorkspace>
  );
}
