import type de from './de.json';
import { pageTexts } from '../../i18n';

/** The fair release page's texts and the service page's notice of a release (docs/fair-release.md). */
export const useFairReleaseTexts = pageTexts<typeof de>({
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies typeof de),
  uk: () => import('./uk.json').then((module) => module.default satisfies typeof de),
  tr: () => import('./tr.json').then((module) => module.default satisfies typeof de),
  ar: () => import('./ar.json').then((module) => module.default satisfies typeof de),
});
