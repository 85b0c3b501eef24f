/**
 * A random key for one booking attempt, so that a double click or a retry after a dropped
 * connection books once. `crypto.randomUUID` needs Safari 15.4 or a secure context; older
 * phones get the same from `getRandomValues`.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
