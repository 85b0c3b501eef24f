import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another: no 0/O, no 1/I/L. */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;

/** A random booking code: 31^8 ≈ 8.5 · 10^11 possibilities, so guessing one is hopeless. */
export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i += 1) {
    code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  }
  return code;
}

/** What a citizen types ("ab3d-ef7k ") in the stored form, or null when it cannot be a code. */
export function normalizeBookingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  const valid =
    code.length === BOOKING_CODE_LENGTH &&
    [...code].every((c) => BOOKING_CODE_ALPHABET.includes(c));
  return valid ? code : null;
}
