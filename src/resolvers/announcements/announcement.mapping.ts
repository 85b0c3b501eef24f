import {
  announcementStatus,
  languageOf,
  mayWrite,
} from '../../announcements/announcement-rules.js';
import type {
  AnnouncementKey,
  AnnouncementRecord,
  AnnouncementRevisionRecord,
} from '../../announcements/announcement.queries.js';
import { officeIdOf } from '../../announcements/announcement.service.js';
import type { Principal } from '../../auth/principal.js';
import { Language, pickText } from '../../common/language.js';
import { AnnouncementSeverity } from '../../entities/announcements/announcement.entity.js';
import type { LocalizedText } from '../../entities/localized-text.js';
import { cursorCodec, pageSize } from '../common/connection.js';
import { toGlobalId } from '../common/global-id.js';
import type {
  Announcement,
  AnnouncementRevision,
  AnnouncementTranslation,
} from './announcement.types.js';

export type AnnouncementView = {
  lang: Language;
  now: Date;
  principal: Principal;
  publicUrl: string;
};

/**
 * The page of an announcement on the town's site. Global IDs of UUIDs never contain "/" or "+"
 * (base64 of ASCII hex digits), so the ID is a safe path segment as it is.
 */
export function announcementUrl(publicUrl: string, announcementId: string): string {
  return `${publicUrl}/announcements/${toGlobalId('Announcement', announcementId)}`;
}

function translations(title: LocalizedText, body: LocalizedText): AnnouncementTranslation[] {
  return [Language.DE, Language.EN, Language.DE_LS]
    .filter((language) => languageOf(title, language) === language)
    .map((language) => ({
      language,
      title: pickText(title, language),
      body: pickText(body, language),
    }));
}

export function toAnnouncement(
  announcement: AnnouncementRecord,
  view: AnnouncementView,
): Announcement {
  const officeId = officeIdOf(announcement);
  const written = translations(announcement.title, announcement.body);
  return {
    id: toGlobalId('Announcement', announcement.id),
    title: pickText(announcement.title, view.lang),
    body: pickText(announcement.body, view.lang),
    language: languageOf(announcement.title, view.lang),
    availableLanguages: written.map((translation) => translation.language),
    translations: written,
    category: announcement.category,
    severity: announcement.severity,
    emergency: announcement.severity === AnnouncementSeverity.EMERGENCY,
    townWide: officeId === null,
    publishAt: announcement.publishAt,
    expiresAt: announcement.expiresAt,
    status: announcementStatus(announcement, view.now),
    eventStartsAt: announcement.eventStartsAt,
    eventEndsAt: announcement.eventEndsAt,
    eventLocation: announcement.eventLocation,
    url: announcementUrl(view.publicUrl, announcement.id),
    updatedAt: announcement.updatedAt,
    revision: announcement.revision,
    viewerCanEdit: mayWrite(view.principal, officeId),
    uuid: announcement.id,
    officeId,
    lang: view.lang,
  };
}

export function toAnnouncementRevision(revision: AnnouncementRevisionRecord): AnnouncementRevision {
  return {
    revision: revision.revision,
    action: revision.action,
    editedAt: revision.editedAt,
    editedBy: revision.editorName,
    category: revision.category,
    severity: revision.severity,
    publishAt: revision.publishAt,
    expiresAt: revision.expiresAt,
    eventStartsAt: revision.eventStartsAt,
    eventEndsAt: revision.eventEndsAt,
    eventLocation: revision.eventLocation,
    translations: translations(revision.title, revision.body),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An opaque keyset cursor: the list position (severity rank, time, id) of an announcement. */
const announcementCursors = cursorCodec<AnnouncementKey>(
  'announcement',
  (key) => [key.rank, key.sortAt.getTime(), key.id],
  ([rank, time, id, ...rest]) => {
    const key = { rank: Number(rank), sortAt: new Date(Number(time)), id: id ?? '' };
    const valid =
      rest.length === 0 &&
      Number.isInteger(key.rank) &&
      !Number.isNaN(key.sortAt.getTime()) &&
      UUID.test(key.id);
    return valid ? key : null;
  },
);

export const announcementCursor = announcementCursors.encode;

/** The page that `first` and `after` ask for; bad values are bad arguments, naming them. */
export function requestedAnnouncementPage(
  args: { first?: number | null; after?: string | null },
  lang: Language,
): { after: AnnouncementKey | null; limit: number } {
  return {
    after: args.after == null ? null : announcementCursors.decode(args.after, 'after', lang),
    limit: pageSize(args.first, lang),
  };
}
