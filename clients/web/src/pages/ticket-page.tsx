import { useQuery, useSubscription } from '@urql/preact';
import { useEffect, useRef } from 'preact/hooks';
import { useApiTextLang } from '../components/api-text';
import { PageHeading } from '../components/page-heading';
import { LoadFailed, Loading } from '../components/status';
import { TicketKind, TicketState, type TicketDetailsFragment as Ticket } from '../gql/graphql';
import { MyTicketSubscription, TicketQuery } from '../graphql/queue';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { onReconnect } from '../lib/live';
import { alertCalled } from '../lib/ticket-alert';
import { NotFoundPage } from './not-found-page';

/** The heading and document title of each state: a background tab's title tells the news. */
function useTicketTitle(ticket: Ticket): string {
  const { t } = useI18n();
  switch (ticket.state) {
    case TicketState.CALLED:
      return t('ticket.called.title', { number: ticket.number, counter: ticket.counterName ?? '' });
    case TicketState.DONE:
      return t('ticket.done.title', { number: ticket.number });
    case TicketState.NO_SHOW:
      return t('ticket.noShow.title', { number: ticket.number });
    case TicketState.EXPIRED:
      return t('ticket.expired.title', { number: ticket.number });
    case TicketState.PARKED:
      return t('ticket.parked.title', { number: ticket.number });
    case TicketState.WAITING:
      return t('ticket.waiting.title', { number: ticket.number });
  }
}

function TicketStatus(props: { ticket: Ticket }) {
  const { t } = useI18n();
  const { ticket } = props;
  switch (ticket.state) {
    case TicketState.WAITING:
      return (
        <>
          <p class="ticket__status">
            {ticket.position === 1
              ? t('ticket.waiting.next')
              : t('ticket.waiting.position', { position: ticket.position ?? '' })}
          </p>
          {ticket.estimatedWaitMinutes !== null && ticket.estimatedWaitMinutes !== undefined && (
            <p class="kern-body">
              {t('ticket.waiting.estimate', { minutes: ticket.estimatedWaitMinutes })}
            </p>
          )}
          <p class="kern-body">{t('ticket.waiting.hint')}</p>
        </>
      );
    case TicketState.CALLED:
      return (
        <div class="ticket__call" role="alert">
          <p class="ticket__call-text">
            {t('ticket.called.text', { counter: ticket.counterName ?? '' })}
          </p>
          {ticket.recalls > 0 && <p class="kern-body">{t('ticket.called.again')}</p>}
        </div>
      );
    case TicketState.PARKED:
      return <p class="kern-body">{t('ticket.parked.text')}</p>;
    case TicketState.DONE:
      return <p class="kern-body">{t('ticket.done.text')}</p>;
    case TicketState.NO_SHOW:
      return <p class="kern-body">{t('ticket.noShow.text')}</p>;
    case TicketState.EXPIRED:
      return <p class="kern-body">{t('ticket.expired.text')}</p>;
  }
}

function TicketView(props: { ticket: Ticket }) {
  const { t } = useI18n();
  const textLang = useApiTextLang();
  const { ticket } = props;
  const title = useTicketTitle(ticket);
  // Vibrate and chime when the number is called, and again when it is called once more; not
  // for the first frame (a reload of a page that shows the call already).
  const lastCall = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const call =
      ticket.state === TicketState.CALLED ? `${ticket.calledAt}/${ticket.recalls}` : null;
    if (lastCall.current !== undefined && call && call !== lastCall.current) alertCalled();
    lastCall.current = call;
  }, [ticket.state, ticket.calledAt, ticket.recalls]);

  return (
    <div class={`ticket ticket--${ticket.state.toLowerCase()}`}>
      <PageHeading title={title}>{t('ticket.heading')}</PageHeading>
      <p class="ticket__number">
        <bdi>{ticket.number}</bdi>
      </p>
      <div aria-live="polite">
        <TicketStatus ticket={ticket} />
      </div>
      <dl class="summary-list summary-list--plain">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('ticket.service')}</dt>
          <dd class="summary-list__value" lang={textLang}>
            {ticket.service.name}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('ticket.office')}</dt>
          <dd class="summary-list__value" lang={textLang}>
            {ticket.office.name}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('ticket.kind')}</dt>
          <dd class="summary-list__value">
            {ticket.kind === TicketKind.APPOINTMENT
              ? t('ticket.kind.appointment')
              : t('ticket.kind.walkIn')}
          </dd>
        </div>
      </dl>
      {(ticket.state === TicketState.WAITING || ticket.state === TicketState.PARKED) && (
        <p class="kern-body">{t('ticket.live')}</p>
      )}
    </div>
  );
}

/**
 * A ticket of the lobby queue on the citizen's phone (the kiosk's QR code leads here): the
 * number, the place in line and the estimated wait, live; "please go to Schalter 3" when called.
 * Whoever holds the ticket's ID follows it; there is nothing personal to show.
 */
export function TicketPage(props: { ticketId: string }) {
  const [result, refetch] = useQuery({
    query: TicketQuery,
    variables: { ticketId: props.ticketId },
    requestPolicy: 'network-only',
  });
  const [live] = useSubscription(
    { query: MyTicketSubscription, variables: { ticketId: props.ticketId } },
    (_previous, data) => data,
  );
  // The service's and office's names follow the language of the request.
  useOnLanguageChange(() => refetch({ requestPolicy: 'network-only' }));
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);

  if (result.error && !result.data) {
    // A malformed ID is refused by the API as an argument error: no such ticket either.
    if (result.error.graphQLErrors.length > 0) return <NotFoundPage />;
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  if (!result.data.ticket) return <NotFoundPage />;
  // Each live frame is the ticket as it is now; the query's answer only until the first arrives.
  return <TicketView ticket={live.data?.myTicket ?? result.data.ticket} />;
}
