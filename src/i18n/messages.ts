import { Language } from '../common/language.js';
import { de } from './de.js';
import { en } from './en.js';

export type MessageKey = keyof typeof de;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Record<MessageKey, string>> = {
  [Language.DE]: de,
  [Language.EN]: en,
  // Leichte Sprache texts are written per service; messages fall back to standard German.
  [Language.DE_LS]: de,
};

/** The message in the given language with its {placeholders} filled in. */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
