import { useQuery, useSubscription } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import {
  AccessReason,
  AppointmentStatus,
  QueueEventKind,
  TicketState,
  type OfficeAppointmentsQuery as OfficeAppointmentsResult,
} from '../gql/graphql';
import {
  OfficeAppointmentsChangedSubscription,
  OfficeAppointmentsQuery,
  PlanQueueEventsSubscription,
} from '../graphql/appointments';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import {
  addDays,
  isLocalDay,
  localDayOf,
  startOfDay,
  today,
  weekdayOf,
} from '../../lib/berlin-time';
import { onReconnect } from '../../lib/live';
import { paths, type PlanView } from '../../lib/routes';
import { type Office, OfficeOfAddress, StaffWorkspace } from '../components/staff-workspace';
import { OfficeChooser } from '../components/office-chooser';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';

type Appointment = OfficeAppointmentsResult['officeAppointments'][number];

/** The days the plan shows: one day, or the Monday-to-Sunday week around it. */
function daysOf(day: string, view: PlanView): string[] {
  if (view === 'day') return [day];
  const monday = addDays(day, 1 - weekdayOf(day));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** Where an appointment stands: booked, cancelled, or its ticket's state once checked in. */
function statusOf(appointment: Appointment): StaffMessageKey {
  if (appointment.status === AppointmentStatus.CANCELLED) return 'plan.status.cancelled';
  switch (appointment.ticket?.state) {
    case undefined:
      return 'plan.status.booked';
    case TicketState.WAITING:
    case TicketState.PARKED:
      return 'plan.status.checkedIn';
    case TicketState.CALLED:
      return 'plan.status.called';
    case TicketState.DONE:
      return 'plan.status.done';
    case TicketState.NO_SHOW:
      return 'plan.status.noShow';
    case TicketState.EXPIRED:
      return 'plan.status.unserved';
  }
}

/** The queue events after which an appointment's status may read differently. */
const STATUS_EVENTS = new Set<QueueEventKind>([
  QueueEventKind.JOINED,
  QueueEventKind.CALLED,
  QueueEventKind.PARKED,
  QueueEventKind.TRANSFERRED,
  QueueEventKind.DONE,
  QueueEventKind.NO_SHOW,
  QueueEventKind.DAY_ENDED,
]);

function AppointmentRow(props: { appointment: Appointment }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { appointment } = props;
  const cancelled = appointment.status === AppointmentStatus.CANCELLED;
  return (
    <tr class={cancelled ? 'plan__row plan__row--cancelled' : 'plan__row'}>
      <th scope="row" class="kern-table__cell">
        {t('plan.time', {
          from: formats.clock(appointment.startsAt),
          to: formats.clock(appointment.endsAt),
        })}
      </th>
      <td class="kern-table__cell">{appointment.counterName}</td>
      <td class="kern-table__cell">{appointment.service.name}</td>
      <td class="kern-table__cell">
        {appointment.name}
        <br />
        <a class="kern-link" href={`mailto:${appointment.email}`}>
          <bdi>{appointment.email}</bdi>
        </a>
        {appointment.phone && (
          <>
            <br />
            <bdi>{appointment.phone}</bdi>
          </>
        )}
      </td>
      <td class="kern-table__cell">
        <bdi>{appointment.code}</bdi>
      </td>
      <td class="kern-table__cell">
        {t(statusOf(appointment))}
        {appointment.ticket && (
          <>
            {' '}
            <bdi>({appointment.ticket.number})</bdi>
          </>
        )}
      </td>
    </tr>
  );
}

function DayTable(props: { office: Office; day: string; appointments: Appointment[] }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const booked = props.appointments.filter((a) => a.status !== AppointmentStatus.CANCELLED);
  // What cancelOfficeAppointments would cancel: booked appointments that have not begun.
  const now = new Date().toISOString();
  const cancellable = booked.some((appointment) => appointment.startsAt > now);
  const headingId = `day-${props.day}`;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId} class="kern-heading-medium">
        {formats.longDay(props.day)}
      </h2>
      <p class="kern-body">
        {t('plan.count', {
          booked: booked.length,
          cancelled: props.appointments.length - booked.length,
        })}
      </p>
      {cancellable && (
        <p class="kern-body">
          <a
            class="kern-link"
            href={paths.staffCancelDay({ office: props.office.id, day: props.day })}
          >
            {t('plan.cancelDay')}
          </a>
        </p>
      )}
      {props.appointments.length > 0 && (
        <div class="kern-table-responsive" tabIndex={0} aria-labelledby={headingId}>
          <table class="kern-table kern-table--small">
            <caption class="kern-sr-only">
              {t('plan.caption', { day: formats.longDay(props.day) })}
            </caption>
            <thead class="kern-table__header">
              <tr>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.time')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.counter')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.service')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.citizen')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.code')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('plan.column.status')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.appointments.map((appointment) => (
                <AppointmentRow key={appointment.id} appointment={appointment} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The appointments of one office for a day or a week, as the clerks work through them. The plan
 * follows bookings and cancellations live; each load is recorded in the citizens' data access
 * logs, which the page tells the clerk.
 */
function AppointmentPlan(props: {
  offices: Office[];
  office: Office;
  day: string;
  view: PlanView;
}) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const days = daysOf(props.day, props.view);
  const from = startOfDay(days[0]!).toISOString();
  const to = startOfDay(addDays(days.at(-1)!, 1)).toISOString();
  const [result, refetch] = useQuery({
    query: OfficeAppointmentsQuery,
    variables: {
      officeId: props.office.id,
      from,
      to,
      reason: AccessReason.HANDLING_APPOINTMENT,
    },
    requestPolicy: 'network-only',
  });
  const [news, setNews] = useState<string | null>(null);

  useSubscription(
    { query: OfficeAppointmentsChangedSubscription, variables: { officeId: props.office.id } },
    (_previous, data) => {
      const change = data.officeAppointmentsChanged;
      if (change.startsAt < to && change.endsAt > from) {
        refetch({ requestPolicy: 'network-only' });
        setNews(
          t('plan.changed', {
            day: formats.shortDay(localDayOf(new Date(change.startsAt))),
            time: formats.clock(change.startsAt),
          }),
        );
      }
      return data;
    },
  );
  useSubscription(
    { query: PlanQueueEventsSubscription, variables: { officeId: props.office.id } },
    (_previous, data) => {
      if (STATUS_EVENTS.has(data.queueEvents.kind)) refetch({ requestPolicy: 'network-only' });
      return data;
    },
  );
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);

  const byDay = useMemo(() => {
    const map = new Map<string, Appointment[]>(days.map((day) => [day, []]));
    for (const appointment of result.data?.officeAppointments ?? []) {
      map.get(localDayOf(new Date(appointment.startsAt)))?.push(appointment);
    }
    // By time, then by counter, as the clerks work through them.
    for (const list of map.values()) {
      list.sort(
        (a, b) =>
          a.startsAt.localeCompare(b.startsAt) ||
          a.counterName.localeCompare(b.counterName, undefined, { numeric: true }),
      );
    }
    return map;
  }, [result.data, days.join()]);

  /** This plan's address with other answers: another office, day or view. */
  const planWith = (query: { office?: string; day?: string; view?: PlanView }) =>
    paths.staffPlan({ office: props.office.id, day: props.day, view: props.view, ...query });
  const step = props.view === 'day' ? 1 : 7;

  return (
    <>
      <PageHeading title={t('plan.title')} caption={props.office.name}>
        {t('plan.title')}
      </PageHeading>
      <p class="kern-body">{t('plan.logNotice')}</p>
      <OfficeChooser
        id="plan-office"
        offices={props.offices}
        current={props.office}
        onChoose={(officeId) => route(planWith({ office: officeId }))}
      />
      <nav class="plan__nav" aria-label={t('plan.navigation')}>
        <ul class="action-list">
          <li>
            <a class="kern-link" href={planWith({ day: addDays(props.day, -step) })}>
              {props.view === 'day' ? t('plan.previousDay') : t('plan.previousWeek')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={planWith({ day: today() })}>
              {t('plan.today')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={planWith({ day: addDays(props.day, step) })}>
              {props.view === 'day' ? t('plan.nextDay') : t('plan.nextWeek')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={planWith({ view: props.view === 'day' ? 'week' : 'day' })}>
              {props.view === 'day' ? t('plan.showWeek') : t('plan.showDay')}
            </a>
          </li>
        </ul>
      </nav>
      <p class="kern-sr-only" aria-live="polite">
        {news ?? ''}
      </p>
      {result.error && !result.data ? (
        result.error.graphQLErrors.some((error) => error.extensions?.code === 'FORBIDDEN') ? (
          <p class="kern-body" role="alert">
            {t('plan.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        )
      ) : !result.data ? (
        <Loading />
      ) : (
        days.map((day) => (
          <DayTable key={day} office={props.office} day={day} appointments={byDay.get(day) ?? []} />
        ))
      )}
    </>
  );
}

/** The staff workspace's appointment plan of an office, for a day or its week. */
export function AppointmentPlanPage() {
  return <StaffWorkspace>{(access) => <PlanOfOffice offices={access.offices} />}</StaffWorkspace>;
}

function PlanOfOffice(props: { offices: Office[] }) {
  const { query } = useRoute();
  const day = isLocalDay(query.day) ? query.day : today();
  const view: PlanView = query.view === 'week' ? 'week' : 'day';
  return (
    <OfficeOfAddress offices={props.offices} heading="plan.title" forbidden="plan.forbidden">
      {(office) => (
        <AppointmentPlan offices={props.offices} office={office} day={day} view={view} />
      )}
    </OfficeOfAddress>
  );
}
