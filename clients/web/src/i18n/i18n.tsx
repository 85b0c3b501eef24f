import {
  createI18n,
  type MessageValues,
  type Translator as SharedTranslator,
} from '@rathaus/client-shared/i18n';
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
