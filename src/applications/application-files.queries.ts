import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsOf, sql } from '../common/sql.js';

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
