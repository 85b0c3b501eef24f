import type { de } from './de.js';

/** English texts; the type makes a missing key a compile error. */
export const en: Record<keyof typeof de, string> = {
  'error.internal': 'An internal error occurred. Please try again later.',
  'error.required': 'Please fill in this field.',
  'error.tooLong': 'Please enter at most {max} characters.',
  'error.invalidId': 'This ID is not valid.',
  'error.invalidEmail': 'Please enter a valid e-mail address, for example name@example.org.',
  'error.invalidName': 'Please enter your name (at most 200 characters).',
  'error.invalidPhone': 'Please enter a phone number with digits, spaces and + - / ( ) only.',
  'error.invalidIdempotencyKey':
    'The idempotency key may contain letters, digits and - _ : . only (at most 200 characters).',
  'error.invalidCursor': 'This cursor is not valid. Please request the list again.',
  'error.invalidPageSize': 'Please request between 0 and {max} items.',
  'error.invalidRange': 'The period must end after it starts and last at most {days} days.',
  'error.startsAtPast': 'This time is in the past. Please choose a later one.',
  'error.startsAtTooFar': 'Appointments can be booked at most {days} days ahead.',
  'error.notBookableTime': 'This office gives no appointments for this service at that time.',
  'error.slotTaken':
    'This time has just been taken. Please choose another time; your details are kept.',
  'error.serviceNotFound': 'This service does not exist.',
  'error.officeNotFound': 'This office does not exist.',
  'error.serviceNotOffered': 'This office does not offer this service.',
  'error.appointmentNotFound': 'We found no appointment with this booking code and e-mail address.',
  'error.limitReached':
    'This e-mail address already has {limit} appointments. Please cancel one before booking another.',
  'error.idempotencyKeyReused': 'This idempotency key was already used for another booking.',
  'error.alreadyCancelled': 'This appointment is already cancelled.',
  'error.tooLate': 'This appointment has already started and can no longer be cancelled.',
  'calendar.summary': '{service} – appointment at {town} town hall',
  'calendar.description': 'Your booking code: {code}. Please bring: {documents}. To cancel: {url}',
  'calendar.noDocuments': 'nothing in particular',
};
