/**
 * After a client-side navigation, focus belongs on the new page's main heading (or its error
 * summary), so that screen readers announce the page and keyboard users start at its top. The
 * first page load keeps the browser's own behaviour: the skip link comes first.
 */
let pending = false;

export function markNavigation(): void {
  pending = true;
}

/** True once per navigation, for the first heading that asks. */
export function takePendingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
