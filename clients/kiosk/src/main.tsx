import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts.css';
import './styles/kiosk.css';
import { render } from 'preact';
import { applyLangToDocument, isLang, type Lang } from '@rathaus/client-shared/languages';
import { App } from './app';
import { createTranslator, loadCatalogue } from './i18n/i18n';

// The kiosk starts in German, the town's official language; the call display may be set to
// another one by its address (`?lang=en`), as it has no one to choose.
const asked = new URLSearchParams(location.search).get('lang');
const lang: Lang = isLang(asked) ? asked : 'de';
applyLangToDocument(lang);
loadCatalogue(lang).then(
  (messages) => {
    render(
      <App translator={createTranslator(lang, messages)} />,
      document.getElementById('app') as HTMLElement,
    );
  },
  () => {
    // Without its texts the page cannot say anything; index.html has a bilingual message.
    document.getElementById('load-error')?.removeAttribute('hidden');
  },
);
