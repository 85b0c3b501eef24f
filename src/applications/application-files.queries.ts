import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf, run, sql } from '../common/sql.js';

/** A file of an application with what deciding who may read it needs. */
export type ServedFile = {
  id: string;
  kind: 'DOCUMENT' | 'RECEIPT' | 'DECISION';
  fileName: string;
  mediaType: string;
  storageKey: string;
  applicationId: string;
  reference: string | null;
  applicantId: string | null;
  officeId: string;
  status: string;
};

/** The file, unless removed; with its application's owner, office and status. */
export async function servedFileById(
  em: EntityManager,
  kind: ServedFile['kind'],
  id: string,
): Promise<ServedFile | null> {
  const [file] = await rowsOf<ServedFile>(
    em,
    sql`select f.id, f.kind, f.file_name as "fileName", f.media_type as "mediaType",
               f.storage_key as "storageKey", a.id as "applicationId", a.reference,
               a.applicant_id as "applicantId", a.office_id as "officeId", a.status
          from application_file f join application a on a.id = f.application_id
         where f.id = ${id} and f.kind = ${kind} and f.removed_at is null`,
  );
  return file ?? null;
}

/** A file of the account's applications, for the export archive. */
export type ExportedFile = {
  id: string;
  applicationId: string;
  kind: string;
  fileName: string;
  storageKey: string;
};

/** Every file (not removed) of the applications the account filed, oldest first. */
export function filesOfApplicant(em: EntityManager, accountId: string): Promise<ExportedFile[]> {
  return rowsOf<ExportedFile>(
    em,
    sql`select f.id, f.application_id as "applicationId", f.kind, f.file_name as "fileName",
               f.storage_key as "storageKey"
          from application_file f join application a on a.id = f.application_id
         where a.applicant_id = ${accountId} and f.removed_at is null
         order by f.created_at, f.id`,
  );
}

/** Statuses in which nobody has decided on an application (yet, or ever). */
const UNDECIDED = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'WITHDRAWN'];
/** Statuses from which an application is withdrawn before it goes with its applicant's account. */
const OPEN = ['SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED'];

/**
 * For `deleteMyAccount`, in its transaction: the applicant's undecided applications go, files
 * included (open ones are withdrawn first, the only way out of their status that the database
 * allows); decided ones stay for their retention period without the person: no applicant, no
 * answers (they name and describe the person), `anonymised_at` set. Their reference, service,
 * office, dates, decision, reason and files remain: what the town must keep to show what it
 * decided. Answers the storage keys to remove from the file store once the transaction commits.
 */
export async function forgetApplicantRows(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<string[]> {
  await run(
    em,
    sql`update application set status = 'WITHDRAWN', updated_at = ${now}
         where applicant_id = ${accountId} and status in (${OPEN})`,
  );
  const files = await rowsOf<{ storageKey: string }>(
    em,
    sql`select f.storage_key as "storageKey"
          from application_file f join application a on a.id = f.application_id
         where a.applicant_id = ${accountId} and a.status in (${UNDECIDED})`,
  );
  await run(
    em,
    sql`delete from application where applicant_id = ${accountId} and status in (${UNDECIDED})`,
  );
  await run(
    em,
    sql`update application set applicant_id = null, answers = '{}', anonymised_at = ${now}
         where applicant_id = ${accountId}`,
  );
  return files.map((file) => file.storageKey);
}

/**
 * Deletes the applications decided `retention_years` (of their form) or longer before `now`,
 * with their files' rows and history. Answers how many, and the storage keys of their files.
 */
export async function deleteApplicationsPastRetention(
  em: EntityManager,
  now: Date,
): Promise<{ count: number; storageKeys: string[] }> {
  const rows = await rowsOf<{ id: string; storageKey: string | null }>(
    em,
    sql`select a.id, f.storage_key as "storageKey"
          from application a
          join application_form form on form.id = a.form_id
          left join application_file f on f.application_id = a.id
         where a.decided_at is not null
           and a.decided_at + make_interval(years => form.retention_years) <= ${now}`,
  );
  const ids = [...new Set(rows.map((row) => row.id))];
  if (ids.length > 0) await run(em, sql`delete from application where id in (${ids})`);
  return {
    count: ids.length,
    storageKeys: rows.flatMap((row) => (row.storageKey ? [row.storageKey] : [])),
  };
}

/** Which of the storage keys a file row names (removed or not: its file is the row's until it goes). */
export async function storedFilesNamed(
  em: EntityManager,
  storageKeys: string[],
): Promise<Set<string>> {
  const rows = await rowsOf<{ storageKey: string }>(
    em,
    sql`select storage_key as "storageKey" from application_file
         where storage_key in (${storageKeys})`,
  );
  return new Set(rows.map((row) => row.storageKey));
}

/** The documents (not removed) an application holds: all, of one requirement, and their bytes. */
export async function documentTotalsOf(
  em: EntityManager,
  applicationId: string,
  requirement: string,
): Promise<{ files: number; ofRequirement: number; bytes: number }> {
  const [totals] = await rowsOf<{ files: number; ofRequirement: number; bytes: number }>(
    em,
    sql`select count(*)::int as files,
               (count(*) filter (where requirement = ${requirement}))::int as "ofRequirement",
               coalesce(sum(size), 0)::int as bytes
          from application_file
         where application_id = ${applicationId} and kind = 'DOCUMENT' and removed_at is null`,
  );
  return totals ?? { files: 0, ofRequirement: 0, bytes: 0 };
}
