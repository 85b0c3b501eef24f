import { useMutation } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DrawTicketErrorCode } from '../gql/graphql';
import { DrawTicketMutation } from '../graphql/queue';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';

type Office = { id: string; name: string };

/**
 * "Draw a number online": a walk-in ticket for the service at one of its offices, for a signed-in
 * citizen while the office is open; leads to the ticket's page, or says why not.
 */
export function DrawTicket(props: { serviceId: string; offices: Office[] }) {
  const { t } = useI18n();
  const { url, route } = useLocation();
  const { session } = useSession();
  const [, draw] = useMutation(DrawTicketMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);

  async function drawAt(office: Office) {
    if (busy.current) return;
    busy.current = true;
    const answer = await draw({ input: { officeId: office.id, serviceId: props.serviceId } });
    busy.current = false;
    const payload = answer.data?.drawTicket;
    if (!payload) {
      setProblem(t('errors.connection'));
      return;
    }
    if (payload.ticket) {
      route(paths.ticket(payload.ticket.id));
      return;
    }
    const error = payload.userErrors[0];
    if (!error) return;
    switch (error.code) {
      case DrawTicketErrorCode.OFFICE_CLOSED:
      case DrawTicketErrorCode.NOT_OFFERED:
        setProblem(t(`drawTicket.error.${error.code}`, { office: office.name }));
        return;
      default:
        // The API's own words: when to try again (RATE_LIMITED), or what else went wrong.
        setProblem(error.message);
    }
  }

  return (
    <section class="section" aria-labelledby="draw-ticket-heading">
      <h2 class="kern-heading-medium" id="draw-ticket-heading">
        {t('drawTicket.heading')}
      </h2>
      <p class="kern-body">{t('drawTicket.intro')}</p>
      {problem && (
        <div class="kern-alert kern-alert--warning" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{problem}</p>
          </div>
        </div>
      )}
      {session.status === 'signedIn' ? (
        <ul class="action-list">
          {props.offices.map((office) => (
            <li key={office.id}>
              <button
                type="button"
                class="kern-btn kern-btn--secondary"
                onClick={() => void drawAt(office)}
              >
                <span class="kern-label">{t('drawTicket.button', { office: office.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">
          <a class="kern-link" href={paths.signIn(url)}>
            {t('drawTicket.signIn')}
          </a>
        </p>
      )}
    </section>
  );
}
