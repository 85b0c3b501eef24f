import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { date, dateOrNull, rowOf, rowsOf, sql, type Sql } from '../common/sql.js';
import type {
  AnnouncementRevisionAction,
  AnnouncementRevisionEntity,
} from '../entities/announcements/announcement-revision.entity.js';
import {
  AnnouncementSeverity,
  type AnnouncementCategory,
  type AnnouncementEntity,
} from '../entities/announcements/announcement.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';
import { AnnouncementStatus, mayWrite } from './announcement-rules.js';

// The only SQL of the announcements domain: the lists, feeds and histories, which PostgreSQL
// answers with keyset paging and the partial indexes. Announcements and their revisions are
// written through the ORM only (src/announcements/announcement.service.ts, the scheduler).
// Reads return plain records; the entities satisfy the same types.

export type AnnouncementRecord = Pick<
  AnnouncementEntity,
  | 'id'
  | 'category'
  | 'severity'
  | 'title'
  | 'body'
  | 'publishAt'
  | 'expiresAt'
  | 'announcedAt'
  | 'eventStartsAt'
  | 'eventEndsAt'
  | 'eventLocation'
  | 'revision'
  | 'createdAt'
  | 'updatedAt'
> & { office: { id: string } | null };

export type AnnouncementRevisionRecord = Pick<
  AnnouncementRevisionEntity,
  | 'revision'
  | 'action'
  | 'editedAt'
  | 'category'
  | 'severity'
  | 'title'
  | 'body'
  | 'publishAt'
  | 'expiresAt'
  | 'eventStartsAt'
  | 'eventEndsAt'
  | 'eventLocation'
> & { announcementId: string; editorName: string | null };

/** A position in the list order: severity rank, then start (creation for drafts), then id. */
export type AnnouncementKey = { rank: number; sortAt: Date; id: string };

type Row = Record<string, unknown>;

const ANNOUNCEMENT_COLUMNS = sql.trusted(
  `a.id, a.office_id, a.category, a.severity, a.title, a.body, a.publish_at, a.expires_at,
   a.announced_at, a.event_starts_at, a.event_ends_at, a.event_location, a.revision, a.created_at,
   a.updated_at`,
);

function announcementRecord(row: Row): AnnouncementRecord {
  return {
    id: row.id as string,
    office: row.office_id ? { id: row.office_id as string } : null,
    category: row.category as AnnouncementCategory,
    severity: row.severity as AnnouncementSeverity,
    title: row.title as LocalizedText,
    body: row.body as LocalizedText,
    publishAt: dateOrNull(row.publish_at),
    expiresAt: dateOrNull(row.expires_at),
    announcedAt: dateOrNull(row.announced_at),
    eventStartsAt: dateOrNull(row.event_starts_at),
    eventEndsAt: dateOrNull(row.event_ends_at),
    eventLocation: row.event_location as string | null,
    revision: row.revision as number,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
  };
}

/** Order of importance in lists: emergencies first, then important notices, then the rest. */
const SEVERITY_RANK = sql.trusted(
  `case a.severity when '${AnnouncementSeverity.EMERGENCY}' then 3 when '${AnnouncementSeverity.IMPORTANT}' then 2 else 1 end`,
);

/** "Visible now", written so that announcement_live_idx answers it. */
function visible(now: Date): Sql {
  return sql`a.publish_at <= ${now} and coalesce(a.expires_at, 'infinity'::timestamptz) > ${now}`;
}

function withStatus(status: AnnouncementStatus, now: Date): Sql {
  switch (status) {
    case AnnouncementStatus.DRAFT:
      return sql`a.publish_at is null`;
    case AnnouncementStatus.SCHEDULED:
      return sql`a.publish_at > ${now}`;
    case AnnouncementStatus.PUBLISHED:
      return visible(now);
    case AnnouncementStatus.EXPIRED:
      return sql`a.publish_at is not null and a.expires_at <= ${now}`;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}

/** What the principal may write (besides the visible ones everyone sees). */
function writableBy(principal: Principal): Sql {
  if (principal.kind !== 'account') return sql`false`;
  if (mayWrite(principal, null)) return sql`true`;
  if (principal.officeIds.length === 0) return sql`false`;
  return sql`a.office_id in (${principal.officeIds})`;
}

export type AnnouncementScope = {
  /** The office's own and the town-wide announcements; all when null. */
  officeId?: string | null;
  /** Only the town-wide ones (true), only offices' (false), or both (null). */
  townWide?: boolean | null;
  category?: AnnouncementCategory | null;
  severity?: AnnouncementSeverity | null;
};

/** The conditions of a list or feed, each with a leading "and": scope, category, severity. */
function inScope(scope: AnnouncementScope): Sql {
  const conditions: Sql[] = [];
  if (scope.officeId) {
    conditions.push(sql`(a.office_id = ${scope.officeId} or a.office_id is null)`);
  }
  if (scope.townWide === true) conditions.push(sql`a.office_id is null`);
  if (scope.townWide === false) conditions.push(sql`a.office_id is not null`);
  if (scope.category) conditions.push(sql`a.category = ${scope.category}`);
  if (scope.severity) conditions.push(sql`a.severity = ${scope.severity}`);
  return sql.join(
    conditions.map((condition) => sql` and ${condition}`),
    '',
  );
}

export type AnnouncementPage = {
  items: Array<{ announcement: AnnouncementRecord; key: AnnouncementKey }>;
  totalCount: number;
  hasNextPage: boolean;
};

/**
 * A page of the announcements in the statuses asked for that the principal sees (the visible
 * ones, and what they may write) in the list order, with the total, in one statement.
 */
export async function announcementPage(
  em: EntityManager,
  query: {
    principal: Principal;
    now: Date;
    scope: AnnouncementScope;
    statuses: readonly AnnouncementStatus[];
    after: AnnouncementKey | null;
    limit: number;
  },
): Promise<AnnouncementPage> {
  const { now } = query;
  const statuses = sql.join(
    [...new Set(query.statuses)].map((status) => sql`(${withStatus(status, now)})`),
    ' or ',
    sql`false`,
  );
  const where = sql`(${statuses})
    and ((${visible(now)}) or ${writableBy(query.principal)})${inScope(query.scope)}`;
  const keyset = query.after
    ? sql`where (f.sort_rank, f.sort_at, f.id) < (${query.after.rank}, ${query.after.sortAt}, ${query.after.id})`
    : sql``;
  const rows = await rowsOf<Row>(
    em,
    sql`with filtered as (
          select ${ANNOUNCEMENT_COLUMNS}, ${SEVERITY_RANK} as sort_rank,
                 coalesce(a.publish_at, a.created_at) as sort_at
            from announcement a
           where ${where}
        )
        select f.*, (select count(*) from filtered) as total_count
          from filtered f
         ${keyset}
         order by f.sort_rank desc, f.sort_at desc, f.id desc
         limit ${query.limit + 1}`,
  );
  const items = rows.slice(0, query.limit).map((row) => ({
    announcement: announcementRecord(row),
    key: { rank: Number(row.sort_rank), sortAt: date(row.sort_at), id: row.id as string },
  }));
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (rows.length === 0) {
    // Past the last page no row reports the total; count separately.
    const count = await rowOf<{ total: string }>(
      em,
      sql`select count(*) as total from announcement a where ${where}`,
    );
    totalCount = Number(count?.total ?? 0);
  }
  return { items, totalCount, hasNextPage: rows.length > query.limit };
}

/** The announcements of a feed that are visible now, the newest first. */
export async function visibleAnnouncements(
  em: EntityManager,
  query: { scope: AnnouncementScope; now: Date; limit: number },
): Promise<AnnouncementRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${ANNOUNCEMENT_COLUMNS} from announcement a
         where ${visible(query.now)}${inScope(query.scope)}
         order by a.publish_at desc, a.id desc
         limit ${query.limit}`,
  );
  return rows.map(announcementRecord);
}

/** Most announcements one catch-up sends. */
const CHANGED_SINCE_LIMIT = 100;

/**
 * The announcements in scope whose live event (announcementPublished) was sent at or after
 * `since` and that are still visible, in that order: what a subscriber missed while the bus was
 * cut off from Redis.
 */
export async function announcedSince(
  em: EntityManager,
  query: { scope: AnnouncementScope; since: Date; now: Date },
): Promise<AnnouncementRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select ${ANNOUNCEMENT_COLUMNS} from announcement a
         where a.announced_at >= ${query.since} and ${visible(query.now)}${inScope(query.scope)}
         order by a.announced_at, a.id
         limit ${CHANGED_SINCE_LIMIT}`,
  );
  return rows.map(announcementRecord);
}

/**
 * The ids of the announcements in scope that were visible and ended (withdrawn, or expired) in
 * [`since`, `now`], in that order: what is to be taken down after the bus was cut off from Redis.
 */
export async function endedSince(
  em: EntityManager,
  query: { scope: AnnouncementScope; since: Date; now: Date },
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`select a.id from announcement a
         where a.publish_at is not null
           and a.expires_at between ${query.since} and ${query.now}${inScope(query.scope)}
         order by a.expires_at, a.id
         limit ${CHANGED_SINCE_LIMIT}`,
  );
  return rows.map((row) => row.id);
}

/**
 * The latest publication, edit or end of validity up to now among the announcements in scope
 * that were ever published; null when there is none.
 */
export async function lastChangeOfVisible(
  em: EntityManager,
  query: { scope: AnnouncementScope; now: Date },
): Promise<Date | null> {
  const row = await rowOf<{ changed_at: string | null }>(
    em,
    sql`select max(greatest(a.publish_at, a.updated_at,
                            case when a.expires_at <= ${query.now} then a.expires_at end)) as changed_at
          from announcement a
         where a.publish_at <= ${query.now}${inScope(query.scope)}`,
  );
  return dateOrNull(row?.changed_at);
}

/** The revisions of many announcements, each one's oldest first, with their editors' names. */
export async function revisionsOf(
  em: EntityManager,
  announcementIds: readonly string[],
): Promise<AnnouncementRevisionRecord[]> {
  const rows = await rowsOf<Row>(
    em,
    sql`select r.announcement_id, r.revision, r.action, r.edited_at, r.category, r.severity,
               r.title, r.body, r.publish_at, r.expires_at, r.event_starts_at, r.event_ends_at,
               r.event_location, e.name as editor_name
          from announcement_revision r left join account e on e.id = r.editor_id
         where r.announcement_id in (${[...announcementIds]})
         order by r.announcement_id, r.revision`,
  );
  return rows.map((row) => ({
    announcementId: row.announcement_id as string,
    revision: row.revision as number,
    action: row.action as AnnouncementRevisionAction,
    editedAt: date(row.edited_at),
    editorName: row.editor_name as string | null,
    category: row.category as AnnouncementCategory,
    severity: row.severity as AnnouncementSeverity,
    title: row.title as LocalizedText,
    body: row.body as LocalizedText,
    publishAt: dateOrNull(row.publish_at),
    expiresAt: dateOrNull(row.expires_at),
    eventStartsAt: dateOrNull(row.event_starts_at),
    eventEndsAt: dateOrNull(row.event_ends_at),
    eventLocation: row.event_location as string | null,
  }));
}
