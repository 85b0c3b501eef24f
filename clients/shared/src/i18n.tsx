import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyLangToDocument, LANGUAGES, type Lang } from './languages';

export type MessageValues = Record<string, string | number>;
export type RichValues = Record<string, string | number | ((chunks: ComponentChildren[]) => VNode)>;

/** A client's messages: its German catalogue is the reference, every key exists there first. */
export type Catalogue = Record<string, string>;

export type Translator<Messages extends Catalogue> = {
  lang: Lang;
  locale: string;
  /** The message with its ICU placeholders filled in. */
  t(key: keyof Messages, values?: MessageValues): string;
  /** The message with tags such as `<link>…</link>` rendered by the given functions. */
  rich(key: keyof Messages, values?: RichValues): ComponentChildren;
};

export type I18nState<Messages extends Catalogue> = Translator<Messages> & {
  setLang(lang: Lang): Promise<void>;
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

/** The translator of one language's catalogue: ICU messages, formatted once each, bidi-safe. */
export function createTranslator<Messages extends Catalogue>(
  lang: Lang,
  messages: Messages,
): Translator<Messages> {
  const { locale, dir } = LANGUAGES[lang];
  const formats = new Map<keyof Messages, IntlMessageFormat>();
  const format = (key: keyof Messages) => {
    let message = formats.get(key);
    if (!message) {
      message = new IntlMessageFormat(messages[key] as string, locale);
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
        return messages[key] as string;
      }
    },
    rich: (key, values) => format(key).format<VNode>(values) as ComponentChildren,
  };
}

/**
 * The i18n runtime of one client, for its own catalogues: each catalogue is a chunk of its own
 * (`catalogues` imports it), so a reader downloads only the language they read. `onChange` runs
 * when the reader chooses another language (the web client remembers it; the kiosk must not).
 */
export function createI18n<Messages extends Catalogue>(options: {
  catalogues: Record<Lang, () => Promise<Messages>>;
  onChange?: (lang: Lang) => void;
}) {
  function loadCatalogue(lang: Lang): Promise<Messages> {
    return options.catalogues[lang]();
  }

  const I18nContext = createContext<I18nState<Messages> | null>(null);

  /** Listeners outside the component tree (the API client) that must know the language. */
  let currentLang: Lang = 'de';
  function activeLang(): Lang {
    return currentLang;
  }

  function I18nProvider(props: {
    initial: Translator<Messages>;
    onChange?: (lang: Lang) => void;
    children: ComponentChildren;
  }) {
    const [translator, setTranslator] = useState(props.initial);
    currentLang = translator.lang;
    const value = useMemo<I18nState<Messages>>(
      () => ({
        ...translator,
        async setLang(lang) {
          const next = createTranslator(lang, await loadCatalogue(lang));
          currentLang = lang;
          applyLangToDocument(lang);
          options.onChange?.(lang);
          setTranslator(next);
          props.onChange?.(lang);
        },
      }),
      [translator],
    );
    return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
  }

  function useI18n(): I18nState<Messages> {
    const value = useContext(I18nContext);
    if (!value) throw new Error('useI18n outside I18nProvider');
    return value;
  }

  /**
   * Calls `onChange` when the page's language changes, not on the first render: for answers whose
   * texts the API chose by the request's Accept-Language, which must be asked for again.
   */
  function useOnLanguageChange(onChange: () => void): void {
    const { lang } = useI18n();
    const shown = useRef(lang);
    useEffect(() => {
      if (shown.current === lang) return;
      shown.current = lang;
      onChange();
    }, [lang]);
  }

  return {
    loadCatalogue,
    createTranslator: (lang: Lang, messages: Messages) => createTranslator(lang, messages),
    activeLang,
    I18nProvider,
    useI18n,
    useOnLanguageChange,
  };
}
