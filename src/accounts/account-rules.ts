import { createHash } from 'node:crypto';
import { invalidField, type FieldProblem } from '../common/domain-error.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.js';

// Deliberately simple: one @, no spaces, a dot in the domain. Delivery proves the rest.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const CONTROL_CHARACTERS = /\p{Cc}/u;
// E-mails print only a name's letters and a few marks (inertName): a name needs one.
const LETTER = /\p{L}/u;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(field: string, email: string): FieldProblem | null {
  if (email.length === 0) return invalidField(field, 'error.required');
  if (email.length > 254 || !EMAIL.test(email)) return invalidField(field, 'error.invalidEmail');
  return null;
}

export function nameProblem(field: string, name: string): FieldProblem | null {
  if (name.length === 0) return invalidField(field, 'error.required');
  if (name.length > 200 || CONTROL_CHARACTERS.test(name) || !LETTER.test(name))
    return invalidField(field, 'error.invalidName');
  return null;
}

export function passwordProblem(field: string, password: string): FieldProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return invalidField(field, 'error.passwordTooShort', {
      min: PASSWORD_MIN_LENGTH,
      max: PASSWORD_MAX_LENGTH,
    });
  }
  return null;
}

/** Failed password sign-ins per e-mail and IP that trigger the temporary block. */
export const MAX_FAILED_SIGN_INS = 10;
/** Failed password sign-ins per e-mail from all addresses together that trigger it. */
export const MAX_FAILED_SIGN_INS_PER_ACCOUNT = 30;
export const FAILED_SIGN_IN_WINDOW_MINUTES = 15;

/** How long to wait before checking a password after `failures` recent failures: 0, then doubling. */
export function signInDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(100 * 2 ** (failures - 3), 800);
}

/** How failed sign-ins are keyed: a hash of the e-mail, so that no address is stored in clear. */
export function signInKey(email: string): string {
  return createHash('sha256').update(`rathaus-sign-in:${email}`).digest('base64url');
}
