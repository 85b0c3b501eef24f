/**
 * An application file's download or upload address on this page's own host. The API builds them
 * from its PUBLIC_URL, which need not be the host the page came from (a proxy, a test): the link
 * keeps the path and query, as calendar links do.
 */
export function ownHostPath(apiUrl: string): string {
  const url = new URL(apiUrl, location.origin);
  return `${url.pathname}${url.search}`;
}
