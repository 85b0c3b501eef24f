import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Language as ApiLanguage } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { UntranslatedNote } from './api-text';
import { focusWasLost, takePendingFocus } from '../lib/navigation-focus';
import { TOWN_NAME } from '../lib/town';

/**
 * The one h1 of a page. It names the page in the document title and takes the focus after a
 * navigation (see lib/navigation-focus.ts), so screen readers announce where the citizen is.
 */
export function PageHeading(props: {
  children: ComponentChildren;
  /** For the document title; defaults to the heading's text. */
  title: string;
  /** Prefixes the title with "Error:" while a form shows errors (GOV.UK pattern). */
  hasErrors?: boolean;
  caption?: string;
  /** The caption's `lang` when it is an API text in another language than the page. */
  captionLang?: string;
  /**
   * The language the page asked the API for, when the page shows the API's texts: a note under
   * the heading says so when that is not the page's language.
   */
  apiTexts?: ApiLanguage;
  size?: 'large' | 'x-large';
  id?: string;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { path, query } = useRoute();
  const pageKey = `${path}?${new URLSearchParams(query).toString()}`;

  useEffect(() => {
    const title = t('document.title', { page: props.title, town: TOWN_NAME });
    document.title = props.hasErrors ? t('document.errorPrefix', { title }) : title;
  }, [props.title, props.hasErrors, t]);

  useEffect(() => {
    if (takePendingFocus() || focusWasLost()) heading.current?.focus();
  }, [pageKey]);

  return (
    <>
      <h1
        ref={heading}
        id={props.id}
        tabIndex={-1}
        class={`page-heading ${props.size === 'x-large' ? 'kern-heading-x-large' : 'kern-heading-large'}`}
      >
        {props.caption && (
          <span class="page-heading__caption" lang={props.captionLang}>
            {props.caption}
          </span>
        )}
        {props.children}
      </h1>
      {props.apiTexts && <UntranslatedNote shown={props.apiTexts} />}
    </>
  );
}

/** Gives the focus to the heading of a view that replaced another on the same address. */
export function focusPageHeading(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}
