import type { UseCaseContext } from '../common/use-case.js';
import { deleteApplicationsPastRetention, storedFilesNamed } from './application-files.queries.js';
import type { FileStore } from './file-store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes files from the store after their rows are gone; a key already gone is no error. */
export async function removeStoredFiles(store: FileStore, storageKeys: string[]): Promise<void> {
  for (const key of storageKeys) await store.remove(key);
}

/**
 * The daily application retention: deletes decided applications (with their files, history and
 * rows) once `retention_years` of their form have passed since the decision, the file store's
 * temporary files older than a day (left by a process that died mid-upload), and the files stored
 * more than a day ago whose row never committed (a process that died between storing a receipt,
 * letter or upload and committing its row). Rows go first, in one transaction, the files after
 * it: a crash in between leaves an unreachable file rather than a row whose file is gone (such a
 * file is not marked, so it stays: see docs/reliability.md). Answers how many applications went.
 */
export async function deleteExpiredApplications(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  store: FileStore,
): Promise<number> {
  const now = ctx.clock();
  const expired = await ctx.em.transactional((tx) => deleteApplicationsPastRetention(tx, now));
  await removeStoredFiles(store, expired.storageKeys);
  const dayBefore = new Date(now.getTime() - DAY_MS);
  await store.sweepIncoming(dayBefore);
  await store.sweepPending(dayBefore, (storageKeys) => storedFilesNamed(ctx.em, storageKeys));
  return expired.count;
}
