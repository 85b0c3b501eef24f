import { Provider as ApiProvider } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { BoardPage } from './board/board-page';
import { I18nProvider, useI18n, type Translator } from './i18n/i18n';
import { createKioskClient } from './lib/api';
import { forgetSetup, keepSetup, storedSetup, type KioskSetup } from './lib/kiosk-setup';
import { BASE, pageOf } from './routes';
import { KioskPage } from './screens/kiosk-page';
import { SetupScreen } from './screens/setup-screen';
import { useDocumentTitle } from './lib/document-title';

function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <main class="kiosk-screen kiosk-screen--plain" id="main">
      <h1 class="kern-heading-large">{t('notFound.title')}</h1>
      <p class="kern-body kern-body--large">{t('notFound.text')}</p>
      <a class="kern-btn kern-btn--primary kiosk-button" href={`${BASE}/`}>
        <span class="kern-label">{t('notFound.link')}</span>
      </a>
    </main>
  );
}

/**
 * The kiosk's pages: the kiosk (or its set-up while it has no valid token) and the call display.
 * No router: the kiosk's steps are state, never addresses, so nothing a citizen did stays in
 * the browser's history.
 */
export function App(props: { translator: Translator }) {
  const client = useMemo(createKioskClient, []);
  const [page, setPage] = useState(() => pageOf(location.pathname, location.hash));
  const [setup, setSetup] = useState<KioskSetup | null>(() =>
    page.name === 'board' ? null : storedSetup(),
  );

  function ready(next: KioskSetup) {
    keepSetup(next);
    setSetup(next);
    history.replaceState(null, '', `${BASE}/`);
    setPage({ name: 'kiosk' });
  }

  // A revoked token says so on the set-up screen that comes back.
  const [wasRevoked, setWasRevoked] = useState(false);
  function revoked() {
    forgetSetup();
    setSetup(null);
    setWasRevoked(true);
  }

  let content;
  if (page.name === 'board') content = <BoardPage officeSlug={page.officeSlug} />;
  else if (page.name === 'notFound') content = <NotFound />;
  else if (page.name === 'setup' || !setup) {
    content = (
      <SetupScreen
        token={page.name === 'setup' ? page.token : null}
        revoked={wasRevoked}
        onReady={ready}
      />
    );
  } else content = <KioskPage setup={setup} onRevoked={revoked} />;

  return (
    <ApiProvider value={client}>
      <I18nProvider initial={props.translator}>{content}</I18nProvider>
    </ApiProvider>
  );
}
