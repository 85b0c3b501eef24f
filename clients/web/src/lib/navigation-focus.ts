/**
 * After a client-side navigation, focus belongs on the new page's main heading (or its error
 * summary), so that screen readers announce the page and keyboard users start at its top. The
 * first page load keeps the browser's own behaviour: the skip link comes first.
 */
let pending = false;
let navigated = false;

export function markNavigation(): void {
  pending = true;
  navigated = true;
}

/** True once per navigation, for the first heading that asks. */
export function takePendingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/**
 * True when, after a navigation, the focus has fallen back to the document: the focused heading
 * was replaced (a page that finished loading renders anew). The new heading takes it back.
 */
export function focusWasLost(): boolean {
  return navigated && (document.activeElement === document.body || document.activeElement === null);
}
