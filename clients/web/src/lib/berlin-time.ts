/**
 * The town hall's calendar: days and times in the municipality's time zone, whatever zone the
 * citizen's phone is set to. The API speaks UTC instants; people speak local days and times.
 */
export const TIME_ZONE = 'Europe/Berlin';

/** A calendar day in the town's time zone, "YYYY-MM-DD". */
export type LocalDay = string;

const DAY_MS = 86_400_000;
const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function isLocalDay(value: unknown): value is LocalDay {
  return typeof value === 'string' && LOCAL_DAY.test(value) && !Number.isNaN(Date.parse(value));
}

/** The local day an instant falls on. */
export function localDayOf(instant: Date): LocalDay {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in the town. */
export function today(): LocalDay {
  return localDayOf(new Date());
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a local day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: LocalDay): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** How far the town's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(
    wallClockFormat.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant the local day begins (midnight in Berlin; daylight-saving switches are at 2 or 3 am). */
export function startOfDay(day: LocalDay): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess));
}
