import { useLayoutEffect, useRef } from 'preact/hooks';

/** Whether a key press belongs to whatever has the focus: a field, a list box, an editor. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

const SETTING = 'rathaus.staff.singleKeyShortcuts';

/** Whether the single-key shortcuts are on (WCAG 2.1.4: each user can turn them off). */
export function shortcutsEnabled(): boolean {
  try {
    return localStorage.getItem(SETTING) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutsEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(SETTING);
    else localStorage.setItem(SETTING, 'off');
  } catch {
    // Without storage the choice lasts until the page is left.
  }
  disabledForPage = !enabled;
}

/** The choice when storage is unavailable. */
let disabledForPage = false;

/**
 * Single-key shortcuts of a page (`j`, `k`, `a`): they never fire while the focus is in a field,
 * nor with Ctrl, Alt or Meta held (those belong to the browser and to assistive technology).
 * They listen from the moment their part of the page is on screen (a layout effect: an ordinary
 * one waits for the next frame, and a key pressed on a busy machine before it would be lost).
 */
export function useShortcuts(keys: Record<string, () => void>): void {
  const current = useRef(keys);
  current.current = keys;
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (isTyping(event.target) || disabledForPage || !shortcutsEnabled()) return;
      const action = current.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** Ctrl+Enter (Cmd+Enter on a Mac) in a field: send. */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
