import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';
import { calendarHref } from '../lib/calendar-link';

/** "Back" to the previous step: a real link to it, not the browser's history. */
export function BackLink(props: { href: string }) {
  const { t } = useI18n();
  return (
    <a class="kern-link back-link" href={props.href}>
      <span class="kern-icon kern-icon--arrow-back" aria-hidden="true" />
      {t('nav.back')}
    </a>
  );
}

/** The big "start now" link of a start page: a link (it leads somewhere) that looks like a button. */
export function StartLink(props: { href: string; children: ComponentChildren }) {
  return (
    <a class="kern-btn kern-btn--primary start-link" href={props.href}>
      <span class="kern-label">{props.children}</span>
      <span class="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
    </a>
  );
}

/** `lang`: set when the label is an API text in another language than the page. */
export type Crumb = { href: string; label: string; lang?: string };

export function Breadcrumbs(props: { items: Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav class="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
      <ol>
        {props.items.map((item) => (
          <li key={item.href}>
            <a class="kern-link" href={item.href} lang={item.lang}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The appointment's calendar file (.ics), in the page's language, from this page's host. */
export function CalendarFileLink(props: { appointment: { calendarUrl: string; code: string } }) {
  const { t, lang } = useI18n();
  return (
    <a
      class="kern-link"
      href={calendarHref(props.appointment.calendarUrl, lang)}
      download={`termin-${props.appointment.code}.ics`}
    >
      <span class="kern-icon kern-icon--calendar-today" aria-hidden="true" />
      {t('done.calendar')}
    </a>
  );
}
