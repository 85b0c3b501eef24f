import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import type { Lang } from '../../i18n/languages';
import type de from './de.json';

/** The German staff catalogue is the reference: every key exists there first. */
export type StaffMessages = typeof de;
export type StaffMessageKey = keyof StaffMessages;
type Values = Record<string, string | number>;
type RichValues = Record<string, string | number | ((chunks: ComponentChildren[]) => VNode)>;

/**
 * The staff workspace speaks German, the town hall's working language, and English; staff who
 * chose another language for the site read English here. Its catalogues are chunks of the staff
 * part, so no staff text adds to what a citizen's browser loads (docs/decisions/0016).
 */
type StaffLang = 'de' | 'en';
const catalogues: Record<StaffLang, () => Promise<StaffMessages>> = {
  de: () => import('./de.json').then((module) => module.default),
  en: () => import('./en.json').then((module) => module.default satisfies StaffMessages),
};
const LOCALES: Record<StaffLang, string> = { de: 'de-DE', en: 'en-GB' };

export function staffLangOf(lang: Lang): StaffLang {
  return lang === 'de' ? 'de' : 'en';
}

export type StaffTranslator = {
  lang: StaffLang;
  /** The message with its ICU placeholders filled in. */
  t(key: StaffMessageKey, values?: Values): string;
  /** The message with tags such as `<link>…</link>` rendered by the given functions. */
  rich(key: StaffMessageKey, values: RichValues): ComponentChildren;
};

function createStaffTranslator(lang: StaffLang, messages: StaffMessages): StaffTranslator {
  const formats = new Map<StaffMessageKey, IntlMessageFormat>();
  const format = (key: StaffMessageKey) => {
    let message = formats.get(key);
    if (!message) {
      message = new IntlMessageFormat(messages[key], LOCALES[lang]);
      formats.set(key, message);
    }
    return message;
  };
  return {
    lang,
    t: (key, values) => {
      try {
        return String(format(key).format(values));
      } catch (error) {
        // A missing placeholder value must not take the page down; the tests fail on it.
        console.error(error);
        return messages[key];
      }
    },
    rich: (key, values) => format(key).format<VNode>(values) as ComponentChildren,
  };
}

const StaffI18nContext = createContext<StaffTranslator | null>(null);

/** Loads the staff catalogue of the page's language (again when it changes) for the pages within. */
export function StaffI18nProvider(props: { children: ComponentChildren }) {
  const lang = staffLangOf(useI18n().lang);
  const [translator, setTranslator] = useState<StaffTranslator | null>(null);
  useEffect(() => {
    let current = true;
    void catalogues[lang]().then((messages) => {
      if (current) setTranslator(createStaffTranslator(lang, messages));
    });
    return () => {
      current = false;
    };
  }, [lang]);
  if (!translator || translator.lang !== lang) return <Loading />;
  return <StaffI18nContext.Provider value={translator}>{props.children}</StaffI18nContext.Provider>;
}

export function useStaffI18n(): StaffTranslator {
  const value = useContext(StaffI18nContext);
  if (!value) throw new Error('useStaffI18n outside StaffI18nProvider');
  return value;
}
