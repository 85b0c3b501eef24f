import type de from './de.json';
import { pageTexts } from '../../i18n';

/** The waitlist's texts (src/pages/waitlist-page.tsx, src/components/waitlist-entries.tsx). */
export const useWaitlistTexts = pageTexts<typeof de>({
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies typeof de),
  uk: () => import('./uk.json').then((module) => module.default satisfies typeof de),
  tr: () => import('./tr.json').then((module) => module.default satisfies typeof de),
  ar: () => import('./ar.json').then((module) => module.default satisfies typeof de),
});
