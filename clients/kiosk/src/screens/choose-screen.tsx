import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from '../lib/document-title';
import { useHeadingFocus } from '../lib/heading-focus';

/** "I have an appointment" or "I need a number". */
export function ChooseScreen(props: { onAppointment: () => void; onWalkIn: () => void }) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  useDocumentTitle(t('choose.title'));
  return (
    <>
      <h1 class="kern-heading-x-large" ref={heading} tabIndex={-1}>
        {t('choose.title')}
      </h1>
      <ul class="kiosk-choices">
        <li>
          <button
            type="button"
            class="kiosk-choice kiosk-choice--large"
            onClick={props.onAppointment}
          >
            <span class="kiosk-choice__title">{t('choose.appointment')}</span>
            <span class="kiosk-choice__hint">{t('choose.appointment.hint')}</span>
          </button>
        </li>
        <li>
          <button type="button" class="kiosk-choice kiosk-choice--large" onClick={props.onWalkIn}>
            <span class="kiosk-choice__title">{t('choose.walkIn')}</span>
            <span class="kiosk-choice__hint">{t('choose.walkIn.hint')}</span>
          </button>
        </li>
      </ul>
    </>
  );
}
