import { useMutation, useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TextArea, TextField } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/routes';
import type {
  AdminCategoriesQuery as CategoriesResult,
  AdminServiceQuery as ServiceResult,
  ServiceInput,
} from '../gql/graphql';
import { CreateServiceMutation, RetireServiceMutation } from '../graphql/admin';
import {
  AdminCategoriesQuery,
  AdminServiceQuery,
  UpdateServiceMutation,
} from '../graphql/services';
import {
  AdminForm,
  CheckboxGroup,
  centsOf,
  errorsOf,
  Select,
  useFormErrors,
  type ApiError,
} from '../components/admin-form';
import { RetireConfirmation } from '../components/retire-confirmation';
import { StaffWorkspace, type Office } from '../components/staff-workspace';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';

type Service = NonNullable<ServiceResult['service']>;
type Category = CategoriesResult['categories'][number];

/** The languages of the API's texts, by their name in its inputs, and their inputs' id suffix. */
const LANGS = [
  { key: 'de', id: 'de', label: 'adminService.lang.de' },
  { key: 'en', id: 'en', label: 'adminService.lang.en' },
  { key: 'deLs', id: 'de-ls', label: 'adminService.lang.deLs' },
] as const;
type Lang = (typeof LANGS)[number]['key'];
type Texts = Record<Lang, string>;

/** The service's texts in every language, by the name of their field in the API's input. */
const TEXT_FIELDS = [
  { key: 'name', id: 'name', label: 'adminService.name', long: false },
  { key: 'description', id: 'description', label: 'adminService.description', long: true },
  {
    key: 'processingTime',
    id: 'processing-time',
    label: 'adminService.processingTime',
    long: false,
  },
] as const satisfies ReadonlyArray<{
  key: string;
  id: string;
  label: StaffMessageKey;
  long: boolean;
}>;
type TextKey = (typeof TEXT_FIELDS)[number]['key'];

/** The booking window's fields, by their name in the API's input, with their inputs' ids. */
const WINDOW_FIELDS = [
  {
    key: 'earliestDaysAhead',
    id: 'service-earliest-days',
    label: 'adminService.earliestDays',
    hint: 'adminService.earliestDaysHint',
  },
  {
    key: 'latestDaysAhead',
    id: 'service-latest-days',
    label: 'adminService.latestDays',
    hint: 'adminService.latestDaysHint',
  },
  {
    key: 'minimumNoticeMinutes',
    id: 'service-notice',
    label: 'adminService.notice',
    hint: 'adminService.noticeHint',
  },
  {
    key: 'bufferMinutes',
    id: 'service-buffer',
    label: 'adminService.buffer',
    hint: 'adminService.bufferHint',
  },
  {
    key: 'dailyLimit',
    id: 'service-daily-limit',
    label: 'adminService.dailyLimit',
    hint: 'adminService.dailyLimitHint',
  },
] as const satisfies ReadonlyArray<{
  key: string;
  id: string;
  label: StaffMessageKey;
  hint: StaffMessageKey;
}>;
type WindowKey = (typeof WINDOW_FIELDS)[number]['key'];

/** What a new service starts with: the API's defaults. */
const DEFAULT_WINDOW: Record<WindowKey, string> = {
  earliestDaysAhead: '0',
  latestDaysAhead: '90',
  minimumNoticeMinutes: '0',
  bufferMinutes: '0',
  dailyLimit: '',
};

/** A whole number typed in; anything else is sent as -1, which the API refuses for the field. */
const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : -1);

/** One document to bring, in each language; `key` keeps a row's inputs when rows are removed. */
type DocumentRow = Texts & { key: number };

type Values = {
  slug: string;
  leikaKey: string;
  texts: Record<TextKey, Texts>;
  documents: DocumentRow[];
  keywords: string;
  fee: string;
  legalBasis: string;
  duration: string;
  window: Record<WindowKey, string>;
  scarce: boolean;
  categoryId: string;
  officeIds: string[];
};

/** The plain fields' inputs, by the API's field path. */
const FIELD_INPUTS: Record<string, string> = {
  slug: 'service-slug',
  leikaKey: 'service-leika-key',
  keywords: 'service-keywords',
  feeCents: 'service-fee',
  legalBasis: 'service-legal-basis',
  durationMinutes: 'service-duration',
  ...Object.fromEntries(WINDOW_FIELDS.map((field) => [`bookingWindow.${field.key}`, field.id])),
  categoryId: 'service-category',
  officeIds: 'service-offices',
};

const textInput = (field: { id: string }, lang: { id: string }) => `service-${field.id}-${lang.id}`;
const documentInput = (row: number, lang: { id: string }) =>
  `service-document-${row + 1}-${lang.id}`;
const emptyTexts = (): Texts => ({ de: '', en: '', deLs: '' });
let rowKeys = 0;
const documentRow = (texts: Texts = emptyTexts()): DocumentRow => ({ ...texts, key: ++rowKeys });

function valuesOf(
  service: Service | null,
  officeId: string | undefined,
  categories: Category[],
): Values {
  if (!service) {
    return {
      slug: '',
      leikaKey: '',
      texts: { name: emptyTexts(), description: emptyTexts(), processingTime: emptyTexts() },
      documents: [documentRow()],
      keywords: '',
      fee: '',
      legalBasis: '',
      duration: '20',
      window: DEFAULT_WINDOW,
      scarce: false,
      categoryId: categories[0]?.id ?? '',
      officeIds: officeId ? [officeId] : [],
    };
  }
  const texts = (text: { de: string; en?: string | null; deLs?: string | null } | null) => ({
    de: text?.de ?? '',
    en: text?.en ?? '',
    deLs: text?.deLs ?? '',
  });
  const { documents } = service.texts;
  const rows = Math.max(
    documents.de.length,
    documents.en?.length ?? 0,
    documents.deLs?.length ?? 0,
  );
  return {
    slug: service.slug,
    leikaKey: service.leikaKey ?? '',
    texts: {
      name: texts(service.texts.name),
      description: texts(service.texts.description),
      processingTime: texts(service.texts.processingTime ?? null),
    },
    documents: Array.from({ length: Math.max(rows, 1) }, (_, index) =>
      documentRow({
        de: documents.de[index] ?? '',
        en: documents.en?.[index] ?? '',
        deLs: documents.deLs?.[index] ?? '',
      }),
    ),
    keywords: service.keywords,
    fee: service.fee ? (service.fee.amountCents / 100).toFixed(2) : '',
    legalBasis: service.legalBasis ?? '',
    duration: String(service.durationMinutes),
    window: {
      earliestDaysAhead: String(service.bookingWindow.earliestDaysAhead),
      latestDaysAhead: String(service.bookingWindow.latestDaysAhead),
      minimumNoticeMinutes: String(service.bookingWindow.minimumNoticeMinutes),
      bufferMinutes: String(service.bookingWindow.bufferMinutes),
      dailyLimit: service.bookingWindow.dailyLimit?.toString() ?? '',
    },
    scarce: service.scarce,
    categoryId: service.category?.id ?? categories[0]?.id ?? '',
    officeIds: service.offices.map((office) => office.id),
  };
}

/**
 * The documents as the API takes them, and for each language the row each item came from (for
 * the API's errors, which name an item by its index). Empty rows are left out; a German item is
 * sent for every other row, blank or not, so that the API names a missing one.
 */
function documentsOf(rows: DocumentRow[]) {
  const filled = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => LANGS.some((lang) => row[lang.key].trim()));
  const rowsOf = (lang: Lang) =>
    lang === 'de' ? filled : filled.filter(({ row }) => row[lang].trim());
  const list = (lang: Lang) => rowsOf(lang).map(({ row }) => row[lang].trim());
  const translated = (lang: Lang) => (rowsOf(lang).length ? list(lang) : null);
  return {
    documents: { de: list('de'), en: translated('en'), deLs: translated('deLs') },
    rowOf: (lang: Lang, item: number) => rowsOf(lang)[item]?.index ?? null,
  };
}

function inputOf(
  values: Values,
  documents: ServiceInput['documents'],
): Omit<ServiceInput, 'feeCents'> {
  const text = (field: TextKey) => ({
    de: values.texts[field].de,
    en: values.texts[field].en.trim() || null,
    deLs: values.texts[field].deLs.trim() || null,
  });
  const processingTime = values.texts.processingTime;
  return {
    slug: values.slug.trim(),
    leikaKey: values.leikaKey.trim() || null,
    name: text('name'),
    description: text('description'),
    documents,
    keywords: values.keywords.trim() || null,
    processingTime: LANGS.some((lang) => processingTime[lang.key].trim())
      ? text('processingTime')
      : null,
    legalBasis: values.legalBasis.trim() || null,
    durationMinutes: Number.parseInt(values.duration, 10) || 0,
    bookingWindow: {
      earliestDaysAhead: wholeNumber(values.window.earliestDaysAhead),
      latestDaysAhead: wholeNumber(values.window.latestDaysAhead),
      minimumNoticeMinutes: wholeNumber(values.window.minimumNoticeMinutes),
      bufferMinutes: wholeNumber(values.window.bufferMinutes),
      dailyLimit: values.window.dailyLimit.trim() ? wholeNumber(values.window.dailyLimit) : null,
    },
    scarce: values.scarce,
    categoryId: values.categoryId,
    officeIds: values.officeIds,
  };
}

function DocumentRows(props: {
  rows: DocumentRow[];
  onRows: (rows: DocumentRow[]) => void;
  errorOf: (id: string) => string | undefined;
}) {
  const { t } = useStaffI18n();
  const set = (index: number, lang: Lang, value: string) =>
    props.onRows(props.rows.map((row, at) => (at === index ? { ...row, [lang]: value } : row)));
  return (
    <fieldset class="kern-fieldset admin-documents">
      <legend class="kern-label">{t('adminService.documents')}</legend>
      <div class="kern-fieldset__body">
        {props.rows.map((row, index) => (
          <div class="admin-documents__row" key={row.key}>
            {LANGS.map((lang) => (
              <TextField
                key={lang.key}
                id={documentInput(index, lang)}
                label={t('adminService.document', { number: index + 1, lang: t(lang.label) })}
                optional={lang.key !== 'de'}
                error={props.errorOf(documentInput(index, lang))}
                value={row[lang.key]}
                onValue={(value) => set(index, lang.key, value)}
              />
            ))}
            <button
              type="button"
              class="kern-btn kern-btn--tertiary"
              onClick={() => props.onRows(props.rows.filter((_, at) => at !== index))}
            >
              <span class="kern-label">
                {t('adminService.removeDocument', { number: index + 1 })}
              </span>
            </button>
          </div>
        ))}
        <button
          type="button"
          class="kern-btn kern-btn--secondary"
          onClick={() => props.onRows([...props.rows, documentRow()])}
        >
          <span class="kern-label">{t('adminService.addDocument')}</span>
        </button>
      </div>
    </fieldset>
  );
}

function ServiceForm(props: {
  service: Service | null;
  offices: Office[];
  categories: Category[];
  onSaved: (service: { id: string; name: string }) => void;
}) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const form = useFormErrors();
  const [values, setValues] = useState(() =>
    valuesOf(props.service, query.office, props.categories),
  );
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((before) => ({ ...before, [key]: value }));
  const setText = (field: TextKey, lang: Lang) => (value: string) =>
    setValues((before) => ({
      ...before,
      texts: { ...before.texts, [field]: { ...before.texts[field], [lang]: value } },
    }));
  const [creating, create] = useMutation(CreateServiceMutation);
  const [updating, update] = useMutation(UpdateServiceMutation);

  async function submit() {
    const feeCents = values.fee.trim() ? centsOf(values.fee) : null;
    if (feeCents !== null && Number.isNaN(feeCents)) {
      return form.show([{ field: 'service-fee', message: t('service.feeInvalid') }]);
    }
    const { documents, rowOf } = documentsOf(values.documents);
    const service = { ...inputOf(values, documents), feeCents };
    const answer = props.service
      ? (await update({ input: { serviceId: props.service.id, service } })).data?.updateService
      : (await create({ input: { service } })).data?.createService;
    if (!answer) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(errorsOf(answer.userErrors as ApiError[], (path) => inputFor(path, rowOf)));
    if (answer.service) props.onSaved(answer.service);
  }

  return (
    <AdminForm
      id="service-form"
      title={t(props.service ? 'adminService.editForm' : 'adminService.newForm')}
      submit={t(props.service ? 'adminService.save' : 'adminService.create')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !creating.fetching && !updating.fetching && void submit()}
    >
      {TEXT_FIELDS.map((field) => (
        <fieldset class="kern-fieldset" key={field.key}>
          <legend class="kern-label">{t(field.label)}</legend>
          <div class="kern-fieldset__body">
            {LANGS.map((lang) => {
              const id = textInput(field, lang);
              const common = {
                id,
                label: t('adminService.inLanguage', { field: t(field.label), lang: t(lang.label) }),
                error: form.of(id),
                value: values.texts[field.key][lang.key],
                onValue: setText(field.key, lang.key),
              };
              return field.long ? (
                <TextArea key={lang.key} {...common} rows={4} />
              ) : (
                <TextField
                  key={lang.key}
                  {...common}
                  optional={lang.key !== 'de' || field.key === 'processingTime'}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
      <DocumentRows rows={values.documents} onRows={set('documents')} errorOf={form.of} />
      <TextField
        id="service-fee"
        label={t('service.fee')}
        hint={t('service.feeHint')}
        optional
        error={form.of('service-fee')}
        value={values.fee}
        onValue={set('fee')}
      />
      <TextField
        id="service-duration"
        label={t('service.duration')}
        hint={t('service.durationHint')}
        error={form.of('service-duration')}
        value={values.duration}
        onValue={set('duration')}
      />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('adminService.bookingWindow')}</legend>
        <div class="kern-fieldset__body">
          {WINDOW_FIELDS.map((field) => (
            <TextField
              key={field.key}
              id={field.id}
              label={t(field.label)}
              hint={t(field.hint)}
              optional={field.key === 'dailyLimit'}
              error={form.of(field.id)}
              value={values.window[field.key]}
              onValue={(value) =>
                setValues((before) => ({
                  ...before,
                  window: { ...before.window, [field.key]: value },
                }))
              }
            />
          ))}
        </div>
      </fieldset>
      <TextField
        id="service-legal-basis"
        label={t('service.legalBasis')}
        optional
        error={form.of('service-legal-basis')}
        value={values.legalBasis}
        onValue={set('legalBasis')}
      />
      <TextField
        id="service-keywords"
        label={t('adminService.keywords')}
        hint={t('adminService.keywordsHint')}
        optional
        error={form.of('service-keywords')}
        value={values.keywords}
        onValue={set('keywords')}
      />
      <Select
        id="service-category"
        label={t('service.category')}
        error={form.of('service-category')}
        options={props.categories.map((category) => ({ value: category.id, label: category.name }))}
        value={values.categoryId}
        onValue={set('categoryId')}
      />
      <CheckboxGroup
        name="service-scarce"
        legend={t('adminService.scarce')}
        options={[{ value: 'scarce', label: t('adminService.scarceOption') }]}
        values={values.scarce ? ['scarce'] : []}
        onValues={(chosen) => set('scarce')(chosen.includes('scarce'))}
      />
      <CheckboxGroup
        name="service-offices"
        legend={t('adminService.offices')}
        error={form.of('service-offices')}
        options={props.offices.map((office) => ({ value: office.id, label: office.name }))}
        values={values.officeIds}
        onValues={set('officeIds')}
      />
      <TextField
        id="service-slug"
        label={t('offices.field.slug')}
        hint={t('offices.field.slugHint')}
        error={form.of('service-slug')}
        value={values.slug}
        onValue={set('slug')}
      />
      <TextField
        id="service-leika-key"
        label={t('adminService.leikaKey')}
        hint={t('adminService.leikaKeyHint')}
        optional
        error={form.of('service-leika-key')}
        value={values.leikaKey}
        onValue={set('leikaKey')}
      />
    </AdminForm>
  );
}

/** The input an API error's field path names ("name.de", "documents.en.1"), or none. */
function inputFor(path: string, rowOf: (lang: Lang, item: number) => number | null): string | null {
  const [field, langKey, item] = path.split('.');
  const lang = LANGS.find((entry) => entry.key === langKey);
  if (field === 'documents' && lang && item !== undefined) {
    const row = rowOf(lang.key, Number(item));
    return row === null ? null : documentInput(row, lang);
  }
  const text = TEXT_FIELDS.find((entry) => entry.key === field);
  if (text && lang) return textInput(text, lang);
  return FIELD_INPUTS[path] ?? null;
}

function Retire(props: { service: Service; onRetired: (message: string) => void }) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const [, retire] = useMutation(RetireServiceMutation);
  const back = paths.staffService(props.service.id);
  return (
    <RetireConfirmation
      id="retire-service"
      title={t('retire.service.title', { service: props.service.name })}
      text={t('retire.service.text')}
      confirm={t('retire.service.confirm')}
      canMove={false}
      abortHref={back}
      onRetired={() => {
        props.onRetired(t('retire.service.done', { service: props.service.name }));
        route(back);
      }}
      retire={async (futureAppointments) => {
        const result = await retire({
          input: { serviceId: props.service.id, futureAppointments },
        });
        const payload = result.data?.retireService;
        return payload ? { ...payload, done: Boolean(payload.service) } : null;
      }}
    />
  );
}

function EditService(props: { serviceId: string; offices: Office[]; categories: Category[] }) {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const { query } = useRoute();
  const [news, setNews] = useState<string | null>(query.created ? t('adminService.created') : null);
  const [result, refetch] = useQuery({
    query: AdminServiceQuery,
    variables: { id: props.serviceId, lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
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
  const title = t('adminService.editTitle', { service: service.name });
  return (
    <>
      <BackLink href={paths.staffServices()} />
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {service.retiredAt ? (
        <p class="kern-body">
          {t('adminService.retiredSince', { date: Date.parse(service.retiredAt) })}
        </p>
      ) : query.retire ? (
        <Retire service={service} onRetired={setNews} />
      ) : (
        <p class="kern-body admin-actions">
          <a class="kern-link" href={paths.staffApplicationForm(service.id)}>
            {t('adminService.applicationForm')}
          </a>
          <a class="kern-link" href={paths.staffService(service.id, { retire: true })}>
            {t('service.retire', { service: service.name })}
          </a>
        </p>
      )}
      {!query.retire && (
        <ServiceForm
          // A new form when the stored service changed, so that it shows what was saved.
          key={JSON.stringify(service)}
          service={service}
          offices={props.offices}
          categories={props.categories}
          onSaved={(saved) => setNews(t('adminService.saved', { service: saved.name }))}
        />
      )}
    </>
  );
}

function NewService(props: { offices: Office[]; categories: Category[] }) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const title = t('adminService.newTitle');
  return (
    <>
      <BackLink href={paths.staffServices()} />
      <PageHeading title={title}>{title}</PageHeading>
      <ServiceForm
        service={null}
        offices={props.offices}
        categories={props.categories}
        onSaved={(saved) => route(paths.staffService(saved.id, { created: true }))}
      />
    </>
  );
}

function ServiceAdministration(props: { offices: Office[] }) {
  const { lang } = useI18n();
  const { params } = useRoute();
  const [result, refetch] = useQuery({
    query: AdminCategoriesQuery,
    variables: { lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => ({ additionalTypenames: ['Category'] }), []),
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const { categories } = result.data;
  return params.serviceId ? (
    <EditService serviceId={params.serviceId} offices={props.offices} categories={categories} />
  ) : (
    <NewService offices={props.offices} categories={categories} />
  );
}

/** A new service, or one service's data in every language, its offices, and retiring it. */
export function AdminServicePage() {
  return (
    <StaffWorkspace>
      {(access) =>
        access.isAdmin ? <ServiceAdministration offices={access.offices} /> : <AdminOnly />
      }
    </StaffWorkspace>
  );
}
