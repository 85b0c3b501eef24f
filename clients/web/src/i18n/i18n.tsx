import { useEffect, useState } from 'preact/hooks';
import {
  createI18n,
  createTranslator as translatorOf,
  type Catalogue,
  type MessageValues,
  type Translator as SharedTranslator,
} from '@rathaus/client-shared/i18n';
import type { Lang } from '@rathaus/client-shared/languages';
import type de from './de.json';
import { rememberLang } from './languages';

// The runtime is shared with the kiosk (clients/shared); this module binds it to the web
// client's catalogues, and remembers the citizen's choice for the next visit.

/** The German catalogue is the reference: every key exists there first. */
export type Messages = typeof de;
export type MessageKey = keyof Messages;
export type { MessageValues };
export type Translator = SharedTranslator<Messages>;

export const {
  loadCatalogue,
  createTranslator,
  activeLang,
  I18nProvider,
  useI18n,
  useOnLanguageChange,
} = createI18n<Messages>({
  // Each catalogue is a chunk of its own: a citizen downloads only the language they read.
  catalogues: {
    de: () => import('./de.json').then((module) => module.default),
    en: () => import('./en.json').then((module) => module.default satisfies Messages),
    uk: () => import('./uk.json').then((module) => module.default satisfies Messages),
    tr: () => import('./tr.json').then((module) => module.default satisfies Messages),
    ar: () => import('./ar.json').then((module) => module.default satisfies Messages),
  },
  onChange: rememberLang,
});

/**
 * The texts of a page few citizens open (a link in an e-mail, the developers' pages), in
 * catalogues of its own under src/i18n/pages/: a chunk per language that only that page loads,
 * so they add nothing to what the start page loads (its budget: scripts/report-size.mjs). A
 * language the page has no catalogue for reads English (the translator's `lang` says so). The
 * hook answers null while the page's catalogue loads.
 */
export function pageTexts<PageMessages extends Catalogue>(
  catalogues: { de: () => Promise<PageMessages>; en: () => Promise<PageMessages> } & Partial<
    Record<Lang, () => Promise<PageMessages>>
  >,
): () => SharedTranslator<PageMessages> | null {
  return function usePageTexts() {
    const { lang: pageLang } = useI18n();
    const lang: Lang = catalogues[pageLang] ? pageLang : 'en';
    const [texts, setTexts] = useState<SharedTranslator<PageMessages> | null>(null);
    useEffect(() => {
      let current = true;
      void (catalogues[lang] ?? catalogues.en)().then((messages) => {
        if (current) setTexts(translatorOf(lang, messages));
      });
      return () => {
        current = false;
      };
    }, [lang]);
    return texts?.lang === lang ? texts : null;
  };
}
