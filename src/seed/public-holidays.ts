import type { LocalizedText } from '../entities/localized-text.js';

/** A calendar date without time or zone, "YYYY-MM-DD". */
export type LocalDate = string;

export type PublicHoliday = { date: LocalDate; name: LocalizedText };

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Calendar arithmetic runs on UTC dates, where every day has 24 hours whatever the local zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** Easter Sunday in the Gregorian calendar (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/**
 * The public holidays that apply in every German state, in date order. Holidays of single states
 * (Epiphany, Corpus Christi, Reformation Day, ...) are left out: Musterstadt belongs to no state.
 */
export function germanPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: localDate(year, 1, 1), name: { de: 'Neujahr', en: "New Year's Day" } },
    { date: addDays(easter, -2), name: { de: 'Karfreitag', en: 'Good Friday' } },
    { date: addDays(easter, 1), name: { de: 'Ostermontag', en: 'Easter Monday' } },
    { date: localDate(year, 5, 1), name: { de: 'Tag der Arbeit', en: 'Labour Day' } },
    { date: addDays(easter, 39), name: { de: 'Christi Himmelfahrt', en: 'Ascension Day' } },
    { date: addDays(easter, 50), name: { de: 'Pfingstmontag', en: 'Whit Monday' } },
    {
      date: localDate(year, 10, 3),
      name: { de: 'Tag der Deutschen Einheit', en: 'Day of German Unity' },
    },
    { date: localDate(year, 12, 25), name: { de: '1. Weihnachtstag', en: 'Christmas Day' } },
    {
      date: localDate(year, 12, 26),
      name: { de: '2. Weihnachtstag', en: 'Second Day of Christmas' },
    },
  ];
  // Ascension Day can fall on 1 May (e.g. 2008); sorting keeps the order stable either way.
  return holidays.sort((left, right) => left.date.localeCompare(right.date));
}
