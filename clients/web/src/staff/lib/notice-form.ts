import { TIME_ZONE } from '../../lib/berlin-time';
import {
  AnnouncementCategory,
  AnnouncementSeverity,
  Language,
  type AnnouncementInput,
} from '../gql/graphql';
import type { StaffMessageKey } from '../i18n/staff-i18n';

// The notice editor's form: what the clerk types, the same checks as the API's
// (src/announcements/announcement-rules.ts), and the input the API takes. The server's word
// still counts; these checks only spare a round trip.

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
export const MAX_LOCATION_LENGTH = 200;

/** The languages a notice is written in, German first; in the API's input names. */
export const NOTICE_LANGUAGES = [
  { key: 'de', api: Language.DE, lang: 'de' },
  { key: 'en', api: Language.EN, lang: 'en' },
  { key: 'deLs', api: Language.DE_LS, lang: 'de' },
] as const;
export type NoticeLanguageKey = (typeof NOTICE_LANGUAGES)[number]['key'];

export type NoticeForm = {
  category: AnnouncementCategory;
  severity: AnnouncementSeverity;
  title: Record<NoticeLanguageKey, string>;
  body: Record<NoticeLanguageKey, string>;
  /** Local date and time in the town ("2027-01-11T08:00", as datetime-local gives it); '' none. */
  expiresAt: string;
  eventStartsAt: string;
  eventEndsAt: string;
  eventLocation: string;
};

/** The form's fields by the ids of their inputs, which the API's `field` paths map to. */
export type NoticeField =
  | `title-${NoticeLanguageKey}`
  | `body-${NoticeLanguageKey}`
  | 'category'
  | 'severity'
  | 'expiresAt'
  | 'eventStartsAt'
  | 'eventEndsAt'
  | 'eventLocation'
  | 'publishAt';

export const NOTICE_FIELDS: readonly NoticeField[] = [
  ...NOTICE_LANGUAGES.flatMap(({ key }) => [`title-${key}`, `body-${key}`] as const),
  'category',
  'severity',
  'expiresAt',
  'eventStartsAt',
  'eventEndsAt',
  'eventLocation',
  'publishAt',
];

export function emptyNoticeForm(): NoticeForm {
  return {
    category: AnnouncementCategory.NEWS,
    severity: AnnouncementSeverity.INFO,
    title: { de: '', en: '', deLs: '' },
    body: { de: '', en: '', deLs: '' },
    expiresAt: '',
    eventStartsAt: '',
    eventEndsAt: '',
    eventLocation: '',
  };
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the town's wall clock shows it, "2027-01-11T08:00" (for datetime-local). */
export function localDateTimeOf(instant: string | null | undefined): string {
  if (!instant) return '';
  const parts = Object.fromEntries(
    wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** How far the town's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  return Date.parse(`${localDateTimeOf(new Date(instant).toISOString())}:00Z`) - instant;
}

/** The instant the town's wall clock shows a local date and time; null for '' or nonsense. */
export function instantOf(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess)).toISOString();
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /(?![\t\n\r])[\u0000-\u001f\u007f-\u009f]/;

function textProblem(text: string, max: number, required: boolean): StaffMessageKey | null {
  if (text.trim() === '') return required ? 'notices.error.required' : null;
  if (text.length > max || CONTROL_CHARACTERS.test(text)) return 'notices.error.tooLong';
  return null;
}

export type NoticeProblem = { field: NoticeField; key: StaffMessageKey; max?: number };

/**
 * Every problem of the form at once, as the API finds them. `publishAt` is the notice's start
 * (null for drafts): its validity must end after it, and in the future.
 */
export function noticeProblems(
  form: NoticeForm,
  publishAt: string | null,
  now: Date,
): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  for (const { key } of NOTICE_LANGUAGES) {
    const required = key === 'de';
    const title = textProblem(form.title[key], MAX_TITLE_LENGTH, required);
    const body = textProblem(form.body[key], MAX_BODY_LENGTH, required);
    if (title) problems.push({ field: `title-${key}`, key: title, max: MAX_TITLE_LENGTH });
    if (body) problems.push({ field: `body-${key}`, key: body, max: MAX_BODY_LENGTH });
    // A translation has a title and a body, or neither.
    const hasTitle = form.title[key].trim() !== '';
    const hasBody = form.body[key].trim() !== '';
    if (!required && hasTitle !== hasBody) {
      problems.push({
        field: hasTitle ? `body-${key}` : `title-${key}`,
        key: 'notices.error.translationHalf',
      });
    }
  }
  const expiresAt = instantOf(form.expiresAt);
  if (form.expiresAt && !expiresAt) {
    problems.push({ field: 'expiresAt', key: 'notices.error.dateTime' });
  } else if (expiresAt && Date.parse(expiresAt) <= now.getTime()) {
    problems.push({ field: 'expiresAt', key: 'notices.error.expiresInPast' });
  } else if (expiresAt && publishAt && Date.parse(expiresAt) <= Date.parse(publishAt)) {
    problems.push({ field: 'expiresAt', key: 'notices.error.expiresBeforePublish' });
  }
  if (form.category === AnnouncementCategory.EVENT) {
    const starts = instantOf(form.eventStartsAt);
    const ends = instantOf(form.eventEndsAt);
    if (!form.eventStartsAt)
      problems.push({ field: 'eventStartsAt', key: 'notices.error.required' });
    else if (!starts) problems.push({ field: 'eventStartsAt', key: 'notices.error.dateTime' });
    if (form.eventEndsAt && !ends) {
      problems.push({ field: 'eventEndsAt', key: 'notices.error.dateTime' });
    } else if (ends && starts && Date.parse(ends) <= Date.parse(starts)) {
      problems.push({ field: 'eventEndsAt', key: 'notices.error.eventEndsBeforeStart' });
    }
    const location = textProblem(form.eventLocation, MAX_LOCATION_LENGTH, false);
    if (location) {
      problems.push({ field: 'eventLocation', key: location, max: MAX_LOCATION_LENGTH });
    }
  }
  return problems;
}

/** What the API takes; event details only for events (the API refuses them for the others). */
export function noticeInput(form: NoticeForm): AnnouncementInput {
  const isEvent = form.category === AnnouncementCategory.EVENT;
  const optional = (text: string) => (text.trim() === '' ? null : text);
  return {
    category: form.category,
    severity: form.severity,
    title: { de: form.title.de, en: optional(form.title.en), deLs: optional(form.title.deLs) },
    body: { de: form.body.de, en: optional(form.body.en), deLs: optional(form.body.deLs) },
    expiresAt: instantOf(form.expiresAt),
    eventStartsAt: isEvent ? instantOf(form.eventStartsAt) : null,
    eventEndsAt: isEvent ? instantOf(form.eventEndsAt) : null,
    eventLocation: isEvent ? optional(form.eventLocation) : null,
  };
}

/** The input id an API `field` path points to ("announcement", "title", "en" → "title-en"). */
export function noticeFieldOf(path: readonly string[] | null | undefined): NoticeField | null {
  if (!path) return null;
  const parts = path[0] === 'announcement' ? path.slice(1) : path;
  const id = parts.length === 2 ? `${parts[0]}-${parts[1]}` : parts[0];
  return NOTICE_FIELDS.find((field) => field === id) ?? null;
}
