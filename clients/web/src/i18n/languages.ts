import type { Language as ApiLanguage } from '../gql/graphql';

/** The languages of the web client; German first, as the town's official language. */
export type Lang = 'de' | 'en';

export type LanguageInfo = {
  /** For `<html lang>`, `Accept-Language` and `Intl` formats. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The API's `lang` argument. */
  api: ApiLanguage;
  /** The language's own name, in itself: a German reader of the English page looks for "Deutsch". */
  selfName: string;
};

export const LANGUAGES: Record<Lang, LanguageInfo> = {
  de: { locale: 'de-DE', dir: 'ltr', api: 'DE', selfName: 'Deutsch' },
  en: { locale: 'en-GB', dir: 'ltr', api: 'EN', selfName: 'English' },
};

export const DEFAULT_LANG: Lang = 'de';

const STORAGE_KEY = 'rathaus.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** The citizen's choice from an earlier visit, else the browser's first language we offer. */
export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be switched off; the browser's languages still tell.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

/** Sets the document's language and direction, so screen readers pronounce it right. */
export function applyLangToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
}
