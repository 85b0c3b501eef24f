import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type de from './de.json';
import { applyLangToDocument, LANGUAGES, rememberLang, type Lang } from './languages';

/** The German catalogue is the reference: every key exists there first. */
export type Messages = typeof de;
export type MessageKey = keyof Messages;
export type MessageValues = Record<string, string | number>;
type RichValues = Record<string, string | number | ((chunks: ComponentChildren[]) => VNode)>;

/** Each catalogue is a chunk of its own: a citizen downloads only the language they read. */
const catalogues: Record<Lang, () => Promise<Messages>> = {
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies Messages),
  uk: () => import('./uk.json').then((module) => module.default satisfies Messages),
  tr: () => import('./tr.json').then((module) => module.default satisfies Messages),
  ar: () => import('./ar.json').then((module) => module.default satisfies Messages),
};

export function loadCatalogue(lang: Lang): Promise<Messages> {
  return catalogues[lang]();
}

export type Translator = {
  lang: Lang;
  locale: string;
  /** The message with its ICU placeholders filled in. */
  t(key: MessageKey, values?: MessageValues): string;
  /** The message with tags such as `<link>…</link>` rendered by the given functions. */
  rich(key: MessageKey, values: RichValues): ComponentChildren;
};

type AstElement = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
};

/** The names of the arguments a message shows as text (not those that choose a plural or case). */
function shownArguments(elements: AstElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    // 1 is TYPE.argument in @formatjs/icu-messageformat-parser.
    if (element.type === 1 && element.value) names.add(element.value);
    for (const option of Object.values(element.options ?? {})) shownArguments(option.value, names);
  }
  return names;
}

/**
 * On a right-to-left page, each value a message shows (an e-mail address, a booking code, a name)
 * is a bidi isolate (FSI … PDI), so a left-to-right value keeps its order and does not pull the
 * punctuation around it to the wrong side.
 */
function isolated(message: IntlMessageFormat, values: MessageValues | undefined) {
  if (!values) return values;
  const shown = shownArguments(message.getAst() as AstElement[]);
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && shown.has(name) ? `\u2068${value}\u2069` : value,
    ]),
  );
}

export function createTranslator(lang: Lang, messages: Messages): Translator {
  const { locale, dir } = LANGUAGES[lang];
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey) => {
    let message = formats.get(key);
    if (!message) {
      message = new IntlMessageFormat(messages[key], locale);
      formats.set(key, message);
    }
    return message;
  };
  return {
    lang,
    locale,
    t: (key, values) => {
      try {
        const message = format(key);
        return String(message.format(dir === 'rtl' ? isolated(message, values) : values));
      } catch (error) {
        // A missing placeholder value must not take the page down; the tests fail on it.
        console.error(error);
        return messages[key];
      }
    },
    rich: (key, values) => format(key).format<VNode>(values) as ComponentChildren,
  };
}

type I18nState = Translator & { setLang(lang: Lang): Promise<void> };

const I18nContext = createContext<I18nState | null>(null);

/** Listeners outside the component tree (the API client) that must know the language. */
let currentLang: Lang = 'de';
export function activeLang(): Lang {
  return currentLang;
}

export function I18nProvider(props: {
  initial: Translator;
  onChange?: (lang: Lang) => void;
  children: ComponentChildren;
}) {
  const [translator, setTranslator] = useState(props.initial);
  currentLang = translator.lang;
  const value = useMemo<I18nState>(
    () => ({
      ...translator,
      async setLang(lang) {
        const next = createTranslator(lang, await loadCatalogue(lang));
        currentLang = lang;
        applyLangToDocument(lang);
        rememberLang(lang);
        setTranslator(next);
        props.onChange?.(lang);
      },
    }),
    [translator],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nState {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/**
 * Calls `onChange` when the page's language changes, not on the first render: for answers whose
 * texts the API chose by the request's Accept-Language, which must be asked for again.
 */
export function useOnLanguageChange(onChange: () => void): void {
  const { lang } = useI18n();
  const shown = useRef(lang);
  useEffect(() => {
    if (shown.current === lang) return;
    shown.current = lang;
    onChange();
  }, [lang]);
}
