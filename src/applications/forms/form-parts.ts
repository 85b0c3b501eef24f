/**
 * Parts that several demo forms ask alike (a person's name, a German postal address), so that
 * they ask them in the same words and check them with the same patterns.
 */
import type { FieldHint } from '../form-definition.js';

/** A name part: at least one visible character, no line breaks. */
export const nameSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[^\\n\\r\\t]*\\S',
};

/** A calendar date (YYYY-MM-DD), as the browser's date field gives it. */
export const dateSchema = { type: 'string', format: 'date' };

/** A German telephone number as people write it: digits, spaces, +, /, - and brackets. */
export const phoneSchema = { type: 'string', pattern: '^\\+?[0-9 ()/-]{5,30}$' };

/** A German postal address (street, house number, five-digit postal code, town). */
export const postalAddressSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['street', 'houseNumber', 'postalCode', 'city'],
  properties: {
    street: nameSchema,
    // "12", "12a", "12 a", "12-14", "3/1"
    houseNumber: {
      type: 'string',
      pattern: '^[1-9][0-9]{0,3}( ?[a-zA-Z])?( ?[-/] ?[1-9][0-9]{0,3}( ?[a-zA-Z])?)?$',
    },
    postalCode: { type: 'string', pattern: '^[0-9]{5}$' },
    city: nameSchema,
  },
};

/** The hints of a postal address whose object is at `at` (a JSON pointer). */
export function postalAddressHints(at: string): Record<string, FieldHint> {
  return {
    [`${at}/street`]: {
      label: { de: 'Straße', en: 'Street' },
      autocomplete: 'address-line1',
    },
    [`${at}/houseNumber`]: {
      label: { de: 'Hausnummer', en: 'House number' },
      help: {
        de: 'Mit Zusatz, falls vorhanden, z. B. 12a.',
        en: 'With its letter, if any, e.g. 12a.',
      },
    },
    [`${at}/postalCode`]: {
      label: { de: 'Postleitzahl', en: 'Postal code' },
      help: { de: 'Fünf Ziffern, z. B. 48143.', en: 'Five digits, e.g. 48143.' },
      autocomplete: 'postal-code',
    },
    [`${at}/city`]: {
      label: { de: 'Ort', en: 'Town' },
      autocomplete: 'address-level2',
    },
  };
}

/** The hints of a person's given and family name and date of birth under `at`. */
export function personHints(at: string): Record<string, FieldHint> {
  return {
    [`${at}/givenName`]: {
      label: { de: 'Vorname(n)', en: 'Given name(s)' },
      help: {
        de: 'Alle Vornamen, wie sie im Ausweis stehen.',
        en: 'All given names, as in the identity card or passport.',
      },
      autocomplete: 'given-name',
    },
    [`${at}/familyName`]: {
      label: { de: 'Familienname', en: 'Family name' },
      autocomplete: 'family-name',
    },
    [`${at}/dateOfBirth`]: {
      label: { de: 'Geburtsdatum', en: 'Date of birth' },
      autocomplete: 'bday',
    },
  };
}

/** The file types every demo document accepts, and their size limit (10 MB). */
export const DOCUMENT_FILES = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
};
