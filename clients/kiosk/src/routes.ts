/**
 * The kiosk client's pages, below /kiosk (the server mounts the build there). The build writes
 * them to dist/routes.json; the server answers 404 for any other path under /kiosk.
 */
export const routes = {
  /** The kiosk itself: check-in and walk-in tickets, or its set-up while it has no token. */
  kiosk: '/',
  /** Set-up by an admin: `/kiosk/setup#token=…` (the fragment never reaches a server log). */
  setup: '/setup',
  /** The call display of an office, by the office's slug. */
  board: '/board/:officeSlug',
} as const;

/** Where the build is mounted on the server. */
export const BASE = '/kiosk';

export type Page =
  | { name: 'kiosk' }
  | { name: 'setup'; token: string | null }
  | { name: 'board'; officeSlug: string }
  | { name: 'notFound' };

/** The page of an address, as the server's route list matches it. */
export function pageOf(pathname: string, hash: string): Page {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return { name: 'kiosk' };
  if (segments.length === 1 && segments[0] === 'setup') {
    const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
    return { name: 'setup', token: token && token.trim() !== '' ? token.trim() : null };
  }
  if (segments.length === 2 && segments[0] === 'board') {
    try {
      return { name: 'board', officeSlug: decodeURIComponent(segments[1]!) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}
