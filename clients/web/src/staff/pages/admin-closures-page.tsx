import { useMutation, useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ErrorSummary, RadioGroup, TextField, type FormError } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { addDays, isLocalDay, startOfDay, TIME_ZONE } from '../../lib/berlin-time';
import { paths } from '../../lib/routes';
import type { OfficeClosuresQuery as OfficeClosuresResult } from '../gql/graphql';
import {
  CreateClosureMutation,
  DeleteClosureMutation,
  OfficeClosuresQuery,
} from '../graphql/admin';
import type { Office } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { instantOf, localDateTimeOf } from '../lib/notice-form';
import { AdminForm, Select, useFormErrors } from '../components/admin-form';
import { OfficeOfAdminAddress } from './admin-office-page';

type Closure = OfficeClosuresResult['closures'][number];
type Counter = OfficeClosuresResult['counters'][number];

/** The closure form's inputs, by the API's path of the field each one answers. */
const INPUTS = {
  counterId: 'closure-counter',
  'reason.de': 'closure-reason-de',
  'reason.en': 'closure-reason-en',
} as const;

/** How far ahead the page lists closures: the longest period `closures` answers. */
const LISTED_DAYS = 366;

/**
 * A closure's period as people read it: whole local days as days ("24.12.2027 – 26.12.2027", the
 * exclusive end's midnight shown as the day before), anything else with times.
 */
function periodOf(closure: Closure, lang: 'de' | 'en'): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const starts = localDateTimeOf(closure.startsAt);
  const ends = localDateTimeOf(closure.endsAt);
  if (starts.endsWith('T00:00') && ends.endsWith('T00:00')) {
    const days = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    const first = days.format(new Date(`${starts.slice(0, 10)}T00:00:00Z`));
    const last = days.format(new Date(`${addDays(ends.slice(0, 10), -1)}T00:00:00Z`));
    return first === last ? first : `${first} – ${last}`;
  }
  const times = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${times.format(new Date(closure.startsAt))} – ${times.format(new Date(closure.endsAt))}`;
}

type Kind = 'days' | 'period';
type ClosureValues = {
  kind: Kind;
  firstDay: string;
  lastDay: string;
  startsAt: string;
  endsAt: string;
  counterId: string;
  reasonDe: string;
  reasonEn: string;
};

const EMPTY_CLOSURE: ClosureValues = {
  kind: 'days',
  firstDay: '',
  lastDay: '',
  startsAt: '',
  endsAt: '',
  counterId: '',
  reasonDe: '',
  reasonEn: '',
};

/** A local "YYYY-MM-DD HH:MM" as an instant; null when it is not one. */
function instantOfText(text: string): string | null {
  return instantOf(text.trim().replace(' ', 'T'));
}

function NewClosureForm(props: {
  office: Office;
  counters: Counter[];
  onDone: (message: string) => void;
}) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [values, setValues] = useState(EMPTY_CLOSURE);
  const set = (key: keyof ClosureValues) => (value: string) =>
    setValues((before) => ({ ...before, [key]: value }));
  const [state, create] = useMutation(CreateClosureMutation);
  const days = values.kind === 'days';
  const [startInput, endInput] = days
    ? ['closure-first-day', 'closure-last-day']
    : ['closure-starts', 'closure-ends'];

  /** The period as instants, or the problems of the fields that do not say one. */
  function period(): { startsAt: string; endsAt: string } | FormError[] {
    if (days) {
      const last = values.lastDay.trim() || values.firstDay.trim();
      const problems = [
        isLocalDay(values.firstDay.trim())
          ? null
          : { field: startInput, message: t('closures.dayInvalid') },
        isLocalDay(last) ? null : { field: endInput, message: t('closures.dayInvalid') },
      ].filter((problem) => problem !== null);
      if (problems.length) return problems;
      return {
        startsAt: startOfDay(values.firstDay.trim()).toISOString(),
        endsAt: startOfDay(addDays(last, 1)).toISOString(),
      };
    }
    const startsAt = instantOfText(values.startsAt);
    const endsAt = instantOfText(values.endsAt);
    const problems = [
      startsAt ? null : { field: startInput, message: t('closures.timeInvalid') },
      endsAt ? null : { field: endInput, message: t('closures.timeInvalid') },
    ].filter((problem) => problem !== null);
    return startsAt && endsAt ? { startsAt, endsAt } : problems;
  }

  async function submit() {
    const when = period();
    if (Array.isArray(when)) return form.show(when);
    const result = await create({
      input: {
        officeId: props.office.id,
        counterId: values.counterId || null,
        ...when,
        reason: { de: values.reasonDe, en: values.reasonEn.trim() || null },
      },
    });
    const payload = result.data?.createClosure;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(
      payload.userErrors.map((error) => {
        const path = (error.field ?? []).join('.');
        const field =
          path === 'startsAt'
            ? startInput
            : path === 'endsAt'
              ? endInput
              : (INPUTS[path as keyof typeof INPUTS] ?? null);
        return { field, message: error.message };
      }),
    );
    if (payload.closure) {
      setValues(EMPTY_CLOSURE);
      props.onDone(t('closures.created', { count: payload.bookedAppointments ?? 0 }));
    }
  }

  return (
    <AdminForm
      id="new-closure"
      title={t('closures.new')}
      submit={t('closures.create')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !state.fetching && void submit()}
    >
      <p class="kern-body">{t('closures.bookedStay')}</p>
      <RadioGroup
        name="closure-kind"
        legend={<legend class="kern-label">{t('closures.kind')}</legend>}
        options={[
          { value: 'days', label: t('closures.kind.days') },
          { value: 'period', label: t('closures.kind.period') },
        ]}
        value={values.kind}
        onValue={(kind) => setValues((before) => ({ ...before, kind: kind as Kind }))}
      />
      {days ? (
        <>
          <TextField
            id="closure-first-day"
            label={t('closures.firstDay')}
            hint={t('closures.dayHint')}
            error={form.of('closure-first-day')}
            value={values.firstDay}
            onValue={set('firstDay')}
          />
          <TextField
            id="closure-last-day"
            label={t('closures.lastDay')}
            hint={t('closures.lastDayHint')}
            optional
            error={form.of('closure-last-day')}
            value={values.lastDay}
            onValue={set('lastDay')}
          />
        </>
      ) : (
        <>
          <TextField
            id="closure-starts"
            label={t('closures.starts')}
            hint={t('closures.timeHint')}
            error={form.of('closure-starts')}
            value={values.startsAt}
            onValue={set('startsAt')}
          />
          <TextField
            id="closure-ends"
            label={t('closures.ends')}
            hint={t('closures.timeHint')}
            error={form.of('closure-ends')}
            value={values.endsAt}
            onValue={set('endsAt')}
          />
        </>
      )}
      <Select
        id="closure-counter"
        label={t('closures.where')}
        error={form.of('closure-counter')}
        options={[
          { value: '', label: t('closures.wholeOffice') },
          ...props.counters.map((counter) => ({ value: counter.id, label: counter.name })),
        ]}
        value={values.counterId}
        onValue={set('counterId')}
      />
      <TextField
        id="closure-reason-de"
        label={t('closures.reasonDe')}
        hint={t('closures.reasonHint')}
        error={form.of('closure-reason-de')}
        value={values.reasonDe}
        onValue={set('reasonDe')}
      />
      <TextField
        id="closure-reason-en"
        label={t('closures.reasonEn')}
        optional
        error={form.of('closure-reason-en')}
        value={values.reasonEn}
        onValue={set('reasonEn')}
      />
    </AdminForm>
  );
}

function ClosureTable(props: { office: Office; closures: Closure[] }) {
  const { t, lang } = useStaffI18n();
  if (props.closures.length === 0) return <p class="kern-body">{t('closures.none')}</p>;
  return (
    <table class="kern-table admin-table">
      <caption class="kern-title">{t('closures.caption')}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th scope="col" class="kern-table__header">
            {t('closures.column.when')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('closures.column.where')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('closures.column.reason')}
          </th>
          <th scope="col" class="kern-table__header">
            {t('offices.column.actions')}
          </th>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {props.closures.map((closure) => (
          <tr class="kern-table__row" key={closure.id}>
            <th scope="row" class="kern-table__cell">
              {periodOf(closure, lang)}
            </th>
            <td class="kern-table__cell">
              {closure.counter ? closure.counter.name : t('closures.wholeOffice')}
            </td>
            <td class="kern-table__cell">{closure.reason}</td>
            <td class="kern-table__cell">
              <a
                class="kern-link"
                href={paths.staffOfficeClosures(props.office.id, { remove: closure.id })}
              >
                {t('closures.delete', { reason: closure.reason })}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Deleting a closure, confirmed: its times can be booked again. */
function DeleteClosure(props: {
  office: Office;
  closure: Closure;
  onDeleted: (message: string) => void;
}) {
  const { t, lang } = useStaffI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [state, remove] = useMutation(DeleteClosureMutation);

  async function submit() {
    const result = await remove({ input: { closureId: props.closure.id } });
    const payload = result.data?.deleteClosure;
    if (payload?.removedId) {
      return props.onDeleted(t('closures.deleted', { reason: props.closure.reason }));
    }
    setErrors(
      payload
        ? payload.userErrors.map((error) => ({ field: null, message: error.message }))
        : [{ field: null, message: t('admin.connectionFailed') }],
    );
    setAttempt((value) => value + 1);
  }

  return (
    <section aria-labelledby="delete-closure" class="admin-retire">
      <h2 class="kern-heading-medium" id="delete-closure">
        {t('closures.deleteTitle', { reason: props.closure.reason })}
      </h2>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <p class="kern-body">{t('closures.deleteText', { period: periodOf(props.closure, lang) })}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!state.fetching) void submit();
        }}
      >
        <div class="admin-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('closures.deleteConfirm')}</span>
          </button>
          <a class="kern-link" href={paths.staffOfficeClosures(props.office.id)}>
            {t('closures.deleteAbort')}
          </a>
        </div>
      </form>
    </section>
  );
}

function Closures(props: { office: Office }) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const { route } = useLocation();
  const [news, setNews] = useState<string | null>(null);
  // From now on: the page is for what is still to come. Fixed once, so the query's variables stay.
  const variables = useMemo(() => {
    const from = new Date();
    const to = new Date(from.getTime() + LISTED_DAYS * 86_400_000);
    return { officeId: props.office.id, from: from.toISOString(), to: to.toISOString() };
  }, [props.office.id]);
  const [result, refetch] = useQuery({
    query: OfficeClosuresQuery,
    variables,
    requestPolicy: 'cache-and-network',
    // Read again after a new closure also while the list is empty (no Closure to match).
    context: useMemo(() => ({ additionalTypenames: ['Closure'] }), []),
  });
  const title = t('closures.title', { office: props.office.name });
  const removing = result.data?.closures.find((closure) => closure.id === query.remove);
  const back = paths.staffOfficeClosures(props.office.id);
  return (
    <>
      <BackLink href={paths.staffOffice(props.office.id)} />
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {result.error && !result.data ? (
        <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <Loading />
      ) : removing ? (
        <DeleteClosure
          office={props.office}
          closure={removing}
          onDeleted={(message) => {
            setNews(message);
            refetch({ requestPolicy: 'network-only' });
            route(back);
          }}
        />
      ) : (
        <>
          <ClosureTable office={props.office} closures={result.data.closures} />
          <NewClosureForm
            office={props.office}
            counters={result.data.counters.filter((counter) => !counter.retiredAt)}
            onDone={setNews}
          />
        </>
      )}
    </>
  );
}

/** An office's closures and holidays, for the whole office or one counter: list, add, delete. */
export function AdminClosuresPage() {
  return <OfficeOfAdminAddress>{(office) => <Closures office={office} />}</OfficeOfAdminAddress>;
}
