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
  'error.invalidCredentials': 'The e-mail address or the password is wrong.',
  'error.tooManyAttempts':
    'Too many failed attempts. Please try again in {minutes} minutes or sign in with your passkey.',
  'error.emailNotVerified':
    'Please confirm your e-mail address first. We have sent you the link again.',
  'error.invalidToken': 'This link is invalid or has expired. Please ask for a new one.',
  'error.challengeInvalid':
    'Signing in with the passkey took too long or was already used. Please try again.',
  'error.passkeyVerificationFailed': 'The passkey could not be verified. Please try again.',
  'error.passwordTooShort': 'The password must have at least {min} and at most {max} characters.',
  'error.confirmationMismatch':
    'To confirm, please enter exactly the e-mail address of your account.',
  'error.forbidden': 'You may not do this.',
  'error.notFound': 'Not found.',
  'error.slugInvalid':
    'Lower-case letters, digits and hyphens only, for example "citizens-office-centre".',
  'error.slugTaken': 'This identifier is already taken.',
  'error.invalidTime': 'Please enter a time as HH:MM; the end must be after the start.',
  'error.invalidDate': 'Please enter a date as YYYY-MM-DD.',
  'error.invalidWeekday': 'The weekday must be between 1 (Monday) and 7 (Sunday).',
  'error.invalidNumber': 'Please enter a number between {min} and {max}.',
  'mail.verify.subject': 'Please confirm your e-mail address – {town} town hall',
  'mail.verify.body':
    'Hello {name},\n\nplease confirm your e-mail address for your account at {town} town hall:\n\n{url}\n\nThe link is valid for 24 hours. If you did not create an account, you can ignore this e-mail.',
  'mail.registeredAgain.subject':
    'Registration attempt with your e-mail address – {town} town hall',
  'mail.registeredAgain.body':
    'Hello,\n\nsomeone tried to create an account at {town} town hall with your e-mail address. You already have an account; sign in here:\n\n{url}\n\nIf this was not you, you can ignore this e-mail.',
  'mail.staffInvite.subject': 'Your access to {town} town hall',
  'mail.staffInvite.body':
    'Hello {name},\n\nan account for the staff of {town} town hall has been set up for you. Please confirm it within 7 days:\n\n{url}\n\nThen set up a passkey or a password.',
};
