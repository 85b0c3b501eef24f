import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { queueWebhookEvent } from '../webhooks/webhook-events.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { findOffice, type OfficeRecord } from '../catalogue/catalogue.service.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { rejectProblems } from '../common/validation.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import {
  AnnouncementRevisionAction,
  AnnouncementRevisionEntity,
} from '../entities/announcements/announcement-revision.entity.js';
import {
  AnnouncementEntity,
  type AnnouncementCategory,
} from '../entities/announcements/announcement.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import {
  publishAnnouncementPublished,
  publishAnnouncementWithdrawn,
} from './announcement-events.js';
import {
  announcementStatus,
  AnnouncementStatus,
  contentProblems,
  isVisible,
  maySee,
  mayWrite,
  type AnnouncementContent,
} from './announcement-rules.js';
import {
  announcementPage,
  lastChangeOfVisible,
  revisionsOf,
  visibleAnnouncements,
  type AnnouncementKey,
  type AnnouncementPage,
  type AnnouncementRecord,
  type AnnouncementRevisionRecord,
  type AnnouncementScope,
} from './announcement.queries.js';
import { AnnouncementErrorCode } from './announcement.errors.js';

/** The office id of an announcement; null for a town-wide one. */
export function officeIdOf(announcement: Pick<AnnouncementRecord, 'office'>): string | null {
  return announcement.office?.id ?? null;
}

function notFound(field = 'id'): DomainError {
  return new DomainError(AnnouncementErrorCode.NOT_FOUND, 'error.announcementNotFound', [field]);
}

function editorOf(tx: EntityManager, principal: Principal): AccountEntity | null {
  return principal.kind === 'account' ? tx.getReference(AccountEntity, principal.accountId) : null;
}

/** Writes the announcement as it stands now as its next revision. */
function recordRevision(
  tx: EntityManager,
  announcement: AnnouncementEntity,
  action: AnnouncementRevisionAction,
  principal: Principal,
  now: Date,
): void {
  tx.create(AnnouncementRevisionEntity, {
    announcement,
    revision: announcement.revision,
    action,
    editor: editorOf(tx, principal),
    editedAt: now,
    category: announcement.category,
    severity: announcement.severity,
    title: announcement.title,
    body: announcement.body,
    publishAt: announcement.publishAt,
    expiresAt: announcement.expiresAt,
    eventStartsAt: announcement.eventStartsAt,
    eventEndsAt: announcement.eventEndsAt,
    eventLocation: announcement.eventLocation,
  });
}

function contentFields(content: AnnouncementContent) {
  return {
    category: content.category,
    severity: content.severity,
    title: content.title,
    body: content.body,
    expiresAt: content.expiresAt ?? null,
    eventStartsAt: content.eventStartsAt ?? null,
    eventEndsAt: content.eventEndsAt ?? null,
    eventLocation: content.eventLocation?.trim() || null,
  };
}

/**
 * Writes a new draft for an office (its staff, admins) or for the whole town (admins). It becomes
 * visible only when published.
 */
export async function createAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  input: AnnouncementContent & { officeId: string | null },
): Promise<AnnouncementEntity> {
  const { em, principal } = ctx;
  const now = ctx.clock();
  const office = input.officeId ? await em.findOne(OfficeEntity, { id: input.officeId }) : null;
  if (input.officeId && !office) {
    throw new DomainError(AnnouncementErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  if (!mayWrite(principal, input.officeId)) {
    throw new DomainError(
      AnnouncementErrorCode.FORBIDDEN,
      input.officeId ? 'error.notYourOffice' : 'error.townWideAdminsOnly',
      ['officeId'],
    );
  }
  rejectProblems(contentProblems(input, null, now));
  const announcement = em.create(AnnouncementEntity, {
    ...contentFields(input),
    office,
    createdAt: now,
    updatedAt: now,
  });
  recordRevision(em, announcement, AnnouncementRevisionAction.CREATED, principal, now);
  await em.flush();
  return announcement;
}

/**
 * Loads and locks an announcement for a change by the principal, in the transaction. What the
 * principal may not see is NOT_FOUND; what they see but may not change (a published notice of
 * another office) is FORBIDDEN.
 */
async function lockForChange(
  tx: EntityManager,
  principal: Principal,
  announcementId: string,
  now: Date,
): Promise<AnnouncementEntity> {
  const announcement = await tx.findOne(
    AnnouncementEntity,
    { id: announcementId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!announcement) throw notFound();
  const officeId = officeIdOf(announcement);
  if (!mayWrite(principal, officeId)) {
    if (!isVisible(announcement, now)) throw notFound();
    throw new DomainError(
      AnnouncementErrorCode.FORBIDDEN,
      officeId ? 'error.notYourOffice' : 'error.townWideAdminsOnly',
      ['id'],
    );
  }
  return announcement;
}

/**
 * Replaces what an announcement says (texts, category, severity, end of validity, event details)
 * and records the new version in its history. The scope and the start of validity stay; expired
 * announcements are the record and stay as they are. With `expectedRevision`, a concurrent edit
 * by someone else is refused instead of overwritten.
 */
export async function updateAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  input: AnnouncementContent & { announcementId: string; expectedRevision?: number | null },
): Promise<AnnouncementEntity> {
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, ctx.principal, input.announcementId, now);
    if (announcementStatus(announcement, now) === AnnouncementStatus.EXPIRED) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_EXPIRED, 'error.alreadyExpired');
    }
    if (input.expectedRevision != null && input.expectedRevision !== announcement.revision) {
      throw new DomainError(
        AnnouncementErrorCode.EDIT_CONFLICT,
        'error.editConflict',
        ['expectedRevision'],
        { revision: announcement.revision },
      );
    }
    rejectProblems(contentProblems(input, announcement.publishAt, now));
    tx.assign(announcement, {
      ...contentFields(input),
      revision: announcement.revision + 1,
      updatedAt: now,
    });
    recordRevision(tx, announcement, AnnouncementRevisionAction.UPDATED, ctx.principal, now);
    if (announcementStatus(announcement, now) === AnnouncementStatus.PUBLISHED) {
      await queueWebhookEvent(
        tx,
        {
          type: WebhookEventType.ANNOUNCEMENT_CHANGED,
          announcementId: announcement.id,
          officeId: officeIdOf(announcement),
        },
        now,
      );
    }
    return announcement;
  });
}

/**
 * Publishes a draft now, or schedules it for `publishAt` (a time in the past means now); a
 * scheduled one can be moved. Publishing now claims the live event in the same transaction, so
 * that the scheduler of no instance sends it a second time, and sends it after the commit.
 */
export async function publishAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  input: { announcementId: string; publishAt?: Date | null },
): Promise<AnnouncementEntity> {
  const now = ctx.clock();
  const { announcement, announce } = await ctx.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, ctx.principal, input.announcementId, now);
    const status = announcementStatus(announcement, now);
    if (status === AnnouncementStatus.PUBLISHED) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_PUBLISHED, 'error.alreadyPublished');
    }
    if (status === AnnouncementStatus.EXPIRED) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_EXPIRED, 'error.alreadyExpired');
    }
    const immediately = !input.publishAt || input.publishAt <= now;
    const publishAt = immediately ? now : (input.publishAt as Date);
    if (announcement.expiresAt && announcement.expiresAt <= publishAt) {
      throw new InvalidInputError([invalidField('publishAt', 'error.publishAfterExpiry')]);
    }
    const announce = immediately && announcement.announcedAt === null;
    tx.assign(announcement, {
      publishAt,
      announcedAt: announce ? now : announcement.announcedAt,
      revision: announcement.revision + 1,
      updatedAt: now,
    });
    recordRevision(
      tx,
      announcement,
      immediately ? AnnouncementRevisionAction.PUBLISHED : AnnouncementRevisionAction.SCHEDULED,
      ctx.principal,
      now,
    );
    if (announce) {
      await queueWebhookEvent(
        tx,
        {
          type: WebhookEventType.ANNOUNCEMENT_PUBLISHED,
          announcementId: announcement.id,
          officeId: officeIdOf(announcement),
        },
        now,
      );
    }
    return { announcement, announce };
  });
  if (announce) {
    publishAnnouncementPublished(ctx.bus, {
      announcementId: announcement.id,
      officeId: officeIdOf(announcement),
    });
  }
  return announcement;
}

/**
 * Takes an announcement back: a visible one ends now (it stays in the archive as expired), a
 * scheduled one becomes a draft again.
 */
export async function withdrawAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  input: { announcementId: string },
): Promise<AnnouncementEntity> {
  const now = ctx.clock();
  let wasVisible = false;
  const announcement = await ctx.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, ctx.principal, input.announcementId, now);
    const status = announcementStatus(announcement, now);
    if (status === AnnouncementStatus.DRAFT) {
      throw new DomainError(AnnouncementErrorCode.NOT_PUBLISHED, 'error.notPublished');
    }
    if (status === AnnouncementStatus.EXPIRED) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_EXPIRED, 'error.alreadyExpired');
    }
    wasVisible = status === AnnouncementStatus.PUBLISHED;
    if (status === AnnouncementStatus.SCHEDULED) {
      announcement.publishAt = null;
    } else {
      announcement.expiresAt = now;
      // The validity must end after it began: withdrawn in the very millisecond of its
      // publication, it is taken to have begun a millisecond earlier.
      if ((announcement.publishAt as Date) >= now) {
        announcement.publishAt = new Date(now.getTime() - 1);
      }
    }
    announcement.revision += 1;
    announcement.updatedAt = now;
    recordRevision(tx, announcement, AnnouncementRevisionAction.WITHDRAWN, ctx.principal, now);
    if (wasVisible) {
      await queueWebhookEvent(
        tx,
        {
          type: WebhookEventType.ANNOUNCEMENT_WITHDRAWN,
          announcementId: announcement.id,
          officeId: officeIdOf(announcement),
        },
        now,
      );
    }
    return announcement;
  });
  // What nobody saw (a scheduled one) needs taking down nowhere.
  if (wasVisible) {
    publishAnnouncementWithdrawn(ctx.bus, {
      announcementId: announcement.id,
      officeId: officeIdOf(announcement),
    });
  }
  return announcement;
}

/**
 * Deletes an announcement that nobody outside the town hall has seen: a draft or a scheduled one.
 * What was published stays on record; withdraw it instead. Returns the deleted id.
 */
export async function deleteAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  input: { announcementId: string },
): Promise<string> {
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, ctx.principal, input.announcementId, now);
    const status = announcementStatus(announcement, now);
    const unseen = status === AnnouncementStatus.DRAFT || status === AnnouncementStatus.SCHEDULED;
    if (!unseen || announcement.announcedAt) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_PUBLISHED, 'error.cannotDeletePublished');
    }
    // The revisions go with it (on delete cascade).
    await tx.nativeDelete(AnnouncementEntity, { id: announcement.id });
    return announcement.id;
  });
}

/** One announcement, if the principal may see it; null otherwise, as for one that does not exist. */
export async function findAnnouncement(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  id: string,
): Promise<AnnouncementEntity | null> {
  const announcement = await ctx.em.findOne(AnnouncementEntity, { id });
  if (!announcement) return null;
  const window = {
    publishAt: announcement.publishAt,
    expiresAt: announcement.expiresAt,
    officeId: officeIdOf(announcement),
  };
  return maySee(ctx.principal, window, ctx.clock()) ? announcement : null;
}

export type AnnouncementFilter = AnnouncementScope & {
  /** Which statuses to list; others than PUBLISHED only of what the principal may write. */
  statuses: AnnouncementStatus[];
};

/**
 * One page of announcements in the order of importance: emergencies first, then by severity,
 * then the newest first, with the total, in one statement. Keyset paging: `after` is the key of
 * the last item seen, so that a notice published meanwhile neither repeats nor skips an item.
 * The public sees what is visible now; staff and admins may ask for the other statuses of what
 * they write.
 */
export async function findAnnouncements(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  filter: AnnouncementFilter,
  page: { after: AnnouncementKey | null; limit: number },
): Promise<AnnouncementPage> {
  const { statuses, ...scope } = filter;
  return announcementPage(ctx.em, {
    principal: ctx.principal,
    now: ctx.clock(),
    scope,
    statuses,
    after: page.after,
    limit: page.limit,
  });
}

/** What a feed shows: the office it is limited to, its announcements, and when it last changed. */
export type AnnouncementFeed = {
  office: OfficeRecord | null;
  announcements: AnnouncementRecord[];
  /** The latest publication, edit or end of validity in it; null when nothing was published. */
  changedAt: Date | null;
  /** The time the feed was read at. */
  now: Date;
};

/**
 * A feed of the announcements visible now, the newest `limit` first: of one office (by ID, else
 * by slug) and the town, or of all; null when no office has that ID or slug.
 */
export async function announcementFeed(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  query: {
    office: { id: string | null; slug: string } | null;
    category: AnnouncementCategory | null;
    limit: number;
  },
): Promise<AnnouncementFeed | null> {
  const office = query.office ? await findOffice(ctx.em, query.office) : null;
  if (query.office && !office) return null;
  const now = ctx.clock();
  const scope = { officeId: office?.id ?? null, category: query.category };
  const [announcements, changedAt] = await Promise.all([
    visibleAnnouncements(ctx.em, { scope, now, limit: query.limit }),
    lastChangeOfVisible(ctx.em, { scope, now }),
  ]);
  return { office, announcements, changedAt, now };
}

/** The edit histories of many announcements in one statement, oldest revision first. */
export async function revisionsOfAnnouncements(
  ctx: Pick<UseCaseContext, 'em'>,
  announcementIds: readonly string[],
): Promise<Map<string, AnnouncementRevisionRecord[]>> {
  const byAnnouncement = new Map<string, AnnouncementRevisionRecord[]>();
  for (const revision of await revisionsOf(ctx.em, announcementIds)) {
    const list = byAnnouncement.get(revision.announcementId) ?? [];
    list.push(revision);
    byAnnouncement.set(revision.announcementId, list);
  }
  return byAnnouncement;
}
