import type de from './de.json';
import { pageTexts } from '../../i18n';

/** The API keys page is part of "my town hall", in each of its languages. */
export const useApiKeysTexts = pageTexts<typeof de>({
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies typeof de),
  uk: () => import('./uk.json').then((module) => module.default satisfies typeof de),
  tr: () => import('./tr.json').then((module) => module.default satisfies typeof de),
  ar: () => import('./ar.json').then((module) => module.default satisfies typeof de),
});
