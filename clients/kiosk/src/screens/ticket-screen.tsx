import { useEffect } from 'preact/hooks';
import { QrCode } from '@rathaus/client-shared/qr-code';
import { foreignLang, LANGUAGES } from '@rathaus/client-shared/languages';
import type { KioskTicketFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from '../lib/document-title';
import { useHeadingFocus } from '../lib/heading-focus';

export type KioskTicket = KioskTicketFragment;

/**
 * The address of the ticket's live page in the web client, which a phone opens from the slip's
 * QR code: the ticket's ID is the proof of holding it, nothing else is in it.
 */
export function ticketUrl(ticketId: string): string {
  return `${location.origin}/tickets/${encodeURIComponent(ticketId)}`;
}

/**
 * The ticket, on screen and as an 80 mm slip (the print view shows the slip only): the number,
 * the matter, the place in line, and the QR code of the ticket's page for the phone.
 */
export function TicketScreen(props: {
  ticket: KioskTicket;
  officeName: string;
  onDone: () => void;
}) {
  const { t, lang, locale } = useI18n();
  const heading = useHeadingFocus();
  const { ticket } = props;
  const url = ticketUrl(ticket.id);
  const checkedIn = ticket.kind === 'APPOINTMENT';
  const title = checkedIn ? t('ticket.checkedIn.title') : t('ticket.walkIn.title');
  useDocumentTitle(title);
  const printedAt = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date());

  // Print once at once: a kiosk browser started with --kiosk-printing prints the slip without a
  // dialog; elsewhere the browser's print dialog opens, and the button prints again.
  useEffect(() => {
    window.print();
  }, []);

  return (
    <>
      <h1 class="kern-heading-x-large" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <section class="slip" aria-label={t('ticket.slip')}>
        <p class="slip__office">{props.officeName}</p>
        <p class="slip__label">{t('ticket.number')}</p>
        <p class="slip__number" dir="ltr">
          {ticket.number}
        </p>
        <p class="slip__service" lang={foreignLang(lang, LANGUAGES[lang].api)}>
          {ticket.service.name}
        </p>
        {ticket.position !== null && ticket.position !== undefined && (
          <p class="slip__wait">
            {t('ticket.position', { position: ticket.position })}
            {ticket.estimatedWaitMinutes !== null && ticket.estimatedWaitMinutes !== undefined && (
              <> {t('ticket.wait', { minutes: ticket.estimatedWaitMinutes })}</>
            )}
          </p>
        )}
        <p class="slip__watch">{t('ticket.watchDisplay')}</p>
        <div class="slip__qr">
          <QrCode text={url} label={t('ticket.qr')} size={160} />
        </div>
        <p class="slip__phone">{t('ticket.phone')}</p>
        <p class="slip__url" dir="ltr">
          {url}
        </p>
        <p class="slip__time">{printedAt}</p>
      </section>
      <div class="kiosk-actions">
        <button
          type="button"
          class="kern-btn kern-btn--secondary kiosk-button"
          onClick={() => window.print()}
        >
          <span class="kern-label">{t('ticket.print')}</span>
        </button>
        <button
          type="button"
          class="kern-btn kern-btn--primary kiosk-button"
          onClick={props.onDone}
        >
          <span class="kern-label">{t('ticket.done')}</span>
        </button>
      </div>
    </>
  );
}
