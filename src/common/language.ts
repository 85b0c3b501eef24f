import type { LocalizedList, LocalizedText } from '../entities/localized-text.js';

/** The languages in which Rathaus shows texts. DE_LS is Leichte Sprache (easy German). */
export enum Language {
  DE = 'DE',
  EN = 'EN',
  DE_LS = 'DE_LS',
}

const storageKey: Record<Language, keyof LocalizedText> = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'de_ls',
};

/** How URLs name each language (`?lang=`): the calendar links and the feeds. */
const urlTag: Record<Language, string> = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'de-ls',
};

export function languageUrlTag(lang: Language): string {
  return urlTag[lang];
}

/**
 * The language a URL's `lang` parameter names, in any case; null for none. `de_ls` is how calendar
 * links in e-mails sent before 3 December 2026 spelled Leichte Sprache: those links keep working.
 */
export function languageOfUrlTag(tag: unknown): Language | null {
  if (typeof tag !== 'string') return null;
  const wanted = tag.toLowerCase().replace('_', '-');
  return (Object.keys(urlTag) as Language[]).find((lang) => urlTag[lang] === wanted) ?? null;
}

/** The text in the wanted language, German when that translation is missing. */
export function pickText(text: LocalizedText, lang: Language): string {
  return text[storageKey[lang]] ?? text.de;
}

export function pickList(list: LocalizedList, lang: Language): string[] {
  return list[storageKey[lang]] ?? list.de;
}

/**
 * The best language for an Accept-Language header ("en-GB,en;q=0.9,de;q=0.8"); German when the
 * header names none that Rathaus offers.
 */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return Language.DE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: quality ? Number(quality.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'de-x-ls') return Language.DE_LS;
    if (tag === 'de' || tag.startsWith('de-')) return Language.DE;
    if (tag === 'en' || tag.startsWith('en-')) return Language.EN;
  }
  return Language.DE;
}

/** The language of e-mails to an account: English when it chose English, else German. */
export function mailLanguage(stored: string | null | undefined): Language {
  return stored === Language.EN ? Language.EN : Language.DE;
}
