import { useEffect, useRef, useState } from 'preact/hooks';

/** Seconds without a touch or key after which the kiosk returns to its start. */
export const IDLE_SECONDS = 60;
/** For how many of those seconds the warning "Are you still there?" shows. */
export const WARNING_SECONDS = 10;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/**
 * Counts the seconds without activity while `active` (not on the start screen): after
 * IDLE_SECONDS − WARNING_SECONDS it asks whether someone is still there, and after IDLE_SECONDS
 * it calls `reset`. Any touch or key counts as an answer.
 */
export function useIdleReset(active: boolean, reset: () => void) {
  const [idleSeconds, setIdleSeconds] = useState(0);
  const resetRef = useRef(reset);
  resetRef.current = reset;

  useEffect(() => {
    setIdleSeconds(0);
    if (!active) return;
    const onActivity = () => setIdleSeconds(0);
    // In the bubbling phase, after the page's own handlers: the render that resetting the count
    // causes would otherwise run between the capture phase and a field's input handler, and put
    // the field's old value back (a pasted or scanned code lost).
    for (const type of ACTIVITY) document.addEventListener(type, onActivity);
    const timer = setInterval(() => setIdleSeconds((seconds) => seconds + 1), 1000);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity);
    };
  }, [active]);

  useEffect(() => {
    if (active && idleSeconds >= IDLE_SECONDS) resetRef.current();
  }, [active, idleSeconds]);

  return {
    warning: active && idleSeconds >= IDLE_SECONDS - WARNING_SECONDS && idleSeconds < IDLE_SECONDS,
    secondsLeft: IDLE_SECONDS - idleSeconds,
    stay: () => setIdleSeconds(0),
  };
}
