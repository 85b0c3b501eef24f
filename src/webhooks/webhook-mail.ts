import { mailLanguage } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import type { Email } from '../notifications/outbox.js';

/** The developers page, which tells how to turn an endpoint on (`paths.developers`). */
export function developersUrl(publicUrl: string): string {
  return `${publicUrl}/developers`;
}

/** Tells a key's owner that an endpoint failed for a day and receives nothing until turned on. */
export function endpointDisabledEmail(
  owner: { email: string; language: string },
  endpoint: { url: string; keyName: string },
  settings: { publicUrl: string; townName: string },
): Email {
  const lang = mailLanguage(owner.language);
  const params = {
    town: settings.townName,
    url: endpoint.url,
    key: endpoint.keyName,
    link: developersUrl(settings.publicUrl),
  };
  return {
    recipient: owner.email,
    subject: translate(lang, 'mail.webhookDisabled.subject', params),
    body: translate(lang, 'mail.webhookDisabled.body', params),
  };
}
