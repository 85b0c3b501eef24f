import { langOfApiText, LANGUAGES, type Lang } from '../i18n/languages';

/**
 * The calendar file is the API's text, in German or English: the page's language or its fallback.
 * The API builds calendar links from its PUBLIC_URL, which need not be the host this page came
 * from (a proxy, a test): the link keeps the path and query and stays on the page's own host.
 */
export function calendarHref(calendarUrl: string, lang: Lang): string {
  const url = new URL(calendarUrl, location.origin);
  url.searchParams.set('lang', langOfApiText(LANGUAGES[lang].api));
  return `${url.pathname}${url.search}`;
}
