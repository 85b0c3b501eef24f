import { useMutation, useQuery, useSubscription } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ErrorMessage } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { onReconnect } from '../../lib/live';
import { paths } from '../../lib/routes';
import {
  AccessReason,
  QueueActionErrorCode,
  TicketKind,
  TicketState,
  type CounterDeskQuery as CounterDeskResult,
  type DeskTicketFragment as DeskTicket,
} from '../gql/graphql';
import {
  CallNextTicketMutation,
  CallTicketMutation,
  CloseCounterMutation,
  CounterDeskQuery,
  FinishTicketMutation,
  MarkTicketNoShowMutation,
  OpenCounterMutation,
  ParkTicketMutation,
  QueueEventsSubscription,
  RecallTicketMutation,
  TicketAppointmentQuery,
  TransferTicketMutation,
} from '../graphql/queue';
import { type Office, OfficeOfAddress, StaffWorkspace } from '../components/staff-workspace';
import { useStaffI18n, type StaffTranslator } from '../i18n/staff-i18n';

type Desk = CounterDeskResult;
type Counter = Desk['counters'][number];
type ActionError = { code: QueueActionErrorCode; field?: string[] | null; message: string };

/** The API refuses a ticket at most this often recalled (src/queue/queue-rules.ts). */
const MAX_RECALLS = 3;
/** After a queue event, the queue is read again at most this often (a busy lobby's events). */
const REFRESH_INTERVAL_MS = 1000;

/** My counter of each office, remembered on this device (not personal data: a desk's name). */
function rememberedCounter(officeId: string): string | null {
  try {
    return localStorage.getItem(`rathaus.counter.${officeId}`);
  } catch {
    return null;
  }
}

function rememberCounter(officeId: string, counterId: string): void {
  try {
    localStorage.setItem(`rathaus.counter.${officeId}`, counterId);
  } catch {
    // Storage may be disabled; the address still names the counter.
  }
}

/** A refusal of a queue action in plain words; the API's own message where ours would say less. */
function actionProblem(t: StaffTranslator['t'], error: ActionError): string {
  switch (error.code) {
    case QueueActionErrorCode.INVALID_INPUT:
      return error.message;
    case QueueActionErrorCode.NOT_FOUND:
    case QueueActionErrorCode.FORBIDDEN:
    case QueueActionErrorCode.COUNTER_CLOSED:
    case QueueActionErrorCode.COUNTER_INACTIVE:
    case QueueActionErrorCode.COUNTER_BUSY:
    case QueueActionErrorCode.QUEUE_EMPTY:
    case QueueActionErrorCode.WRONG_STATE:
    case QueueActionErrorCode.RECALL_LIMIT_REACHED:
    case QueueActionErrorCode.NOT_HANDLED:
      return t(`counter.error.${error.code}`);
  }
}

function minutesSince(instant: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(instant)) / 60_000));
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The counter workstation of the staff workspace: one clerk, one counter, the office's queue. */
export function CounterPage() {
  return (
    <StaffWorkspace>{(access) => <CounterOfOffice offices={access.offices} />}</StaffWorkspace>
  );
}

function CounterOfOffice(props: { offices: Office[] }) {
  const { query } = useRoute();
  return (
    <OfficeOfAddress offices={props.offices} heading="counter.title" forbidden="counter.forbidden">
      {(office) => (
        <CounterDesk
          key={office.id}
          offices={props.offices}
          office={office}
          wanted={query.counter ?? rememberedCounter(office.id)}
        />
      )}
    </OfficeOfAddress>
  );
}

function CounterDesk(props: { offices: Office[]; office: Office; wanted: string | null }) {
  const { t } = useStaffI18n();
  const [result, refetch] = useQuery({
    query: CounterDeskQuery,
    variables: { officeId: props.office.id },
    requestPolicy: 'network-only',
  });
  const desk = result.data;
  const counter = desk?.counters.find((candidate) => candidate.id === props.wanted) ?? null;
  useEffect(() => {
    if (counter) rememberCounter(props.office.id, counter.id);
  }, [counter?.id]);

  /** Reads the queue again, at most once a second however many events arrive. */
  const refresh = useThrottledRefresh(() => refetch({ requestPolicy: 'network-only' }));
  const lastSeq = useRef<number | null>(null);
  const [afterSeq, setAfterSeq] = useState<number | null>(null);
  if (desk && lastSeq.current === null) lastSeq.current = desk.queueBoard.seq;
  useEffect(() => {
    if (desk && afterSeq === null) setAfterSeq(desk.queueBoard.seq);
  }, [desk, afterSeq]);
  // Follow the office's events from the last one seen: after a reconnect, the events missed in
  // between come first (the API's catch-up), then the live ones.
  useSubscription(
    {
      query: QueueEventsSubscription,
      variables: { officeId: props.office.id, afterSeq },
      pause: afterSeq === null,
    },
    (_previous, data) => {
      const seq = data.queueEvents.seq;
      if (lastSeq.current === null || seq > lastSeq.current) {
        lastSeq.current = seq;
        refresh();
      }
      return data;
    },
  );
  useEffect(
    () =>
      onReconnect(() => {
        if (lastSeq.current !== null) setAfterSeq(lastSeq.current);
      }),
    [],
  );

  const heading = counter ? t('counter.titleAt', { counter: counter.name }) : t('counter.title');
  return (
    <>
      <PageHeading title={heading} caption={props.office.name}>
        {heading}
      </PageHeading>
      <ChooseCounter offices={props.offices} office={props.office} desk={desk} counter={counter} />
      {result.error && !desk ? (
        result.error.graphQLErrors.some((error) => error.extensions?.code === 'FORBIDDEN') ? (
          <p class="kern-body" role="alert">
            {t('counter.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        )
      ) : !desk ? (
        <Loading />
      ) : (
        <>
          {counter ? (
            <Workstation desk={desk} counter={counter} refresh={refresh} />
          ) : (
            <p class="kern-body">{t('counter.choose')}</p>
          )}
          <QueueAtAGlance desk={desk} />
          <QueueList desk={desk} counter={counter} refresh={refresh} />
        </>
      )}
    </>
  );
}

function useThrottledRefresh(run: () => void): () => void {
  const scheduled = useRef(false);
  const last = useRef(0);
  const latest = useRef(run);
  latest.current = run;
  return useMemo(
    () => () => {
      if (scheduled.current) return;
      scheduled.current = true;
      const wait = Math.max(0, last.current + REFRESH_INTERVAL_MS - Date.now());
      setTimeout(() => {
        scheduled.current = false;
        last.current = Date.now();
        latest.current();
      }, wait);
    },
    [],
  );
}

function ChooseCounter(props: {
  offices: Office[];
  office: Office;
  desk: Desk | undefined;
  counter: Counter | null;
}) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  return (
    <form
      class="plan__controls"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const office = String(data.get('office'));
        const counter = data.get('counter');
        route(
          paths.staffCounter({
            office,
            counter: office === props.office.id && counter ? String(counter) : undefined,
          }),
        );
      }}
    >
      <div class="kern-form-input">
        <label class="kern-label" for="counter-office">
          {t('plan.office')}
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id="counter-office" name="office" class="kern-form-input__select">
            {props.offices.map((office) => (
              <option key={office.id} value={office.id} selected={office.id === props.office.id}>
                {office.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.desk && (
        <div class="kern-form-input">
          <label class="kern-label" for="counter-counter">
            {t('counter.counter')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select id="counter-counter" name="counter" class="kern-form-input__select">
              {!props.counter && <option value="">{t('counter.none')}</option>}
              {props.desk.counters.map((counter) => (
                <option
                  key={counter.id}
                  value={counter.id}
                  selected={counter.id === props.counter?.id}
                >
                  {counter.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('counter.use')}</span>
      </button>
    </form>
  );
}

/** What a clerk's action answers: the problem to show, or null when it was done. */
type Outcome = { problem: string; field: string | null } | null;

function useActions(refresh: () => void) {
  const { t } = useStaffI18n();
  const [, open] = useMutation(OpenCounterMutation);
  const [, close] = useMutation(CloseCounterMutation);
  const [, callNext] = useMutation(CallNextTicketMutation);
  const [, call] = useMutation(CallTicketMutation);
  const [, recall] = useMutation(RecallTicketMutation);
  const [, noShow] = useMutation(MarkTicketNoShowMutation);
  const [, finish] = useMutation(FinishTicketMutation);
  const [, park] = useMutation(ParkTicketMutation);
  const [, transfer] = useMutation(TransferTicketMutation);

  async function outcome<T extends { userErrors: ActionError[] }>(
    answer: Promise<{ data?: Record<string, T> | undefined }>,
  ): Promise<Outcome> {
    const { data } = await answer;
    const payload = data && Object.values(data)[0];
    refresh();
    if (!payload) return { problem: t('counter.error.connection'), field: null };
    const error = payload.userErrors[0];
    if (!error) return null;
    return { problem: actionProblem(t, error), field: error.field?.at(-1) ?? null };
  }

  return {
    open: (counterId: string) => outcome(open({ input: { counterId } })),
    close: (counterId: string) => outcome(close({ input: { counterId } })),
    callNext: (counterId: string) => outcome(callNext({ input: { counterId } })),
    call: (ticketId: string, counterId: string) =>
      outcome(call({ input: { ticketId, counterId } })),
    recall: (ticketId: string) => outcome(recall({ input: { ticketId } })),
    noShow: (ticketId: string) => outcome(noShow({ input: { ticketId } })),
    finish: (ticketId: string) => outcome(finish({ input: { ticketId } })),
    park: (ticketId: string) => outcome(park({ input: { ticketId } })),
    transfer: (ticketId: string, serviceId: string | null, counterId: string | null) =>
      outcome(transfer({ input: { ticketId, serviceId, counterId } })),
  };
}

/** The clerk's own counter: open or closed, the ticket called to it, and what to do with it. */
function Workstation(props: { desk: Desk; counter: Counter; refresh: () => void }) {
  const { t, rich } = useStaffI18n();
  const { desk, counter } = props;
  const actions = useActions(props.refresh);
  const [problem, setProblem] = useState<Outcome>(null);
  const [news, setNews] = useState('');
  const busy = useRef(false);
  const open = desk.queueCounters.some(
    (queueCounter) => queueCounter.id === counter.id && queueCounter.open,
  );
  const current =
    desk.officeQueue.find(
      (ticket) => ticket.state === TicketState.CALLED && ticket.counterName === counter.name,
    ) ?? null;

  async function act(run: () => Promise<Outcome>, done: string) {
    if (busy.current) return;
    busy.current = true;
    const answer = await run();
    busy.current = false;
    setProblem(answer);
    if (!answer) setNews(done);
  }
  const callNext = () =>
    act(() => actions.callNext(counter.id), t('counter.news.called', { counter: counter.name }));
  const recall = (ticket: DeskTicket) =>
    act(() => actions.recall(ticket.id), t('counter.news.recalled', { number: ticket.number }));
  const finish = (ticket: DeskTicket) =>
    act(() => actions.finish(ticket.id), t('counter.news.done', { number: ticket.number }));

  // N, R and D for the most frequent actions; never while typing in a field or with modifiers.
  const keys = useRef({ callNext, recall, finish, current });
  keys.current = { callNext, recall, finish, current };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const { current: ticket } = keys.current;
      const key = event.key.toLowerCase();
      if (key === 'n' && !ticket) void keys.current.callNext();
      else if (key === 'r' && ticket) void keys.current.recall(ticket);
      else if (key === 'd' && ticket) void keys.current.finish(ticket);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section class="section counter-desk" aria-labelledby="desk-heading">
      <h2 id="desk-heading" class="kern-heading-medium">
        {t(open ? 'counter.open' : 'counter.closed', { counter: counter.name })}
      </h2>
      <p class="kern-sr-only" aria-live="polite">
        {news}
      </p>
      {problem && !problem.field && (
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{problem.problem}</p>
          </div>
        </div>
      )}
      {current ? (
        <CalledTicket
          desk={desk}
          ticket={current}
          problem={problem}
          act={act}
          actions={actions}
          recall={() => recall(current)}
          finish={() => finish(current)}
        />
      ) : (
        <div class="button-group">
          {open && (
            <button
              type="button"
              class="kern-btn kern-btn--primary"
              aria-keyshortcuts="N"
              onClick={() => void callNext()}
            >
              <span class="kern-label">{t('counter.callNext')}</span>
            </button>
          )}
          {open ? (
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() =>
                void act(
                  () => actions.close(counter.id),
                  t('counter.news.closed', { counter: counter.name }),
                )
              }
            >
              <span class="kern-label">{t('counter.close')}</span>
            </button>
          ) : (
            <button
              type="button"
              class="kern-btn kern-btn--primary"
              onClick={() =>
                void act(
                  () => actions.open(counter.id),
                  t('counter.news.opened', { counter: counter.name }),
                )
              }
            >
              <span class="kern-label">{t('counter.openAction')}</span>
            </button>
          )}
        </div>
      )}
      <h3 class="kern-heading-small">{t('counter.shortcuts.heading')}</h3>
      <ul class="counter-desk__shortcuts">
        {(
          ['counter.shortcut.next', 'counter.shortcut.recall', 'counter.shortcut.done'] as const
        ).map((key) => (
          <li key={key}>{rich(key, { kbd: (chunks) => <kbd>{chunks}</kbd> })}</li>
        ))}
      </ul>
    </section>
  );
}

function CalledTicket(props: {
  desk: Desk;
  ticket: DeskTicket;
  problem: Outcome;
  act: (run: () => Promise<Outcome>, done: string) => Promise<void>;
  actions: ReturnType<typeof useActions>;
  recall: () => void;
  finish: () => void;
}) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formats = createFormats(locale);
  const { ticket, actions, act } = props;
  const waited = minutesSince(ticket.createdAt, Date.parse(ticket.calledAt ?? ticket.createdAt));
  return (
    <div class="counter-desk__ticket">
      <p class="counter-desk__number">
        <span class="kern-sr-only">{t('counter.current')} </span>
        {ticket.number}
      </p>
      <dl class="counter-desk__facts">
        <div>
          <dt>{t('counter.column.service')}</dt>
          <dd>{ticket.service.name}</dd>
        </div>
        <div>
          <dt>{t('counter.kind')}</dt>
          <dd>
            {ticket.kind === TicketKind.APPOINTMENT
              ? t('counter.kind.appointment')
              : t('counter.kind.walkIn')}
          </dd>
        </div>
        <div>
          <dt>{t('counter.waited')}</dt>
          <dd>
            {t('counter.minutes', { minutes: waited })} ({formats.clock(ticket.createdAt)})
          </dd>
        </div>
        <div>
          <dt>{t('counter.recalls')}</dt>
          <dd>{t('counter.recallsValue', { recalls: ticket.recalls, max: MAX_RECALLS })}</dd>
        </div>
      </dl>
      {ticket.kind === TicketKind.APPOINTMENT && <AppointmentOfTicket ticketId={ticket.id} />}
      <div class="button-group">
        <button
          type="button"
          class="kern-btn kern-btn--primary"
          aria-keyshortcuts="D"
          onClick={props.finish}
        >
          <span class="kern-label">{t('counter.finish')}</span>
        </button>
        <button
          type="button"
          class="kern-btn kern-btn--secondary"
          aria-keyshortcuts="R"
          disabled={ticket.recalls >= MAX_RECALLS}
          onClick={props.recall}
        >
          <span class="kern-label">{t('counter.recall')}</span>
        </button>
        <button
          type="button"
          class="kern-btn kern-btn--secondary"
          onClick={() =>
            void act(
              () => actions.noShow(ticket.id),
              t('counter.news.noShow', { number: ticket.number }),
            )
          }
        >
          <span class="kern-label">{t('counter.noShow')}</span>
        </button>
        <button
          type="button"
          class="kern-btn kern-btn--secondary"
          onClick={() =>
            void act(
              () => actions.park(ticket.id),
              t('counter.news.parked', { number: ticket.number }),
            )
          }
        >
          <span class="kern-label">{t('counter.park')}</span>
        </button>
      </div>
      <TransferForm
        desk={props.desk}
        ticket={ticket}
        problem={props.problem}
        act={act}
        actions={actions}
      />
    </div>
  );
}

/** The booking behind an appointment ticket; reading it is logged for the citizen. */
function AppointmentOfTicket(props: { ticketId: string }) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formats = createFormats(locale);
  const [result] = useQuery({
    query: TicketAppointmentQuery,
    variables: { ticketId: props.ticketId, reason: AccessReason.HANDLING_APPOINTMENT },
    // Each time the booking is shown is a read for the citizen's log, as on the plan.
    requestPolicy: 'network-only',
  });
  const appointment = result.data?.ticketAppointment;
  return (
    <section class="counter-desk__appointment" aria-labelledby="appointment-heading">
      <h3 id="appointment-heading" class="kern-heading-small">
        {t('counter.appointment.heading')}
      </h3>
      <p class="kern-body">{t('counter.appointment.logNotice')}</p>
      {appointment ? (
        <dl class="counter-desk__facts">
          <div>
            <dt>{t('plan.column.citizen')}</dt>
            <dd>{appointment.name}</dd>
          </div>
          <div>
            <dt>{t('counter.appointment.contact')}</dt>
            <dd>
              <a class="kern-link" href={`mailto:${appointment.email}`}>
                <bdi>{appointment.email}</bdi>
              </a>
              {appointment.phone && (
                <>
                  <br />
                  <bdi>{appointment.phone}</bdi>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('plan.column.code')}</dt>
            <dd>
              <bdi>{appointment.code}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('plan.column.time')}</dt>
            <dd>
              {t('plan.time', {
                from: formats.clock(appointment.startsAt),
                to: formats.clock(appointment.endsAt),
              })}
            </dd>
          </div>
        </dl>
      ) : result.fetching ? (
        <Loading />
      ) : null}
    </section>
  );
}

function TransferForm(props: {
  desk: Desk;
  ticket: DeskTicket;
  problem: Outcome;
  act: (run: () => Promise<Outcome>, done: string) => Promise<void>;
  actions: ReturnType<typeof useActions>;
}) {
  const { t } = useStaffI18n();
  const { actions } = props;
  const services = useMemo(() => {
    const byId = new Map<string, string>();
    for (const counter of props.desk.counters) {
      for (const service of counter.services) byId.set(service.id, service.name);
    }
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [props.desk]);
  const fieldProblem = (field: string) =>
    props.problem?.field === field ? props.problem.problem : undefined;
  const serviceProblem = fieldProblem('serviceId');
  const counterProblem = fieldProblem('counterId');
  return (
    <form
      class="counter-desk__transfer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const serviceId = String(data.get('service') ?? '') || null;
        const counterId = String(data.get('counter') ?? '') || null;
        void props.act(
          () => actions.transfer(props.ticket.id, serviceId, counterId),
          t('counter.news.transferred', { number: props.ticket.number }),
        );
      }}
    >
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('counter.transfer.heading')}</legend>
        <div class={`kern-form-input${serviceProblem ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="transfer-service">
            {t('counter.transfer.service')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select
              id="transfer-service"
              name="service"
              class="kern-form-input__select"
              aria-invalid={serviceProblem ? 'true' : undefined}
              aria-describedby={serviceProblem ? 'transfer-service-error' : undefined}
            >
              <option value="">{t('counter.transfer.sameService')}</option>
              {services.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          {serviceProblem && (
            <ErrorMessage id="transfer-service-error">{serviceProblem}</ErrorMessage>
          )}
        </div>
        <div class={`kern-form-input${counterProblem ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="transfer-counter">
            {t('counter.transfer.counter')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select
              id="transfer-counter"
              name="counter"
              class="kern-form-input__select"
              aria-invalid={counterProblem ? 'true' : undefined}
              aria-describedby={counterProblem ? 'transfer-counter-error' : undefined}
            >
              <option value="">{t('counter.transfer.anyCounter')}</option>
              {props.desk.counters.map((counter) => (
                <option key={counter.id} value={counter.id}>
                  {counter.name}
                </option>
              ))}
            </select>
          </div>
          {counterProblem && (
            <ErrorMessage id="transfer-counter-error">{counterProblem}</ErrorMessage>
          )}
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('counter.transfer.submit')}</span>
        </button>
      </fieldset>
    </form>
  );
}

/** Waiting per service, the longest wait and the open counters, as the queue is now. */
function QueueAtAGlance(props: { desk: Desk }) {
  const { t } = useStaffI18n();
  const now = Date.now();
  const waiting = props.desk.officeQueue.filter((ticket) => ticket.state === TicketState.WAITING);
  const perService = new Map<string, { name: string; count: number }>();
  for (const ticket of waiting) {
    const entry = perService.get(ticket.service.id) ?? { name: ticket.service.name, count: 0 };
    entry.count += 1;
    perService.set(ticket.service.id, entry);
  }
  const longest = waiting.reduce(
    (most, ticket) => Math.max(most, minutesSince(ticket.createdAt, now)),
    0,
  );
  const open = props.desk.queueCounters.filter((counter) => counter.open);
  return (
    <section class="section" aria-labelledby="glance-heading">
      <h2 id="glance-heading" class="kern-heading-medium">
        {t('counter.glance.heading')}
      </h2>
      <dl class="counter-glance">
        <div class="counter-glance__item">
          <dt>{t('counter.glance.waiting')}</dt>
          <dd>{waiting.length}</dd>
        </div>
        <div class="counter-glance__item">
          <dt>{t('counter.glance.longest')}</dt>
          <dd>{waiting.length ? t('counter.minutes', { minutes: longest }) : '–'}</dd>
        </div>
        <div class="counter-glance__item">
          <dt>{t('counter.glance.open')}</dt>
          <dd>{open.length ? open.map((counter) => counter.name).join(', ') : '–'}</dd>
        </div>
      </dl>
      {perService.size > 0 && (
        <ul class="kern-list kern-list--bullet">
          {[...perService.values()].map((entry) => (
            <li key={entry.name}>
              {t('counter.glance.perService', { service: entry.name, count: entry.count })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The office's open tickets: called, waiting in line order, parked; any can be called here. */
function QueueList(props: { desk: Desk; counter: Counter | null; refresh: () => void }) {
  const { t } = useStaffI18n();
  const actions = useActions(props.refresh);
  const [problem, setProblem] = useState<string | null>(null);
  const now = Date.now();
  const { counter } = props;
  const stateLabel = (ticket: DeskTicket) =>
    ticket.state === TicketState.CALLED
      ? t('counter.state.called', { counter: ticket.counterName ?? '' })
      : ticket.state === TicketState.PARKED
        ? t('counter.state.parked')
        : t('counter.state.waiting', { position: ticket.position ?? '' });
  return (
    <section class="section" aria-labelledby="queue-heading">
      <h2 id="queue-heading" class="kern-heading-medium">
        {t('counter.queue.heading')}
      </h2>
      {problem && (
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{problem}</p>
          </div>
        </div>
      )}
      {props.desk.officeQueue.length === 0 ? (
        <p class="kern-body">{t('counter.queue.empty')}</p>
      ) : (
        <div class="kern-table-responsive" tabIndex={0} aria-labelledby="queue-heading">
          <table class="kern-table kern-table--small">
            <caption class="kern-sr-only">{t('counter.queue.heading')}</caption>
            <thead class="kern-table__header">
              <tr>
                <th scope="col" class="kern-table__cell">
                  {t('counter.column.number')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('counter.column.service')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('counter.column.state')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('counter.column.waiting')}
                </th>
                <th scope="col" class="kern-table__cell">
                  {t('counter.column.action')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.desk.officeQueue.map((ticket) => (
                <tr key={ticket.id}>
                  <th scope="row" class="kern-table__cell">
                    {ticket.number}
                  </th>
                  <td class="kern-table__cell">{ticket.service.name}</td>
                  <td class="kern-table__cell">{stateLabel(ticket)}</td>
                  <td class="kern-table__cell">
                    {t('counter.minutes', { minutes: minutesSince(ticket.createdAt, now) })}
                  </td>
                  <td class="kern-table__cell">
                    {counter && ticket.state !== TicketState.CALLED && (
                      <button
                        type="button"
                        class="kern-btn kern-btn--tertiary"
                        onClick={async () => {
                          const outcome = await actions.call(ticket.id, counter.id);
                          setProblem(outcome?.problem ?? null);
                        }}
                      >
                        <span class="kern-label">
                          {t('counter.callThis', { number: ticket.number })}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
