import { useState } from 'preact/hooks';
import type { Language as ApiLanguage } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

const STORAGE_KEY = 'rathaus.easyLanguage';

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Leichte Sprache as a reading option of German pages, for the texts the API has in it (services,
 * announcements): whether the reader chose it (kept on the device, like the language), the API
 * language to ask for, and the switch. Readers of other languages get their page's API language.
 */
export function useEasyLanguage(): {
  api: ApiLanguage;
  offered: boolean;
  easy: boolean;
  setEasy(on: boolean): void;
} {
  const { lang } = useI18n();
  const [easy, setEasyState] = useState(storedChoice);
  const offered = lang === 'de';
  return {
    api: offered && easy ? 'DE_LS' : LANGUAGES[lang].api,
    offered,
    easy: offered && easy,
    setEasy(on) {
      setEasyState(on);
      try {
        localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
      } catch {
        // Without storage the choice lasts for this page.
      }
    },
  };
}

/** A toggle button: pressed, the page's texts from the API are in Leichte Sprache. */
export function EasyLanguageToggle(props: { easy: boolean; onChange(on: boolean): void }) {
  const { t } = useI18n();
  return (
    <p class="easy-language">
      <button
        type="button"
        class="kern-btn kern-btn--secondary easy-language__toggle"
        aria-pressed={props.easy}
        onClick={() => props.onChange(!props.easy)}
      >
        <span class="kern-icon kern-icon--easy-language" aria-hidden="true" />
        <span class="kern-label">{t('reading.easy')}</span>
      </button>
    </p>
  );
}
