import type { Language as ApiLanguage } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { foreignLang, LANGUAGES, langOfApiText, type Lang } from '../i18n/languages';

/**
 * The `lang` attribute of a text the API gave in `shown` (by default the language this page asks
 * the API for) when that is not the page's language, so screen readers pronounce it as what it
 * is; undefined when it is the page's language.
 */
export function useApiTextLang(shown?: ApiLanguage): Lang | undefined {
  const { lang } = useI18n();
  return foreignLang(lang, shown ?? LANGUAGES[lang].api);
}

/**
 * Tells the reader that the town's texts on this page (service names, announcements, office
 * data) are in another language than the page, and in which; nothing when they are not.
 */
export function UntranslatedNote(props: { shown?: ApiLanguage }) {
  const { t, lang } = useI18n();
  const shown = props.shown ?? LANGUAGES[lang].api;
  if (langOfApiText(shown) === lang) return null;
  return (
    <p class="untranslated-note kern-body kern-body--small">
      <span class="kern-icon kern-icon--info" aria-hidden="true" />
      <span>{t('content.untranslated', { shown })}</span>
    </p>
  );
}
