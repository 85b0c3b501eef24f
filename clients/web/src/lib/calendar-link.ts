import type { Lang } from '../i18n/languages';

/**
 * The API builds calendar links from its PUBLIC_URL, which need not be the host this page came
 * from (a proxy, a test): the link keeps the path and query and stays on the page's own host.
 */
export function calendarHref(calendarUrl: string, lang: Lang): string {
  const url = new URL(calendarUrl, location.origin);
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}
