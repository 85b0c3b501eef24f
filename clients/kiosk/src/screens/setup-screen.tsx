import { useClient } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '@rathaus/client-shared/languages';
import { ThisKioskQuery } from '../graphql/kiosk';
import { useI18n } from '../i18n/i18n';
import { authorization, tokenRefused } from '../lib/api';
import type { KioskSetup } from '../lib/kiosk-setup';
import { useDocumentTitle } from '../lib/document-title';
import { BASE } from '../routes';

type Problem = 'refused' | 'unreachable' | 'empty' | null;

/**
 * Set-up by an admin, once per kiosk: the device token (from `issue-kiosk-token`), typed in or
 * brought by the set-up link's fragment (`/kiosk/setup#token=…`), is checked against the API,
 * which answers with the kiosk's office; then the kiosk keeps both.
 */
export function SetupScreen(props: {
  token: string | null;
  revoked: boolean;
  onReady: (setup: KioskSetup) => void;
}) {
  const { t, lang } = useI18n();
  const client = useClient();
  const [token, setToken] = useState(props.token ?? '');
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('setup.title'));

  async function check(candidate: string) {
    const trimmed = candidate.trim();
    if (trimmed === '') {
      setProblem('empty');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const result = await client
      .query(
        ThisKioskQuery,
        {},
        {
          requestPolicy: 'network-only',
          fetchOptions: {
            headers: {
              'accept-language': LANGUAGES[lang].acceptLanguage,
              ...authorization(trimmed),
            },
          },
        },
      )
      .toPromise();
    setBusy(false);
    const kiosk = result.data?.kiosk;
    if (kiosk) {
      const { id, name, slug } = kiosk.office;
      props.onReady({ token: trimmed, office: { id, name, slug } });
      return;
    }
    setProblem(tokenRefused(result.error) || result.data ? 'refused' : 'unreachable');
    field.current?.focus();
  }

  useEffect(() => {
    if (!props.token) return;
    // The token leaves the address bar (and the history) at once; only storage keeps it.
    history.replaceState(null, '', `${BASE}/setup`);
    void check(props.token);
  }, []);

  return (
    <main class="kiosk-screen kiosk-screen--plain" id="main">
      <h1 class="kern-heading-large">{t('setup.title')}</h1>
      {props.revoked && (
        <div class="kern-alert kern-alert--warning" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{t('setup.revoked')}</p>
          </div>
        </div>
      )}
      <p class="kern-body kern-body--large">{t('setup.intro')}</p>
      <form
        class="setup-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void check(token);
        }}
      >
        <div class={`kern-form-input${problem ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="kiosk-token">
            {t('setup.token')}
          </label>
          <input
            ref={field}
            id="kiosk-token"
            class={`kern-form-input__input${problem ? ' kern-form-input__input--error' : ''}`}
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={token}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'kiosk-token-error' : undefined}
            onInput={(event) => setToken(event.currentTarget.value)}
          />
          {problem && (
            <p class="kern-error" id="kiosk-token-error" role="alert">
              <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
              <span class="kern-body">{t(`setup.problem.${problem}`)}</span>
            </p>
          )}
        </div>
        <button type="submit" class="kern-btn kern-btn--primary kiosk-button" disabled={busy}>
          <span class="kern-label">{t('setup.submit')}</span>
        </button>
      </form>
    </main>
  );
}
