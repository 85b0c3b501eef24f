import { useI18n } from '../../i18n/i18n';

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
