/** The API's `Language` enum: the languages it writes texts in (DE_LS is Leichte Sprache). */
export type ApiLanguage = 'DE' | 'EN' | 'DE_LS';

/** The languages of the clients; German first, as the town's official language. */
export type Lang = 'de' | 'en' | 'uk' | 'tr' | 'ar';

export type LanguageInfo = {
  /** For `Intl` formats and ICU plurals. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /**
   * The API's `lang` argument. The API writes German, English and Leichte Sprache only.
   * Ukrainian, Turkish and Arabic readers get English: a citizen who chose another language
   * than German has told us German is not what they read best, and English is the first
   * foreign language at school in Ukraine, Turkey and most Arabic-speaking countries. Where a
   * text has no English version, the API answers in German; the pages say so either way.
   */
  api: ApiLanguage;
  /** `Accept-Language` for the API's own messages (errors), with the same fallback as `api`. */
  acceptLanguage: string;
  /** The language's own name, in itself: a German reader of the English page looks for "Deutsch". */
  selfName: string;
};

export const LANGUAGES: Record<Lang, LanguageInfo> = {
  de: { locale: 'de-DE', dir: 'ltr', api: 'DE', acceptLanguage: 'de-DE', selfName: 'Deutsch' },
  en: { locale: 'en-GB', dir: 'ltr', api: 'EN', acceptLanguage: 'en-GB', selfName: 'English' },
  uk: {
    locale: 'uk-UA',
    dir: 'ltr',
    api: 'EN',
    acceptLanguage: 'uk-UA,en;q=0.8',
    selfName: 'Українська',
  },
  tr: {
    locale: 'tr-TR',
    dir: 'ltr',
    api: 'EN',
    acceptLanguage: 'tr-TR,en;q=0.8',
    selfName: 'Türkçe',
  },
  // Western digits on purpose: booking codes, phone numbers, postal codes, the confirmation
  // e-mail and the town hall's ticket displays all use them, and a citizen compares times and
  // numbers across those; one page mixing two sets of digits would be harder to read.
  ar: {
    locale: 'ar-u-nu-latn',
    dir: 'rtl',
    api: 'EN',
    acceptLanguage: 'ar,en;q=0.8',
    selfName: 'العربية',
  },
};

/** In the order the language switch lists them. */
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const DEFAULT_LANG: Lang = 'de';

const STORAGE_KEY = 'rathaus.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

/** The language (a `lang` attribute) of a text the API gave in `api`; Leichte Sprache is German. */
export function langOfApiText(api: ApiLanguage): Lang {
  return api === 'EN' ? 'en' : 'de';
}

/** The `lang` attribute of a text the API gave in `shown` on a `page` page; undefined if the same. */
export function foreignLang(page: Lang, shown: ApiLanguage): Lang | undefined {
  const text = langOfApiText(shown);
  return text === page ? undefined : text;
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
