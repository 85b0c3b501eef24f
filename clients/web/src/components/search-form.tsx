import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';

/** The catalogue search: a labelled field and a button, in a search landmark. */
export function SearchForm(props: { initial?: string; id?: string; labelIsHeading?: boolean }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const [value, setValue] = useState(props.initial ?? '');
  const id = props.id ?? 'search-query';
  return (
    <form
      role="search"
      class="search-form"
      action="/search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        route(paths.search({ q: value }));
      }}
    >
      <div class="kern-form-input">
        <label class="kern-label kern-label--large" for={id}>
          {t('search.label')}
        </label>
        <div class="kern-hint" id={`${id}-hint`}>
          {t('search.hint')}
        </div>
        <div class="search-form__row">
          <input
            class="kern-form-input__input"
            id={id}
            name="q"
            type="search"
            enterKeyHint="search"
            autocomplete="off"
            spellcheck={false}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
            aria-describedby={`${id}-hint`}
          />
          <button type="submit" class="kern-btn kern-btn--primary search-form__button">
            <span class="kern-icon kern-icon--search" aria-hidden="true" />
            <span class="kern-label">{t('search.submit')}</span>
          </button>
        </div>
      </div>
    </form>
  );
}
