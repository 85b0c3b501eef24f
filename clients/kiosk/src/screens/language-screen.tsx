import { LANGS, LANGUAGES, type Lang } from '@rathaus/client-shared/languages';
import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from '../lib/document-title';
import { useHeadingFocus } from '../lib/heading-focus';

/** The start: a welcome, and each language named in itself, in its own script and direction. */
export function LanguageScreen(props: { officeName: string; onChoose: (lang: Lang) => void }) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  useDocumentTitle(t('language.title'));
  return (
    <>
      <h1 class="kern-heading-x-large" ref={heading} tabIndex={-1}>
        {t('language.title')}
      </h1>
      <p class="kern-body kern-body--large">{t('language.intro', { office: props.officeName })}</p>
      <ul class="kiosk-choices kiosk-choices--languages" aria-label={t('language.choose')}>
        {LANGS.map((code) => (
          <li key={code}>
            <button
              type="button"
              class="kiosk-choice"
              lang={code}
              dir={LANGUAGES[code].dir}
              onClick={() => props.onChoose(code)}
            >
              {LANGUAGES[code].selfName}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
