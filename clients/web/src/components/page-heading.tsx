import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useI18n } from '../i18n/i18n';
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
    <h1
      ref={heading}
      id={props.id}
      tabIndex={-1}
      class={`page-heading ${props.size === 'x-large' ? 'kern-heading-x-large' : 'kern-heading-large'}`}
    >
      {props.caption && <span class="page-heading__caption">{props.caption}</span>}
      {props.children}
    </h1>
  );
}

/** Gives the focus to the heading of a view that replaced another on the same address. */
export function focusPageHeading(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}
