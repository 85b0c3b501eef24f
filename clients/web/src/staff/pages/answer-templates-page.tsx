import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { TextArea, TextField } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import { type Office, OfficeOfAddress, StaffWorkspace } from '../components/staff-workspace';
import type { AnswerTemplatesQuery as TemplatesResult } from '../gql/graphql';
import {
  AnswerTemplatesQuery,
  CreateAnswerTemplateMutation,
  DeleteAnswerTemplateMutation,
  UpdateAnswerTemplateMutation,
} from '../graphql/inbox';
import { useStaffI18n } from '../i18n/staff-i18n';

type Template = TemplatesResult['answerTemplates'][number];
type UserError = { field?: string[] | null; message: string };
type Problems = { name?: string; body?: string; form?: string };

/** The API's refusals by field: name and body under their fields, anything else above the form. */
function problemsOf(errors: UserError[]): Problems {
  const problems: Problems = {};
  for (const error of errors) {
    const field = error.field?.[0];
    if (field === 'name' || field === 'body') problems[field] = error.message;
    else problems.form = [problems.form, error.message].filter(Boolean).join(' ');
  }
  return problems;
}

/** A template's name and text, for a new one or to change one; `idPrefix` keeps ids unique. */
function TemplateForm(props: {
  idPrefix: string;
  legend: string;
  initial: { name: string; body: string };
  submitLabel: string;
  save: (values: { name: string; body: string }) => Promise<Problems | null>;
  remove?: () => Promise<void>;
}) {
  const { t } = useStaffI18n();
  const [name, setName] = useState(props.initial.name);
  const [body, setBody] = useState(props.initial.body);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="template-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          const refused = await props.save({ name, body });
          setProblems(refused ?? {});
          if (!refused && !props.remove) {
            setName('');
            setBody('');
          }
        } finally {
          setBusy(false);
        }
      }}
    >
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{props.legend}</legend>
        {problems.form && (
          <p class="kern-body" role="alert">
            {problems.form}
          </p>
        )}
        <TextField
          id={`${props.idPrefix}-name`}
          label={t('templates.name')}
          hint={t('templates.nameHint')}
          error={problems.name}
          value={name}
          onValue={setName}
          maxLength={80}
        />
        <TextArea
          id={`${props.idPrefix}-body`}
          label={t('templates.body')}
          hint={t('templates.bodyHint')}
          error={problems.body}
          value={body}
          onValue={setBody}
          rows={5}
          maxLength={4000}
        />
        <div class="template-form__actions">
          <button type="submit" class="kern-btn kern-btn--primary" disabled={busy}>
            <span class="kern-label">{props.submitLabel}</span>
          </button>
          {props.remove && (
            <button
              type="button"
              class="kern-btn kern-btn--tertiary"
              disabled={busy}
              onClick={() => void props.remove?.()}
            >
              <span class="kern-label">{t('templates.delete', { name: props.initial.name })}</span>
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

function Templates(props: { office: Office }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const client = useClient();
  const [notice, setNotice] = useState('');
  const [result, refetch] = useQuery({
    query: AnswerTemplatesQuery,
    variables: { officeId: props.office.id },
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function create(values: { name: string; body: string }): Promise<Problems | null> {
    const answer = await client
      .mutation(CreateAnswerTemplateMutation, {
        input: { officeId: props.office.id, ...values },
      })
      .toPromise();
    const payload = answer.data?.createAnswerTemplate;
    if (!payload) return { form: t('inbox.failed') };
    if (!payload.answerTemplate) return problemsOf(payload.userErrors);
    setNotice(t('templates.created', { name: values.name.trim() }));
    reload();
    return null;
  }

  async function update(
    template: Template,
    values: { name: string; body: string },
  ): Promise<Problems | null> {
    const answer = await client
      .mutation(UpdateAnswerTemplateMutation, { input: { id: template.id, ...values } })
      .toPromise();
    const payload = answer.data?.updateAnswerTemplate;
    if (!payload) return { form: t('inbox.failed') };
    if (!payload.answerTemplate) return problemsOf(payload.userErrors);
    setNotice(t('templates.saved', { name: values.name.trim() }));
    reload();
    return null;
  }

  async function remove(template: Template): Promise<void> {
    const answer = await client
      .mutation(DeleteAnswerTemplateMutation, { input: { id: template.id } })
      .toPromise();
    const payload = answer.data?.deleteAnswerTemplate;
    setNotice(
      payload?.deletedAnswerTemplateId
        ? t('templates.deleted', { name: template.name })
        : (payload?.userErrors[0]?.message ?? t('inbox.failed')),
    );
    reload();
  }

  const forbidden = result.error?.graphQLErrors.some(
    (error) => error.extensions?.code === 'FORBIDDEN',
  );
  return (
    <>
      <PageHeading title={t('templates.title')} caption={props.office.name}>
        {t('templates.title')}
      </PageHeading>
      <p class="kern-body">
        <a class="kern-link" href={paths.staffInbox({ office: props.office.id })}>
          {t('templates.back')}
        </a>
      </p>
      <p class="kern-body">{t('templates.intro')}</p>
      <div class="kern-sr-only" aria-live="polite" aria-atomic="true">
        {notice}
      </div>
      {result.error && !result.data ? (
        forbidden ? (
          <p class="kern-body" role="alert">
            {t('inbox.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={reload} />
        )
      ) : !result.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="templates-new-heading">
            <h2 id="templates-new-heading" class="kern-heading-medium">
              {t('templates.new')}
            </h2>
            <TemplateForm
              idPrefix="template-new"
              legend={t('templates.newLegend')}
              initial={{ name: '', body: '' }}
              submitLabel={t('templates.create')}
              save={create}
            />
          </section>
          <section aria-labelledby="templates-list-heading">
            <h2 id="templates-list-heading" class="kern-heading-medium">
              {t('templates.list', { count: result.data.answerTemplates.length })}
            </h2>
            <ul class="template-list">
              {result.data.answerTemplates.map((template, index) => (
                <li key={`${template.id}:${template.updatedAt}`}>
                  <TemplateForm
                    idPrefix={`template-${index}`}
                    legend={template.name}
                    initial={{ name: template.name, body: template.body }}
                    submitLabel={t('templates.save', { name: template.name })}
                    save={(values) => update(template, values)}
                    remove={() => remove(template)}
                  />
                  <p class="kern-body template-list__changed">
                    {t('templates.changed', {
                      day: formats.instantDay(template.updatedAt),
                      time: formats.clock(template.updatedAt),
                      name: template.updatedBy?.name ?? t('inbox.thread.formerStaff'),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

/** The staff workspace's answer templates of an office: write, change and delete them. */
export function AnswerTemplatesPage() {
  return (
    <StaffWorkspace>{(access) => <TemplatesOfOffice offices={access.offices} />}</StaffWorkspace>
  );
}

function TemplatesOfOffice(props: { offices: Office[] }) {
  return (
    <OfficeOfAddress offices={props.offices} heading="templates.title" forbidden="inbox.forbidden">
      {(office) => <Templates office={office} />}
    </OfficeOfAddress>
  );
}
