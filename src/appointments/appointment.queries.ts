import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import { inSavepoint, preparedRowsOf, rowOf, rowsOf, run, sql, type Sql } from '../common/sql.js';
import {
  type AppointmentEntity,
  AppointmentStatus,
} from '../entities/appointments/appointment.entity.js';
import type { AppointmentPlace } from './appointment-mail.js';
import type { ValidBooking } from './appointment-rules.js';

// Every SQL statement about appointments (docs/decisions/0014-sql-and-orm.md). Appointments are
// written only here, by SQL: the booking's insert is settled by the exclusion constraint, a
// cancellation and the reminders' claim are one `update … returning` each. The ORM does not
// write them. Counters, schedules and closures are set-up data, written through the ORM
// (appointment-setup.service.ts); slot_candidates (slot-candidates.sql) and office_open_periods
// (office-open-periods.sql) read them.

/**
 * An appointment as the use cases and the API see it: booked or cancelled, never a hold (the
 * queries that return these leave HELD rows out), so it always has a name and an e-mail address.
 * Only booking and confirming return an UNCONFIRMED one; every look-up leaves them out too.
 */
export type AppointmentRecord = Pick<
  AppointmentEntity,
  | 'id'
  | 'code'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'phone'
  | 'language'
  | 'requestHash'
  | 'createdAt'
  | 'cancelledAt'
  | 'sequence'
  | 'confirmBy'
> & {
  name: string;
  email: string;
  service: { id: string };
  office: { id: string };
  counter: { id: string };
  account: { id: string } | null;
};

type AppointmentRow = {
  id: string;
  code: string;
  status: AppointmentStatus;
  service_id: string;
  office_id: string;
  counter_id: string;
  account_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  name: string;
  email: string;
  phone: string | null;
  language: Language;
  request_hash: string | null;
  created_at: Date | string;
  cancelled_at: Date | string | null;
  sequence: number;
  confirm_by: Date | string | null;
};

const APPOINTMENT_COLUMNS = sql.trusted(`a.id, a.code, a.status, a.service_id, a.office_id,
  a.counter_id, a.account_id, a.starts_at, a.ends_at, a.name, a.email, a.phone, a.language,
  a.request_hash, a.created_at, a.cancelled_at, a.sequence, a.confirm_by`);

function appointmentRecord(row: AppointmentRow): AppointmentRecord {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    service: { id: row.service_id },
    office: { id: row.office_id },
    counter: { id: row.counter_id },
    account: row.account_id ? { id: row.account_id } : null,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    name: row.name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    requestHash: row.request_hash,
    createdAt: new Date(row.created_at),
    cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at),
    sequence: row.sequence,
    confirmBy: row.confirm_by === null ? null : new Date(row.confirm_by),
  };
}

/**
 * Leaves out holds and unconfirmed bookings: they take times but are not appointments (see
 * AppointmentRecord) until confirmed.
 */
const AN_APPOINTMENT = sql.trusted(`a.status not in ('HELD', 'UNCONFIRMED')`);

/** The columns of service `s` and office `o` that the e-mails about an appointment name. */
const PLACE_COLUMNS = sql.trusted(`s.name as service_name, s.documents as service_documents,
  o.name as office_name, o.street as office_street, o.postal_code as office_postal_code,
  o.city as office_city`);

type PlaceRow = {
  service_name: AppointmentPlace['service']['name'];
  service_documents: AppointmentPlace['service']['documents'];
  office_name: AppointmentPlace['office']['name'];
  office_street: string;
  office_postal_code: string;
  office_city: string;
};

function placeOf(row: PlaceRow): AppointmentPlace {
  return {
    service: { name: row.service_name, documents: row.service_documents },
    office: {
      name: row.office_name,
      street: row.office_street,
      postalCode: row.office_postal_code,
      city: row.office_city,
    },
  };
}

/** What names one appointment: its id (with its owner's account), or its code and e-mail. */
export type AppointmentKey = { id: string; accountId?: string } | { code: string; email: string };

function whereKey(key: AppointmentKey): Sql {
  if ('code' in key) return sql`a.code = ${key.code} and a.email = ${key.email}`;
  return key.accountId === undefined
    ? sql`a.id = ${key.id}`
    : sql`a.id = ${key.id} and a.account_id = ${key.accountId}`;
}

export async function findAppointment(
  em: EntityManager,
  key: AppointmentKey,
): Promise<AppointmentRecord | null> {
  const row = await rowOf<AppointmentRow>(
    em,
    sql`select ${APPOINTMENT_COLUMNS} from appointment a where ${whereKey(key)} and ${AN_APPOINTMENT}`,
  );
  return row && appointmentRecord(row);
}

/** Appointments by id, in any order; those that do not exist are left out. */
export async function appointmentsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<AppointmentRecord[]> {
  const rows = await rowsOf<AppointmentRow>(
    em,
    sql`select ${APPOINTMENT_COLUMNS} from appointment a where a.id in (${[...ids]}) and ${AN_APPOINTMENT}`,
  );
  return rows.map(appointmentRecord);
}

export async function findByIdempotencyKey(
  em: EntityManager,
  key: string,
): Promise<AppointmentRecord | null> {
  const row = await rowOf<AppointmentRow>(
    em,
    sql`select ${APPOINTMENT_COLUMNS} from appointment a where a.idempotency_key = ${key}`,
  );
  return row && appointmentRecord(row);
}

/** An account's appointments, the latest first, and how many it has. */
export async function appointmentsOfAccount(
  em: EntityManager,
  accountId: string,
  page: { offset: number; limit: number },
): Promise<{ appointments: AppointmentRecord[]; totalCount: number }> {
  const [rows, count] = await Promise.all([
    rowsOf<AppointmentRow>(
      em,
      sql`select ${APPOINTMENT_COLUMNS} from appointment a
           where a.account_id = ${accountId} and ${AN_APPOINTMENT}
           order by a.starts_at desc, a.id asc limit ${page.limit} offset ${page.offset}`,
    ),
    rowOf<{ total: string }>(
      em,
      sql`select count(*) as total from appointment a where a.account_id = ${accountId} and ${AN_APPOINTMENT}`,
    ),
  ]);
  return { appointments: rows.map(appointmentRecord), totalCount: Number(count?.total ?? 0) };
}

/** The appointments of an office that start in [from, to), earliest first. */
export async function appointmentsOfOffice(
  em: EntityManager,
  officeId: string,
  period: { from: Date; to: Date },
): Promise<AppointmentRecord[]> {
  const rows = await rowsOf<AppointmentRow>(
    em,
    sql`select ${APPOINTMENT_COLUMNS} from appointment a
         where a.office_id = ${officeId} and a.starts_at >= ${period.from} and a.starts_at < ${period.to}
           and ${AN_APPOINTMENT}
         order by a.starts_at asc, a.id asc`,
  );
  return rows.map(appointmentRecord);
}

/** A range of slots of a service at an office: those starting in [from, to), not before notBefore. */
export type SlotRange = {
  serviceId: string;
  officeId: string;
  from: Date;
  to: Date;
  timeZone: string;
  notBefore: Date;
};

/**
 * The slot_candidates of a range. The booking window is measured from `windowAt`: the caller's
 * now, unless a hold being confirmed is measured from when it was taken.
 */
function slotCandidates(range: SlotRange, windowAt: Sql = sql`${range.notBefore}`): Sql {
  return sql`slot_candidates(${range.serviceId}, ${range.officeId}, ${range.from}, ${range.to},
                             ${range.timeZone}, ${range.notBefore}, ${windowAt})`;
}

export type Slot = { startsAt: Date; endsAt: Date; available: number };

/** Most changed times one catch-up reads again. */
const CHANGED_SINCE_LIMIT = 500;

/**
 * The times of the office's counters that bookings, cancellations and holds changed in
 * [`since`, `now`], as their live events named them: what a view of the office's times reads
 * again after the bus lost Redis. Holds released and unconfirmed bookings that lapsed are deleted
 * rows, and are not among them.
 */
export async function counterTimesChangedSince(
  em: EntityManager,
  officeId: string,
  since: Date,
  now: Date,
): Promise<{ counterId: string; startsAt: Date; endsAt: Date }[]> {
  const rows = await rowsOf<{ counter_id: string; starts_at: Date; ends_at: Date }>(
    em,
    sql`select distinct counter_id, starts_at, ends_at from appointment
         where office_id = ${officeId}
           and (created_at >= ${since} or cancelled_at >= ${since}
                or held_until between ${since} and ${now})
         order by starts_at, counter_id
         limit ${CHANGED_SINCE_LIMIT}`,
  );
  return rows.map((row) => ({
    counterId: row.counter_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  }));
}

/**
 * Every slot of the range within the service's booking window, with how many counters are free
 * for it (none when the office's day is at the service's daily cap).
 */
export async function freeSlots(em: EntityManager, range: SlotRange): Promise<Slot[]> {
  // A hot read: every booking page asks. The instants come as milliseconds since the epoch: a
  // Date made from a number costs a fraction of one parsed from text.
  const rows = await preparedRowsOf<{ starts_ms: number; ends_ms: number; available: string }>(
    em,
    sql`select date_part('epoch', starts_at) * 1000 as starts_ms,
               date_part('epoch', ends_at) * 1000 as ends_ms,
               count(*) filter (where free and not day_full) as available
          from ${slotCandidates(range)}
         where in_window
         group by starts_at, ends_at
         order by starts_at`,
  );
  return rows.map((row) => ({
    startsAt: new Date(Number(row.starts_ms)),
    endsAt: new Date(Number(row.ends_ms)),
    available: Number(row.available),
  }));
}

/** Why a slot that no counter could be taken for was refused, first reason first. */
export type SlotRefusal =
  | { reason: 'NOT_GIVEN' }
  | {
      reason: 'OUTSIDE_WINDOW';
      earliestDaysAhead: number;
      latestDaysAhead: number;
      minimumNoticeMinutes: number;
    }
  | { reason: 'DAY_FULL'; dailyCap: number }
  | { reason: 'TAKEN' };

/**
 * Why no counter gives the range's slot: the office does not give it at all, it lies outside the
 * service's booking window, the day is at the daily cap, or every counter is taken.
 */
export async function slotRefusal(em: EntityManager, range: SlotRange): Promise<SlotRefusal> {
  const row = await rowOf<{
    candidates: string;
    in_window: boolean | null;
    day_full: boolean | null;
    booking_earliest_days: number;
    booking_latest_days: number;
    booking_notice_minutes: number;
    daily_cap: number | null;
  }>(
    em,
    sql`select c.candidates, c.in_window, c.day_full, s.booking_earliest_days,
               s.booking_latest_days, s.booking_notice_minutes, s.daily_cap
          from service s,
               (select count(*) as candidates, bool_or(in_window) as in_window,
                       bool_or(day_full) as day_full
                  from ${slotCandidates(range)}) c
         where s.id = ${range.serviceId}`,
  );
  if (!row || Number(row.candidates) === 0) return { reason: 'NOT_GIVEN' };
  if (!row.in_window) {
    return {
      reason: 'OUTSIDE_WINDOW',
      earliestDaysAhead: row.booking_earliest_days,
      latestDaysAhead: row.booking_latest_days,
      minimumNoticeMinutes: row.booking_notice_minutes,
    };
  }
  if (row.day_full && row.daily_cap !== null)
    return { reason: 'DAY_FULL', dailyCap: row.daily_cap };
  return { reason: 'TAKEN' };
}

/**
 * When the service has a daily cap, waits for the other bookings and holds of the service at the
 * office on the slot's local day in open transactions; held until commit. Each statement after
 * it sees what they committed, so that two cannot both take the last appointment of the day.
 * Services without a cap take no lock: their bookings race only for counters.
 */
export async function lockDailyCap(tx: EntityManager, range: SlotRange): Promise<void> {
  await run(
    tx,
    sql`select pg_advisory_xact_lock(hashtext('daily-cap'),
                                     hashtext(s.id || ':' || ${range.officeId}::text || ':' ||
                                              ((${range.from}::timestamptz at time zone ${range.timeZone})::date)::text))
          from service s where s.id = ${range.serviceId} and s.daily_cap is not null`,
  );
}

/**
 * Whether the counter handles the service, and how far a change of its time reaches for the
 * service's slots: the largest buffer of the services it handles (a slot that near is held
 * apart by it), and whether the service has a daily cap (then the whole local day).
 */
export async function counterServiceReach(
  em: EntityManager,
  counterId: string,
  serviceId: string,
): Promise<{ bufferMinutes: number; dailyCapped: boolean } | null> {
  const row = await rowOf<{ buffer_minutes: number; daily_capped: boolean }>(
    em,
    sql`select (select max(s2.booking_buffer_minutes) from counter_service cs2
                  join service s2 on s2.id = cs2.service_id
                 where cs2.counter_id = ${counterId}) as buffer_minutes,
               s.daily_cap is not null as daily_capped
          from counter_service cs join service s on s.id = cs.service_id
         where cs.counter_id = ${counterId} and cs.service_id = ${serviceId}`,
  );
  return row && { bufferMinutes: row.buffer_minutes, dailyCapped: row.daily_capped };
}

/** Waits for the other bookings of this e-mail address in open transactions; held until commit. */
export async function lockBookingsOf(tx: EntityManager, email: string): Promise<void> {
  await run(tx, sql`select pg_advisory_xact_lock(hashtextextended(${email}, 0))`);
}

/** What a booking is checked against, and what its confirmation says about the place. */
export type BookingCheck = {
  serviceExists: boolean;
  officeExists: boolean;
  offered: boolean;
  /** Upcoming bookings of the e-mail address, unconfirmed ones too. */
  openCount: number;
  /** Whether the service is scarce: a guest's booking waits for the e-mail to be confirmed. */
  scarce: boolean;
  /** The booking account's e-mail address when it is verified; null for guests and otherwise. */
  verifiedEmail: string | null;
  keyUsed: boolean;
  place: AppointmentPlace;
};

export async function bookingCheck(
  tx: EntityManager,
  booking: ValidBooking,
  now: Date,
): Promise<BookingCheck> {
  const row = await rowOf<
    PlaceRow & {
      service_exists: boolean;
      office_exists: boolean;
      offered: boolean;
      open_count: string;
      key_used: boolean;
      scarce: boolean | null;
      verified_email: string | null;
    }
  >(
    tx,
    sql`select s.id is not null as service_exists, o.id is not null as office_exists,
               exists (select 1 from service_office
                        where service_id = ${booking.serviceId} and office_id = ${booking.officeId})
                 and s.retired_at is null and o.retired_at is null as offered,
               (select count(*) from appointment
                 where email = ${booking.email} and status in ('BOOKED', 'UNCONFIRMED')
                   and starts_at > ${now}) as open_count,
               s.scarce,
               (select email from account
                 where id = ${booking.accountId} and email_verified_at is not null) as verified_email,
               exists (select 1 from appointment where idempotency_key = ${booking.idempotencyKey}) as key_used,
               ${PLACE_COLUMNS}
          from (select 1) as requested
          left join service s on s.id = ${booking.serviceId}
          left join office o on o.id = ${booking.officeId}`,
  );
  if (!row) throw new Error('The booking check returned no row');
  return {
    serviceExists: row.service_exists,
    officeExists: row.office_exists,
    offered: row.offered,
    openCount: Number(row.open_count),
    keyUsed: row.key_used,
    scarce: row.scarce ?? false,
    verifiedEmail: row.verified_email,
    place: placeOf(row),
  };
}

/** Until when a booking waits for its e-mail address to be confirmed; null: booked at once. */
export type Confirmation = { confirmBy: Date | null };

function statusOf(booking: Confirmation): AppointmentStatus {
  return booking.confirmBy ? AppointmentStatus.UNCONFIRMED : AppointmentStatus.BOOKED;
}

/**
 * Inserts the booking on a free counter of its slot, chosen at random; null when no counter is
 * free. Runs in a savepoint, so that a violation (a counter taken meanwhile, a code drawn twice)
 * leaves the transaction usable for another attempt.
 */
export async function insertBooking(
  tx: EntityManager,
  booking: ValidBooking &
    Confirmation & { code: string; requestHash: string | null; createdAt: Date },
  slot: SlotRange,
): Promise<AppointmentRecord | null> {
  return inSavepoint(tx, async () => {
    const row = await rowOf<AppointmentRow>(
      tx,
      sql`insert into appointment as a (id, code, status, service_id, office_id, counter_id,
                                        starts_at, ends_at, name, email, phone, language,
                                        idempotency_key, request_hash, created_at, account_id,
                                        confirm_by)
          select gen_random_uuid(), ${booking.code}, ${statusOf(booking)}, ${booking.serviceId},
                 ${booking.officeId}, f.counter_id, f.starts_at, f.ends_at, ${booking.name},
                 ${booking.email}, ${booking.phone}, ${booking.language}, ${booking.idempotencyKey},
                 ${booking.requestHash}, ${booking.createdAt}, ${booking.accountId},
                 ${booking.confirmBy}
            from ${slotCandidates(slot)} f
           where f.free and f.in_window and not f.day_full
           order by random()
           limit 1
          returning ${APPOINTMENT_COLUMNS}`,
    );
    return row && appointmentRecord(row);
  });
}

// Holds (docs/decisions/0022-slot-holds.md): a held time is a row with status HELD, no personal
// details and a deadline, so that the exclusion constraint sees it. Released and expired holds
// are deleted: they never were appointments.

/** A held time as the use cases see it. */
export type HoldRecord = {
  id: string;
  serviceId: string;
  officeId: string;
  counterId: string;
  startsAt: Date;
  endsAt: Date;
  heldUntil: Date;
};

type HoldRow = {
  id: string;
  service_id: string;
  office_id: string;
  counter_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  held_until: Date | string;
};

/**
 * Holds a free counter of the slot, chosen at random as for bookings; null when none is free.
 * The exclusion constraint decides a race (23P01), in a savepoint as for bookings.
 */
export async function insertHold(
  tx: EntityManager,
  hold: {
    serviceId: string;
    officeId: string;
    code: string;
    tokenHash: string;
    holderHash: string;
    accountId: string | null;
    heldUntil: Date;
    createdAt: Date;
  },
  slot: SlotRange,
): Promise<HoldRecord | null> {
  return inSavepoint(tx, async () => {
    const row = await rowOf<HoldRow>(
      tx,
      sql`insert into appointment (id, code, status, service_id, office_id, counter_id, starts_at,
                                   ends_at, held_until, hold_token_hash, holder_hash, account_id,
                                   created_at)
          select gen_random_uuid(), ${hold.code}, 'HELD', ${hold.serviceId}, ${hold.officeId},
                 f.counter_id, f.starts_at, f.ends_at, ${hold.heldUntil}, ${hold.tokenHash},
                 ${hold.holderHash}, ${hold.accountId}, ${hold.createdAt}
            from ${slotCandidates(slot)} f
           where f.free and f.in_window and not f.day_full
           order by random()
           limit 1
          returning id, service_id, office_id, counter_id, starts_at, ends_at, held_until`,
    );
    return (
      row && {
        id: row.id,
        serviceId: row.service_id,
        officeId: row.office_id,
        counterId: row.counter_id,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        heldUntil: new Date(row.held_until),
      }
    );
  });
}

function freedTimes(
  rows: Array<{
    office_id: string;
    counter_id: string;
    starts_at: Date | string;
    ends_at: Date | string;
  }>,
): FreedTime[] {
  return rows.map((row) => ({
    officeId: row.office_id,
    counterId: row.counter_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  }));
}

/**
 * Deletes the holds that expired by `now`, of one office or (the job) of all: a constraint
 * cannot look at the clock, so an expired hold blocks its counter until it is deleted.
 */
export async function deleteExpiredHolds(
  tx: EntityManager,
  now: Date,
  officeId: string | null,
): Promise<FreedTime[]> {
  return freedTimes(
    await rowsOf(
      tx,
      sql`with deleted as (
            delete from appointment
             where status = 'HELD' and held_until <= ${now}
               ${officeId ? sql`and office_id = ${officeId}` : sql``}
            returning waitlist_entry_id, office_id, counter_id, starts_at, ends_at),
          -- An expired waitlist offer is passed on: never offered to its entry again.
          passed as (
            insert into waitlist_pass (id, entry_id, office_id, starts_at, ends_at)
            select gen_random_uuid(), waitlist_entry_id, office_id, starts_at, ends_at
              from deleted where waitlist_entry_id is not null)
          select office_id, counter_id, starts_at, ends_at from deleted`,
    ),
  );
}

/** Deletes the holder's hold of the service, live or not (a new hold replaces it). */
export async function deleteHoldOf(
  tx: EntityManager,
  holder: { holderHash: string; serviceId: string },
): Promise<FreedTime[]> {
  return freedTimes(
    await rowsOf(
      tx,
      sql`delete from appointment
           where status = 'HELD' and holder_hash = ${holder.holderHash}
             and service_id = ${holder.serviceId}
          returning office_id, counter_id, starts_at, ends_at`,
    ),
  );
}

/**
 * Deletes the hold with this token, if the caller may release it: a signed-in citizen's hold only
 * for the same account. Null when there is none.
 */
export async function deleteHoldByToken(
  tx: EntityManager,
  tokenHash: string,
  accountId: string | null,
): Promise<FreedTime | null> {
  const [freed] = freedTimes(
    await rowsOf(
      tx,
      sql`delete from appointment a
           where a.status = 'HELD' and a.hold_token_hash = ${tokenHash}
             and (a.account_id is null or a.account_id = ${accountId})
             and a.waitlist_entry_id is null
          returning a.office_id, a.counter_id, a.starts_at, a.ends_at`,
    ),
  );
  return freed ?? null;
}

/**
 * Turns the live hold with this token into the booking, on the same row, counter and time: only
 * for the service, office and start it holds, before it expires, and when it is a signed-in
 * citizen's, for the same account. Null when there is no such hold. `slot` is the held time:
 * the counter must still give it (slot_candidates, free or not, as the hold itself takes it), so
 * that a closure or schedule change made while it was held is not booked into; and the booking
 * window as of when it was held must still allow it (a hold granted near the minimum notice stays
 * confirmable for its 10 minutes; a window the administration narrowed meanwhile does not).
 */
export async function confirmHold(
  tx: EntityManager,
  tokenHash: string,
  booking: ValidBooking & Confirmation & { requestHash: string | null; createdAt: Date },
  slot: SlotRange,
  heldBy: HeldBy,
): Promise<AppointmentRecord | null> {
  const row = await rowOf<AppointmentRow>(
    tx,
    sql`update appointment a
           set status = ${statusOf(booking)}, confirm_by = ${booking.confirmBy}, held_until = null, hold_token_hash = null, holder_hash = null,
               name = ${booking.name}, email = ${booking.email}, phone = ${booking.phone},
               language = ${booking.language}, idempotency_key = ${booking.idempotencyKey},
               request_hash = ${booking.requestHash}, created_at = ${booking.createdAt},
               account_id = ${booking.accountId}
         where ${confirmableHold(tokenHash, booking, booking.createdAt, heldBy)}
           and exists (select 1 from ${slotCandidates(slot, sql`a.created_at`)} f
                        where f.counter_id = a.counter_id and f.starts_at = a.starts_at
                          and f.ends_at = a.ends_at and f.in_window)
        returning ${APPOINTMENT_COLUMNS}`,
  );
  return row && appointmentRecord(row);
}

/**
 * Which hold a booking confirms: the holder's own (holdSlot), or a waitlist offer
 * (acceptWaitlistOffer); neither is confirmed as the other.
 */
export type HeldBy = 'HOLDER' | 'WAITLIST';

/** The conditions under which a hold may be confirmed by this booking, but for its slot. */
function confirmableHold(
  tokenHash: string,
  booking: Pick<ValidBooking, 'serviceId' | 'officeId' | 'startsAt' | 'accountId'>,
  now: Date,
  heldBy: HeldBy,
): Sql {
  return sql`a.status = 'HELD' and a.hold_token_hash = ${tokenHash} and a.held_until > ${now}
             and ${heldBy === 'WAITLIST' ? sql`a.waitlist_entry_id is not null` : sql`a.waitlist_entry_id is null`}
             and a.service_id = ${booking.serviceId} and a.office_id = ${booking.officeId}
             and a.starts_at = ${booking.startsAt}
             and (a.account_id is null or a.account_id = ${booking.accountId})`;
}

/**
 * Whether the booking names a live hold of the caller's that confirmHold still refused: its
 * counter no longer gives the time (a closure or schedule change made while it was held).
 */
export async function confirmableHoldExists(
  em: EntityManager,
  tokenHash: string,
  booking: Pick<ValidBooking, 'serviceId' | 'officeId' | 'startsAt' | 'accountId'>,
  now: Date,
  heldBy: HeldBy,
): Promise<boolean> {
  const row = await rowOf<{ found: boolean }>(
    em,
    sql`select exists (select 1 from appointment a
                        where ${confirmableHold(tokenHash, booking, now, heldBy)}) as found`,
  );
  return row?.found ?? false;
}

/** Whether the service and the office exist, and the office offers the service now. */
export async function offerCheck(
  em: EntityManager,
  place: { serviceId: string; officeId: string },
): Promise<{ serviceExists: boolean; officeExists: boolean; offered: boolean }> {
  const row = await rowOf<{ service_exists: boolean; office_exists: boolean; offered: boolean }>(
    em,
    sql`select s.id is not null as service_exists, o.id is not null as office_exists,
               exists (select 1 from service_office
                        where service_id = ${place.serviceId} and office_id = ${place.officeId})
                 and s.retired_at is null and o.retired_at is null as offered
          from (select 1) as requested
          left join service s on s.id = ${place.serviceId}
          left join office o on o.id = ${place.officeId}`,
  );
  return {
    serviceExists: row?.service_exists ?? false,
    officeExists: row?.office_exists ?? false,
    offered: row?.offered ?? false,
  };
}

/**
 * Cancels the booked appointment the key names if it has not started; with the place its
 * confirmation names. Null when there is no such appointment that may still be cancelled.
 */
export async function cancelBooked(
  tx: EntityManager,
  key: AppointmentKey,
  now: Date,
): Promise<{ appointment: AppointmentRecord; place: AppointmentPlace } | null> {
  const row = await rowOf<AppointmentRow & PlaceRow>(
    tx,
    sql`update appointment a set status = 'CANCELLED', cancelled_at = ${now}, sequence = sequence + 1
          from service s, office o
         where ${whereKey(key)} and a.status = 'BOOKED' and a.starts_at > ${now}
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return row && { appointment: appointmentRecord(row), place: placeOf(row) };
}

/** An appointment due for its reminder, with the place the reminder names. */
/** An appointment with what the e-mails about it say of its service and office. */
export type PlacedAppointment = { appointment: AppointmentRecord; place: AppointmentPlace };

/**
 * Turns the unconfirmed booking into a booked one when its deadline has not passed; null when
 * there is no such booking (unknown, lapsed, or confirmed already).
 */
export async function confirmUnconfirmed(
  tx: EntityManager,
  id: string,
  now: Date,
): Promise<PlacedAppointment | null> {
  const row = await rowOf<AppointmentRow & PlaceRow>(
    tx,
    sql`update appointment a set status = 'BOOKED', confirm_by = null
          from service s, office o
         where a.id = ${id} and a.status = 'UNCONFIRMED' and a.confirm_by > ${now}
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return row && { appointment: appointmentRecord(row), place: placeOf(row) };
}

/**
 * Deletes the unconfirmed bookings whose deadline has passed, with what the e-mail telling the
 * guest needs. One statement: several instances never let one lapse twice.
 */
export async function deleteLapsedUnconfirmed(
  tx: EntityManager,
  now: Date,
): Promise<PlacedAppointment[]> {
  const rows = await rowsOf<AppointmentRow & PlaceRow>(
    tx,
    sql`delete from appointment a using service s, office o
         where a.status = 'UNCONFIRMED' and a.confirm_by <= ${now}
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return rows.map((row) => ({ appointment: appointmentRecord(row), place: placeOf(row) }));
}

export type DueReminder = {
  appointment: AppointmentRecord;
  place: AppointmentPlace;
};

/**
 * Claims the booked appointments that start in (now, windowEnd], were booked at least
 * `leadHours` before they start and were not reminded yet, and marks them reminded at `now`.
 * `for update skip locked`: several instances never claim the same one.
 */
export async function claimDueReminders(
  tx: EntityManager,
  now: Date,
  windowEnd: Date,
  leadHours: number,
): Promise<DueReminder[]> {
  const rows = await rowsOf<AppointmentRow & PlaceRow>(
    tx,
    sql`update appointment a set reminded_at = ${now}
          from service s, office o
         where a.id in (select id from appointment
                         where status = 'BOOKED' and reminded_at is null
                           and starts_at > ${now} and starts_at <= ${windowEnd}
                           and created_at <= starts_at - make_interval(hours => ${leadHours})
                         for update skip locked)
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return rows.map((row) => ({ appointment: appointmentRecord(row), place: placeOf(row) }));
}

/**
 * Whether the office is open at `now`, and when it opens next within two weeks (the start of its
 * next open period; the end of a closure opens it too), by office_open_periods.
 */
export async function openState(
  em: EntityManager,
  officeId: string,
  now: Date,
  timeZone: string,
): Promise<{ openNow: boolean; nextOpening: Date | null }> {
  const periods = sql`office_open_periods(${officeId}, ${now}, ${now}::timestamptz + interval '14 days',
                                          ${timeZone})`;
  const row = await rowOf<{ open_now: boolean; next_opening: Date | null }>(
    em,
    sql`select exists (select 1 from ${periods} p where p.open @> ${now}::timestamptz) as open_now,
               (select min(lower(piece)) from ${periods} p cross join lateral unnest(p.open) piece
                 where lower(piece) > ${now}) as next_opening`,
  );
  return {
    openNow: row?.open_now ?? false,
    nextOpening: row?.next_opening ? new Date(row.next_opening) : null,
  };
}

// A person's bookings: claimed by their account, or given up when the account is deleted.

/** Attaches the guest bookings made with the address to the account; the newly attached ones. */
export async function attachGuestAppointments(
  em: EntityManager,
  owner: { accountId: string; email: string },
): Promise<AppointmentRecord[]> {
  const rows = await rowsOf<AppointmentRow>(
    em,
    sql`update appointment a set account_id = ${owner.accountId}
         where a.email = ${owner.email} and a.account_id is null
        returning ${APPOINTMENT_COLUMNS}`,
  );
  return rows.map(appointmentRecord);
}

/** The time that cancelling a booking frees. */
export type FreedTime = { officeId: string; counterId: string; startsAt: Date; endsAt: Date };

/** Whose bookings: those of the account and those made with its address as a guest. */
export type BookingOwner = { accountId: string; email: string };

/** Cancels the person's bookings that have not begun. */
export async function cancelUpcomingAppointmentsOf(
  em: EntityManager,
  owner: BookingOwner,
  now: Date,
): Promise<FreedTime[]> {
  const rows = await rowsOf<{
    office_id: string;
    counter_id: string;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(
    em,
    sql`update appointment set status = 'CANCELLED', cancelled_at = ${now}, sequence = sequence + 1
         where (account_id = ${owner.accountId} or email = ${owner.email})
           and status = 'BOOKED' and starts_at > ${now}
        returning office_id, counter_id, starts_at, ends_at`,
  );
  return rows.map((row) => ({
    officeId: row.office_id,
    counterId: row.counter_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  }));
}

/** Keeps the person's bookings as the office's records need them, without the person. */
export async function anonymizeAppointmentsOf(
  em: EntityManager,
  owner: BookingOwner,
): Promise<void> {
  await run(
    em,
    sql`update appointment
           set name = '-', email = 'deleted-' || id || '@invalid', phone = null, account_id = null,
               idempotency_key = null, request_hash = null
         where (account_id = ${owner.accountId} or email = ${owner.email}) and status <> 'HELD'`,
  );
}

/** The names of these counters, by ID. */
export async function counterNamesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf<{ id: string; name: string }>(
    em,
    sql`select id, name from counter where id in (${ids})`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

// Retiring an office, a service or a counter (src/catalogue/retirement.service.ts).

/** Whose upcoming appointments: those of an office, of a service, or at a counter. */
export type RetiredScope = { officeId: string } | { serviceId: string } | { counterId: string };

function whereScope(scope: RetiredScope): Sql {
  if ('officeId' in scope) return sql`a.office_id = ${scope.officeId}`;
  if ('serviceId' in scope) return sql`a.service_id = ${scope.serviceId}`;
  return sql`a.counter_id = ${scope.counterId}`;
}

/** How many booked appointments of the scope have not begun at `now`. */
export async function countUpcomingIn(
  em: EntityManager,
  scope: RetiredScope,
  now: Date,
): Promise<number> {
  const row = await rowOf<{ count: string }>(
    em,
    sql`select count(*) as count from appointment a
         where ${whereScope(scope)} and a.status = 'BOOKED' and a.starts_at > ${now}`,
  );
  return Number(row?.count ?? 0);
}

/**
 * How many booked appointments of an office (or of one of its counters) overlap a period: those a
 * new closure of it leaves as they are.
 */
export async function countBookedIn(
  em: EntityManager,
  period: { officeId: string; counterId: string | null; startsAt: Date; endsAt: Date },
): Promise<number> {
  const row = await rowOf<{ count: string }>(
    em,
    sql`select count(*) as count from appointment a
         where a.office_id = ${period.officeId}
           ${period.counterId ? sql`and a.counter_id = ${period.counterId}` : sql``}
           and a.status = 'BOOKED'
           and a.starts_at < ${period.endsAt} and a.ends_at > ${period.startsAt}`,
  );
  return Number(row?.count ?? 0);
}

/** Cancels the scope's booked appointments that have not begun, with the place each one names. */
export async function cancelUpcomingIn(
  tx: EntityManager,
  scope: RetiredScope,
  now: Date,
): Promise<Array<{ appointment: AppointmentRecord; place: AppointmentPlace }>> {
  const rows = await rowsOf<AppointmentRow & PlaceRow>(
    tx,
    sql`update appointment a set status = 'CANCELLED', cancelled_at = ${now}, sequence = sequence + 1
          from service s, office o
         where ${whereScope(scope)} and a.status = 'BOOKED' and a.starts_at > ${now}
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return rows.map((row) => ({ appointment: appointmentRecord(row), place: placeOf(row) }));
}

/**
 * Cancels, for the office, its booked appointments (or one counter's) that start in a period and
 * have not begun, keeping its note with each; with the place each one names, earliest first.
 */
export async function cancelBookedInPeriod(
  tx: EntityManager,
  period: { officeId: string; counterId: string | null; from: Date; to: Date; note: string },
  now: Date,
): Promise<Array<{ appointment: AppointmentRecord; place: AppointmentPlace }>> {
  const rows = await rowsOf<AppointmentRow & PlaceRow>(
    tx,
    sql`update appointment a set status = 'CANCELLED', cancelled_at = ${now}, sequence = sequence + 1,
                                 cancellation_note = ${period.note}
          from service s, office o
         where a.office_id = ${period.officeId}
           ${period.counterId ? sql`and a.counter_id = ${period.counterId}` : sql``}
           and a.status = 'BOOKED' and a.starts_at >= ${period.from} and a.starts_at < ${period.to}
           and a.starts_at > ${now}
           and s.id = a.service_id and o.id = a.office_id
        returning ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}`,
  );
  return rows
    .map((row) => ({ appointment: appointmentRecord(row), place: placeOf(row) }))
    .sort((a, b) => a.appointment.startsAt.getTime() - b.appointment.startsAt.getTime());
}

/** The office's note of an appointment it cancelled; null for any other. */
export async function cancellationNoteOf(em: EntityManager, id: string): Promise<string | null> {
  const row = await rowOf<{ cancellation_note: string | null }>(
    em,
    sql`select cancellation_note from appointment where id = ${id}`,
  );
  return row?.cancellation_note ?? null;
}

/** The booked appointments at a counter that have not begun, earliest first. */
export async function upcomingAtCounter(
  em: EntityManager,
  counterId: string,
  now: Date,
): Promise<AppointmentRecord[]> {
  const rows = await rowsOf<AppointmentRow>(
    em,
    sql`select ${APPOINTMENT_COLUMNS} from appointment a
         where a.counter_id = ${counterId} and a.status = 'BOOKED' and a.starts_at > ${now}
         order by a.starts_at, a.id`,
  );
  return rows.map(appointmentRecord);
}

/**
 * Moves an appointment to another counter of its office that handles its service, is open and
 * free at exactly its time (a slot of slot_candidates with the same start and end), chosen at
 * random; null when there is none. The exclusion constraint has the last word, as for bookings,
 * in a savepoint (a deadlock of its check is run again).
 */
export async function moveToFreeCounter(
  tx: EntityManager,
  appointment: AppointmentRecord,
  timeZone: string,
  now: Date,
): Promise<AppointmentRecord | null> {
  const slot = slotCandidates({
    serviceId: appointment.service.id,
    officeId: appointment.office.id,
    from: appointment.startsAt,
    to: new Date(appointment.startsAt.getTime() + 1),
    timeZone,
    notBefore: now,
  });
  const row = await inSavepoint(tx, () =>
    rowOf<AppointmentRow>(
      tx,
      sql`update appointment a
           set counter_id = (select f.counter_id from ${slot} f
                              where f.free and f.counter_id <> a.counter_id
                                and f.starts_at = a.starts_at and f.ends_at = a.ends_at
                              order by random() limit 1)
         where a.id = ${appointment.id}
           and exists (select 1 from ${slot} f
                        where f.free and f.counter_id <> a.counter_id
                          and f.starts_at = a.starts_at and f.ends_at = a.ends_at)
        returning ${APPOINTMENT_COLUMNS}`,
    ),
  );
  return row && appointmentRecord(row);
}

// Rescheduling (docs/decisions/0024-reschedule.md): the appointment keeps its row, id and code and
// moves to the new time in the transaction that takes it, so it never has none or two.

/**
 * The appointment the key names, locked until commit (a second change of it waits), with the
 * place its e-mail names; null when there is none.
 */
export async function lockAppointment(
  tx: EntityManager,
  key: AppointmentKey,
): Promise<{ appointment: AppointmentRecord; place: AppointmentPlace } | null> {
  const row = await rowOf<AppointmentRow & PlaceRow>(
    tx,
    sql`select ${APPOINTMENT_COLUMNS}, ${PLACE_COLUMNS}
          from appointment a
          join service s on s.id = a.service_id
          join office o on o.id = a.office_id
         where ${whereKey(key)} and ${AN_APPOINTMENT}
           for update of a`,
  );
  return row && { appointment: appointmentRecord(row), place: placeOf(row) };
}

/**
 * Moves the appointment to a free counter of the slot, chosen at random, and raises its calendar
 * sequence; null when none is free. In a savepoint, as bookings: the exclusion constraint decides
 * a race (23P01), and the old time is given up by the same update that takes the new one.
 */
export async function moveToFreeTime(
  tx: EntityManager,
  appointmentId: string,
  slot: SlotRange,
): Promise<AppointmentRecord | null> {
  return inSavepoint(tx, async () => {
    const row = await rowOf<AppointmentRow>(
      tx,
      sql`update appointment a
             set counter_id = f.counter_id, starts_at = f.starts_at, ends_at = f.ends_at,
                 sequence = a.sequence + 1
            from (select counter_id, starts_at, ends_at from ${slotCandidates(slot)}
                   where free and in_window and not day_full order by random() limit 1) f
           where a.id = ${appointmentId}
          returning ${APPOINTMENT_COLUMNS}`,
    );
    return row && appointmentRecord(row);
  });
}

/**
 * Deletes the caller's live hold of this service, office and start (its token), handing its
 * counter and time to the appointment that moves there; null when there is no such hold.
 */
export async function takeHold(
  tx: EntityManager,
  tokenHash: string,
  held: Pick<ValidBooking, 'serviceId' | 'officeId' | 'startsAt' | 'accountId'>,
  now: Date,
): Promise<FreedTime | null> {
  const [taken] = freedTimes(
    await rowsOf(
      tx,
      sql`delete from appointment a where ${confirmableHold(tokenHash, held, now, 'HOLDER')}
          returning a.office_id, a.counter_id, a.starts_at, a.ends_at`,
    ),
  );
  return taken ?? null;
}

/**
 * Moves the appointment onto the counter and time of the hold it took (takeHold), if the counter
 * still gives that time (a closure made while it was held does not); raises its calendar
 * sequence. Null when the counter no longer gives it.
 */
export async function moveToHeldTime(
  tx: EntityManager,
  appointmentId: string,
  held: FreedTime,
  slot: SlotRange,
): Promise<AppointmentRecord | null> {
  const row = await rowOf<AppointmentRow>(
    tx,
    sql`update appointment a
           set counter_id = ${held.counterId}, starts_at = ${held.startsAt}, ends_at = ${held.endsAt},
               sequence = a.sequence + 1
         where a.id = ${appointmentId}
           and exists (select 1 from ${slotCandidates(slot)} f
                        where f.counter_id = ${held.counterId} and f.starts_at = ${held.startsAt}
                          and f.ends_at = ${held.endsAt})
        returning ${APPOINTMENT_COLUMNS}`,
  );
  return row && appointmentRecord(row);
}

/** The appointment and request a rescheduling's idempotency key was used for; null if unused. */
export async function findRescheduleKey(
  em: EntityManager,
  key: string,
): Promise<{ appointmentId: string; requestHash: string } | null> {
  const row = await rowOf<{ appointment_id: string; request_hash: string }>(
    em,
    sql`select appointment_id, request_hash from appointment_reschedule where idempotency_key = ${key}`,
  );
  return row && { appointmentId: row.appointment_id, requestHash: row.request_hash };
}

export async function insertRescheduleKey(
  tx: EntityManager,
  used: { key: string; appointmentId: string; requestHash: string; createdAt: Date },
): Promise<void> {
  await run(
    tx,
    sql`insert into appointment_reschedule (idempotency_key, appointment_id, request_hash, created_at)
        values (${used.key}, ${used.appointmentId}, ${used.requestHash}, ${used.createdAt})`,
  );
}

/**
 * Books a time a fair release's draw gave to a request, on exactly the counter and start the
 * draw chose; null when that counter was taken meanwhile (the exclusion constraint, e.g. a
 * booking of another service there), so that the draw tries the request's next time. In a
 * savepoint, as for bookings.
 */
export async function insertDrawnBooking(
  tx: EntityManager,
  booking: {
    code: string;
    serviceId: string;
    officeId: string;
    counterId: string;
    startsAt: Date;
    endsAt: Date;
    name: string;
    email: string;
    phone: string | null;
    language: Language;
    accountId: string | null;
    createdAt: Date;
  },
): Promise<AppointmentRecord | null> {
  try {
    return await inSavepoint(tx, async () => {
      const row = await rowOf<AppointmentRow>(
        tx,
        sql`insert into appointment as a (id, code, status, service_id, office_id, counter_id,
                                          starts_at, ends_at, name, email, phone, language,
                                          created_at, account_id)
            values (gen_random_uuid(), ${booking.code}, 'BOOKED', ${booking.serviceId},
                    ${booking.officeId}, ${booking.counterId}, ${booking.startsAt},
                    ${booking.endsAt}, ${booking.name}, ${booking.email}, ${booking.phone},
                    ${booking.language}, ${booking.createdAt}, ${booking.accountId})
            returning ${APPOINTMENT_COLUMNS}`,
      );
      return row && appointmentRecord(row);
    });
  } catch (error) {
    const pg = postgresErrorOf(error);
    if (pg?.code === SqlState.exclusionViolation) return null;
    throw error;
  }
}

/** What the e-mails about appointments of a service at an office say about the place. */
export async function placeOfService(
  em: EntityManager,
  place: { serviceId: string; officeId: string },
): Promise<AppointmentPlace | null> {
  const row = await rowOf<PlaceRow>(
    em,
    sql`select ${PLACE_COLUMNS} from service s, office o
         where s.id = ${place.serviceId} and o.id = ${place.officeId}`,
  );
  return row && placeOf(row);
}
