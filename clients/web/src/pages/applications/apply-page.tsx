import { useClient } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { AnswersSummary } from '../../components/application-form/answers-summary';
import {
  answerAt,
  fieldId,
  formText,
  type Answers,
  type FieldProblem,
} from '../../components/application-form/answers';
import { SectionFields, useFormErrors } from '../../components/application-form/application-form';
import { useLiveProblems } from '../../components/application-form/live-check';
import {
  DocumentUploads,
  uploadId,
  type UploadedDocument,
} from '../../components/application-form/document-uploads';
import { ErrorSummary, type FormError } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { Redirect } from '../../components/redirect';
import { SignedInOnly } from '../../components/signed-in-only';
import { LoadFailed, Loading } from '../../components/status';
import { ApplicationErrorCode } from './gql/graphql';
import {
  ApplicationDraftQuery,
  RemoveApplicationDocumentMutation,
  StartApplicationMutation,
  SubmitApplicationMutation,
} from './documents';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import {
  applicableDocuments,
  missingDocuments,
  visibleSections,
  type DocumentRequirement,
  type FormDefinition,
} from '../../lib/form-definition';
import { paths } from '../../lib/routes';
import { useDraftSaver, type Draft, type SaveState } from './draft-saver';
import { uploadDocument } from './upload';

const DOCUMENTS = 'documents';
const CHECK = 'check';

/** The "saved" line: what happened to the citizen's last change, announced politely. */
function SaveStatus(props: { state: SaveState }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { state } = props;
  const text =
    state.kind === 'saving'
      ? t('apply.save.saving')
      : state.kind === 'saved'
        ? t('apply.save.saved', { time: formats.clock(state.at) })
        : state.kind === 'failed'
          ? t('apply.save.failed')
          : state.kind === 'replaced'
            ? t('apply.save.replaced')
            : t('apply.save.idle');
  return (
    <p class="kern-body kern-body--small save-status" role="status">
      {text}
    </p>
  );
}

function ApplyFlow(props: { initial: Draft }) {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const client = useClient();
  const { route } = useLocation();
  const { query } = useRoute();
  const saver = useDraftSaver(client, props.initial);
  const { draft, answers } = saver;
  const definition = useMemo(() => draft.form.definition as FormDefinition, [draft.form.id]);
  const serviceId = draft.service.id;
  /** The steps the citizen went on from: their problems are shown. */
  const [tried, setTried] = useState<ReadonlySet<string>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const [uploadErrors, setUploadErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string[]>([]);
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);

  const sections = visibleSections(definition, answers);
  const requirements = applicableDocuments(definition, answers);
  const steps = [
    ...sections.map((section) => section.id),
    ...(requirements.length > 0 ? [DOCUMENTS] : []),
    CHECK,
  ];
  // A draft taken up again opens on "check your answers", which shows what is still missing.
  const [landing] = useState(() =>
    Object.keys(answers).length > 0 || draft.documents.length > 0 ? CHECK : steps[0]!,
  );
  const step = query.step ?? landing;
  const index = query.step ? steps.indexOf(step) : -1;
  const problems: FieldProblem[] = draft.answerProblems;
  const uploaded: UploadedDocument[] = draft.documents;
  const missing = missingDocuments(
    definition,
    answers,
    uploaded.map((document) => document.requirement ?? ''),
  );
  const requirementLabel = (key: string) =>
    formText(definition.documents.find((item) => item.key === key)?.label, lang).text;

  useEffect(() => {
    setFormErrors([]);
  }, [step]);

  // The problems as the citizen types, from the form's own check; the API's until it is loaded.
  const live = useLiveProblems(draft.form.id, definition, answers);
  const current = live ?? problems;
  /** The fields the citizen changed on this device: their problems show before "continue". */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const section = sections.find((item) => item.id === step);
  const fieldErrors = useFormErrors(definition, section ? [section] : [], current);
  // The address names the step, so that "back" and a reload lead to it.
  if (index < 0) {
    return <Redirect to={paths.apply(serviceId, steps.includes(step) ? step : steps[0])} />;
  }

  const go = (to: string | undefined) =>
    route(to ? paths.apply(serviceId, to) : paths.apply(serviceId, CHECK));
  const back = index > 0 ? paths.apply(serviceId, steps[index - 1]) : paths.service(serviceId);
  const markTried = (id: string) => setTried((set) => new Set(set).add(id));
  const showErrors = () => setAttempt((value) => value + 1);
  const caption = t('apply.caption', { service: draft.service.name });
  const apiTexts = LANGUAGES[lang].api;
  const laterLink = (
    <p class="kern-body">
      <a class="kern-link" href={paths.myApplications()}>
        {t('apply.later')}
      </a>
    </p>
  );

  if (section) {
    const shownProblems = tried.has(section.id)
      ? current
      : (live ?? []).filter((problem) => touched.has(problem.pointer));
    const change = (next: Answers) => {
      const changed = section.fields.filter(
        (pointer) => answerAt(next, pointer) !== answerAt(answers, pointer),
      );
      if (changed.length > 0) setTouched((set) => new Set([...set, ...changed]));
      saver.change(next);
    };
    const errors = tried.has(section.id) ? fieldErrors : [];
    const title = formText(section.title, lang);
    const next = async () => {
      await saver.save();
      markTried(section.id);
      const open = saver.latest.current.draft.answerProblems.filter((problem) =>
        section.fields.includes(problem.pointer),
      );
      if (open.length > 0) return showErrors();
      go(steps[index + 1]);
    };
    return (
      <>
        <BackLink href={back} />
        <ErrorSummary errors={errors} focusKey={attempt} />
        <PageHeading
          title={title.text}
          caption={caption}
          hasErrors={errors.length > 0}
          apiTexts={apiTexts}
        >
          <span lang={title.lang}>{title.text}</span>
        </PageHeading>
        <p class="kern-body kern-body--small">
          {t('apply.progress', { step: index + 1, steps: steps.length })}
        </p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void next();
          }}
        >
          <SectionFields
            definition={definition}
            section={section}
            answers={answers}
            problems={shownProblems}
            onChange={change}
          />
          <SaveStatus state={saver.state} />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('apply.continue')}</span>
          </button>
        </form>
        {laterLink}
      </>
    );
  }

  async function upload(requirement: DocumentRequirement, file: File) {
    setUploadErrors(({ [requirement.key]: _gone, ...rest }) => rest);
    setBusy((keys) => [...keys, requirement.key]);
    try {
      await saver.save();
      const message = await uploadDocument(client, draft.id, requirement, file, {
        t,
        lang,
        locale,
      });
      if (message) {
        setUploadErrors((errors) => ({ ...errors, [requirement.key]: message }));
        setFormErrors([{ field: uploadId(requirement.key), message }]);
        showErrors();
        return;
      }
      const now = await client
        .query(ApplicationDraftQuery, { id: draft.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (now.data?.application) saver.refreshed(now.data.application);
      setFormErrors([]);
    } finally {
      setBusy((keys) => keys.filter((key) => key !== requirement.key));
    }
  }

  async function remove(document: UploadedDocument) {
    const result = await client
      .mutation(RemoveApplicationDocumentMutation, { input: { documentId: document.id } })
      .toPromise();
    const payload = result.data?.removeApplicationDocument;
    if (payload?.application) {
      saver.refreshed(payload.application);
      return;
    }
    const message = payload
      ? payload.userErrors.map((error) => error.message).join(' ')
      : t('errors.connection');
    setFormErrors([{ field: null, message }]);
    showErrors();
  }

  const missingErrors = (keys: string[]): Record<string, string> =>
    Object.fromEntries(
      keys.map((key) => [key, t('apply.documents.missing', { document: requirementLabel(key) })]),
    );

  if (step === DOCUMENTS) {
    const shownMissing = tried.has(DOCUMENTS) ? missingErrors(missing) : {};
    const errorsAt = { ...shownMissing, ...uploadErrors };
    const summary =
      formErrors.length > 0
        ? formErrors
        : Object.entries(shownMissing).map(([key, message]) => ({
            field: uploadId(key),
            message,
          }));
    const heading = t('apply.documents.heading');
    return (
      <>
        <BackLink href={back} />
        <ErrorSummary errors={summary} focusKey={attempt} />
        <PageHeading
          title={heading}
          caption={caption}
          hasErrors={summary.length > 0}
          apiTexts={apiTexts}
        >
          {heading}
        </PageHeading>
        <p class="kern-body kern-body--small">
          {t('apply.progress', { step: index + 1, steps: steps.length })}
        </p>
        <p class="kern-body">{t('apply.documents.intro')}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            markTried(DOCUMENTS);
            if (missing.length > 0 || busy.length > 0) return showErrors();
            go(CHECK);
          }}
        >
          <DocumentUploads
            requirements={requirements}
            documents={uploaded}
            errors={errorsAt}
            busy={busy}
            onUpload={(requirement, file) => void upload(requirement, file)}
            onRemove={(document) => void remove(document)}
          />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('apply.continue')}</span>
          </button>
        </form>
        {laterLink}
      </>
    );
  }

  async function submit() {
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    try {
      await saver.save();
      const result = await client
        .mutation(SubmitApplicationMutation, {
          input: { applicationId: draft.id, version: saver.latest.current.draft.version },
        })
        .toPromise();
      const payload = result.data?.submitApplication;
      if (!payload) {
        setFormErrors([{ field: null, message: t('errors.connection') }]);
        return showErrors();
      }
      if (payload.application) {
        route(paths.myApplication(payload.application.id, { submitted: true }));
        return;
      }
      await saver.reload();
      const current = saver.latest.current.draft;
      const errors: FormError[] = [];
      for (const error of payload.userErrors) {
        const [kind, at] = error.field ?? [];
        if (error.code === ApplicationErrorCode.INVALID_ANSWERS && kind === 'answers' && at) {
          const known = current.answerProblems.find((problem) => problem.pointer === at);
          const label = formText(definition.ui.fields[at]?.label, lang).text;
          errors.push({
            field: known ? `change-${fieldId(at)}` : null,
            message: label
              ? t('applicationForm.problem.at', { label, message: error.message })
              : error.message,
          });
        } else if (error.code === ApplicationErrorCode.DOCUMENTS_MISSING && at) {
          errors.push({
            field: 'change-documents',
            message: t('apply.documents.missing', { document: requirementLabel(at) }),
          });
        } else {
          errors.push({ field: null, message: error.message });
        }
      }
      setFormErrors(errors);
      showErrors();
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  }

  const heading = t('apply.check.heading');
  const fee = draft.form.fee;
  return (
    <>
      <BackLink href={back} />
      <ErrorSummary errors={formErrors} focusKey={attempt} />
      <PageHeading
        title={heading}
        caption={caption}
        hasErrors={formErrors.length > 0}
        apiTexts={apiTexts}
      >
        {heading}
      </PageHeading>
      <p class="kern-body kern-body--small">
        {t('apply.progress', { step: index + 1, steps: steps.length })}
      </p>
      <AnswersSummary
        definition={definition}
        sections={sections}
        answers={answers}
        problems={problems}
        changeHref={(item) => paths.apply(serviceId, item.id)}
      />
      {requirements.length > 0 && (
        <section class="section" aria-labelledby="check-documents">
          <h2 class="kern-heading-medium" id="check-documents">
            {t('apply.documents.heading')}
          </h2>
          <dl class="summary-list">
            {requirements.map((requirement) => {
              const label = formText(requirement.label, lang);
              const files = uploaded.filter((item) => item.requirement === requirement.key);
              const absent = missing.includes(requirement.key);
              return (
                <div
                  key={requirement.key}
                  class={`summary-list__row${absent ? ' summary-list__row--error' : ''}`}
                >
                  <dt class="summary-list__key" lang={label.lang}>
                    {label.text}
                  </dt>
                  <dd class="summary-list__value">
                    {files.length > 0
                      ? files.map((item) => item.fileName).join(', ')
                      : absent
                        ? t('apply.documents.missing', { document: label.text })
                        : t('applicationForm.check.none')}
                  </dd>
                  <dd class="summary-list__actions">
                    <a
                      class="kern-link"
                      id={requirement === requirements[0] ? 'change-documents' : undefined}
                      href={paths.apply(serviceId, DOCUMENTS)}
                    >
                      {t('check.change')}
                      <span class="kern-sr-only" lang={label.lang}>
                        {' '}
                        {label.text}
                      </span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      <section class="section" aria-labelledby="check-terms">
        <h2 class="kern-heading-medium" id="check-terms">
          {t('apply.check.terms.heading')}
        </h2>
        <dl class="summary-list summary-list--plain">
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('service.fee.label')}</dt>
            <dd class="summary-list__value">
              {fee ? formats.money(fee.amountCents, fee.currency) : t('service.fee.none')}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('apply.check.processing')}</dt>
            <dd class="summary-list__value">
              {t('apply.check.processingDays', { count: draft.form.processingDays })}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('apply.check.office')}</dt>
            <dd class="summary-list__value">{draft.office.name}</dd>
          </div>
        </dl>
      </section>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 class="kern-heading-small">{t('apply.check.confirm.heading')}</h2>
        <p class="kern-body">{t('apply.check.confirm.text')}</p>
        <SaveStatus state={saver.state} />
        <button type="submit" class="kern-btn kern-btn--primary" aria-disabled={submitting}>
          <span class="kern-label">
            {submitting ? t('apply.check.submitting') : t('apply.check.submit')}
          </span>
        </button>
      </form>
      {laterLink}
    </>
  );
}

type Start =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'refused'; message: string }
  | { kind: 'ready'; draft: Draft };

function StartApplication(props: { serviceId: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [start, setStart] = useState<Start>({ kind: 'loading' });

  async function load() {
    setStart({ kind: 'loading' });
    const result = await client
      .mutation(StartApplicationMutation, { input: { serviceId: props.serviceId } })
      .toPromise();
    const payload = result.data?.startApplication;
    if (!payload) return setStart({ kind: 'failed' });
    if (payload.application) return setStart({ kind: 'ready', draft: payload.application });
    setStart({
      kind: 'refused',
      message: payload.userErrors.map((error) => error.message).join(' '),
    });
  }
  useEffect(() => void load(), [props.serviceId]);

  switch (start.kind) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed retry={() => void load()} />;
    case 'refused': {
      const heading = t('apply.refused.heading');
      return (
        <>
          <BackLink href={paths.service(props.serviceId)} />
          <PageHeading title={heading}>{heading}</PageHeading>
          <p class="kern-body">{start.message}</p>
          <p class="kern-body">
            <a class="kern-link" href={paths.service(props.serviceId)}>
              {t('apply.refused.back')}
            </a>
          </p>
        </>
      );
    }
    case 'ready':
      return <ApplyFlow key={start.draft.id} initial={start.draft} />;
  }
}

/**
 * Apply online: starts the draft of this service's application, or continues the open one (on
 * this or another device); one section of the form a page, then the documents, then "check your
 * answers" and submit. Every change is saved as the citizen goes.
 */
export function ApplyPage(props: { serviceId: string }) {
  return <SignedInOnly>{() => <StartApplication serviceId={props.serviceId} />}</SignedInOnly>;
}
