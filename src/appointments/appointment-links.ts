import { createHmac, timingSafeEqual } from 'node:crypto';
import { languageUrlTag, type Language } from '../common/language.js';

// The API, the calendar files and the e-mails all link to the same places; built here once so
// that they cannot drift apart.

/**
 * What a link may do: MANAGE opens the appointment's page (view and cancel), CALENDAR downloads
 * its calendar file, REBOOK books a new time in place of one the office cancelled, CONFIRM
 * confirms the e-mail address of a guest's booking of a scarce service. A token is signed for one
 * purpose and is refused for the others.
 */
export type LinkPurpose = 'MANAGE' | 'CALENDAR' | 'REBOOK' | 'CONFIRM';

/** Where links point and the server's key that signs them (LINK_SIGNING_SECRET). */
export type LinkSettings = { publicUrl: string; linkSecret: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_BYTES = 16;
/** 128 bits of HMAC-SHA-256: far beyond guessing, and the link stays short. */
const MAC_BYTES = 16;
/** base64url of the id and the MAC: 43 characters of A–Z, a–z, 0–9, - and _. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function mac(secret: string, purpose: LinkPurpose, id: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update(`rathaus appointment link ${purpose}\n`)
    .update(id)
    .digest()
    .subarray(0, MAC_BYTES);
}

/**
 * The appointment's id and an HMAC over it and the purpose, as one URL-safe string. It proves
 * that this server made the link, in place of the booking code and e-mail address, which no
 * longer travel in URLs (they end up in logs, histories and forwarded calendar entries).
 */
export function appointmentToken(
  secret: string,
  appointmentId: string,
  purpose: LinkPurpose,
): string {
  if (!UUID.test(appointmentId)) throw new Error(`not an appointment id: ${appointmentId}`);
  const id = Buffer.from(appointmentId.replaceAll('-', ''), 'hex');
  return Buffer.concat([id, mac(secret, purpose, id)]).toString('base64url');
}

/**
 * The appointment id a token was signed for with this purpose; null for anything else (malformed,
 * tampered, signed with another key or for another purpose). The MAC is compared in constant time.
 */
export function appointmentIdOfToken(
  secret: string,
  token: string,
  purpose: LinkPurpose,
): string | null {
  if (!TOKEN.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null;
  // 43 characters carry 258 bits for 256: the last one's two spare bits are ignored by decoding,
  // so four spellings would open the same link. Only the one this server writes counts.
  if (bytes.toString('base64url') !== token) return null;
  const id = bytes.subarray(0, ID_BYTES);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES), mac(secret, purpose, id))) return null;
  const hex = id.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The web client's page of an appointment for whoever holds the link: view and cancel, nothing to
 * type (`paths.appointment` in clients/web/src/lib/routes.ts).
 */
export function appointmentManageUrl(links: LinkSettings, appointmentId: string): string {
  return `${links.publicUrl}/appointment?token=${appointmentToken(links.linkSecret, appointmentId, 'MANAGE')}`;
}

/**
 * The web client's page that offers the nearest free times in place of an appointment the office
 * cancelled, each booked with one click (`paths.rebook` in clients/web/src/lib/routes.ts).
 */
export function appointmentRebookUrl(links: LinkSettings, appointmentId: string): string {
  return `${links.publicUrl}/appointment/rebook?token=${appointmentToken(links.linkSecret, appointmentId, 'REBOOK')}`;
}

/**
 * The web client's page that confirms a guest's booking of a scarce service with one click
 * (`paths.confirmBooking` in clients/web/src/lib/routes.ts).
 */
export function appointmentConfirmUrl(links: LinkSettings, appointmentId: string): string {
  return `${links.publicUrl}/appointment/confirm?token=${appointmentToken(links.linkSecret, appointmentId, 'CONFIRM')}`;
}

/**
 * The same page asking for the e-mail address: the calendar file links here, as a calendar entry
 * is often shared with others who should see the appointment but not cancel it.
 */
export function appointmentPageUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/appointment?code=${code}`;
}

/** The appointment's iCalendar file (src/server/calendar-route.ts), by a CALENDAR token. */
export function appointmentCalendarUrl(
  links: LinkSettings,
  appointmentId: string,
  lang: Language,
): string {
  const token = appointmentToken(links.linkSecret, appointmentId, 'CALENDAR');
  return `${links.publicUrl}/appointments/${token}.ics?lang=${languageUrlTag(lang)}`;
}
