import type { LocalizedList, LocalizedText } from '../entities/localized-text.js';
import { InvalidInputError, invalidField, type FieldProblem } from './domain-error.js';

// Field checks shared by the admin use cases; each returns the problem or null, so that a form
// gets all of its problems at once (see rejectProblems).

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Control characters other than tab and line breaks, which multi-line texts need. */
export const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;

export type Problem = FieldProblem | null;

export function slugProblem(field: string, slug: string): Problem {
  return slug.length <= 80 && SLUG.test(slug) ? null : invalidField(field, 'error.slugInvalid');
}

export function textProblem(
  field: string,
  text: string | null | undefined,
  max: number,
  required = true,
): Problem {
  if (text == null || text.trim().length === 0)
    return required ? invalidField(field, 'error.required') : null;
  if (text.length > max || CONTROL_CHARACTERS.test(text))
    return invalidField(field, 'error.tooLong', { max });
  return null;
}

export function localizedTextProblems(field: string, text: LocalizedText, max: number): Problem[] {
  return [
    textProblem(`${field}.de`, text.de, max),
    textProblem(`${field}.en`, text.en, max, false),
    textProblem(`${field}.deLs`, text.de_ls, max, false),
  ];
}

/** Each language's name in the API's inputs (`LocalizedListInput`), where errors point. */
const INPUT_NAME = { de: 'de', en: 'en', de_ls: 'deLs' } as const;

export function localizedListProblems(field: string, list: LocalizedList): Problem[] {
  return (['de', 'en', 'de_ls'] as const).flatMap((lang) =>
    (list[lang] ?? []).map((item, index) =>
      textProblem(`${field}.${INPUT_NAME[lang]}.${index}`, item, 300),
    ),
  );
}

export function timeProblem(field: string, time: string): Problem {
  return TIME.test(time) ? null : invalidField(field, 'error.invalidTime');
}

export function dateProblem(field: string, date: string | null | undefined): Problem {
  if (date == null) return null;
  const valid = DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  return valid && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)
    ? null
    : invalidField(field, 'error.invalidDate');
}

export function integerProblem(
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
): Problem {
  if (value == null) return null;
  return Number.isInteger(value) && value >= min && value <= max
    ? null
    : invalidField(field, 'error.invalidNumber', { min, max });
}

/** Throws every problem at once; does nothing when there is none. */
export function rejectProblems(problems: Problem[]): void {
  const found = problems.filter((problem) => problem !== null);
  if (found.length > 0) throw new InvalidInputError(found);
}
