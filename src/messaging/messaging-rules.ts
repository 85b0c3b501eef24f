import { invalidField } from '../common/domain-error.js';
import { rejectProblems, textProblem } from '../common/validation.js';

export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_SUBJECT_LENGTH = 200;
/** A citizen is reminded by e-mail of an answer unread this long… */
export const REMINDER_DELAY_MS = 10 * 60 * 1000;
/** …at most once per conversation in this time. */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;
/** An open conversation subscription marks the citizen present for this long after each beat. */
export const PRESENCE_TTL_MS = 2 * 60 * 1000;
export const TYPING_INTERVAL_MS = 2000;

const CLIENT_MESSAGE_ID = /^[A-Za-z0-9_:.-]{1,100}$/;

export function validateMessage(input: { body: string; clientMessageId: string }): string {
  const body = input.body.trim();
  rejectProblems([
    textProblem('body', body, MAX_MESSAGE_LENGTH),
    CLIENT_MESSAGE_ID.test(input.clientMessageId)
      ? null
      : invalidField('clientMessageId', 'error.invalidIdempotencyKey'),
  ]);
  return body;
}

export function validateSubject(subject: string): string {
  const trimmed = subject.trim();
  rejectProblems([textProblem('subject', trimmed, MAX_SUBJECT_LENGTH)]);
  return trimmed;
}

export const MAX_TEMPLATE_NAME_LENGTH = 80;
/** As long as a message: a template is inserted into one. */
export const MAX_TEMPLATE_BODY_LENGTH = MAX_MESSAGE_LENGTH;
/** An office's templates are one list on the clerk's screen, not a library. */
export const MAX_TEMPLATES_PER_OFFICE = 100;

/** An answer template's name and text, trimmed, or every problem with them. */
export function validateTemplate(input: { name: string; body: string }): {
  name: string;
  body: string;
} {
  const name = input.name.trim();
  const body = input.body.trim();
  rejectProblems([
    textProblem('name', name, MAX_TEMPLATE_NAME_LENGTH),
    textProblem('body', body, MAX_TEMPLATE_BODY_LENGTH),
  ]);
  return { name, body };
}
