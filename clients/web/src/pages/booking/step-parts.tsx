import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../../i18n/i18n';

/** Replaces the address (no history entry), e.g. when a step's earlier answers are missing. */
export function Redirect(props: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(props.to, true), [props.to]);
  return null;
}

export function ContinueButton(props: { label?: string; busy?: boolean }) {
  const { t } = useI18n();
  return (
    <div class="form-actions">
      <button
        type="submit"
        class="kern-btn kern-btn--primary"
        aria-disabled={props.busy ? 'true' : undefined}
      >
        <span class="kern-label">{props.label ?? t('form.continue')}</span>
      </button>
    </div>
  );
}
