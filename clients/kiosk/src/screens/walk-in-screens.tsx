import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { foreignLang, LANGUAGES } from '@rathaus/client-shared/languages';
import { DrawTicketMutation, KioskCategoriesQuery, KioskServicesQuery } from '../graphql/kiosk';
import { DrawTicketErrorCode } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { tokenRefused } from '../lib/api';
import { useDocumentTitle } from '../lib/document-title';
import { useHeadingFocus } from '../lib/heading-focus';
import type { KioskTicket } from './ticket-screen';

const ERROR_MESSAGES: Record<DrawTicketErrorCode, MessageKey> = {
  [DrawTicketErrorCode.INVALID_INPUT]: 'walkIn.error.NOT_OFFERED',
  [DrawTicketErrorCode.NOT_FOUND]: 'walkIn.error.NOT_OFFERED',
  [DrawTicketErrorCode.WRONG_OFFICE]: 'walkIn.error.NOT_OFFERED',
  [DrawTicketErrorCode.NOT_OFFERED]: 'walkIn.error.NOT_OFFERED',
  [DrawTicketErrorCode.OFFICE_CLOSED]: 'walkIn.error.OFFICE_CLOSED',
  [DrawTicketErrorCode.RATE_LIMITED]: 'walkIn.error.RATE_LIMITED',
};

type Service = { id: string; name: string; documents: string[]; category: { id: string } | null };

function ScreenHeading(props: { text: string }) {
  const heading = useHeadingFocus();
  useDocumentTitle(props.text);
  return (
    <h1 class="kern-heading-x-large" ref={heading} tabIndex={-1}>
      {props.text}
    </h1>
  );
}

/**
 * "I need a number": the matters this office serves, grouped by the catalogue's categories; a
 * matter's papers to bring; then the ticket.
 */
export function WalkInScreens(props: {
  officeId: string;
  onBack: () => void;
  onTicket: (ticket: KioskTicket) => void;
  onRevoked: () => void;
}) {
  const { t, lang } = useI18n();
  const api = LANGUAGES[lang].api;
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [categories] = useQuery({ query: KioskCategoriesQuery, variables: { lang: api } });
  const [services] = useQuery({
    query: KioskServicesQuery,
    variables: { officeId: props.officeId, lang: api },
  });
  const [{ fetching }, draw] = useMutation(DrawTicketMutation);
  const textLang = foreignLang(lang, api);

  const refused = tokenRefused(services.error) || tokenRefused(categories.error);
  useEffect(() => {
    if (refused) props.onRevoked();
  }, [refused]);
  const offered: Service[] = (services.data?.services.edges ?? []).map(({ node }) => node);
  const groups = (categories.data?.categories ?? [])
    .map((category) => ({
      ...category,
      services: offered.filter((service) => service.category?.id === category.id),
    }))
    .filter((group) => group.services.length > 0);
  const loading = !services.data || !categories.data;

  if (loading) {
    return (
      <>
        <ScreenHeading key="loading" text={t('walkIn.title')} />
        <p class="kern-body kern-body--large" role="status">
          {services.error || categories.error ? t('error.unexpected') : t('loading')}
        </p>
      </>
    );
  }

  const service = offered.find((candidate) => candidate.id === serviceId);
  if (service) {
    async function confirm() {
      if (fetching || !service) return;
      const result = await draw({ input: { officeId: props.officeId, serviceId: service.id } });
      const ticket = result.data?.drawTicket.ticket;
      if (ticket) {
        props.onTicket(ticket);
        return;
      }
      if (tokenRefused(result.error)) {
        props.onRevoked();
        return;
      }
      const refusal = result.data?.drawTicket.userErrors[0];
      setError(refusal ? ERROR_MESSAGES[refusal.code] : 'error.unexpected');
    }
    return (
      <>
        <ScreenHeading key="confirm" text={t('walkIn.confirm.title')} />
        <p class="kiosk-service-name" lang={textLang}>
          {service.name}
        </p>
        <h2 class="kern-heading-medium">{t('walkIn.documents')}</h2>
        {service.documents.length > 0 ? (
          <ul class="kiosk-documents" lang={textLang}>
            {service.documents.map((document) => (
              <li key={document} class="kern-body kern-body--large">
                {document}
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body kern-body--large">{t('walkIn.documents.none')}</p>
        )}
        <div role="alert">
          {error && (
            <p class="kern-error">
              <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
              <span class="kern-body kern-body--large">{t(error)}</span>
            </p>
          )}
        </div>
        <div class="kiosk-actions">
          <button
            type="button"
            class="kern-btn kern-btn--secondary kiosk-button"
            onClick={() => {
              setError(null);
              setServiceId(null);
            }}
          >
            <span class="kern-label">{t('nav.back')}</span>
          </button>
          <button
            type="button"
            class="kern-btn kern-btn--primary kiosk-button"
            disabled={fetching}
            onClick={() => void confirm()}
          >
            <span class="kern-label">{t('walkIn.confirm')}</span>
          </button>
        </div>
      </>
    );
  }

  const group = groups.find((candidate) => candidate.id === categoryId);
  if (group) {
    return (
      <>
        <ScreenHeading key="services" text={t('walkIn.services.title')} />
        <p class="kern-body kern-body--large" lang={textLang}>
          {group.name}
        </p>
        <ul class="kiosk-choices kiosk-choices--list">
          {group.services.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                class="kiosk-choice"
                lang={textLang}
                onClick={() => setServiceId(candidate.id)}
              >
                {candidate.name}
              </button>
            </li>
          ))}
        </ul>
        <div class="kiosk-actions">
          <button
            type="button"
            class="kern-btn kern-btn--secondary kiosk-button"
            onClick={() => setCategoryId(null)}
          >
            <span class="kern-label">{t('nav.back')}</span>
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <ScreenHeading key="categories" text={t('walkIn.title')} />
      {groups.length === 0 && <p class="kern-body kern-body--large">{t('walkIn.none')}</p>}
      <ul class="kiosk-choices kiosk-choices--list">
        {groups.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              class="kiosk-choice"
              lang={textLang}
              onClick={() => setCategoryId(candidate.id)}
            >
              {candidate.name}
            </button>
          </li>
        ))}
      </ul>
      <div class="kiosk-actions">
        <button
          type="button"
          class="kern-btn kern-btn--secondary kiosk-button"
          onClick={props.onBack}
        >
          <span class="kern-label">{t('nav.back')}</span>
        </button>
      </div>
    </>
  );
}
