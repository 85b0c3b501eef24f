import {
  createI18n,
  type MessageValues,
  type Translator as SharedTranslator,
} from '@rathaus/client-shared/i18n';
import type de from './de.json';

/** The German catalogue is the reference: every key exists there first. */
export type Messages = typeof de;
export type MessageKey = keyof Messages;
export type { MessageValues };
export type Translator = SharedTranslator<Messages>;

// The kiosk's own texts with the runtime it shares with the web client. Nothing remembers the
// language chosen: the next person at the kiosk starts in German again.
export const { loadCatalogue, createTranslator, activeLang, I18nProvider, useI18n } =
  createI18n<Messages>({
    catalogues: {
      de: () => import('./de.json').then((module) => module.default),
      en: () => import('./en.json').then((module) => module.default satisfies Messages),
      uk: () => import('./uk.json').then((module) => module.default satisfies Messages),
      tr: () => import('./tr.json').then((module) => module.default satisfies Messages),
      ar: () => import('./ar.json').then((module) => module.default satisfies Messages),
    },
  });
