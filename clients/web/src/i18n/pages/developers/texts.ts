import type de from './de.json';
import { pageTexts } from '../../i18n';

/** The developers' page speaks German and English, as the API's descriptions and docs do. */
export const useDeveloperTexts = pageTexts<typeof de>({
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies typeof de),
});
