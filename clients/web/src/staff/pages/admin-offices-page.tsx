import { useMutation, useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ErrorSummary, type FormError } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { TIME_ZONE } from '../../lib/berlin-time';
import { paths } from '../../lib/routes';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { AdminOfficesQuery, CreateOfficeMutation, RetireOfficeMutation } from '../graphql/admin';
import {
  EMPTY_OFFICE,
  officeErrorOf,
  OfficeFields,
  officeInputOf,
  type OfficeValues,
} from '../components/office-fields';
import { RetireConfirmation } from '../components/retire-confirmation';
import { StaffWorkspace, type Office } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';

function NewOfficeForm(props: { onCreated: (name: string) => void }) {
  const { t } = useStaffI18n();
  const [values, setValues] = useState<OfficeValues>(EMPTY_OFFICE);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [state, create] = useMutation(CreateOfficeMutation);

  async function submit() {
    const result = await create({ input: { office: officeInputOf(values) } });
    const payload = result.data?.createOffice;
    const problems = payload
      ? payload.userErrors.map((error) => officeErrorOf(error, ''))
      : [{ field: null, message: t('admin.connectionFailed') }];
    setErrors(problems);
    setAttempt((value) => value + 1);
    if (payload?.office) {
      setValues(EMPTY_OFFICE);
      props.onCreated(payload.office.name);
    }
  }

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
        <OfficeFields prefix="" values={values} errors={errors} onValues={setValues} />
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

/** A day as the staff's language writes it, in the town's time zone. */
function dayOf(instant: string, lang: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: TIME_ZONE,
    dateStyle: 'long',
  }).format(new Date(instant));
}

/**
 * Every office, the retired ones too (marked with the day they closed, and no longer to be set up
 * or closed): the workspace's own list holds only those that serve.
 */
function OfficeTable() {
  const { t, lang } = useStaffI18n();
  const site = useI18n();
  const [result, refetch] = useQuery({
    query: AdminOfficesQuery,
    variables: { lang: LANGUAGES[site.lang].api },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => ({ additionalTypenames: ['Office'] }), []),
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  return (
    <table class="kern-table admin-table">
      <caption class="kern-title">{t('offices.caption')}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th scope="col" class="kern-table__header">
            {t('offices.column.name')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('offices.column.state')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('offices.column.actions')}
          </th>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {result.data.allOffices.map((office) => (
          <tr class="kern-table__row" key={office.id}>
            <th scope="row" class="kern-table__cell">
              {office.retiredAt ? (
                office.name
              ) : (
                <a class="kern-link" href={paths.staffOffice(office.id)}>
                  {office.name}
                </a>
              )}
            </th>
            <td class="kern-table__cell">
              {office.retiredAt
                ? t('offices.retiredOn', { day: dayOf(office.retiredAt, lang) })
                : t('offices.serving')}
            </td>
            <td class="kern-table__cell">
              {!office.retiredAt && (
                <a class="kern-link" href={paths.staffOffices({ retire: office.id })}>
                  {t('offices.retire', { office: office.name })}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
          <OfficeTable />
          <NewOfficeForm
            // The workspace reads its offices again by itself: the answer holds an Office.
            onCreated={(name) => setNews(t('offices.created', { office: name }))}
          />
        </>
      )}
    </>
  );
}

/**
 * The administration of the town hall's offices: all of them, the retired ones marked; add one,
 * close one for good. Admins only.
 */
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
