import { useMutation } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ErrorSummary, TextField, type FormError } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../lib/routes';
import { CreateOfficeMutation, RetireOfficeMutation } from '../graphql/admin';
import { RetireConfirmation } from '../components/retire-confirmation';
import { StaffWorkspace, type Office } from '../components/staff-workspace';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';

/** The office form's fields, by the ids of their inputs; the API names them by path. */
const OFFICE_FIELDS = {
  slug: 'slug',
  'name.de': 'name-de',
  'name.en': 'name-en',
  street: 'street',
  postalCode: 'postal-code',
  city: 'city',
} as const;
type OfficeField = keyof typeof OFFICE_FIELDS;
type OfficeValues = Record<OfficeField, string>;

const EMPTY_OFFICE: OfficeValues = {
  slug: '',
  'name.de': '',
  'name.en': '',
  street: '',
  postalCode: '',
  city: '',
};

const LABELS: Record<OfficeField, StaffMessageKey> = {
  slug: 'offices.field.slug',
  'name.de': 'offices.field.nameDe',
  'name.en': 'offices.field.nameEn',
  street: 'offices.field.street',
  postalCode: 'offices.field.postalCode',
  city: 'offices.field.city',
};

/** An API user error on the input of the form it names, or on the form as a whole. */
function officeErrorOf(error: { field?: string[] | null; message: string }): FormError {
  const path = (error.field ?? []).join('.') as OfficeField;
  return { field: OFFICE_FIELDS[path] ?? null, message: error.message };
}

function NewOfficeForm(props: { onCreated: (name: string) => void }) {
  const { t } = useStaffI18n();
  const [values, setValues] = useState<OfficeValues>(EMPTY_OFFICE);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [state, create] = useMutation(CreateOfficeMutation);

  async function submit() {
    const { 'name.de': de, 'name.en': en, ...address } = values;
    const result = await create({
      input: { office: { ...address, name: { de, en: en.trim() || null } } },
    });
    const payload = result.data?.createOffice;
    const problems = payload
      ? payload.userErrors.map(officeErrorOf)
      : [{ field: null, message: t('admin.connectionFailed') }];
    setErrors(problems);
    setAttempt((value) => value + 1);
    if (payload?.office) {
      setValues(EMPTY_OFFICE);
      props.onCreated(payload.office.name);
    }
  }

  const errorOf = (field: OfficeField) =>
    errors.find((error) => error.field === OFFICE_FIELDS[field])?.message;
  return (
    <section aria-labelledby="new-office">
      <h2 class="kern-heading-medium" id="new-office">
        {t('offices.new')}
      </h2>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!state.fetching) void submit();
        }}
      >
        {(Object.keys(OFFICE_FIELDS) as OfficeField[]).map((field) => (
          <TextField
            key={field}
            id={OFFICE_FIELDS[field]}
            label={t(LABELS[field])}
            hint={field === 'slug' ? t('offices.field.slugHint') : undefined}
            optional={field === 'name.en'}
            error={errorOf(field)}
            value={values[field]}
            onValue={(value) => setValues((before) => ({ ...before, [field]: value }))}
          />
        ))}
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('offices.create')}</span>
        </button>
      </form>
    </section>
  );
}

function RetireOffice(props: { office: Office; onRetired: () => void }) {
  const { t } = useStaffI18n();
  const [, retire] = useMutation(RetireOfficeMutation);
  return (
    <RetireConfirmation
      id="retire-office"
      title={t('retire.office.title', { office: props.office.name })}
      text={t('retire.office.text')}
      confirm={t('retire.office.confirm')}
      canMove={false}
      abortHref={paths.staffOffices()}
      onRetired={props.onRetired}
      retire={async (futureAppointments) => {
        const result = await retire({ input: { officeId: props.office.id, futureAppointments } });
        const payload = result.data?.retireOffice;
        return payload ? { ...payload, done: Boolean(payload.office) } : null;
      }}
    />
  );
}

function Offices(props: { offices: Office[] }) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const { route } = useLocation();
  const [news, setNews] = useState<string | null>(null);
  const retiring = props.offices.find((office) => office.id === query.retire);
  const title = t('offices.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {retiring ? (
        <RetireOffice
          office={retiring}
          onRetired={() => {
            setNews(t('retire.office.done', { office: retiring.name }));
            route(paths.staffOffices());
          }}
        />
      ) : (
        <>
          <table class="kern-table admin-table">
            <caption class="kern-title">{t('offices.caption')}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('offices.column.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('offices.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.offices.map((office) => (
                <tr class="kern-table__row" key={office.id}>
                  <th scope="row" class="kern-table__cell">
                    <a class="kern-link" href={paths.staffOffice(office.id)}>
                      {office.name}
                    </a>
                  </th>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={paths.staffOffices({ retire: office.id })}>
                      {t('offices.retire', { office: office.name })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <NewOfficeForm
            // The workspace reads its offices again by itself: the answer holds an Office.
            onCreated={(name) => setNews(t('offices.created', { office: name }))}
          />
        </>
      )}
    </>
  );
}

/** The administration of the town hall's offices: add one, close one for good. Admins only. */
export function AdminOfficesPage() {
  return (
    <StaffWorkspace>
      {(access) => (access.isAdmin ? <Offices offices={access.offices} /> : <AdminOnly />)}
    </StaffWorkspace>
  );
}

/** What a clerk sees at an administration address: not theirs. */
export function AdminOnly() {
  const { t } = useStaffI18n();
  return (
    <>
      <PageHeading title={t('admin.only.title')}>{t('admin.only.title')}</PageHeading>
      <p class="kern-body">{t('admin.only.text')}</p>
    </>
  );
}
