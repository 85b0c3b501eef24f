import { LANGUAGES, foreignLang, type Lang } from '../../i18n/languages';
import type { LocalizedText } from '../../lib/form-definition';

/** A problem of the answers as the API reports it (`FieldProblem`). */
export type FieldProblem = { pointer: string; code: string; message: string };

export type Answers = Record<string, unknown>;

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function isObject(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer at a JSON pointer; undefined when there is none. */
export function answerAt(answers: unknown, pointer: string): unknown {
  let current = answers;
  for (const token of tokens(pointer)) {
    if (!isObject(current) || !Object.hasOwn(current, token)) return undefined;
    current = current[token];
  }
  return current;
}

/**
 * A copy of the answers with `value` at the pointer (the objects on its way made as needed);
 * `undefined` takes the answer out, and an object left empty with it.
 */
export function withAnswer(answers: unknown, pointer: string, value: unknown): Answers {
  const put = (current: unknown, rest: string[]): Answers | undefined => {
    const [first, ...more] = rest;
    const copy: Answers = isObject(current) ? { ...current } : {};
    if (first === undefined) return copy;
    const next = more.length === 0 ? value : put(copy[first], more);
    if (next === undefined) delete copy[first];
    else copy[first] = next;
    return Object.keys(copy).length === 0 ? undefined : copy;
  };
  return put(answers, tokens(pointer)) ?? {};
}

/** The HTML id of a field's control, from its JSON pointer ("/vehicle/make" → "field-vehicle-make"). */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9_/-]/g, '_').replaceAll('/', '-')}`;
}

/**
 * A form's text in the page's language: the language the API would answer in (English for
 * Ukrainian, Turkish and Arabic readers), else German, which every text has. `lang` is set when
 * that is not the page's language, for the element's `lang` attribute.
 */
export function formText(
  text: LocalizedText | undefined,
  page: Lang,
): { text: string; lang: Lang | undefined } {
  const api = LANGUAGES[page].api;
  const key = api === 'EN' ? 'en' : api === 'DE_LS' ? 'de_ls' : 'de';
  const chosen = text?.[key];
  if (chosen) return { text: chosen, lang: foreignLang(page, api) };
  return { text: text?.de ?? '', lang: foreignLang(page, 'DE') };
}
