import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/** "Are you still there?", with the seconds left and a button to go on. */
export function IdleWarning(props: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <div class="idle-warning__backdrop">
      <div
        class="idle-warning"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-warning-title"
        aria-describedby="idle-warning-text"
      >
        <h2 class="kern-heading-large" id="idle-warning-title">
          {t('idle.title')}
        </h2>
        <p class="kern-body kern-body--large" id="idle-warning-text">
          {t('idle.text', { seconds: props.secondsLeft })}
        </p>
        <button
          type="button"
          ref={button}
          class="kern-btn kern-btn--primary kiosk-button"
          onClick={props.onContinue}
        >
          <span class="kern-label">{t('idle.continue')}</span>
        </button>
      </div>
    </div>
  );
}
