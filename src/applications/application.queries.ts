import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { date, rowOf, run, sql } from '../common/sql.js';
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
