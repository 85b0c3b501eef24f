import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves the focus to the screen's heading when the screen appears, so a screen reader (and the
 * next Tab) starts at the top of the new screen instead of on a button that is gone.
 */
export function useHeadingFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
