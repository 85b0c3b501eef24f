import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../common/clock.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import { rejectProblems } from '../common/validation.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import {
  AnnouncementRevisionAction,
  AnnouncementRevisionEntity,
} from '../entities/announcements/announcement-revision.entity.js';
import {
  AnnouncementEntity,
  type AnnouncementCategory,
  type AnnouncementSeverity,
} from '../entities/announcements/announcement.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import type { EventBus } from '../realtime/event-bus.js';
import { publishAnnouncementPublished } from './announcement-events.js';
import {
  announcementStatus,
  AnnouncementStatus,
  contentProblems,
  isVisible,
  maySee,
  mayWrite,
  SEVERITY_RANK_SQL,
  type AnnouncementContent,
} from './announcement-rules.js';
import { AnnouncementErrorCode } from './announcement.errors.js';

/** What the announcement use cases need besides their input. */
export type AnnouncementDeps = { em: EntityManager; bus: EventBus; clock: Clock };

/** The office id of an announcement; null for a town-wide one. */
export function officeIdOf(announcement: AnnouncementEntity): string | null {
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
  deps: AnnouncementDeps,
  principal: Principal,
  input: AnnouncementContent & { officeId: string | null },
): Promise<AnnouncementEntity> {
  const { em } = deps;
  const now = deps.clock();
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
  deps: AnnouncementDeps,
  principal: Principal,
  input: AnnouncementContent & { announcementId: string; expectedRevision?: number | null },
): Promise<AnnouncementEntity> {
  const now = deps.clock();
  return deps.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, principal, input.announcementId, now);
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
    recordRevision(tx, announcement, AnnouncementRevisionAction.UPDATED, principal, now);
    return announcement;
  });
}

/**
 * Publishes a draft now, or schedules it for `publishAt` (a time in the past means now); a
 * scheduled one can be moved. Publishing now claims the live event in the same transaction, so
 * that the scheduler of no instance sends it a second time, and sends it after the commit.
 */
export async function publishAnnouncement(
  deps: AnnouncementDeps,
  principal: Principal,
  input: { announcementId: string; publishAt?: Date | null },
): Promise<AnnouncementEntity> {
  const now = deps.clock();
  const { announcement, announce } = await deps.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, principal, input.announcementId, now);
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
      principal,
      now,
    );
    return { announcement, announce };
  });
  if (announce) {
    publishAnnouncementPublished(deps.bus, {
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
  deps: AnnouncementDeps,
  principal: Principal,
  input: { announcementId: string },
): Promise<AnnouncementEntity> {
  const now = deps.clock();
  return deps.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, principal, input.announcementId, now);
    const status = announcementStatus(announcement, now);
    if (status === AnnouncementStatus.DRAFT) {
      throw new DomainError(AnnouncementErrorCode.NOT_PUBLISHED, 'error.notPublished');
    }
    if (status === AnnouncementStatus.EXPIRED) {
      throw new DomainError(AnnouncementErrorCode.ALREADY_EXPIRED, 'error.alreadyExpired');
    }
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
    recordRevision(tx, announcement, AnnouncementRevisionAction.WITHDRAWN, principal, now);
    return announcement;
  });
}

/**
 * Deletes an announcement that nobody outside the town hall has seen: a draft or a scheduled one.
 * What was published stays on record; withdraw it instead. Returns the deleted id.
 */
export async function deleteAnnouncement(
  deps: AnnouncementDeps,
  principal: Principal,
  input: { announcementId: string },
): Promise<string> {
  const now = deps.clock();
  return deps.em.transactional(async (tx) => {
    const announcement = await lockForChange(tx, principal, input.announcementId, now);
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
  em: EntityManager,
  principal: Principal,
  id: string,
  now: Date,
): Promise<AnnouncementEntity | null> {
  const announcement = await em.findOne(AnnouncementEntity, { id });
  if (!announcement) return null;
  const window = {
    publishAt: announcement.publishAt,
    expiresAt: announcement.expiresAt,
    officeId: officeIdOf(announcement),
  };
  return maySee(principal, window, now) ? announcement : null;
}

export type AnnouncementFilter = {
  /** The office's own and the town-wide announcements; all when null. */
  officeId?: string | null;
  category?: AnnouncementCategory | null;
  severity?: AnnouncementSeverity | null;
  /** Which statuses to list; others than PUBLISHED only of what the principal may write. */
  statuses: AnnouncementStatus[];
};

/** A position in the list order: severity rank, then start (creation for drafts), then id. */
export type AnnouncementKey = { rank: number; sortAt: Date; id: string };

export type AnnouncementPage = {
  items: Array<{ announcement: AnnouncementEntity; key: AnnouncementKey }>;
  totalCount: number;
  hasNextPage: boolean;
};

/** Collects the parameters of a statement as its SQL is written, in placeholder order. */
class SqlParams {
  readonly values: unknown[] = [];

  /** A placeholder for the value. */
  add(value: unknown): string {
    this.values.push(value);
    return '?';
  }
}

function statusSql(status: AnnouncementStatus, now: Date, params: SqlParams): string {
  switch (status) {
    case AnnouncementStatus.DRAFT:
      return 'a.publish_at is null';
    case AnnouncementStatus.SCHEDULED:
      return `a.publish_at > ${params.add(now)}`;
    case AnnouncementStatus.PUBLISHED:
      return visibleSql(now, params);
    case AnnouncementStatus.EXPIRED:
      return `a.publish_at is not null and a.expires_at <= ${params.add(now)}`;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}

/** "Visible now", written so that announcement_live_idx answers it. */
function visibleSql(now: Date, params: SqlParams): string {
  return `a.publish_at <= ${params.add(now)} and coalesce(a.expires_at, 'infinity'::timestamptz) > ${params.add(now)}`;
}

/** SQL that admits what the principal may write (besides the visible ones everyone sees). */
function writableSql(principal: Principal, params: SqlParams): string {
  if (principal.kind !== 'account') return 'false';
  if (mayWrite(principal, null)) return 'true';
  if (principal.officeIds.length === 0) return 'false';
  return `a.office_id in (${params.add(principal.officeIds)})`;
}

/** The conditions of a list or feed: scope (office's own and town-wide), category, severity. */
function scopeSql(
  filter: {
    officeId?: string | null;
    category?: AnnouncementCategory | null;
    severity?: AnnouncementSeverity | null;
  },
  params: SqlParams,
): string {
  const conditions: string[] = [];
  if (filter.officeId) {
    conditions.push(`(a.office_id = ${params.add(filter.officeId)} or a.office_id is null)`);
  }
  if (filter.category) conditions.push(`a.category = ${params.add(filter.category)}`);
  if (filter.severity) conditions.push(`a.severity = ${params.add(filter.severity)}`);
  return conditions.map((condition) => ` and ${condition}`).join('');
}

/**
 * One page of announcements in the order of importance: emergencies first, then by severity,
 * then the newest first, with the total, in one statement. Keyset paging: `after` is the key of
 * the last item seen, so that a notice published meanwhile neither repeats nor skips an item.
 * The public sees what is visible now; staff and admins may ask for the other statuses of what
 * they write.
 */
export async function findAnnouncements(
  em: EntityManager,
  principal: Principal,
  now: Date,
  filter: AnnouncementFilter,
  page: { after: AnnouncementKey | null; limit: number },
): Promise<AnnouncementPage> {
  const params = new SqlParams();
  const statuses = [...new Set(filter.statuses)]
    .map((status) => `(${statusSql(status, now, params)})`)
    .join(' or ');
  const where = `(${statuses || 'false'})
          and ((${visibleSql(now, params)}) or ${writableSql(principal, params)})${scopeSql(filter, params)}`;
  const whereParams = [...params.values];
  const keyset = page.after
    ? `where (f.sort_rank, f.sort_at, f.id) < (${params.add(page.after.rank)}, ${params.add(page.after.sortAt)}, ${params.add(page.after.id)})`
    : '';
  const rows = await em.execute<
    Array<Record<string, unknown> & { sort_rank: number; sort_at: Date; total_count: string }>
  >(
    `with filtered as (
       select a.*, ${SEVERITY_RANK_SQL} as sort_rank, coalesce(a.publish_at, a.created_at) as sort_at
         from announcement a
        where ${where}
     )
     select f.*, (select count(*) from filtered) as total_count
       from filtered f
      ${keyset}
      order by f.sort_rank desc, f.sort_at desc, f.id desc
      limit ${params.add(page.limit + 1)}`,
    params.values,
  );
  const items = rows.slice(0, page.limit).map((row) => ({
    announcement: em.map(AnnouncementEntity, row),
    key: { rank: Number(row.sort_rank), sortAt: new Date(row.sort_at), id: String(row.id) },
  }));
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (rows.length === 0) {
    // Past the last page no row reports the total; count separately.
    const [count] = await em.execute<Array<{ total: string }>>(
      `select count(*) as total from announcement a where ${where}`,
      whereParams,
    );
    totalCount = Number(count?.total ?? 0);
  }
  return { items, totalCount, hasNextPage: rows.length > page.limit };
}

/** The visible announcements for a feed, the newest first. */
export async function feedAnnouncements(
  em: EntityManager,
  query: {
    officeId: string | null;
    category?: AnnouncementCategory | null;
    now: Date;
    limit: number;
  },
): Promise<AnnouncementEntity[]> {
  const params = new SqlParams();
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select a.* from announcement a
      where ${visibleSql(query.now, params)}${scopeSql(query, params)}
      order by a.publish_at desc, a.id desc
      limit ${params.add(query.limit)}`,
    params.values,
  );
  return rows.map((row) => em.map(AnnouncementEntity, row));
}

/**
 * When a feed last changed: the latest publication, edit or end of validity up to now among the
 * announcements it shows or showed. Null when nothing was ever published there.
 */
export async function feedChangedAt(
  em: EntityManager,
  query: { officeId: string | null; category?: AnnouncementCategory | null; now: Date },
): Promise<Date | null> {
  const params = new SqlParams();
  const [row] = await em.execute<Array<{ changed_at: Date | null }>>(
    `select max(greatest(a.publish_at, a.updated_at,
                         case when a.expires_at <= ${params.add(query.now)} then a.expires_at end)) as changed_at
       from announcement a
      where a.publish_at <= ${params.add(query.now)}${scopeSql(query, params)}`,
    params.values,
  );
  return row?.changed_at ? new Date(row.changed_at) : null;
}

/** The edit histories of many announcements in one statement, oldest revision first. */
export async function revisionsOfAnnouncements(
  em: EntityManager,
  announcementIds: readonly string[],
): Promise<Map<string, Array<AnnouncementRevisionEntity & { editorName: string | null }>>> {
  const rows = await em.execute<
    Array<Record<string, unknown> & { announcement_id: string; editor_name: string | null }>
  >(
    `select r.*, e.name as editor_name
       from announcement_revision r left join account e on e.id = r.editor_id
      where r.announcement_id in (?)
      order by r.announcement_id, r.revision`,
    [[...announcementIds]],
  );
  const byAnnouncement = new Map<
    string,
    Array<AnnouncementRevisionEntity & { editorName: string | null }>
  >();
  for (const { editor_name: editorName, ...row } of rows) {
    const list = byAnnouncement.get(row.announcement_id) ?? [];
    list.push(Object.assign(em.map(AnnouncementRevisionEntity, row), { editorName }));
    byAnnouncement.set(row.announcement_id, list);
  }
  return byAnnouncement;
}
