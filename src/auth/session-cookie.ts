import { parseCookie, stringifySetCookie } from 'cookie';

/** The first-party web client's session lives in this HttpOnly cookie. */
export const SESSION_COOKIE = 'rathaus_session';

export function sessionCookieOf(header: string | undefined): string | null {
  return header ? (parseCookie(header)[SESSION_COOKIE] ?? null) : null;
}

/**
 * Secure whenever the public address is HTTPS, and on loopback addresses too, where browsers
 * accept Secure cookies over plain HTTP (development and tests).
 */
function secureFor(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function setSessionCookie(publicUrl: string, token: string, expiresAt: Date): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: token,
    expires: expiresAt,
    path: '/',
    httpOnly: true,
    secure: secureFor(publicUrl),
    sameSite: 'lax',
  });
}

export function clearSessionCookie(publicUrl: string): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: '',
    expires: new Date(0),
    path: '/',
    httpOnly: true,
    secure: secureFor(publicUrl),
    sameSite: 'lax',
  });
}
