import pg from 'pg';
import { DriverException } from '@mikro-orm/postgresql';
import { someWrappedError } from './wrapped-errors.js';

/**
 * A write the database could not store because its disk is full (SQLSTATE 53100, disk_full: a
 * table or index could not grow, or the write-ahead log needed a new segment). PostgreSQL rolls the
 * transaction back: nothing of it is stored, and what was committed before is whole. Requests that
 * meet one are answered with HTTP 507 STORAGE_FULL, as an upload that does not fit on the disk of
 * DATA_DIR/files is (src/server/application-file-routes.ts): the operator must make room, so a
 * client that tries again in a few seconds, as after a 503, would only meet it again.
 */

/** SQLSTATE disk_full. */
export const DISK_FULL = '53100';

/** HTTP 507 Insufficient Storage. */
export const STORAGE_FULL_STATUS = 507;

/** Whether the error, or one it wraps (GraphQL's originalError, a cause), is the database's disk_full. */
export function isStorageFull(error: unknown): boolean {
  return someWrappedError(
    error,
    (candidate) =>
      (candidate instanceof pg.DatabaseError || candidate instanceof DriverException) &&
      candidate.code === DISK_FULL,
  );
}
