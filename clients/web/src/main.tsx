import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { render } from 'preact';
import { App } from './app';
import { createTranslator, loadCatalogue } from './i18n/i18n';
import { applyLangToDocument, initialLang } from './i18n/languages';

const lang = initialLang();
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

// Installable, and opens offline with the offline page (pwa/service-worker.js, built as /sw.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // Without it the client works as before; only installing and the offline page are lost.
      console.warn('The service worker could not be registered', error);
    });
  });
}
