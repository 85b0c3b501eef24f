import { TIME_ZONE, type LocalDay } from '../lib/berlin-time';

/** Formats for one locale, always in the town's time zone. */
export type Formats = ReturnType<typeof buildFormats>;

const cache = new Map<string, Formats>();

/** Intl formatters are costly to build on a slow phone: one set per locale, reused. */
export function createFormats(locale: string): Formats {
  let formats = cache.get(locale);
  if (!formats) {
    formats = buildFormats(locale);
    cache.set(locale, formats);
  }
  return formats;
}

function buildFormats(locale: string) {
  const longDay = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const shortDay = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  const money = new Map<string, Intl.NumberFormat>();
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const instantDay = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    /** An instant's local day, "11. Januar 2027" */
    instantDay: (instant: string | Date) => instantDay.format(new Date(instant)),
    /** "Montag, 11. Januar 2027" */
    longDay: (day: LocalDay) => longDay.format(new Date(`${day}T12:00:00Z`)),
    /** "Montag, 11. Januar" */
    shortDay: (day: LocalDay) => shortDay.format(new Date(`${day}T12:00:00Z`)),
    /** ISO weekday 1–7 → "Montag" */
    weekday: (isoWeekday: number) =>
      // 2027-01-04 is a Monday.
      weekday.format(new Date(Date.UTC(2027, 0, 3 + isoWeekday, 12))),
    /** An instant's local time, "09:20" */
    clock: (instant: string | Date) => clock.format(new Date(instant)),
    money: (amountCents: number, currency: string) => {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      return format.format(amountCents / 100);
    },
  };
}
