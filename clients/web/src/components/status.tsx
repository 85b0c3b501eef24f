import { useI18n } from '../i18n/i18n';

/** Shown while a page's data loads; announced politely, never stealing focus. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div class="loading" role="status">
      <span class="kern-loader kern-loader--visible" aria-hidden="true" />
      <span class="kern-body">{t('status.loading')}</span>
    </div>
  );
}

/** A page whose data could not be fetched: say so plainly and offer to try again. */
export function LoadFailed(props: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <div class="kern-alert kern-alert--danger" role="alert">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title">{t('status.loadFailed.title')}</h2>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('status.loadFailed.text')}</p>
        <p>
          <button type="button" class="kern-btn kern-btn--secondary" onClick={props.retry}>
            <span class="kern-label">{t('status.retry')}</span>
          </button>
        </p>
      </div>
    </div>
  );
}
