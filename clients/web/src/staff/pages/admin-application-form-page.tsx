import { useMutation, useQuery } from '@urql/preact';
import { Component, type ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { formText, type Answers } from '../../components/application-form/answers';
import { SectionFields } from '../../components/application-form/application-form';
import { ErrorMessage, TextField } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import {
  applicableDocuments,
  visibleSections,
  type FormDefinition,
  type LocalizedText,
} from '../../lib/form-definition';
import { paths } from '../../lib/routes';
import type { AdminApplicationFormQuery as FormResult } from '../gql/graphql';
import {
  AdminApplicationFormQuery,
  RemoveApplicationFormMutation,
  SaveApplicationFormMutation,
} from '../graphql/application-forms';
import {
  AdminForm,
  centsOf,
  errorsOf,
  useFormErrors,
  type ApiError,
} from '../components/admin-form';
import { RetireConfirmation } from '../components/retire-confirmation';
import { StaffWorkspace } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';

type Service = NonNullable<FormResult['service']>;
type PublishedForm = NonNullable<Service['onlineApplication']>;

const DEFINITION = 'application-form-definition';
/** The plain fields' inputs, by the API's field path. */
const FIELD_INPUTS: Record<string, string> = {
  feeCents: 'application-form-fee',
  processingDays: 'application-form-processing-days',
  retentionYears: 'application-form-retention-years',
};

/** What a service without an online application starts from: one section, two fields. */
const STARTER: FormDefinition = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['applicant'],
    properties: {
      applicant: {
        type: 'object',
        additionalProperties: false,
        required: ['givenName', 'familyName'],
        properties: {
          givenName: { type: 'string', minLength: 1, maxLength: 100 },
          familyName: { type: 'string', minLength: 1, maxLength: 100 },
        },
      },
    },
  },
  ui: {
    sections: [
      {
        id: 'applicant',
        title: { de: 'Antragstellerin oder Antragsteller', en: 'Applicant' },
        fields: ['/applicant/givenName', '/applicant/familyName'],
      },
    ],
    fields: {
      '/applicant/givenName': {
        label: { de: 'Vorname', en: 'Given name' },
        autocomplete: 'given-name',
      },
      '/applicant/familyName': {
        label: { de: 'Familienname', en: 'Family name' },
        autocomplete: 'family-name',
      },
    },
  },
  documents: [],
};

type Values = { definition: string; fee: string; processingDays: string; retentionYears: string };

function valuesOf(form: PublishedForm | null): Values {
  return {
    definition: JSON.stringify(form?.definition ?? STARTER, null, 2),
    fee: form?.fee ? (form.fee.amountCents / 100).toFixed(2) : '',
    processingDays: String(form?.processingDays ?? 14),
    retentionYears: String(form?.retentionYears ?? 10),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The definition being edited, when it has the shape the citizens' form renderer reads (sections
 * with their fields, hints, documents); null while it does not parse or lacks that shape. Whether
 * it is valid only the API says: its checks run ajv, which the page's Content Security Policy
 * refuses (docs/application-forms.md).
 */
function previewable(text: string): FormDefinition | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || !isObject(value.schema) || !isObject(value.ui)) return null;
  const { sections, fields } = value.ui;
  const shaped =
    Array.isArray(sections) &&
    sections.every(
      (section) =>
        isObject(section) &&
        typeof section.id === 'string' &&
        Array.isArray(section.fields) &&
        section.fields.every((field) => typeof field === 'string'),
    ) &&
    isObject(fields) &&
    Object.values(fields).every(isObject) &&
    Array.isArray(value.documents) &&
    value.documents.every(isObject);
  return shaped ? labelled(value as FormDefinition) : null;
}

/**
 * A text's languages that hold text (Preact would render an object in their place as garbage),
 * and `fallback` as its German when that is missing or empty, so that no control goes unnamed.
 */
function named(text: unknown, fallback: string): LocalizedText {
  const written = Object.fromEntries(
    Object.entries(isObject(text) ? text : {}).filter(
      ([, value]) => typeof value === 'string' && value.trim(),
    ),
  );
  return { ...written, de: typeof written.de === 'string' ? written.de : fallback };
}

/**
 * The definition with a name for every section, field, option and document that has no German
 * text yet: its ID, pointer, value or key, as the admin wrote it. An unnamed control would be
 * useless to anyone who relies on its label, and the API names the missing text anyway.
 */
function labelled(definition: FormDefinition): FormDefinition {
  const fields = { ...definition.ui.fields };
  for (const pointer of definition.ui.sections.flatMap((section) => section.fields)) {
    const hint = fields[pointer] ?? { label: { de: pointer } };
    const options = isObject(hint.options)
      ? Object.fromEntries(
          Object.entries(hint.options).map(([value, text]) => [value, named(text, value)]),
        )
      : undefined;
    fields[pointer] = { ...hint, label: named(hint.label, pointer), options };
  }
  return {
    ...definition,
    ui: {
      sections: definition.ui.sections.map((section) => ({
        ...section,
        title: named(section.title, section.id),
      })),
      fields,
    },
    documents: definition.documents.map((document) => ({
      ...document,
      label: named(document.label, document.key),
    })),
  };
}

/** A whole number as the admin types it; NaN when it is none. */
function wholeOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
}

/**
 * The form as citizens see it, from the definition being edited: the sections its answers so far
 * show, each with its fields, and the documents they would be asked for. Nothing is sent.
 */
function Preview(props: { definition: FormDefinition }) {
  const { lang } = useI18n();
  const { t } = useStaffI18n();
  const [answers, setAnswers] = useState<Answers>({});
  const documents = applicableDocuments(props.definition, answers);
  return (
    <div class="application-form-preview__form">
      {visibleSections(props.definition, answers).map((section) => (
        <section key={section.id} class="section" aria-labelledby={`preview-section-${section.id}`}>
          <h3 class="kern-heading-small" id={`preview-section-${section.id}`}>
            {formText(section.title, lang).text}
          </h3>
          <SectionFields
            definition={props.definition}
            section={section}
            answers={answers}
            problems={[]}
            onChange={setAnswers}
          />
        </section>
      ))}
      {documents.length > 0 && (
        <section aria-labelledby="preview-documents">
          <h3 class="kern-heading-small" id="preview-documents">
            {t('applicationFormAdmin.previewDocuments')}
          </h3>
          <ul class="kern-list">
            {documents.map((document) => (
              <li key={document.key}>{formText(document.label, lang).text}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * Shows `fallback` instead of a preview that failed to render (a definition of the right shape
 * can still hold values the renderer does not expect), until the text changes: a half-typed
 * definition must never take the editor, and what the admin typed, with it.
 */
class PreviewBoundary extends Component<
  { text: string; fallback: ComponentChildren; children: ComponentChildren },
  { failedFor: string | null }
> {
  override state = { failedFor: null as string | null };
  override componentDidCatch() {
    this.setState({ failedFor: this.props.text });
  }
  override render() {
    return this.state.failedFor === this.props.text ? this.props.fallback : this.props.children;
  }
}

/** The definition's textarea, in monospace, with every problem the API named below it. */
function DefinitionField(props: {
  value: string;
  onValue: (value: string) => void;
  errors: string[];
}) {
  const { t } = useStaffI18n();
  const invalid = props.errors.length > 0;
  const errorIds = props.errors.map((_, index) => `${DEFINITION}-error-${index + 1}`);
  return (
    <div class={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={DEFINITION}>
        {t('applicationFormAdmin.definition')}
      </label>
      <div class="kern-hint" id={`${DEFINITION}-hint`}>
        {t('applicationFormAdmin.definitionHint')}
      </div>
      <textarea
        id={DEFINITION}
        name={DEFINITION}
        rows={24}
        spellcheck={false}
        autoCapitalize="none"
        autocomplete="off"
        class={`kern-form-input__input application-form-editor__definition${
          invalid ? ' kern-form-input__input--error' : ''
        }`}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={[`${DEFINITION}-hint`, ...errorIds].join(' ')}
        aria-invalid={invalid ? 'true' : undefined}
      />
      {props.errors.map((error, index) => (
        <ErrorMessage key={errorIds[index]} id={errorIds[index]!}>
          {error}
        </ErrorMessage>
      ))}
    </div>
  );
}

function FormEditor(props: {
  serviceId: string;
  form: PublishedForm | null;
  onSaved: (version: number) => void;
}) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [values, setValues] = useState(() => valuesOf(props.form));
  const set = (key: keyof Values) => (value: string) =>
    setValues((before) => ({ ...before, [key]: value }));
  const [saving, save] = useMutation(SaveApplicationFormMutation);
  const preview = useMemo(() => previewable(values.definition), [values.definition]);

  /** The inputs' values as the API takes them, or what is wrong with them before it is asked. */
  function parsed() {
    const problems: Array<{ field: string; message: string }> = [];
    let definition: unknown = null;
    try {
      definition = JSON.parse(values.definition);
      if (!isObject(definition)) {
        problems.push({
          field: DEFINITION,
          message: t('applicationFormAdmin.notObject', { brace: '{' }),
        });
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ field: DEFINITION, message: t('applicationFormAdmin.notJson', { detail }) });
    }
    const feeCents = values.fee.trim() ? centsOf(values.fee) : null;
    if (feeCents !== null && Number.isNaN(feeCents)) {
      problems.push({ field: FIELD_INPUTS.feeCents!, message: t('service.feeInvalid') });
    }
    const processingDays = wholeOf(values.processingDays);
    const retentionYears = wholeOf(values.retentionYears);
    for (const [key, value] of [
      ['processingDays', processingDays],
      ['retentionYears', retentionYears],
    ] as const) {
      if (Number.isNaN(value)) {
        problems.push({
          field: FIELD_INPUTS[key]!,
          message: t('applicationFormAdmin.wholeNumber'),
        });
      }
    }
    return { problems, input: { definition, feeCents, processingDays, retentionYears } };
  }

  async function submit() {
    const { problems, input } = parsed();
    if (problems.length > 0) return form.show(problems);
    const answer = (await save({ input: { serviceId: props.serviceId, ...input } })).data
      ?.saveApplicationForm;
    if (!answer) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(
      (answer.userErrors as ApiError[]).map((error) => {
        const [field, pointer] = error.field ?? [];
        if (field !== 'definition')
          return errorsOf([error], (path) => FIELD_INPUTS[path] ?? null)[0]!;
        return {
          field: DEFINITION,
          message: t('applicationFormAdmin.problemAt', {
            pointer: pointer || t('applicationFormAdmin.wholeDefinition'),
            message: error.message,
          }),
        };
      }),
    );
    if (answer.applicationForm) props.onSaved(answer.applicationForm.version);
  }

  return (
    <div class="application-form-editor">
      <AdminForm
        id="application-form-edit"
        title={t('applicationFormAdmin.editForm')}
        submit={t('applicationFormAdmin.publish')}
        errors={form.errors}
        attempt={form.attempt}
        onSubmit={() => !saving.fetching && void submit()}
      >
        <DefinitionField
          value={values.definition}
          onValue={set('definition')}
          errors={form.errors
            .filter((error) => error.field === DEFINITION)
            .map((error) => error.message)}
        />
        <TextField
          id={FIELD_INPUTS.feeCents!}
          label={t('service.fee')}
          hint={t('service.feeHint')}
          optional
          error={form.of(FIELD_INPUTS.feeCents!)}
          value={values.fee}
          onValue={set('fee')}
        />
        <TextField
          id={FIELD_INPUTS.processingDays!}
          label={t('applicationFormAdmin.processingDays')}
          hint={t('applicationFormAdmin.processingDaysHint')}
          error={form.of(FIELD_INPUTS.processingDays!)}
          value={values.processingDays}
          onValue={set('processingDays')}
        />
        <TextField
          id={FIELD_INPUTS.retentionYears!}
          label={t('applicationFormAdmin.retentionYears')}
          hint={t('applicationFormAdmin.retentionYearsHint')}
          error={form.of(FIELD_INPUTS.retentionYears!)}
          value={values.retentionYears}
          onValue={set('retentionYears')}
        />
      </AdminForm>
      <section aria-labelledby="application-form-preview" class="application-form-preview">
        <h2 class="kern-heading-medium" id="application-form-preview">
          {t('applicationFormAdmin.preview')}
        </h2>
        <p class="kern-hint">{t('applicationFormAdmin.previewHint')}</p>
        {preview ? (
          <PreviewBoundary
            text={values.definition}
            fallback={<p class="kern-body">{t('applicationFormAdmin.previewFailed')}</p>}
          >
            <Preview definition={preview} />
          </PreviewBoundary>
        ) : (
          <p class="kern-body">{t('applicationFormAdmin.previewWaiting')}</p>
        )}
      </section>
    </div>
  );
}

function SwitchOff(props: { service: Service; onSwitchedOff: (message: string) => void }) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const [, remove] = useMutation(RemoveApplicationFormMutation);
  const back = paths.staffApplicationForm(props.service.id);
  return (
    <RetireConfirmation
      id="switch-off-application-form"
      title={t('applicationFormAdmin.switchOff.title', { service: props.service.name })}
      text={t('applicationFormAdmin.switchOff.text')}
      confirm={t('applicationFormAdmin.switchOff.confirm')}
      canMove={false}
      abortHref={back}
      onRetired={() => {
        props.onSwitchedOff(t('applicationFormAdmin.switchedOff', { service: props.service.name }));
        route(back);
      }}
      retire={async () => {
        const payload = (await remove({ input: { serviceId: props.service.id } })).data
          ?.removeApplicationForm;
        return payload
          ? {
              done: Boolean(payload.applicationForm),
              futureAppointments: null,
              userErrors: payload.userErrors,
            }
          : null;
      }}
    />
  );
}

function ApplicationFormAdministration() {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const { params, query } = useRoute();
  const [news, setNews] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: AdminApplicationFormQuery,
    variables: { id: params.serviceId!, lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
    // A service without a form has no ApplicationForm in the result for a save to invalidate.
    context: useMemo(() => ({ additionalTypenames: ['ApplicationForm'] }), []),
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const { service } = result.data;
  if (!service) {
    return (
      <>
        <BackLink href={paths.staffServices()} />
        <PageHeading title={t('adminService.notFound')}>{t('adminService.notFound')}</PageHeading>
      </>
    );
  }
  const form = service.onlineApplication;
  const title = t('applicationFormAdmin.title', { service: service.name });
  return (
    <>
      <BackLink href={paths.staffService(service.id)} />
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {service.retiredAt ? (
        <p class="kern-body">
          {t('adminService.retiredSince', { date: Date.parse(service.retiredAt) })}
        </p>
      ) : (
        <>
          <p class="kern-body">
            {form
              ? t('applicationFormAdmin.current', { version: form.version })
              : t('applicationFormAdmin.none')}
          </p>
          {form && query.remove ? (
            <SwitchOff service={service} onSwitchedOff={setNews} />
          ) : (
            <>
              {form && (
                <p class="kern-body">
                  <a
                    class="kern-link"
                    href={paths.staffApplicationForm(service.id, { remove: true })}
                  >
                    {t('applicationFormAdmin.switchOff')}
                  </a>
                </p>
              )}
              <FormEditor
                // A new editor when another version is published, so that it shows what was saved.
                key={form?.id ?? 'none'}
                serviceId={service.id}
                form={form ?? null}
                onSaved={(version) => setNews(t('applicationFormAdmin.saved', { version }))}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

/** A service's online application form: its version, a new one with its preview, switching off. */
export function AdminApplicationFormPage() {
  return (
    <StaffWorkspace>
      {(access) => (access.isAdmin ? <ApplicationFormAdministration /> : <AdminOnly />)}
    </StaffWorkspace>
  );
}
