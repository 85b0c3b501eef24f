import type { MessageKey } from '../i18n/i18n';

// The same rules as the server's (src/appointments/appointment-rules.ts), checked before the
// citizen reaches "check your answers"; the server's word still counts.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ()/-]{5,30}$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export type ContactDetails = { name: string; email: string; phone: string };
export type FieldErrors<Field extends string> = Partial<Record<Field, MessageKey>>;

export function validateName(name: string): MessageKey | undefined {
  const value = name.trim();
  if (!value) return 'booking.details.name.required';
  if (value.length > 200 || CONTROL_CHARACTERS.test(value)) return 'booking.details.name.invalid';
  return undefined;
}

export function validateEmail(email: string): MessageKey | undefined {
  const value = email.trim();
  if (!value) return 'booking.details.email.required';
  if (value.length > 254 || !EMAIL.test(value)) return 'booking.details.email.invalid';
  return undefined;
}

export function validatePhone(phone: string): MessageKey | undefined {
  const value = phone.trim();
  if (value && !PHONE.test(value)) return 'booking.details.phone.invalid';
  return undefined;
}

export function validateContactDetails(details: ContactDetails): FieldErrors<keyof ContactDetails> {
  const errors: FieldErrors<keyof ContactDetails> = {};
  const name = validateName(details.name);
  const email = validateEmail(details.email);
  const phone = validatePhone(details.phone);
  if (name) errors.name = name;
  if (email) errors.email = email;
  if (phone) errors.phone = phone;
  return errors;
}

/** Booking codes are 8 characters; people type them with spaces, dashes and in lower case. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

// The API's limits for conversations (src/messaging/messaging-rules.ts).
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_MESSAGE_LENGTH = 4000;

export function validateSubject(subject: string): MessageKey | undefined {
  const value = subject.trim();
  if (!value) return 'writeToOffice.subject.required';
  if (value.length > MAX_SUBJECT_LENGTH) return 'writeToOffice.subject.tooLong';
  return undefined;
}

export function validateMessageBody(body: string): MessageKey | undefined {
  const value = body.trim();
  if (!value) return 'conversation.body.required';
  if (value.length > MAX_MESSAGE_LENGTH) return 'conversation.body.tooLong';
  return undefined;
}
