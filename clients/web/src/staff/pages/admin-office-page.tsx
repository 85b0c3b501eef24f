import { useMutation, useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TextField } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { today } from '../../lib/berlin-time';
import { paths } from '../../lib/routes';
import type { AdminOfficeQuery as AdminOfficeResult } from '../gql/graphql';
import {
  AdminOfficeQuery,
  CreateCounterMutation,
  OfficeDetailsQuery,
  RetireCounterMutation,
  RetireServiceMutation,
  SetCounterScheduleMutation,
  UpdateOfficeMutation,
} from '../graphql/admin';
import {
  officeErrorOf,
  OfficeFields,
  officeInputOf,
  officeValuesOf,
  type OfficeValues,
} from '../components/office-fields';
import {
  AdminForm,
  CheckboxGroup,
  errorsOf,
  Select,
  useFormErrors,
} from '../components/admin-form';
import { RetireConfirmation } from '../components/retire-confirmation';
import { StaffWorkspace, type Office } from '../components/staff-workspace';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';

type Counter = AdminOfficeResult['counters'][number];

/** The office's own data (names, address, contact), prefilled and saved as a whole. */
function EditOfficeForm(props: {
  office: Office;
  initial: OfficeValues;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [values, setValues] = useState(props.initial);
  const [state, update] = useMutation(UpdateOfficeMutation);

  async function submit() {
    const result = await update({
      input: { officeId: props.office.id, office: officeInputOf(values) },
    });
    const payload = result.data?.updateOffice;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(payload.userErrors.map((error) => officeErrorOf(error, 'office-')));
    if (payload.office) props.onDone(t('office.saved', { office: payload.office.name }));
  }

  return (
    <AdminForm
      id="edit-office"
      title={t('office.edit')}
      submit={t('office.save')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !state.fetching && void submit()}
    >
      <OfficeFields prefix="office-" values={values} errors={form.errors} onValues={setValues} />
    </AdminForm>
  );
}

/** The edit form once the office's data is read. */
function OfficeData(props: { office: Office; onDone: (message: string) => void }) {
  const [result, refetch] = useQuery({
    query: OfficeDetailsQuery,
    variables: { officeId: props.office.id },
    requestPolicy: 'network-only',
  });
  const details = result.data?.node;
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!details) return <Loading />;
  // The ID is an office's, so the node is one; the check narrows the union of node types.
  if (details.__typename !== 'Office') return null;
  return (
    <EditOfficeForm office={props.office} initial={officeValuesOf(details)} onDone={props.onDone} />
  );
}

function NewCounterForm(props: {
  office: Office;
  services: Array<{ id: string; name: string }>;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [name, setName] = useState('');
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [state, create] = useMutation(CreateCounterMutation);

  async function submit() {
    const result = await create({ input: { officeId: props.office.id, name, serviceIds } });
    const payload = result.data?.createCounter;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(
      errorsOf(payload.userErrors, (path) =>
        path === 'name' ? 'counter-name' : path === 'serviceIds' ? 'counter-services' : null,
      ),
    );
    if (payload.counter) {
      setName('');
      props.onDone(t('adminCounter.created', { counter: payload.counter.name }));
    }
  }

  return (
    <AdminForm
      id="new-counter"
      title={t('adminCounter.new')}
      submit={t('adminCounter.create')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !state.fetching && void submit()}
    >
      <TextField
        id="counter-name"
        label={t('adminCounter.name')}
        error={form.of('counter-name')}
        value={name}
        onValue={setName}
      />
      <CheckboxGroup
        name="counter-services"
        legend={t('adminCounter.services')}
        error={form.of('counter-services')}
        options={props.services.map((service) => ({ value: service.id, label: service.name }))}
        values={serviceIds}
        onValues={setServiceIds}
      />
    </AdminForm>
  );
}

const WEEKDAYS: StaffMessageKey[] = [
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
  'weekday.7',
];

function ScheduleForm(props: { counters: Counter[]; onDone: (message: string) => void }) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [counterId, setCounterId] = useState(props.counters[0]?.id ?? '');
  const [weekdays, setWeekdays] = useState<string[]>(['1', '2', '3', '4', '5']);
  const [opens, setOpens] = useState('08:00');
  const [closes, setCloses] = useState('12:00');
  const [validFrom, setValidFrom] = useState(today());
  const [state, save] = useMutation(SetCounterScheduleMutation);

  async function submit() {
    const days = [...weekdays].map(Number).sort();
    const result = await save({
      input: {
        counterId: counterId || props.counters[0]!.id,
        validFrom,
        periods: days.map((weekday) => ({ weekday, opens, closes })),
      },
    });
    const payload = result.data?.setCounterSchedule;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(
      errorsOf(payload.userErrors, (path) => {
        if (path === 'validFrom') return 'schedule-from';
        if (path.endsWith('.opens')) return 'schedule-opens';
        if (path.endsWith('.closes')) return 'schedule-closes';
        if (path.endsWith('.weekday')) return 'schedule-days';
        return null;
      }),
    );
    if (payload.counter) props.onDone(t('schedule.saved', { counter: payload.counter.name }));
  }

  return (
    <AdminForm
      id="schedule"
      title={t('schedule.title')}
      submit={t('schedule.save')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !state.fetching && void submit()}
    >
      <p class="kern-body">{t('schedule.text')}</p>
      <Select
        id="schedule-counter"
        label={t('schedule.counter')}
        options={props.counters.map((counter) => ({ value: counter.id, label: counter.name }))}
        value={counterId || (props.counters[0]?.id ?? '')}
        onValue={setCounterId}
      />
      <CheckboxGroup
        name="schedule-days"
        legend={t('schedule.days')}
        error={form.of('schedule-days')}
        options={WEEKDAYS.map((key, index) => ({ value: String(index + 1), label: t(key) }))}
        values={weekdays}
        onValues={setWeekdays}
      />
      <TextField
        id="schedule-opens"
        label={t('schedule.opens')}
        hint={t('schedule.timeHint')}
        error={form.of('schedule-opens')}
        value={opens}
        onValue={setOpens}
      />
      <TextField
        id="schedule-closes"
        label={t('schedule.closes')}
        hint={t('schedule.timeHint')}
        error={form.of('schedule-closes')}
        value={closes}
        onValue={setCloses}
      />
      <TextField
        id="schedule-from"
        label={t('schedule.from')}
        hint={t('schedule.fromHint')}
        error={form.of('schedule-from')}
        value={validFrom}
        onValue={setValidFrom}
      />
    </AdminForm>
  );
}

function CounterList(props: { office: Office; counters: Counter[] }) {
  const { t } = useStaffI18n();
  if (props.counters.length === 0) return <p class="kern-body">{t('adminCounter.none')}</p>;
  return (
    <table class="kern-table admin-table">
      <caption class="kern-title">{t('adminCounter.caption')}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th scope="col" class="kern-table__header">
            {t('adminCounter.name')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('adminCounter.services')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('adminCounter.state')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('offices.column.actions')}
          </th>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {props.counters.map((counter) => (
          <tr class="kern-table__row" key={counter.id}>
            <th scope="row" class="kern-table__cell">
              {counter.name}
            </th>
            <td class="kern-table__cell">
              {counter.services.map((service) => service.name).join(', ')}
            </td>
            <td class="kern-table__cell">
              {t(
                counter.retiredAt
                  ? 'adminCounter.retired'
                  : counter.active
                    ? 'adminCounter.active'
                    : 'adminCounter.inactive',
              )}
            </td>
            <td class="kern-table__cell">
              {!counter.retiredAt && (
                <a
                  class="kern-link"
                  href={paths.staffOffice(props.office.id, { retireCounter: counter.id })}
                >
                  {t('adminCounter.retire', { counter: counter.name })}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ServiceList(props: { office: Office; services: Array<{ id: string; name: string }> }) {
  const { t } = useStaffI18n();
  if (props.services.length === 0) return <p class="kern-body">{t('service.none')}</p>;
  return (
    <table class="kern-table admin-table">
      <caption class="kern-title">{t('service.caption')}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th scope="col" class="kern-table__header">
            {t('service.name')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('offices.column.actions')}
          </th>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {props.services.map((service) => (
          <tr class="kern-table__row" key={service.id}>
            <th scope="row" class="kern-table__cell">
              <a class="kern-link" href={paths.staffService(service.id)}>
                {service.name}
              </a>
            </th>
            <td class="kern-table__cell">
              <a
                class="kern-link"
                href={paths.staffOffice(props.office.id, { retireService: service.id })}
              >
                {t('service.retire', { service: service.name })}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The confirmation of retiring a counter or a service, when the address asks for one. */
function Retirement(props: {
  office: Office;
  counter: Counter | undefined;
  service: { id: string; name: string } | undefined;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const [, retireCounter] = useMutation(RetireCounterMutation);
  const [, retireService] = useMutation(RetireServiceMutation);
  const back = paths.staffOffice(props.office.id);
  const { counter, service } = props;
  if (counter) {
    return (
      <RetireConfirmation
        id="retire-counter"
        title={t('retire.counter.title', { counter: counter.name })}
        text={t('retire.counter.text')}
        confirm={t('retire.counter.confirm')}
        canMove
        abortHref={back}
        onRetired={() => {
          props.onDone(t('retire.counter.done', { counter: counter.name }));
          route(back);
        }}
        retire={async (futureAppointments) => {
          const result = await retireCounter({
            input: { counterId: counter.id, futureAppointments },
          });
          const payload = result.data?.retireCounter;
          return payload ? { ...payload, done: Boolean(payload.counter) } : null;
        }}
      />
    );
  }
  if (!service) return null;
  return (
    <RetireConfirmation
      id="retire-service"
      title={t('retire.service.title', { service: service.name })}
      text={t('retire.service.text')}
      confirm={t('retire.service.confirm')}
      canMove={false}
      abortHref={back}
      onRetired={() => {
        props.onDone(t('retire.service.done', { service: service.name }));
        route(back);
      }}
      retire={async (futureAppointments) => {
        const result = await retireService({
          input: { serviceId: service.id, futureAppointments },
        });
        const payload = result.data?.retireService;
        return payload ? { ...payload, done: Boolean(payload.service) } : null;
      }}
    />
  );
}

function OfficeSetup(props: { office: Office }) {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const [news, setNews] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: AdminOfficeQuery,
    variables: { officeId: props.office.id, lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
    // Read again after a new service or counter, also while the lists are empty (an empty list
    // names no type the document cache could match the mutation's answer with).
    context: useMemo(() => ({ additionalTypenames: ['Service', 'Counter'] }), []),
  });
  const title = t('office.title', { office: props.office.name });
  const services = result.data?.services.edges.map((edge) => edge.node) ?? [];
  const counters = result.data?.counters.filter((counter) => !counter.retiredAt) ?? [];
  const { query } = useRoute();
  const retiringCounter = counters.find((counter) => counter.id === query.retireCounter);
  const retiringService = services.find((service) => service.id === query.retireService);
  return (
    <>
      <BackLink href={paths.staffOffices()} />
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {result.error && !result.data ? (
        <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <Loading />
      ) : retiringCounter || retiringService ? (
        <Retirement
          office={props.office}
          counter={retiringCounter}
          service={retiringService}
          onDone={setNews}
        />
      ) : (
        <>
          <p class="kern-body">
            <a class="kern-link" href={paths.staffOfficeClosures(props.office.id)}>
              {t('closures.link')}
            </a>
          </p>
          <OfficeData office={props.office} onDone={setNews} />
          <h2 class="kern-heading-medium">{t('adminCounter.title')}</h2>
          <CounterList office={props.office} counters={result.data.counters} />
          <h2 class="kern-heading-medium">{t('service.title')}</h2>
          <ServiceList office={props.office} services={services} />
          <p class="kern-body">
            <a class="kern-link" href={paths.staffNewService({ office: props.office.id })}>
              {t('service.new')}
            </a>
          </p>
          <NewCounterForm office={props.office} services={services} onDone={setNews} />
          {counters.length > 0 && <ScheduleForm counters={counters} onDone={setNews} />}
        </>
      )}
    </>
  );
}

/**
 * One office's set-up: its data, its counters, its services, a new counter, a counter's weekly
 * hours; a link to its closures.
 */
export function AdminOfficePage() {
  return <OfficeOfAdminAddress>{(office) => <OfficeSetup office={office} />}</OfficeOfAdminAddress>;
}

/**
 * An admin page about the office its address names (`:officeId`): for admins only, and for an
 * office that is not (any more) one to set up, a page that says so.
 */
export function OfficeOfAdminAddress(props: { children: (office: Office) => ComponentChildren }) {
  const { params } = useRoute();
  return (
    <StaffWorkspace>
      {(access) => {
        if (!access.isAdmin) return <AdminOnly />;
        const office = access.offices.find((entry) => entry.id === params.officeId);
        return office ? props.children(office) : <UnknownOffice />;
      }}
    </StaffWorkspace>
  );
}

function UnknownOffice() {
  const { t } = useStaffI18n();
  return (
    <>
      <BackLink href={paths.staffOffices()} />
      <PageHeading title={t('office.notFound')}>{t('office.notFound')}</PageHeading>
    </>
  );
}
