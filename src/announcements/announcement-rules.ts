import { isAdmin, worksFor, type Principal } from '../auth/principal.js';
import { invalidField } from '../common/domain-error.js';
import { Language } from '../common/language.js';
import { localizedTextProblems, textProblem, type Problem } from '../common/validation.js';
import {
  AnnouncementCategory,
  AnnouncementSeverity,
} from '../entities/announcements/announcement.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';

/** Where an announcement stands, derived from its validity window and the current time. */
export enum AnnouncementStatus {
  /** Not published yet and not scheduled: only its office's staff (and admins) see it. */
  DRAFT = 'DRAFT',
  /** Will become visible at `publishAt`. */
  SCHEDULED = 'SCHEDULED',
  /** Visible to everyone now. */
  PUBLISHED = 'PUBLISHED',
  /** Its validity ended (at `expiresAt`, or withdrawn); kept for the record. */
  EXPIRED = 'EXPIRED',
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;
export const MAX_LOCATION_LENGTH = 200;

type Window = { publishAt: Date | null; expiresAt: Date | null };

export function announcementStatus(announcement: Window, now: Date): AnnouncementStatus {
  if (!announcement.publishAt) return AnnouncementStatus.DRAFT;
  if (announcement.expiresAt && announcement.expiresAt <= now) return AnnouncementStatus.EXPIRED;
  if (announcement.publishAt > now) return AnnouncementStatus.SCHEDULED;
  return AnnouncementStatus.PUBLISHED;
}

/** Whether the public sees it now: publishAt <= now < expiresAt (or no end). */
export function isVisible(announcement: Window, now: Date): boolean {
  return announcementStatus(announcement, now) === AnnouncementStatus.PUBLISHED;
}

/**
 * Who writes announcements: the staff of the office it concerns, and admins; town-wide ones
 * (no office) only admins.
 */
export function mayWrite(principal: Principal, officeId: string | null): boolean {
  return officeId === null ? isAdmin(principal) : worksFor(principal, officeId);
}

/** Visible ones for everyone; drafts, scheduled and expired ones only for those who may write them. */
export function maySee(
  principal: Principal,
  announcement: Window & { officeId: string | null },
  now: Date,
): boolean {
  return isVisible(announcement, now) || mayWrite(principal, announcement.officeId);
}

/** The language an announcement's texts are in when `lang` is asked for (German when missing). */
export function languageOf(text: LocalizedText, lang: Language): Language {
  if (lang === Language.EN && text.en) return Language.EN;
  if (lang === Language.DE_LS && text.de_ls) return Language.DE_LS;
  return Language.DE;
}

/** A translation has a title and a body, or neither; half a translation would mix languages. */
function translationProblems(content: AnnouncementContent): Problem[] {
  return (
    [
      ['en', 'en'],
      ['de_ls', 'deLs'],
    ] as const
  ).map(([key, field]) =>
    Boolean(content.title[key]) === Boolean(content.body[key])
      ? null
      : invalidField(content.title[key] ? `body.${field}` : `title.${field}`, 'error.required'),
  );
}

/** What an editor writes; the validity window is set by publishing (publishAt) and here (expiresAt). */
export type AnnouncementContent = {
  category: AnnouncementCategory;
  severity: AnnouncementSeverity;
  title: LocalizedText;
  body: LocalizedText;
  expiresAt?: Date | null;
  eventStartsAt?: Date | null;
  eventEndsAt?: Date | null;
  eventLocation?: string | null;
};

/**
 * Every problem of the content at once. `publishAt` is the announcement's current start (null
 * for drafts): the validity must end after it, and in the future.
 */
export function contentProblems(
  content: AnnouncementContent,
  publishAt: Date | null,
  now: Date,
): Problem[] {
  const isEvent = content.category === AnnouncementCategory.EVENT;
  const { expiresAt, eventStartsAt, eventEndsAt } = content;
  return [
    ...localizedTextProblems('title', content.title, MAX_TITLE_LENGTH),
    ...localizedTextProblems('body', content.body, MAX_BODY_LENGTH),
    ...translationProblems(content),
    expiresAt && expiresAt <= now ? invalidField('expiresAt', 'error.expiresInPast') : null,
    expiresAt && publishAt && expiresAt <= publishAt
      ? invalidField('expiresAt', 'error.expiresBeforePublish')
      : null,
    isEvent && !eventStartsAt ? invalidField('eventStartsAt', 'error.required') : null,
    !isEvent && (eventStartsAt || eventEndsAt || content.eventLocation)
      ? invalidField('eventStartsAt', 'error.eventDetailsOnlyForEvents')
      : null,
    eventEndsAt && (!eventStartsAt || eventEndsAt <= eventStartsAt)
      ? invalidField('eventEndsAt', 'error.eventEndsBeforeStart')
      : null,
    textProblem('eventLocation', content.eventLocation, MAX_LOCATION_LENGTH, false),
  ];
}
