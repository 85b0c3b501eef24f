import { useQuery, useSubscription } from '@urql/preact';
import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { onReconnect } from '../../lib/live';
import { paths, type ApplicationQueueName } from '../../lib/routes';
import {
  type Office,
  OfficeOfAddress,
  type StaffAccess,
  StaffWorkspace,
} from '../components/staff-workspace';
import {
  ApplicationQueue,
  type OfficeApplicationsQuery as OfficeApplicationsResult,
} from '../gql/graphql';
import {
  OfficeApplicationServicesQuery,
  OfficeApplicationsChangedSubscription,
  OfficeApplicationsQuery,
} from '../graphql/applications';
import { OfficeChooser } from '../components/office-chooser';
import { useStaffI18n } from '../i18n/staff-i18n';
import './applications.css';

type Row = OfficeApplicationsResult['officeApplications']['edges'][number]['node'];
type Counts = OfficeApplicationsResult['officeApplicationCounts'];

/** The queues in the order the page offers them; `open` is the default. */
const QUEUES: ApplicationQueueName[] = ['new', 'mine', 'waiting', 'overdue', 'open', 'decided'];

const API_QUEUE: Record<ApplicationQueueName, ApplicationQueue> = {
  new: ApplicationQueue.NEW,
  mine: ApplicationQueue.MINE,
  waiting: ApplicationQueue.WAITING,
  overdue: ApplicationQueue.OVERDUE,
  open: ApplicationQueue.OPEN,
  decided: ApplicationQueue.DECIDED,
};

function isQueue(value: string | undefined): value is ApplicationQueueName {
  return QUEUES.includes(value as ApplicationQueueName);
}

/** How many cases a queue holds; the API counts the open queues only. */
function countOf(counts: Counts | undefined, queue: ApplicationQueueName): number | null {
  if (!counts || queue === 'decided') return null;
  return counts[queue];
}

function QueueRow(props: { row: Row }) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formats = createFormats(locale);
  const { row } = props;
  return (
    <li class="application-queue__item">
      <a class="kern-link application-queue__link" href={paths.staffApplication(row.id)}>
        {row.reference ?? ''}
        {' · '}
        {row.service.name}
      </a>
      <span class="kern-body">
        {row.applicantName ?? t('staff.applications.row.anonymised')}
        {' · '}
        {t(`staff.applications.status.${row.status}`)}
      </span>
      <span class="kern-body">
        {row.dueAt
          ? t('staff.applications.row.due', { day: formats.instantDay(row.dueAt) })
          : t('staff.applications.row.noDue')}
        {row.overdue && (
          <>
            {' '}
            <span class="status-tag">{t('staff.applications.row.overdue')}</span>
          </>
        )}
      </span>
      <span class="kern-body">
        {row.assignee
          ? t('staff.applications.row.assignee', { name: row.assignee.name })
          : t('staff.applications.row.unassigned')}
      </span>
    </li>
  );
}

function ServiceFilter(props: {
  office: Office;
  queue: ApplicationQueueName;
  serviceId: string | undefined;
}) {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const { route } = useLocation();
  const [services] = useQuery({
    query: OfficeApplicationServicesQuery,
    variables: { officeId: props.office.id, lang: LANGUAGES[lang].api },
  });
  const offered =
    services.data?.services.edges
      .map((edge) => edge.node)
      .filter((service) => service.onlineApplication) ?? [];
  return (
    <form
      class="plan__controls"
      onSubmit={(event) => {
        event.preventDefault();
        const service = String(new FormData(event.currentTarget).get('service') ?? '');
        route(
          paths.staffApplications({
            office: props.office.id,
            queue: props.queue,
            service: service || undefined,
          }),
        );
      }}
    >
      <div class="kern-form-input">
        <label class="kern-label" for="applications-service">
          {t('staff.applications.filter.service')}
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id="applications-service" name="service" class="kern-form-input__select">
            <option value="" selected={!props.serviceId}>
              {t('staff.applications.filter.allServices')}
            </option>
            {offered.map((service) => (
              <option key={service.id} value={service.id} selected={service.id === props.serviceId}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('staff.applications.filter.show')}</span>
      </button>
    </form>
  );
}

/**
 * An office's work queue of applications: the queue chosen (with the count of each), optionally
 * of one service, page by page, read again whenever one of the office's cases changes.
 */
function Applications(props: {
  access: StaffAccess;
  office: Office;
  queue: ApplicationQueueName;
  serviceId: string | undefined;
  after: string | undefined;
}) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const { office, queue, serviceId, after } = props;
  const [result, refetch] = useQuery({
    query: OfficeApplicationsQuery,
    variables: {
      officeId: office.id,
      queue: API_QUEUE[queue],
      serviceId: serviceId ?? null,
      after: after ?? null,
    },
    requestPolicy: 'network-only',
  });
  useSubscription(
    { query: OfficeApplicationsChangedSubscription, variables: { officeId: office.id } },
    (_previous, data) => {
      refetch({ requestPolicy: 'network-only' });
      return data;
    },
  );
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);

  const forbidden = result.error?.graphQLErrors.some(
    (error) => error.extensions?.code === 'FORBIDDEN',
  );
  const page = result.data?.officeApplications;
  const counts = result.data?.officeApplicationCounts;
  const queueLink = (choice: ApplicationQueueName) =>
    paths.staffApplications({ office: office.id, queue: choice, service: serviceId });

  return (
    <>
      <PageHeading title={t('staff.applications.title')} caption={office.name}>
        {t('staff.applications.title')}
      </PageHeading>
      <p class="kern-body">{t('staff.applications.logNotice')}</p>
      {props.access.offices.length > 1 && (
        <OfficeChooser
          id="applications-office"
          offices={props.access.offices}
          current={office}
          onChoose={(officeId) => route(paths.staffApplications({ office: officeId, queue }))}
        />
      )}
      {result.error && !result.data ? (
        forbidden ? (
          <p class="kern-body" role="alert">
            {t('staff.applications.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        )
      ) : (
        <>
          <nav aria-label={t('staff.applications.queue.label')}>
            <ul class="inbox__filters">
              {QUEUES.map((choice) => {
                const count = countOf(counts, choice);
                return (
                  <li key={choice}>
                    <a
                      class="staff-nav__link"
                      href={queueLink(choice)}
                      aria-current={choice === queue ? 'page' : undefined}
                    >
                      {count === null
                        ? t(`staff.applications.queue.${choice}`)
                        : t('staff.applications.queue.withCount', {
                            queue: t(`staff.applications.queue.${choice}`),
                            count,
                          })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <ServiceFilter office={office} queue={queue} serviceId={serviceId} />
          <section aria-labelledby="applications-list-heading">
            <h2 id="applications-list-heading" class="kern-heading-medium">
              {t(`staff.applications.queue.${queue}`)}
            </h2>
            {!page ? (
              <Loading />
            ) : (
              <>
                <p class="kern-body" aria-live="polite">
                  {t('staff.applications.list.count', { count: page.totalCount })}
                </p>
                {page.edges.length > 0 && (
                  <ul class="application-queue" aria-labelledby="applications-list-heading">
                    {page.edges.map((edge) => (
                      <QueueRow key={edge.node.id} row={edge.node} />
                    ))}
                  </ul>
                )}
                <p class="admin-actions">
                  {after && (
                    <a
                      class="kern-link"
                      href={paths.staffApplications({
                        office: office.id,
                        queue,
                        service: serviceId,
                      })}
                    >
                      {t('staff.applications.list.first')}
                    </a>
                  )}
                  {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
                    <a
                      class="kern-link"
                      href={paths.staffApplications({
                        office: office.id,
                        queue,
                        service: serviceId,
                        after: page.pageInfo.endCursor,
                      })}
                    >
                      {t('staff.applications.list.next')}
                    </a>
                  )}
                </p>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

function ApplicationsOfOffice(props: { access: StaffAccess }) {
  const { query } = useRoute();
  return (
    <OfficeOfAddress
      offices={props.access.offices}
      heading="staff.applications.title"
      forbidden="staff.applications.forbidden"
    >
      {(office) => (
        <Applications
          key={office.id}
          access={props.access}
          office={office}
          queue={isQueue(query.queue) ? query.queue : 'open'}
          serviceId={query.service || undefined}
          after={query.after || undefined}
        />
      )}
    </OfficeOfAddress>
  );
}

/** The staff workspace's work queue of an office's online applications. */
export function ApplicationsPage() {
  return <StaffWorkspace>{(access) => <ApplicationsOfOffice access={access} />}</StaffWorkspace>;
}
