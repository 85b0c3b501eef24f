import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import type { UseCaseContext } from '../common/use-case.js';
import { Gate } from '../realtime/event-stream.js';
import { insertDataAccessRows, type DataAccessInsert } from './account.queries.js';
import type { AccountPrincipal, Principal } from '../auth/principal.js';
import { Role } from '../entities/accounts/account.entity.js';
import {
  DataAccessLogEntity,
  type AccessChannel,
  type AccessReason,
  type StaffRole,
} from '../entities/accounts/data-access-log.entity.js';

/** Whose data was read, and what: "APPOINTMENT:<code>", "CONVERSATION:<id>". */
export type DataAccess = { citizenId: string; subject: string };

/**
 * Who reads: the account and its roles at the time; for an API key with an office scope, its
 * owner (in the role STAFF) and the key.
 */
export type Reader = Pick<AccountPrincipal, 'accountId' | 'roles'> & {
  apiKey?: { id: string; name: string };
};

/** The reader a signed-in account or a scoped API key is in the data access log; else null. */
export function readerOf(principal: Principal): Reader | null {
  switch (principal.kind) {
    case 'account':
      return principal;
    case 'apiKey':
      return {
        accountId: principal.ownerId,
        roles: [Role.STAFF],
        apiKey: { id: principal.apiKeyId, name: principal.name },
      };
    default:
      return null;
  }
}

/** The role a reader reads in, as the citizen's log names it. */
export function staffRoleOf(reader: Reader): StaffRole {
  return reader.roles.includes(Role.ADMIN) ? 'ADMIN' : 'STAFF';
}

/** One row of the data access log. */
export type DataAccessRecord = DataAccess & {
  actorId: string;
  actorRole: StaffRole;
  reason: AccessReason;
  channel: AccessChannel;
  accessedAt: Date;
  apiKeyId?: string | null;
  apiKeyName?: string | null;
};

/**
 * A read that repeats one this long ago or less (the same reader, data and reason) is the same
 * entry: a live page that reads again on each change (the appointment plan, the inbox) would
 * otherwise fill the citizen's log with dozens of lines for one working session.
 */
export const REPEATED_READ_MINUTES = 15;

/**
 * The records as rows of the data access log's INSERT, which leaves out those that repeat a read
 * of the last REPEATED_READ_MINUTES: for `insertDataAccess`, or for a statement that writes them
 * along with the data it reads.
 */
export function dataAccessInsertOf(records: readonly DataAccessRecord[]): DataAccessInsert {
  const rows = records.map((record) => ({
    id: randomUUID(),
    citizen_id: record.citizenId,
    actor_id: record.actorId,
    actor_role: record.actorRole,
    accessed_at: record.accessedAt.toISOString(),
    subject: record.subject,
    reason: record.reason,
    channel: record.channel,
    api_key_id: record.apiKeyId ?? null,
    api_key_name: record.apiKeyName ?? null,
  }));
  return { rows, repeatedMinutes: REPEATED_READ_MINUTES };
}

/** Writes the records in one INSERT, whatever their number; nothing for none. */
export async function insertDataAccess(
  em: EntityManager,
  records: readonly DataAccessRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await insertDataAccessRows(em, dataAccessInsertOf(records));
}

/**
 * The reads of citizens' personal data by staff in one operation (an HTTP request, a WebSocket
 * operation, one delivery of a subscription): noted where the data is read, written by `flush`
 * in one INSERT before the answer leaves the server (src/server/data-access-log.ts), unless the
 * statement that read the data wrote them itself (`unwritten`, `wrote`: a conversation's messages).
 * The same data read twice in one operation (a conversation's subject, citizen name and messages)
 * is one entry. Only accounts are recorded; guest bookings have no one to show the log to.
 */
export class DataAccessRecorder {
  private pending = new Map<string, DataAccessRecord>();
  /** What a reading statement has written itself since the last flush (`wrote`). */
  private written = new Set<string>();

  constructor(
    readonly channel: AccessChannel,
    private readonly clock: Clock,
  ) {}

  note(reader: Reader, reason: AccessReason, accesses: readonly DataAccess[]): void {
    for (const record of this.unwritten(reader, reason, accesses)) {
      this.pending.set(recordKey(record), record);
    }
  }

  /**
   * The records of these reads that are neither noted nor written yet, and those noted and not
   * yet written (with the time they were noted): for a statement that writes them along with
   * the read (`dataAccessInsertOf`). Nothing changes until `wrote` names those it wrote.
   */
  unwritten(
    reader: Reader,
    reason: AccessReason,
    accesses: readonly DataAccess[],
  ): DataAccessRecord[] {
    const records = new Map<string, DataAccessRecord>();
    for (const access of accesses) {
      const record: DataAccessRecord = {
        ...access,
        actorId: reader.accountId,
        actorRole: staffRoleOf(reader),
        reason,
        channel: this.channel,
        accessedAt: this.clock(),
        apiKeyId: reader.apiKey?.id ?? null,
        apiKeyName: reader.apiKey?.name ?? null,
      };
      const key = recordKey(record);
      if (records.has(key) || this.written.has(key)) continue;
      records.set(key, this.pending.get(key) ?? record);
    }
    return [...records.values()];
  }

  /** These records (from `unwritten`) are written: flush leaves them out, and so do later notes. */
  wrote(records: readonly DataAccessRecord[]): void {
    for (const record of records) {
      const key = recordKey(record);
      this.pending.delete(key);
      this.written.add(key);
    }
  }

  /**
   * Writes what was noted since the last flush, in the caller's unit of work; given as a function,
   * it is made only when there is something to write (most answers have nothing).
   */
  async flush(em: EntityManager | (() => EntityManager)): Promise<void> {
    const records = [...this.pending.values()];
    this.pending.clear();
    this.written.clear();
    if (records.length === 0) return;
    // When this fails, the caller withholds the data the records are about: they are dropped.
    await insertDataAccess(typeof em === 'function' ? em() : em, records);
  }
}

/** The same reader, data and reason: one entry per operation. */
function recordKey(record: Omit<DataAccessRecord, 'accessedAt'>): string {
  return `${record.actorId} ${record.apiKeyId ?? ''} ${record.citizenId} ${record.subject} ${record.reason}`;
}

/** Who read the citizen's data, newest first. */
export async function dataAccessOf(
  ctx: Pick<UseCaseContext, 'em'>,
  citizenId: string,
  page: { offset: number; limit: number },
): Promise<{ entries: Array<DataAccessLogEntity>; totalCount: number }> {
  const [entries, totalCount] = await ctx.em.findAndCount(
    DataAccessLogEntity,
    { citizen: citizenId },
    {
      orderBy: { accessedAt: 'desc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
      populate: ['actor'],
    },
  );
  return { entries, totalCount };
}

type EventReads = {
  records: Map<string, DataAccessRecord>;
  closed: boolean;
  written: Gate;
};

/**
 * For live deliveries: the records of one bus event, noted by each of its subscribers as the bus
 * hands it to them (synchronously, one after the other), written together by one INSERT right
 * after; the same reader's sockets (tabs, devices) following the same conversation are one entry,
 * as a read repeated within REPEATED_READ_MINUTES is (the INSERT's check for a repeat does not see
 * the rows of its own statement). `liveReads(em, read, clock)` is made once per subscription (its
 * record's key with it); it returns, per event, the gate that opens when the subscriber's record
 * is written. A subscriber that passes the event on later (after a replay) gets an INSERT of its
 * own.
 */
export function dataAccessPerEvent<E extends object>(): (
  em: () => EntityManager,
  read: Omit<DataAccessRecord, 'accessedAt'>,
  clock: Clock,
) => (event: E) => Gate {
  const batches = new WeakMap<E, EventReads>();
  return (em, read, clock) => {
    const key = recordKey(read);
    const record = (): DataAccessRecord => ({ ...read, accessedAt: clock() });
    return (event) => {
      let batch = batches.get(event);
      if (!batch) {
        const opened: EventReads = {
          records: new Map(),
          closed: false,
          written: Gate.after(
            Promise.resolve().then(() => {
              opened.closed = true;
              return insertDataAccess(em(), [...opened.records.values()]);
            }),
          ),
        };
        batches.set(event, opened);
        batch = opened;
      }
      if (batch.closed) return Gate.after(insertDataAccess(em(), [record()]));
      if (!batch.records.has(key)) batch.records.set(key, record());
      return batch.written;
    };
  };
}
