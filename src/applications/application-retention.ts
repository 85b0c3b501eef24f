import type { EntityManager } from '@mikro-orm/postgresql';
import type { UseCaseContext } from '../common/use-case.js';
import { rowsOf, run, sql } from '../common/sql.js';
import type { FileStore } from './file-store.js';

/** Statuses in which nobody has decided on an application (yet, or ever). */
const UNDECIDED = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'WITHDRAWN'];
/** Statuses from which an application is withdrawn before it goes with its applicant's account. */
const OPEN = ['SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED'];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * For `deleteMyAccount`, in its transaction: applications nobody decided on go, files included
 * (open ones are withdrawn first, the only way out of their status that the database allows);
 * decided ones stay for their retention period without the person: no applicant, no answers
 * (they name and describe the person), `anonymised_at` set. Their reference, service, office,
 * dates, decision, reason and files remain, which is what the town must keep to show what it
 * decided. Answers the storage keys to remove from the file store once the transaction commits.
 */
export async function forgetApplicationsOf(
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
    sql`update application set receipt_file_id = null, decision_file_id = null
         where applicant_id = ${accountId} and status in (${UNDECIDED})`,
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

/** Removes files from the store after their rows are gone; a key already gone is no error. */
export async function removeStoredFiles(store: FileStore, storageKeys: string[]): Promise<void> {
  for (const key of storageKeys) await store.remove(key);
}

/**
 * The daily application retention: deletes decided applications (with their files, history and
 * rows) once `retention_years` of their form have passed since the decision, and the file
 * store's temporary files older than a day (left by a process that died mid-upload). Rows go
 * first, in one transaction; the files after it, so that a crash in between leaves files
 * without rows (swept by nothing, but unreadable) rather than rows without files. Answers how
 * many applications went.
 */
export async function deleteExpiredApplications(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  store: FileStore,
): Promise<number> {
  const now = ctx.clock();
  const expired = await ctx.em.transactional(async (tx) => {
    const rows = await rowsOf<{ id: string; storageKey: string | null }>(
      tx,
      sql`select a.id, f.storage_key as "storageKey"
            from application a
            join application_form form on form.id = a.form_id
            left join application_file f on f.application_id = a.id
           where a.decided_at is not null
             and a.decided_at + make_interval(years => form.retention_years) <= ${now}`,
    );
    const ids = [...new Set(rows.map((row) => row.id))];
    if (ids.length > 0) {
      await run(
        tx,
        sql`update application set receipt_file_id = null, decision_file_id = null
             where id in (${ids})`,
      );
      await run(tx, sql`delete from application where id in (${ids})`);
    }
    return {
      count: ids.length,
      keys: rows.flatMap((row) => (row.storageKey ? [row.storageKey] : [])),
    };
  });
  await removeStoredFiles(store, expired.keys);
  await store.sweepIncoming(new Date(now.getTime() - DAY_MS));
  return expired.count;
}
