import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { createFormats } from '../../i18n/format';
import type { BookingHold } from '../../lib/booking-draft';

/** The id of the link to choosing a time again once the hold has ended. */
export const CHOOSE_AGAIN = 'choose-again';

/**
 * The moments a screen reader hears about the hold: a countdown read every second would drown
 * the form.
 */
type Stage = 'held' | 'fiveMinutes' | 'oneMinute' | 'expired';

function stageOf(left: number): Stage {
  if (left <= 0) return 'expired';
  if (left <= 60_000) return 'oneMinute';
  if (left <= 5 * 60_000) return 'fiveMinutes';
  return 'held';
}

/** `mm:ss`, rounded up, so that 00:00 is shown only when the hold has ended. */
function countdown(left: number): string {
  const seconds = Math.ceil(left / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/**
 * The time left of the journey's hold, by the browser's clock, ticking each second. The server's
 * expiresAt is compared with the browser's clock: a clock that is off shows the hold ending early
 * or late, and the server, which decides, answers HOLD_EXPIRED when it has.
 */
export function useHoldClock(hold: BookingHold | undefined): { left: number; expired: boolean } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!hold) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [hold?.token]);
  const left = hold ? Math.max(0, Date.parse(hold.expiresAt) - now) : 0;
  return { left, expired: Boolean(hold) && left === 0 };
}

/**
 * The visible countdown of the hold and, apart from it, a polite live region that speaks only
 * when the page opens, at 5 minutes and at 1 minute left, and when the hold has ended. Once it
 * has, the page says that the time is free for everyone again and links to choosing anew.
 */
export function HoldTimer(props: {
  hold: BookingHold;
  left: number;
  /** The hold ended on the server before the countdown did (HOLD_EXPIRED). */
  lost?: boolean;
  chooseAgain: string;
}) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const time = formats.clock(props.hold.startsAt);
  const stage = props.lost ? 'expired' : stageOf(props.left);
  const minutes = Math.ceil(props.left / 60_000);
  // Empty at first and filled after mounting: screen readers announce changes of a region only.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    setAnnouncement(
      stage === 'expired'
        ? t('booking.hold.expired', { time })
        : stage === 'held'
          ? t('booking.hold.announce.held', { time, minutes })
          : t('booking.hold.announce.left', { time, minutes }),
    );
  }, [stage]);

  return (
    <div class="hold-timer">
      {stage === 'expired' ? (
        <div class="kern-alert kern-alert--warning">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 class="kern-title">{t('booking.hold.expired.title')}</h2>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{t('booking.hold.expired', { time })}</p>
            <p class="kern-body">
              <a class="kern-link" id={CHOOSE_AGAIN} href={props.chooseAgain}>
                {t('booking.hold.chooseAgain')}
              </a>
            </p>
          </div>
        </div>
      ) : (
        <p class="kern-body hold-timer__clock">
          {t('booking.hold.visible', { time })}{' '}
          <strong role="timer" aria-label={t('booking.hold.timerLabel')}>
            {countdown(props.left)}
          </strong>
        </p>
      )}
      <p class="kern-sr-only hold-timer__announcement" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
