/**
 * German texts, the reference catalogue: every key exists here first. Placeholders in braces are
 * filled by `translate`.
 */
export const de = {
  'error.internal': 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  'error.required': 'Bitte füllen Sie dieses Feld aus.',
  'error.tooLong': 'Bitte geben Sie höchstens {max} Zeichen ein.',
  'error.invalidId': 'Diese Kennung ist ungültig.',
  'error.invalidEmail':
    'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
  'error.invalidName': 'Bitte geben Sie Ihren Namen an (höchstens 200 Zeichen).',
  'error.invalidPhone':
    'Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + - / ( ) an.',
  'error.invalidIdempotencyKey':
    'Der Wiederholungsschlüssel darf nur Buchstaben, Ziffern und - _ : . enthalten (höchstens 200 Zeichen).',
  'error.invalidCursor': 'Dieser Cursor ist ungültig. Bitte fordern Sie die Liste neu an.',
  'error.invalidPageSize': 'Bitte fordern Sie zwischen 0 und {max} Einträge an.',
  'error.invalidRange':
    'Der Zeitraum muss nach seinem Beginn enden und darf höchstens {days} Tage lang sein.',
  'error.startsAtPast':
    'Dieser Zeitpunkt liegt in der Vergangenheit. Bitte wählen Sie einen späteren.',
  'error.startsAtTooFar': 'Termine können höchstens {days} Tage im Voraus gebucht werden.',
  'error.notBookableTime':
    'Zu dieser Zeit werden für diese Leistung an diesem Standort keine Termine vergeben.',
  'error.slotTaken':
    'Dieser Termin wurde gerade vergeben. Bitte wählen Sie eine andere Uhrzeit; Ihre Angaben bleiben erhalten.',
  'error.serviceNotFound': 'Diese Leistung gibt es nicht.',
  'error.officeNotFound': 'Diesen Standort gibt es nicht.',
  'error.serviceNotOffered': 'Diese Leistung wird an diesem Standort nicht angeboten.',
  'error.appointmentNotFound':
    'Wir haben keinen Termin mit dieser Buchungsnummer und dieser E-Mail-Adresse gefunden.',
  'error.limitReached':
    'Mit dieser E-Mail-Adresse sind bereits {limit} Termine gebucht. Bitte sagen Sie einen ab, bevor Sie einen neuen buchen.',
  'error.idempotencyKeyReused':
    'Dieser Wiederholungsschlüssel wurde schon für eine andere Buchung verwendet.',
  'error.alreadyCancelled': 'Dieser Termin ist bereits abgesagt.',
  'error.tooLate': 'Dieser Termin hat bereits begonnen und kann nicht mehr abgesagt werden.',
  'calendar.summary': '{service} – Termin im Rathaus {town}',
  'calendar.description':
    'Ihre Buchungsnummer: {code}. Bitte bringen Sie mit: {documents}. Absagen: {url}',
  'calendar.noDocuments': 'nichts Besonderes',
} as const;
