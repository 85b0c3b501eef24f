import { Language, pickText } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { inertName } from '../notifications/inert-text.js';
import { SECRET_MARK, type Email } from '../notifications/outbox.js';
import type { AppointmentMailContext, AppointmentPlace } from './appointment-mail.js';

const LOCALE: Record<Language, string> = {
  [Language.DE]: 'de-DE',
  [Language.EN]: 'en-GB',
  [Language.DE_LS]: 'de-DE',
};

type MailSettings = Pick<AppointmentMailContext, 'publicUrl' | 'townName' | 'timeZone'>;

/**
 * The web client's page of a waitlist offer for whoever holds the link: accept or decline, nothing
 * to type (`paths.waitlistOffer` in clients/web/src/lib/routes.ts). The token is the offer's hold
 * token, filled in when the e-mail is sent (SECRET_MARK).
 */
export function waitlistOfferUrl(publicUrl: string): string {
  return `${publicUrl}/waitlist/offer?token=${SECRET_MARK}`;
}

/** The page that confirms a guest's waitlist entry (`paths.waitlistConfirm`). */
export function waitlistConfirmUrl(publicUrl: string): string {
  return `${publicUrl}/waitlist/confirm?token=${SECRET_MARK}`;
}

/**
 * The page of a guest's entry (`paths.waitlistEntry`): its place in line, and leaving the line.
 * Same token as the confirmation link, which stays valid while the entry lives.
 */
export function waitlistEntryUrl(publicUrl: string): string {
  return `${publicUrl}/waitlist/entry?token=${SECRET_MARK}`;
}

/**
 * The offer of a freed time: what, when, where, until when it is held, and the link that accepts
 * or declines it. The token travels as the e-mail's secret, never stored in the outbox's body.
 */
export function waitlistOfferEmail(
  recipient: { email: string; name: string; language: Language },
  offer: { startsAt: Date; endsAt: Date; heldUntil: Date },
  place: AppointmentPlace,
  settings: MailSettings,
  token: string,
): Email & { secret: string } {
  const lang = recipient.language;
  const locale = LOCALE[lang];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: settings.timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: settings.timeZone });
  const params = {
    town: settings.townName,
    name: inertName(recipient.name),
    service: pickText(place.service.name, lang),
    office: pickText(place.office.name, lang),
    address: `${place.office.street}, ${place.office.postalCode} ${place.office.city}`,
    date: date.format(offer.startsAt),
    start: time.format(offer.startsAt),
    end: time.format(offer.endsAt),
    until: time.format(offer.heldUntil),
    url: waitlistOfferUrl(settings.publicUrl),
  };
  return {
    recipient: recipient.email,
    subject: translate(lang, 'mail.waitlistOffer.subject', params),
    body: translate(lang, 'mail.waitlistOffer.body', params),
    secret: token,
  };
}

/** The link a guest follows to be put in line (the entry waits for it, UNCONFIRMED). */
export function waitlistConfirmationEmail(
  recipient: { email: string; name: string; language: Language },
  service: AppointmentPlace['service'],
  settings: MailSettings,
  token: string,
): Email & { secret: string } {
  const lang = recipient.language;
  const params = {
    town: settings.townName,
    name: inertName(recipient.name),
    service: pickText(service.name, lang),
    url: waitlistConfirmUrl(settings.publicUrl),
    entryUrl: waitlistEntryUrl(settings.publicUrl),
  };
  return {
    recipient: recipient.email,
    subject: translate(lang, 'mail.waitlistConfirm.subject', params),
    body: translate(lang, 'mail.waitlistConfirm.body', params),
    secret: token,
  };
}
