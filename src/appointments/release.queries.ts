import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '../common/language.js';
import { date, dateOrNull, inSavepoint, rowOf, rowsOf, run, sql } from '../common/sql.js';
import type {
  ReleaseRequestStatus,
  ReleaseTimeOfDay,
} from '../entities/appointments/appointment-release.entity.js';
import type { ReleasedTime } from './release-rules.js';

// Every SQL statement about fair releases (docs/decisions/0027-fair-release.md): the releases,
// the requests collected for them, and what the draw reads and marks. The appointments the draw
// books are written in appointment.queries.ts, as all appointments are.

/** A release as the use cases and the API see it. */
export type ReleaseRecord = {
  id: string;
  serviceId: string;
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  closesAt: Date;
  drawnAt: Date | null;
  seed: string | null;
};

type ReleaseRow = {
  id: string;
  service_id: string;
  office_id: string;
  starts_at: unknown;
  ends_at: unknown;
  opens_at: unknown;
  closes_at: unknown;
  drawn_at: unknown;
  seed: string | null;
};

const RELEASE_COLUMNS = sql.trusted(`r.id, r.service_id, r.office_id, r.starts_at, r.ends_at,
  r.opens_at, r.closes_at, r.drawn_at, r.seed`);

function releaseRecord(row: ReleaseRow): ReleaseRecord {
  return {
    id: row.id,
    serviceId: row.service_id,
    officeId: row.office_id,
    startsAt: date(row.starts_at),
    endsAt: date(row.ends_at),
    opensAt: date(row.opens_at),
    closesAt: date(row.closes_at),
    drawnAt: dateOrNull(row.drawn_at),
    seed: row.seed,
  };
}

/**
 * Inserts the release; an overlapping one of the service at the office fails with the exclusion
 * constraint's violation (in a savepoint: a deadlock of its check is run again).
 */
export async function insertRelease(
  tx: EntityManager,
  release: Omit<ReleaseRecord, 'id' | 'drawnAt' | 'seed'> & {
    createdBy: string;
    createdAt: Date;
  },
): Promise<ReleaseRecord> {
  const row = await inSavepoint(tx, () =>
    rowOf<ReleaseRow>(
      tx,
      sql`insert into appointment_release as r (id, service_id, office_id, starts_at, ends_at,
                                              opens_at, closes_at, created_by_id, created_at)
        values (gen_random_uuid(), ${release.serviceId}, ${release.officeId}, ${release.startsAt},
                ${release.endsAt}, ${release.opensAt}, ${release.closesAt}, ${release.createdBy},
                ${release.createdAt})
        returning ${RELEASE_COLUMNS}`,
    ),
  );
  if (!row) throw new Error('Inserting a release returned no row');
  return releaseRecord(row);
}

export async function findRelease(em: EntityManager, id: string): Promise<ReleaseRecord | null> {
  const row = await rowOf<ReleaseRow>(
    em,
    sql`select ${RELEASE_COLUMNS} from appointment_release r where r.id = ${id}`,
  );
  return row && releaseRecord(row);
}

/** Per service, its next release not drawn yet (at any office): the earliest to open. */
export async function upcomingReleasesOfServices(
  em: EntityManager,
  serviceIds: readonly string[],
): Promise<ReleaseRecord[]> {
  const rows = await rowsOf<ReleaseRow>(
    em,
    sql`select distinct on (r.service_id) ${RELEASE_COLUMNS}
          from appointment_release r
         where r.service_id in (${[...serviceIds]}) and r.drawn_at is null
         order by r.service_id, r.opens_at, r.id`,
  );
  return rows.map(releaseRecord);
}

/** A request as its owner sees it, with its release and, once won, the time it got. */
export type ReleaseRequestRecord = {
  id: string;
  status: ReleaseRequestStatus;
  preferredDays: string[];
  timeOfDay: ReleaseTimeOfDay;
  drawPosition: number | null;
  createdAt: Date;
  release: ReleaseRecord;
  appointment: { code: string; startsAt: Date; endsAt: Date } | null;
};

type RequestRow = ReleaseRow & {
  request_id: string;
  status: ReleaseRequestStatus;
  preferred_days: string[];
  time_of_day: ReleaseTimeOfDay;
  draw_position: number | null;
  request_created_at: unknown;
  appointment_code: string | null;
  appointment_starts_at: unknown;
  appointment_ends_at: unknown;
};

function requestRecord(row: RequestRow): ReleaseRequestRecord {
  return {
    id: row.request_id,
    status: row.status,
    preferredDays: row.preferred_days,
    timeOfDay: row.time_of_day,
    drawPosition: row.draw_position,
    createdAt: date(row.request_created_at),
    release: releaseRecord(row),
    appointment:
      row.appointment_code === null
        ? null
        : {
            code: row.appointment_code,
            startsAt: date(row.appointment_starts_at),
            endsAt: date(row.appointment_ends_at),
          },
  };
}

function selectRequests(where: ReturnType<typeof sql>) {
  return sql`select q.id as request_id, q.status, q.preferred_days, q.time_of_day,
                    q.draw_position, q.created_at as request_created_at,
                    a.code as appointment_code, a.starts_at as appointment_starts_at,
                    a.ends_at as appointment_ends_at, ${RELEASE_COLUMNS}
               from release_request q
               join appointment_release r on r.id = q.release_id
               left join appointment a on a.id = q.appointment_id
              where ${where}
              order by q.created_at desc, q.id`;
}

export async function insertRequest(
  tx: EntityManager,
  request: {
    releaseId: string;
    accountId: string | null;
    name: string;
    email: string;
    phone: string | null;
    personKey: string;
    language: Language;
    preferredDays: string[];
    timeOfDay: ReleaseTimeOfDay;
    tokenHash: string;
    createdAt: Date;
  },
): Promise<ReleaseRequestRecord> {
  const inserted = await rowOf<{ id: string }>(
    tx,
    sql`insert into release_request (id, release_id, account_id, name, email, phone, person_key,
                                     language, preferred_days, time_of_day, token_hash, created_at)
        values (gen_random_uuid(), ${request.releaseId}, ${request.accountId}, ${request.name},
                ${request.email}, ${request.phone}, ${request.personKey}, ${request.language},
                ${JSON.stringify(request.preferredDays)}::jsonb, ${request.timeOfDay},
                ${request.tokenHash}, ${request.createdAt})
        returning id`,
  );
  const row = inserted && (await rowOf<RequestRow>(tx, selectRequests(sql`q.id = ${inserted.id}`)));
  if (!row) throw new Error('Inserting a release request returned no row');
  return requestRecord(row);
}

export async function requestsOfAccount(
  em: EntityManager,
  accountId: string,
): Promise<ReleaseRequestRecord[]> {
  const rows = await rowsOf<RequestRow>(em, selectRequests(sql`q.account_id = ${accountId}`));
  return rows.map(requestRecord);
}

export async function requestByTokenHash(
  em: EntityManager,
  tokenHash: string,
): Promise<ReleaseRequestRecord | null> {
  const row = await rowOf<RequestRow>(em, selectRequests(sql`q.token_hash = ${tokenHash}`));
  return row && requestRecord(row);
}

/**
 * Claims the release whose collection window has ended longest ago and is not drawn: marks it
 * drawn with the seed in the same statement, under its row lock (skip locked), so that of several
 * instances running the job exactly one draws it. The draw happens in the caller's transaction:
 * until it commits, everyone else still sees the release undrawn and its times not offered.
 */
export async function claimDueRelease(
  tx: EntityManager,
  now: Date,
  seed: string,
): Promise<ReleaseRecord | null> {
  const row = await rowOf<ReleaseRow>(
    tx,
    sql`update appointment_release r set drawn_at = ${now}, seed = ${seed}
         where r.id = (select id from appointment_release
                        where drawn_at is null and closes_at <= ${now}
                        order by closes_at, id
                        limit 1
                        for update skip locked)
        returning ${RELEASE_COLUMNS}`,
  );
  return row && releaseRecord(row);
}

/** A request waiting for the draw, with what its booking needs. */
export type PendingRequest = {
  id: string;
  accountId: string | null;
  name: string;
  email: string;
  phone: string | null;
  language: Language;
  preferredDays: string[];
  timeOfDay: ReleaseTimeOfDay;
};

export async function pendingRequests(
  tx: EntityManager,
  releaseId: string,
): Promise<PendingRequest[]> {
  const rows = await rowsOf<{
    id: string;
    account_id: string | null;
    name: string;
    email: string;
    phone: string | null;
    language: Language;
    preferred_days: string[];
    time_of_day: ReleaseTimeOfDay;
  }>(
    tx,
    sql`select id, account_id, name, email, phone, language, preferred_days, time_of_day
          from release_request
         where release_id = ${releaseId} and status = 'PENDING'
         order by id`,
  );
  return rows.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    preferredDays: row.preferred_days,
    timeOfDay: row.time_of_day,
  }));
}

/**
 * The free times of a release, per counter, earliest first: what the draw gives out. Called in
 * the draw's transaction after the release is marked drawn, when slot_candidates shows them.
 */
export async function releasedTimes(
  tx: EntityManager,
  release: ReleaseRecord,
  timeZone: string,
  now: Date,
): Promise<ReleasedTime[]> {
  const rows = await rowsOf<{
    counter_id: string;
    starts_at: unknown;
    ends_at: unknown;
    local_day: string;
    local_hour: number;
  }>(
    tx,
    sql`select f.counter_id, f.starts_at, f.ends_at,
               to_char(f.starts_at at time zone ${timeZone}, 'YYYY-MM-DD') as local_day,
               extract(hour from f.starts_at at time zone ${timeZone})::int as local_hour
          from slot_candidates(${release.serviceId}, ${release.officeId}, ${release.startsAt},
                               ${release.endsAt}, ${timeZone}, ${now}, ${now}) f
         where f.free
         order by f.starts_at, f.counter_id`,
  );
  return rows.map((row) => ({
    counterId: row.counter_id,
    startsAt: date(row.starts_at),
    endsAt: date(row.ends_at),
    localDay: row.local_day,
    localHour: Number(row.local_hour),
  }));
}

/** Records a request's outcome: its place in the drawn order and, when won, its booking. */
export async function markDrawn(
  tx: EntityManager,
  requestId: string,
  outcome: { status: ReleaseRequestStatus; position: number; appointmentId: string | null },
): Promise<void> {
  await run(
    tx,
    sql`update release_request
           set status = ${outcome.status}, draw_position = ${outcome.position},
               appointment_id = ${outcome.appointmentId}
         where id = ${requestId}`,
  );
}

/**
 * Forgets a person's requests, the account's and those made as a guest with its address
 * (deleting the account): a pending one will draw nothing, and a won one's appointment is
 * cancelled or anonymized with the account's others.
 */
export async function deleteRequestsOf(
  tx: EntityManager,
  owner: { accountId: string; email: string },
): Promise<void> {
  await run(
    tx,
    sql`delete from release_request
         where account_id = ${owner.accountId} or email = ${owner.email}`,
  );
}
