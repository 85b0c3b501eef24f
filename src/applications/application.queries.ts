import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { date, dateOrNull, rowOf, rowsOf, run, sql } from '../common/sql.js';
import {
  ApplicationFileKind,
  ApplicationStatus,
  type ApplicationEventKind,
} from '../entities/applications/application-status.js';
import type { FormDefinition } from './form-definition.js';

// The only place where the applications domain writes SQL. Application rows are never written
// through the ORM (their entities are the schema's source), so that no EntityManager holds a copy
// that a statement here has made stale; the status trigger sees every change.

/** An application as the use cases need it, with the definition of the form version it uses. */
export type ApplicationRecord = {
  id: string;
  status: ApplicationStatus;
  officeId: string;
  serviceId: string;
  applicantId: string | null;
  answers: Record<string, unknown>;
  definition: FormDefinition;
  version: number;
};

type ApplicationRow = {
  id: string;
  status: ApplicationStatus;
  office_id: string;
  service_id: string;
  applicant_id: string | null;
  answers: Record<string, unknown>;
  definition: FormDefinition;
  version: number;
};

/** The application with its form's definition; `lock` holds its row for the transaction. */
export async function applicationById(
  em: EntityManager,
  id: string,
  options: { lock: boolean },
): Promise<ApplicationRecord | null> {
  const row = await rowOf<ApplicationRow>(
    em,
    sql`select a.id, a.status, a.office_id, a.service_id, a.applicant_id, a.answers, a.version,
               f.definition
          from application a join application_form f on f.id = a.form_id
         where a.id = ${id}
         ${options.lock ? sql`for update of a` : sql``}`,
  );
  return row
    ? {
        id: row.id,
        status: row.status,
        officeId: row.office_id,
        serviceId: row.service_id,
        applicantId: row.applicant_id,
        answers: row.answers,
        definition: row.definition,
        version: row.version,
      }
    : null;
}

/** A document of an application as the upload route answers it. */
export type DocumentRecord = {
  id: string;
  requirement: string;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: Date;
};

export async function insertDocument(
  tx: EntityManager,
  document: {
    applicationId: string;
    requirement: string;
    fileName: string;
    mediaType: string;
    size: number;
    sha256: string;
    storageKey: string;
    uploadedById: string;
    now: Date;
  },
): Promise<DocumentRecord> {
  const row = await rowOf<{ id: string; created_at: unknown }>(
    tx,
    sql`insert into application_file (id, application_id, kind, requirement, file_name, media_type,
                                      size, sha256, storage_key, uploaded_by_id, created_at)
        values (${randomUUID()}, ${document.applicationId}, ${ApplicationFileKind.DOCUMENT},
                ${document.requirement}, ${document.fileName}, ${document.mediaType},
                ${document.size}, ${document.sha256}, ${document.storageKey},
                ${document.uploadedById}, ${document.now})
        returning id, created_at`,
  );
  if (!row) throw new Error('insert into application_file returned no row');
  return {
    id: row.id,
    requirement: document.requirement,
    fileName: document.fileName,
    mediaType: document.mediaType,
    size: document.size,
    createdAt: date(row.created_at),
  };
}

/** Sets the status (the trigger refuses a change the status machine does not allow). */
export async function setStatus(
  tx: EntityManager,
  id: string,
  status: ApplicationStatus,
  now: Date,
): Promise<void> {
  await run(
    tx,
    sql`update application set status = ${status}, updated_at = ${now} where id = ${id}`,
  );
}

/** Marks a change that is no status change (a document added) on the row. */
export async function touch(tx: EntityManager, id: string, now: Date): Promise<void> {
  await run(tx, sql`update application set updated_at = ${now} where id = ${id}`);
}

export async function insertEvent(
  tx: EntityManager,
  event: {
    applicationId: string;
    kind: ApplicationEventKind;
    status: ApplicationStatus;
    actorId: string | null;
    byStaff: boolean;
    note: string | null;
    at: Date;
  },
): Promise<void> {
  await run(
    tx,
    sql`insert into application_event (application_id, at, kind, status, actor_id, by_staff, note)
        values (${event.applicationId}, ${event.at}, ${event.kind}, ${event.status},
                ${event.actorId}, ${event.byStaff}, ${event.note})`,
  );
}

/**
 * The application linked to the conversation that waits for this citizen's answer, its row locked
 * for the transaction; null when there is none.
 */
export async function applicationAwaitingAnswer(
  tx: EntityManager,
  conversationId: string,
  citizenId: string,
): Promise<{ id: string; officeId: string } | null> {
  const row = await rowOf<{ id: string; office_id: string }>(
    tx,
    sql`select id, office_id from application
         where conversation_id = ${conversationId} and applicant_id = ${citizenId}
           and status = ${ApplicationStatus.INFORMATION_REQUESTED}
         for update`,
  );
  return row ? { id: row.id, officeId: row.office_id } : null;
}

/** An application as the API shows it: its row, with the ids of what it links to. */
export type ApplicationView = {
  id: string;
  reference: string | null;
  status: ApplicationStatus;
  formId: string;
  serviceId: string;
  officeId: string;
  applicantId: string | null;
  assigneeId: string | null;
  conversationId: string | null;
  answers: Record<string, unknown>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  dueAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  decisionReason: string | null;
  receiptFileId: string | null;
  decisionFileId: string | null;
};

const VIEW_COLUMNS = sql.trusted(`a.id, a.reference, a.status, a.form_id as "formId",
  a.service_id as "serviceId", a.office_id as "officeId", a.applicant_id as "applicantId",
  a.assignee_id as "assigneeId", a.conversation_id as "conversationId", a.answers, a.version,
  a.created_at as "createdAt", a.updated_at as "updatedAt", a.submitted_at as "submittedAt",
  a.due_at as "dueAt", a.decided_at as "decidedAt", a.closed_at as "closedAt",
  a.decision_reason as "decisionReason", a.receipt_file_id as "receiptFileId",
  a.decision_file_id as "decisionFileId"`);

/** A row of VIEW_COLUMNS: the driver may answer timestamps as text. */
type ViewRow = Omit<
  ApplicationView,
  'createdAt' | 'updatedAt' | 'submittedAt' | 'dueAt' | 'decidedAt' | 'closedAt'
> & {
  createdAt: unknown;
  updatedAt: unknown;
  submittedAt: unknown;
  dueAt: unknown;
  decidedAt: unknown;
  closedAt: unknown;
};

function applicationView(row: ViewRow): ApplicationView {
  return {
    ...row,
    createdAt: date(row.createdAt),
    updatedAt: date(row.updatedAt),
    submittedAt: dateOrNull(row.submittedAt),
    dueAt: dateOrNull(row.dueAt),
    decidedAt: dateOrNull(row.decidedAt),
    closedAt: dateOrNull(row.closedAt),
  };
}

export async function applicationViewById(
  em: EntityManager,
  id: string,
): Promise<ApplicationView | null> {
  const row = await rowOf<ViewRow>(
    em,
    sql`select ${VIEW_COLUMNS} from application a where a.id = ${id}`,
  );
  return row && applicationView(row);
}

/** The applications linked to these conversations (one at most each, opened at submission). */
export async function applicationViewsByConversations(
  em: EntityManager,
  conversationIds: readonly string[],
): Promise<ApplicationView[]> {
  if (conversationIds.length === 0) return [];
  const rows = await rowsOf<ViewRow>(
    em,
    sql`select ${VIEW_COLUMNS} from application a
         where a.conversation_id in (${[...conversationIds]})`,
  );
  return rows.map(applicationView);
}

/** A page of the applicant's applications, drafts included, newest first, and how many there are. */
export async function applicationsOfApplicant(
  em: EntityManager,
  applicantId: string,
  page: { offset: number; limit: number },
): Promise<{ applications: ApplicationView[]; totalCount: number }> {
  // One statement: an empty page is one row with the count and a null id.
  const rows = await rowsOf<Omit<ViewRow, 'id'> & { id: string | null; total: number }>(
    em,
    sql`with mine as (select * from application where applicant_id = ${applicantId})
        select counts.total, page.*
          from (select count(*)::int as total from mine) counts
          left join lateral (select ${VIEW_COLUMNS} from mine a
                              order by a.created_at desc, a.id desc
                              limit ${page.limit} offset ${page.offset}) page on true
         order by page."createdAt" desc, page.id desc`,
  );
  return {
    applications: rows.flatMap(({ id, total: _total, ...row }) =>
      id === null ? [] : [applicationView({ ...row, id })],
    ),
    totalCount: rows[0]?.total ?? 0,
  };
}

/** A file of an application as the API lists it. */
export type ApplicationFileView = {
  id: string;
  applicationId: string;
  kind: ApplicationFileKind;
  requirement: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
  /** Whether a member of staff filed it (the office's scans, the receipt and the decision). */
  fromOffice: boolean;
};

/** The files (not removed) of these applications, oldest first, in one statement. */
export async function filesOfApplications(
  em: EntityManager,
  applicationIds: readonly string[],
): Promise<ApplicationFileView[]> {
  const rows = await rowsOf<Omit<ApplicationFileView, 'createdAt'> & { createdAt: unknown }>(
    em,
    sql`select f.id, f.application_id as "applicationId", f.kind, f.requirement,
               f.file_name as "fileName", f.media_type as "mediaType", f.size, f.sha256,
               f.created_at as "createdAt",
               (f.kind <> ${ApplicationFileKind.DOCUMENT}
                 or f.uploaded_by_id is distinct from a.applicant_id) as "fromOffice"
          from application_file f join application a on a.id = f.application_id
         where f.application_id in (${[...applicationIds]}) and f.removed_at is null
         order by f.created_at, f.id`,
  );
  return rows.map((row) => ({ ...row, createdAt: date(row.createdAt) }));
}

/** One step of an application's history as the API shows it. */
export type ApplicationEventView = {
  applicationId: string;
  kind: ApplicationEventKind;
  status: ApplicationStatus;
  at: Date;
  byStaff: boolean;
  actorId: string | null;
  note: string | null;
};

/** The history of these applications, oldest first, in one statement. */
export async function eventsOfApplications(
  em: EntityManager,
  applicationIds: readonly string[],
): Promise<ApplicationEventView[]> {
  const rows = await rowsOf<Omit<ApplicationEventView, 'at'> & { at: unknown }>(
    em,
    sql`select e.application_id as "applicationId", e.kind, e.status, e.at,
               e.by_staff as "byStaff", e.actor_id as "actorId", e.note
          from application_event e
         where e.application_id in (${[...applicationIds]})
         order by e.at, e.id`,
  );
  return rows.map((row) => ({ ...row, at: date(row.at) }));
}

/** One version of a service's application form as the API shows it. */
export type ApplicationFormView = {
  id: string;
  serviceId: string;
  version: number;
  definition: FormDefinition;
  feeCents: number;
  processingDays: number;
  retentionYears: number;
};

const FORM_VIEW_COLUMNS = sql.trusted(`f.id, f.service_id as "serviceId", f.version,
  f.definition, f.fee_cents as "feeCents", f.processing_days as "processingDays",
  f.retention_years as "retentionYears"`);

/** These versions of forms, in one statement. */
export function formsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<ApplicationFormView[]> {
  return rowsOf<ApplicationFormView>(
    em,
    sql`select ${FORM_VIEW_COLUMNS} from application_form f where f.id in (${[...ids]})`,
  );
}

/**
 * The current form of each of these services (its newest version, while active), in one
 * statement; services without an online application, and retired ones, have none.
 */
export function currentFormsOfServices(
  em: EntityManager,
  serviceIds: readonly string[],
): Promise<ApplicationFormView[]> {
  return rowsOf<ApplicationFormView>(
    em,
    sql`select ${FORM_VIEW_COLUMNS}
          from application_form f join service s on s.id = f.service_id
         where f.service_id in (${[...serviceIds]}) and f.active and s.retired_at is null
           and f.version = (select max(g.version) from application_form g
                             where g.service_id = f.service_id)`,
  );
}

/**
 * A new draft of the applicant for the service, filled against the form; when the applicant
 * already has an open draft for the service (the partial unique index), that one instead.
 */
export async function draftFor(
  tx: EntityManager,
  draft: { applicantId: string; serviceId: string; officeId: string; formId: string; now: Date },
): Promise<ApplicationView> {
  await run(
    tx,
    sql`insert into application (id, form_id, service_id, office_id, applicant_id, status,
                                 answers, version, created_at, updated_at)
        values (${randomUUID()}, ${draft.formId}, ${draft.serviceId}, ${draft.officeId},
                ${draft.applicantId}, ${ApplicationStatus.DRAFT}, '{}', 1, ${draft.now},
                ${draft.now})
        on conflict (applicant_id, service_id) where status = ${ApplicationStatus.DRAFT}
        do nothing`,
  );
  const row = await rowOf<ViewRow>(
    tx,
    sql`select ${VIEW_COLUMNS} from application a
         where a.applicant_id = ${draft.applicantId} and a.service_id = ${draft.serviceId}
           and a.status = ${ApplicationStatus.DRAFT}`,
  );
  if (!row) throw new Error('the open draft is gone right after it was written');
  return applicationView(row);
}

/**
 * Stores the answers of the applicant's draft if it is still at `version`, raising the version.
 * Answers the draft as it is then, or null when nothing matched (not theirs, no draft, or changed).
 */
export async function saveDraftAnswers(
  tx: EntityManager,
  input: {
    id: string;
    applicantId: string;
    answers: Record<string, unknown>;
    version: number;
    now: Date;
  },
): Promise<ApplicationView | null> {
  const row = await rowOf<ViewRow>(
    tx,
    sql`update application a
           set answers = ${JSON.stringify(input.answers)}::jsonb, version = version + 1,
               updated_at = ${input.now}
         where a.id = ${input.id} and a.applicant_id = ${input.applicantId}
           and a.status = ${ApplicationStatus.DRAFT} and a.version = ${input.version}
        returning ${VIEW_COLUMNS}`,
  );
  return row && applicationView(row);
}

/** The row of one file of an application, with its application's owner and status. */
export type FileOwner = {
  id: string;
  applicationId: string;
  kind: ApplicationFileKind;
  storageKey: string;
  applicantId: string | null;
  officeId: string;
  status: ApplicationStatus;
};

/** The file (not removed) with its application locked for the transaction. */
export function fileWithApplication(tx: EntityManager, fileId: string): Promise<FileOwner | null> {
  return rowOf<FileOwner>(
    tx,
    sql`select f.id, f.application_id as "applicationId", f.kind, f.storage_key as "storageKey",
               a.applicant_id as "applicantId", a.office_id as "officeId", a.status
          from application_file f join application a on a.id = f.application_id
         where f.id = ${fileId} and f.removed_at is null
           for update of a`,
  );
}

/** Deletes a file's row (a draft's document the citizen took back). */
export async function deleteFile(tx: EntityManager, fileId: string): Promise<void> {
  await run(tx, sql`delete from application_file where id = ${fileId}`);
}

/** Deletes an application (a draft, locked by the caller) and its files' rows; answers their storage keys. */
export async function deleteApplication(tx: EntityManager, id: string): Promise<string[]> {
  const files = await rowsOf<{ storageKey: string }>(
    tx,
    sql`delete from application_file where application_id = ${id}
        returning storage_key as "storageKey"`,
  );
  await run(tx, sql`delete from application where id = ${id}`);
  return files.map((file) => file.storageKey);
}

/** The citizen withdraws: the status (the trigger checks the step), the version and closed_at. */
export async function withdraw(tx: EntityManager, id: string, now: Date): Promise<void> {
  await run(
    tx,
    sql`update application
           set status = ${ApplicationStatus.WITHDRAWN}, version = version + 1,
               updated_at = ${now}, closed_at = ${now}
         where id = ${id}`,
  );
}

/** The next reference number of the year: MS-2027-000123 (gaps where a submission failed). */
export async function nextReference(em: EntityManager, year: string): Promise<string> {
  const row = await rowOf<{ n: string }>(
    em,
    sql`select nextval('application_reference_seq')::text as n`,
  );
  if (!row) throw new Error('application_reference_seq answered nothing');
  return `MS-${year}-${row.n.padStart(6, '0')}`;
}

/** Who applies, as the receipt and the e-mail name them; null once the account is gone. */
export function applicantContact(
  em: EntityManager,
  accountId: string,
): Promise<{ name: string | null; email: string | null; language: string | null } | null> {
  return rowOf(
    em,
    sql`select name, email, language from account where id = ${accountId} and deleted_at is null`,
  );
}

/** Files the receipt of a submission with the application; answers its id. */
export async function insertReceipt(
  tx: EntityManager,
  receipt: {
    applicationId: string;
    fileName: string;
    size: number;
    sha256: string;
    storageKey: string;
    now: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await run(
    tx,
    sql`insert into application_file (id, application_id, kind, file_name, media_type, size,
                                      sha256, storage_key, created_at)
        values (${id}, ${receipt.applicationId}, ${ApplicationFileKind.RECEIPT},
                ${receipt.fileName}, 'application/pdf', ${receipt.size}, ${receipt.sha256},
                ${receipt.storageKey}, ${receipt.now})`,
  );
  return id;
}

/** The draft becomes a submitted application (the trigger checks the step). */
export async function markSubmitted(
  tx: EntityManager,
  input: {
    id: string;
    reference: string;
    answers: unknown;
    receiptFileId: string;
    conversationId: string;
    dueAt: Date;
    now: Date;
  },
): Promise<void> {
  await run(
    tx,
    sql`update application
           set status = ${ApplicationStatus.SUBMITTED}, reference = ${input.reference},
               answers = ${JSON.stringify(input.answers)}::jsonb,
               receipt_file_id = ${input.receiptFileId},
               conversation_id = ${input.conversationId}, submitted_at = ${input.now},
               due_at = ${input.dueAt}, version = version + 1, updated_at = ${input.now}
         where id = ${input.id}`,
  );
}
