import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../entities/localized-text.js';
import { date, dateOrNull, rowOf, rowsOf, run, sql, type Sql } from '../common/sql.js';
import {
  ApplicationFileKind,
  ApplicationStatus,
} from '../entities/applications/application-status.js';
import type { ApplicationView } from './application.queries.js';

// The SQL of the office's side of applications: the work queue and what a clerk does with a case.
// As in application.queries.ts, application rows are only ever written here and there, never
// through the ORM, and every status change passes the database's transition trigger.

/** Statuses of a case nobody has decided on yet, that the office still works on. */
export const UNDECIDED_STATUSES = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.IN_REVIEW,
  ApplicationStatus.INFORMATION_REQUESTED,
] as const;
/** Statuses of a case the office is done with. */
export const DONE_STATUSES = [
  ApplicationStatus.APPROVED,
  ApplicationStatus.REJECTED,
  ApplicationStatus.CLOSED,
  ApplicationStatus.WITHDRAWN,
] as const;

/** An application as the office handles it: the case, its applicant and where it is filed. */
export type HandledApplication = {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  officeId: string;
  serviceId: string;
  applicantId: string | null;
  assigneeId: string | null;
  conversationId: string | null;
  version: number;
  serviceName: LocalizedText;
  officeName: LocalizedText;
  applicantName: string | null;
  applicantEmail: string | null;
  applicantLanguage: string | null;
};

/** The application with what handling it needs; `lock` holds its row for the transaction. */
export function handledApplication(
  em: EntityManager,
  id: string,
  options: { lock: boolean },
): Promise<HandledApplication | null> {
  return rowOf<HandledApplication>(
    em,
    sql`select a.id, a.reference, a.status, a.office_id as "officeId",
               a.service_id as "serviceId", a.applicant_id as "applicantId",
               a.assignee_id as "assigneeId", a.conversation_id as "conversationId", a.version,
               s.name as "serviceName", o.name as "officeName", p.name as "applicantName",
               p.email as "applicantEmail", p.language as "applicantLanguage"
          from application a
          join service s on s.id = a.service_id
          join office o on o.id = a.office_id
          left join account p on p.id = a.applicant_id
         where a.id = ${id}
         ${options.lock ? sql`for update of a` : sql``}`,
  );
}

/**
 * Gives an undecided case nobody has to the account, a new one going into review, in one
 * statement: of two clerks taking it at once, the second changes no row. Answers the status
 * after it, or null when the case was taken, decided or gone.
 */
export async function takeIfFree(
  tx: EntityManager,
  input: { id: string; assigneeId: string; now: Date },
): Promise<ApplicationStatus | null> {
  const row = await rowOf<{ status: ApplicationStatus }>(
    tx,
    sql`update application
           set assignee_id = ${input.assigneeId}, status = ${intoReview()},
               version = version + 1, updated_at = ${input.now}
         where id = ${input.id} and assignee_id is null and status in (${UNDECIDED_STATUSES})
        returning status`,
  );
  return row?.status ?? null;
}

/** A new case goes into review when someone takes it on; any other keeps its status. */
function intoReview(): Sql {
  return sql`case when status = ${ApplicationStatus.SUBMITTED}
                  then ${ApplicationStatus.IN_REVIEW} else status end`;
}

/**
 * Hands the case to the account if it is still at `version` (a new case goes into review).
 * Answers the status after it, or null when someone changed it since that version.
 */
export async function assignAtVersion(
  tx: EntityManager,
  input: { id: string; assigneeId: string; version: number; now: Date },
): Promise<ApplicationStatus | null> {
  const row = await rowOf<{ status: ApplicationStatus }>(
    tx,
    sql`update application
           set assignee_id = ${input.assigneeId}, status = ${intoReview()},
               version = version + 1, updated_at = ${input.now}
         where id = ${input.id} and version = ${input.version}
        returning status`,
  );
  return row?.status ?? null;
}

/** A change of status by the office, with what it records: the decision or the closing. */
export async function changeStatus(
  tx: EntityManager,
  input: {
    id: string;
    status: ApplicationStatus;
    now: Date;
    decision?: { reason: string; fileId: string };
    conversationId?: string;
  },
): Promise<void> {
  const { decision } = input;
  await run(
    tx,
    sql`update application
           set status = ${input.status}, version = version + 1, updated_at = ${input.now}
               ${
                 decision
                   ? sql`, decided_at = ${input.now}, decision_reason = ${decision.reason},
                         decision_file_id = ${decision.fileId}`
                   : sql``
               }
               ${input.status === ApplicationStatus.CLOSED ? sql`, closed_at = ${input.now}` : sql``}
               ${input.conversationId ? sql`, conversation_id = ${input.conversationId}` : sql``}
         where id = ${input.id}`,
  );
}

/** Most cases one catch-up sends: the queue is read again after the first anyway. */
const CHANGED_SINCE_LIMIT = 200;

/**
 * The office's cases (drafts are the applicants' own) changed at or after `since`, oldest change
 * first, each with its status now: what a work queue missed while live events did not arrive.
 */
export function applicationsChangedSince(
  em: EntityManager,
  officeId: string,
  since: Date,
): Promise<{ applicationId: string; status: string }[]> {
  return rowsOf(
    em,
    sql`select id as "applicationId", status from application
         where office_id = ${officeId} and updated_at >= ${since}
           and status <> ${ApplicationStatus.DRAFT}
         order by updated_at, id
         limit ${CHANGED_SINCE_LIMIT}`,
  );
}

/** Files a generated letter (the decision) with the application; answers its id. */
export async function insertLetter(
  tx: EntityManager,
  letter: {
    applicationId: string;
    kind: ApplicationFileKind.DECISION;
    fileName: string;
    size: number;
    sha256: string;
    storageKey: string;
    uploadedById: string;
    now: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await run(
    tx,
    sql`insert into application_file (id, application_id, kind, file_name, media_type, size,
                                      sha256, storage_key, uploaded_by_id, created_at)
        values (${id}, ${letter.applicationId}, ${letter.kind}, ${letter.fileName},
                'application/pdf', ${letter.size}, ${letter.sha256}, ${letter.storageKey},
                ${letter.uploadedById}, ${letter.now})`,
  );
  return id;
}

/** Which of an office's cases a list shows. */
export type QueueFilter = {
  officeId: string;
  queue: 'NEW' | 'MINE' | 'WAITING' | 'OVERDUE' | 'OPEN' | 'DECIDED';
  serviceId: string | null;
  /** The member of staff asking (MINE). */
  viewerId: string;
  now: Date;
};

function queueCondition(filter: QueueFilter): Sql {
  switch (filter.queue) {
    case 'NEW':
      return sql`a.status = ${ApplicationStatus.SUBMITTED} and a.assignee_id is null`;
    case 'MINE':
      return sql`a.status in (${UNDECIDED_STATUSES}) and a.assignee_id = ${filter.viewerId}`;
    case 'WAITING':
      return sql`a.status = ${ApplicationStatus.INFORMATION_REQUESTED}`;
    case 'OVERDUE':
      return sql`a.status in (${UNDECIDED_STATUSES}) and a.due_at < ${filter.now}`;
    case 'OPEN':
      return sql`a.status in (${UNDECIDED_STATUSES})`;
    case 'DECIDED':
      return sql`a.status in (${DONE_STATUSES})`;
  }
}

/** An application row of the work queue, with the names the office sees. */
export type QueuedApplication = ApplicationView & {
  applicantName: string | null;
  assigneeName: string | null;
};

/**
 * A page of an office's cases in one statement: how many match, then the page with the names of
 * applicant and assignee; the open queues by due date (the most pressing first), the decided one
 * latest first. Drafts are the citizen's own and never listed.
 */
export async function queuePage(
  em: EntityManager,
  filter: QueueFilter,
  page: { offset: number; limit: number },
): Promise<{ applications: QueuedApplication[]; totalCount: number }> {
  const order = (alias: 'm' | 'page') =>
    sql.trusted(
      filter.queue === 'DECIDED'
        ? `coalesce(${alias}.closed_at, ${alias}.decided_at, ${alias}.updated_at) desc, ${alias}.id`
        : `${alias}.due_at, ${alias}.submitted_at, ${alias}.id`,
    );
  // An empty page is one row with the count and a null id.
  const rows = await rowsOf<Omit<QueuedApplication, 'id'> & { id: string | null; total: number }>(
    em,
    sql`with m as (
          select a.* from application a
           where a.office_id = ${filter.officeId} and ${queueCondition(filter)}
             ${filter.serviceId ? sql`and a.service_id = ${filter.serviceId}` : sql``})
        select counts.total, page.id, page.reference, page.status, page.form_id as "formId",
               page.service_id as "serviceId", page.office_id as "officeId",
               page.applicant_id as "applicantId", page.assignee_id as "assigneeId",
               page.conversation_id as "conversationId", page.answers, page.version,
               page.created_at as "createdAt", page.updated_at as "updatedAt",
               page.submitted_at as "submittedAt", page.due_at as "dueAt",
               page.decided_at as "decidedAt", page.closed_at as "closedAt",
               page.decision_reason as "decisionReason", page.receipt_file_id as "receiptFileId",
               page.decision_file_id as "decisionFileId", applicant.name as "applicantName",
               assignee.name as "assigneeName"
          from (select count(*)::int as total from m) counts
          left join lateral (select m.* from m order by ${order('m')}
                              limit ${page.limit} offset ${page.offset}) page on true
          left join account applicant on applicant.id = page.applicant_id
          left join account assignee on assignee.id = page.assignee_id
         order by ${order('page')}`,
  );
  return {
    applications: rows.flatMap(({ id, total: _total, ...row }) =>
      id === null
        ? []
        : [
            {
              ...row,
              id,
              createdAt: date(row.createdAt),
              updatedAt: date(row.updatedAt),
              submittedAt: dateOrNull(row.submittedAt),
              dueAt: dateOrNull(row.dueAt),
              decidedAt: dateOrNull(row.decidedAt),
              closedAt: dateOrNull(row.closedAt),
            },
          ],
    ),
    totalCount: rows[0]?.total ?? 0,
  };
}

/** How many of an office's cases each open queue holds, in one statement. */
export type QueueCounts = {
  new: number;
  mine: number;
  waiting: number;
  overdue: number;
  open: number;
};

export async function queueCounts(
  em: EntityManager,
  input: { officeId: string; viewerId: string; now: Date },
): Promise<QueueCounts> {
  const row = await rowOf<QueueCounts>(
    em,
    sql`select (count(*) filter (where status = ${ApplicationStatus.SUBMITTED}
                                   and assignee_id is null))::int as new,
               (count(*) filter (where assignee_id = ${input.viewerId}))::int as mine,
               (count(*) filter (where status = ${ApplicationStatus.INFORMATION_REQUESTED}))::int
                 as waiting,
               (count(*) filter (where due_at < ${input.now}))::int as overdue,
               count(*)::int as open
          from application
         where office_id = ${input.officeId} and status in (${UNDECIDED_STATUSES})`,
  );
  return row ?? { new: 0, mine: 0, waiting: 0, overdue: 0, open: 0 };
}
