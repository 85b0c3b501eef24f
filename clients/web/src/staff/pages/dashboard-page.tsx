import { useQuery, useSubscription } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { localDayOf } from '../../lib/berlin-time';
import { onReconnect } from '../../lib/live';
import { paths } from '../../lib/routes';
import { DayChart, type ChartSeries } from '../components/day-chart';
import { type Office, OfficeOfAddress, StaffWorkspace } from '../components/staff-workspace';
import type { OfficeDashboardQuery as DashboardResult } from '../gql/graphql';
import {
  DashboardAppointmentsChangedSubscription,
  DashboardInboxSubscription,
  DashboardNoticesSubscription,
  DashboardQueueSubscription,
  OfficeDashboardQuery,
} from '../graphql/dashboard';
import { OfficeChooser } from '../components/office-chooser';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import './dashboard.css';

type Day = DashboardResult['officeDashboard']['days'][number];

/** Days the charts cover. */
const PERIOD = 30;
/** Events often come in bursts (a clerk's answer, its read receipt): one reload per burst. */
const REFETCH_AFTER_MS = 800;

function Figure(props: { label: string; value: string; id: string }) {
  return (
    <div class="dashboard__figure">
      <dt id={props.id} class="dashboard__figure-label">
        {props.label}
      </dt>
      <dd class="dashboard__figure-value">{props.value}</dd>
    </div>
  );
}

/** "12 min", "2 h 5 min", or a dash when nothing was answered. */
function useDuration() {
  const { t } = useStaffI18n();
  return (seconds: number | null | undefined) => {
    if (seconds == null) return t('dashboard.none');
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return t('dashboard.minutes', { minutes });
    return t('dashboard.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  };
}

/** The figures of a chart as a table: what the chart shows, for those who cannot see it. */
function DayTable(props: {
  id: string;
  caption: string;
  days: Day[];
  columns: Array<{ label: string; value: (day: Day) => string }>;
}) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  return (
    <details class="dashboard__details">
      <summary class="kern-link">{t('dashboard.showTable')}</summary>
      <div class="kern-table-responsive" tabIndex={0} aria-labelledby={props.id}>
        <table class="kern-table kern-table--small">
          <caption id={props.id}>{props.caption}</caption>
          <thead class="kern-table__header">
            <tr>
              <th scope="col" class="kern-table__cell">
                {t('dashboard.column.day')}
              </th>
              {props.columns.map((column) => (
                <th scope="col" class="kern-table__cell" key={column.label}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {[...props.days].reverse().map((day) => (
              <tr key={day.day}>
                <th scope="row" class="kern-table__cell">
                  {formats.shortDay(day.day)}
                </th>
                {props.columns.map((column) => (
                  <td class="kern-table__cell" key={column.label}>
                    {column.value(day)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A chart of the period with its summary in words and its table. */
function Trend(props: {
  id: string;
  heading: StaffMessageKey;
  summary: string;
  days: Day[];
  series: Array<ChartSeries & { value: (day: Day) => string }>;
}) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const short = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
  });
  return (
    <section class="section dashboard__trend" aria-labelledby={props.id}>
      <h2 id={props.id} class="kern-heading-medium">
        {t(props.heading, { days: props.days.length })}
      </h2>
      <p class="kern-body">{props.summary}</p>
      <DayChart
        days={props.days.map((day) => day.day)}
        series={props.series}
        formatDay={(day) => short.format(new Date(`${day}T12:00:00Z`))}
      />
      <DayTable
        id={`${props.id}-table`}
        caption={t('dashboard.tableCaption', {
          what: t(props.heading, { days: props.days.length }),
          from: formats.shortDay(props.days[0]!.day),
          to: formats.shortDay(props.days.at(-1)!.day),
        })}
        days={props.days}
        columns={props.series.map((series) => ({ label: series.label, value: series.value }))}
      />
    </section>
  );
}

/**
 * One office at a glance, live: today's appointments, the conversations waiting for an answer,
 * the notices in force, and the last 30 days as charts with their tables. Any booking,
 * cancellation, check-in, message or publication of the office reloads the figures (once per
 * burst), and so does a reconnect, which may have missed some.
 */
function OfficeDashboard(props: { offices: Office[]; office: Office }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const duration = useDuration();
  const { route } = useLocation();
  const [result, refetch] = useQuery({
    query: OfficeDashboardQuery,
    variables: { officeId: props.office.id, days: PERIOD },
    requestPolicy: 'network-only',
  });
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      refetch({ requestPolicy: 'network-only' });
    }, REFETCH_AFTER_MS);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);
  const variables = { officeId: props.office.id };
  const onEvent = <T,>(_previous: T | undefined, data: T) => {
    reload();
    return data;
  };
  useSubscription({ query: DashboardAppointmentsChangedSubscription, variables }, onEvent);
  useSubscription({ query: DashboardInboxSubscription, variables }, onEvent);
  useSubscription({ query: DashboardQueueSubscription, variables }, onEvent);
  useSubscription({ query: DashboardNoticesSubscription, variables }, onEvent);

  const dashboard = result.data?.officeDashboard;
  useEffect(() => {
    if (dashboard) setUpdatedAt(formats.clock(new Date()));
  }, [dashboard]);

  const at = (instant: string) =>
    localDayOf(new Date(instant)) === localDayOf(new Date())
      ? t('dashboard.since.today', { time: formats.clock(instant) })
      : t('dashboard.since.day', {
          day: formats.instantDay(instant),
          time: formats.clock(instant),
        });

  return (
    <>
      <PageHeading title={t('dashboard.title')} caption={props.office.name}>
        {t('dashboard.title')}
      </PageHeading>
      {props.offices.length > 1 && (
        <OfficeChooser
          id="dashboard-office"
          offices={props.offices}
          current={props.office}
          onChoose={(officeId) => route(paths.staffDashboard({ office: officeId }))}
        />
      )}
      <p class="kern-body kern-body--small" aria-live="polite">
        {updatedAt && t('dashboard.updated', { time: updatedAt })}
      </p>
      {result.error && !result.data ? (
        result.error.graphQLErrors.some((error) => error.extensions?.code === 'FORBIDDEN') ? (
          <p class="kern-body" role="alert">
            {t('dashboard.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        )
      ) : !dashboard ? (
        <Loading />
      ) : (
        <>
          <section class="section" aria-labelledby="dashboard-today">
            <h2 id="dashboard-today" class="kern-heading-medium">
              {t('dashboard.today', { day: formats.longDay(dashboard.today.day) })}
            </h2>
            <dl class="dashboard__figures">
              <Figure
                id="figure-booked"
                label={t('dashboard.booked')}
                value={String(dashboard.today.booked)}
              />
              <Figure
                id="figure-checked-in"
                label={t('dashboard.checkedIn')}
                value={String(dashboard.today.checkedIn)}
              />
              <Figure
                id="figure-no-shows"
                label={t('dashboard.noShows')}
                value={String(dashboard.today.noShows)}
              />
              <Figure
                id="figure-cancelled"
                label={t('dashboard.cancelled')}
                value={String(dashboard.today.cancelled)}
              />
            </dl>
          </section>
          <section class="section" aria-labelledby="dashboard-now">
            <h2 id="dashboard-now" class="kern-heading-medium">
              {t('dashboard.now')}
            </h2>
            <dl class="dashboard__figures">
              <Figure
                id="figure-open"
                label={t('dashboard.openConversations')}
                value={String(dashboard.openConversations)}
              />
              <Figure
                id="figure-waiting"
                label={t('dashboard.awaitingAnswer')}
                value={String(dashboard.awaitingAnswer)}
              />
              <Figure
                id="figure-oldest"
                label={t('dashboard.oldestWait')}
                value={
                  dashboard.oldestWaitingSince
                    ? at(dashboard.oldestWaitingSince)
                    : t('dashboard.none')
                }
              />
              <Figure
                id="figure-answer"
                label={t('dashboard.firstAnswer', { days: PERIOD })}
                value={duration(dashboard.firstAnswerMedianSeconds)}
              />
              <Figure
                id="figure-notices"
                label={t('dashboard.noticesInForce')}
                value={String(dashboard.noticesInForce)}
              />
            </dl>
            <p class="kern-body">
              <a class="kern-link" href={paths.staffNotices({ office: props.office.id })}>
                {t('dashboard.toNotices')}
              </a>
            </p>
          </section>
          <Trend
            id="dashboard-appointments"
            heading="dashboard.appointments.heading"
            summary={t('dashboard.appointments.summary', {
              booked: sum(dashboard.days, 'booked'),
              checkedIn: sum(dashboard.days, 'checkedIn'),
              noShows: sum(dashboard.days, 'noShows'),
            })}
            days={dashboard.days}
            series={[
              {
                label: t('dashboard.booked'),
                values: dashboard.days.map((day) => day.booked),
                value: (day) => String(day.booked),
                color: '#004b76',
              },
              {
                label: t('dashboard.checkedIn'),
                values: dashboard.days.map((day) => day.checkedIn),
                value: (day) => String(day.checkedIn),
                color: '#00701a',
                dash: [8, 4],
              },
              {
                label: t('dashboard.noShows'),
                values: dashboard.days.map((day) => day.noShows),
                value: (day) => String(day.noShows),
                color: '#b3001e',
                dash: [2, 3],
              },
            ]}
          />
          <Trend
            id="dashboard-conversations"
            heading="dashboard.conversations.heading"
            summary={t('dashboard.conversations.summary', {
              started: sum(dashboard.days, 'conversationsStarted'),
              median: duration(dashboard.firstAnswerMedianSeconds),
            })}
            days={dashboard.days}
            series={[
              {
                label: t('dashboard.conversationsStarted'),
                values: dashboard.days.map((day) => day.conversationsStarted),
                value: (day) => String(day.conversationsStarted),
                color: '#004b76',
              },
              {
                label: t('dashboard.firstAnswerMinutes'),
                values: dashboard.days.map((day) =>
                  day.firstAnswerMedianSeconds == null
                    ? null
                    : Math.round(day.firstAnswerMedianSeconds / 60),
                ),
                value: (day) => duration(day.firstAnswerMedianSeconds),
                color: '#6b3a00',
                dash: [8, 4],
              },
            ]}
          />
        </>
      )}
    </>
  );
}

function sum(days: Day[], field: 'booked' | 'checkedIn' | 'noShows' | 'conversationsStarted') {
  return days.reduce((total, day) => total + day[field], 0);
}

function DashboardOfOffice(props: { offices: Office[] }) {
  return (
    <OfficeOfAddress
      offices={props.offices}
      heading="dashboard.title"
      forbidden="dashboard.forbidden"
    >
      {(office) => <OfficeDashboard key={office.id} offices={props.offices} office={office} />}
    </OfficeOfAddress>
  );
}

/** The staff workspace's dashboard of an office (`/staff/dashboard?office=`). */
export function DashboardPage() {
  return (
    <StaffWorkspace>{(access) => <DashboardOfOffice offices={access.offices} />}</StaffWorkspace>
  );
}
