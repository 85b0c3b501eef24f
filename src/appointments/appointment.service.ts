import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { CallerLimits } from '../auth/caller-limits.js';
import { accountIdOf, worksFor, type Principal } from '../auth/principal.js';
import type { Clock } from '../common/clock.js';
import type { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { DomainError } from '../common/domain-error.js';
import type { Language } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import {
  AppointmentEntity,
  AppointmentStatus,
} from '../entities/appointments/appointment.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { CounterTimeChanged } from '../realtime/topics.js';
import {
  cancellationConfirmation,
  PLACE_COLUMNS,
  placeOf,
  upcomingAppointmentEmail,
  type PlaceRow,
} from './appointment-mail.js';
import {
  bookingFingerprint,
  OPEN_BOOKINGS_PER_EMAIL,
  validateBooking,
  validateSlotRange,
  type BookingRequest,
  type ValidBooking,
} from './appointment-rules.js';
import {
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  OfficeAppointmentsErrorCode,
} from './appointment.errors.js';
import { appointmentIdOfToken, type LinkPurpose } from './appointment-links.js';
import { newBookingCode, normalizeBookingCode } from './booking-code.js';

/** What the appointment use cases need besides their input. */
export type AppointmentDeps = {
  em: EntityManager;
  bus: EventBus;
  clock: Clock;
  /** The municipality's IANA time zone, in which schedules are written. */
  timeZone: string;
  /**
   * For the e-mails to the citizen: where their links point, the key that signs them, and the
   * town's name.
   */
  settings: { publicUrl: string; linkSecret: string; townName: string };
  /** The caller's limits of use (bookings, cancellations, e-mails to one address). */
  limits: CallerLimits;
};

export type Slot = { startsAt: Date; endsAt: Date; available: number };

/** A booking attempt that hit a counter taken meanwhile is retried on another counter this often. */
const MAX_BOOKING_ATTEMPTS = 5;

/**
 * Every slot of a service at an office that starts in [from, to), with how many counters are
 * still free for it (0 when all are taken). Empty when the office does not offer the service.
 */
export async function findFreeSlots(
  deps: Pick<AppointmentDeps, 'em' | 'clock' | 'timeZone'>,
  query: { serviceId: string; officeId: string; from: Date; to: Date },
): Promise<Slot[]> {
  validateSlotRange(query.from, query.to);
  const rows = await deps.em.execute<Array<{ starts_at: Date; ends_at: Date; available: string }>>(
    `select starts_at, ends_at, count(*) filter (where free) as available
       from slot_candidates(?, ?, ?, ?, ?, ?)
      group by starts_at, ends_at
      order by starts_at`,
    [query.serviceId, query.officeId, query.from, query.to, deps.timeZone, deps.clock()],
  );
  return rows.map((row) => ({
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    available: Number(row.available),
  }));
}

/**
 * The slots of a service whose availability a change of counter time may have moved: those that
 * overlap the changed period, when the changed counter handles the service at all.
 */
export async function slotsAffectedBy(
  deps: Pick<AppointmentDeps, 'em' | 'clock' | 'timeZone'>,
  serviceId: string,
  change: CounterTimeChanged,
): Promise<Slot[]> {
  const [handles] = await deps.em.execute<Array<{ handles: boolean }>>(
    'select exists (select 1 from counter_service where counter_id = ? and service_id = ?) as handles',
    [change.counterId, serviceId],
  );
  if (!handles?.handles) return [];
  const startsAt = new Date(change.startsAt);
  const endsAt = new Date(change.endsAt);
  // A slot that overlaps the change starts at most one (maximal) service duration before it.
  const from = new Date(startsAt.getTime() - 240 * 60_000);
  const slots = await findFreeSlots(deps, {
    serviceId,
    officeId: change.officeId,
    from,
    to: endsAt,
  });
  return slots.filter((slot) => slot.endsAt > startsAt && slot.startsAt < endsAt);
}

/**
 * Books the slot for a guest. The counter is chosen among the free ones at random, so that
 * concurrent bookings of one time spread over the counters; the exclusion constraint decides any
 * race, and a lost race is retried on the next free counter until none is left (SLOT_TAKEN).
 * An idempotency key makes a retried request return the first booking instead of a second one.
 * The confirmation e-mail is queued in the booking's transaction: a refused booking, a rolled
 * back one and the answer to a retry send none.
 */
export async function bookAppointment(
  deps: AppointmentDeps,
  request: BookingRequest,
): Promise<AppointmentEntity> {
  const now = deps.clock();
  const booking = validateBooking(request, now);
  const fingerprint = bookingFingerprint(booking);
  if (booking.idempotencyKey) {
    const earlier = await findByIdempotencyKey(deps.em, booking.idempotencyKey, fingerprint);
    if (earlier) return earlier;
  }
  const taken = await deps.limits.take({
    byCaller: ['bookingsPerHour', 'bookingsPerDay'],
    mailTo: booking.email,
  });
  let booked: Booked;
  try {
    booked = await deps.em.transactional((tx) =>
      insertBooking({ ...deps, em: tx }, booking, fingerprint, now),
    );
  } catch (error) {
    const pg = postgresErrorOf(error);
    const keyRace =
      pg?.code === SqlState.uniqueViolation &&
      pg.constraint === 'appointment_idempotency_key_unique' &&
      booking.idempotencyKey;
    // A refused booking (SLOT_TAKEN on a busy morning, …) or the answer to a retry took no time
    // and sent no e-mail: it does not count.
    if (error instanceof DomainError || keyRace) await taken.giveBack();
    if (!keyRace) throw error;
    // A concurrent request with the same key committed first: answer as to a retry.
    const earlier = await findByIdempotencyKey(deps.em, keyRace, fingerprint);
    if (!earlier) throw error;
    return earlier;
  }
  if (booked.isNew) publishCounterTimeChanged(deps.bus, booked.appointment);
  else await taken.giveBack();
  return booked.appointment;
}

async function findByIdempotencyKey(
  em: EntityManager,
  key: string,
  fingerprint: string,
): Promise<AppointmentEntity | null> {
  const earlier = await em.findOne(AppointmentEntity, { idempotencyKey: key });
  if (earlier && earlier.requestHash !== fingerprint) {
    throw new DomainError(
      BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED,
      'error.idempotencyKeyReused',
      ['idempotencyKey'],
    );
  }
  return earlier;
}

function mailContext(deps: AppointmentDeps, lang: Language) {
  return { lang, timeZone: deps.timeZone, ...deps.settings };
}

/** The booking, and whether this request made it (false: it answers a retry). */
type Booked = { appointment: AppointmentEntity; isNew: boolean };

async function insertBooking(
  deps: AppointmentDeps,
  booking: ValidBooking,
  fingerprint: string,
  now: Date,
): Promise<Booked> {
  const { em: tx, timeZone } = deps;
  // Serialises bookings per e-mail address, so that the open-bookings limit cannot be outrun.
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [booking.email]);
  // The same round trip reads what the confirmation e-mail says about the service and the office.
  const [check] = await tx.execute<
    Array<
      PlaceRow & {
        service_exists: boolean;
        office_exists: boolean;
        offered: boolean;
        open_count: string;
        key_used: boolean;
      }
    >
  >(
    `select s.id is not null as service_exists, o.id is not null as office_exists,
            exists (select 1 from service_office where service_id = ? and office_id = ?) as offered,
            (select count(*) from appointment
              where email = ? and status = 'BOOKED' and starts_at > ?) as open_count,
            exists (select 1 from appointment where idempotency_key = ?) as key_used,
            ${PLACE_COLUMNS}
       from (select 1) as requested
       left join service s on s.id = ?
       left join office o on o.id = ?`,
    [
      booking.serviceId,
      booking.officeId,
      booking.email,
      now,
      booking.idempotencyKey,
      booking.serviceId,
      booking.officeId,
    ],
  );
  // A retry sent while the first request was still running got past the look-up before the
  // transaction; the lock above made it wait until the first committed (the same booking has the
  // same e-mail). It must get that booking, not SLOT_TAKEN or LIMIT_REACHED because of it.
  if (check?.key_used && booking.idempotencyKey) {
    const earlier = await findByIdempotencyKey(tx, booking.idempotencyKey, fingerprint);
    if (earlier) return { appointment: earlier, isNew: false };
  }
  if (!check?.service_exists) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.serviceNotFound', [
      'serviceId',
    ]);
  }
  if (!check.office_exists) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  if (!check.offered) {
    throw new DomainError(BookAppointmentErrorCode.NOT_FOUND, 'error.serviceNotOffered', [
      'officeId',
    ]);
  }
  if (Number(check.open_count) >= OPEN_BOOKINGS_PER_EMAIL) {
    throw new DomainError(BookAppointmentErrorCode.LIMIT_REACHED, 'error.limitReached', ['email'], {
      limit: OPEN_BOOKINGS_PER_EMAIL,
    });
  }
  const slotParams = [
    booking.serviceId,
    booking.officeId,
    booking.startsAt,
    new Date(booking.startsAt.getTime() + 1),
    timeZone,
    now,
  ];
  for (let attempt = 0; attempt < MAX_BOOKING_ATTEMPTS; attempt += 1) {
    await tx.execute('savepoint booking_attempt');
    try {
      const [row] = await tx.execute<Array<Record<string, unknown>>>(
        `insert into appointment (id, code, status, service_id, office_id, counter_id, starts_at,
                                  ends_at, name, email, phone, language, idempotency_key,
                                  request_hash, created_at, account_id)
         select gen_random_uuid(), ?, 'BOOKED', ?, ?, f.counter_id, f.starts_at,
                f.ends_at, ?, ?, ?, ?, ?, ?, ?, ?
           from slot_candidates(?, ?, ?, ?, ?, ?) f
          where f.free
          order by random()
          limit 1
         returning *`,
        [
          newBookingCode(),
          booking.serviceId,
          booking.officeId,
          booking.name,
          booking.email,
          booking.phone,
          booking.language,
          booking.idempotencyKey,
          booking.idempotencyKey ? fingerprint : null,
          now,
          booking.accountId,
          ...slotParams,
        ],
      );
      if (row) {
        const appointment = tx.map(AppointmentEntity, row);
        queueEmail(
          tx,
          upcomingAppointmentEmail(
            'appointmentBooked',
            appointment,
            placeOf(check),
            mailContext(deps, booking.language),
          ),
        );
        return { appointment, isNew: true };
      }
      break;
    } catch (error) {
      const pg = postgresErrorOf(error);
      const retry =
        pg?.code === SqlState.exclusionViolation ||
        (pg?.code === SqlState.uniqueViolation && pg.constraint === 'appointment_code_unique');
      if (!retry) throw error;
      await tx.execute('rollback to savepoint booking_attempt');
    }
  }
  const [offered] = await tx.execute<Array<{ count: string }>>(
    'select count(*) as count from slot_candidates(?, ?, ?, ?, ?, ?)',
    slotParams,
  );
  if (Number(offered?.count ?? 0) === 0) {
    throw new DomainError(BookAppointmentErrorCode.INVALID_INPUT, 'error.notBookableTime', [
      'startsAt',
    ]);
  }
  throw new DomainError(BookAppointmentErrorCode.SLOT_TAKEN, 'error.slotTaken', ['startsAt']);
}

/** The appointment with this code, when the e-mail matches too; null otherwise. */
export async function findAppointmentByCode(
  em: EntityManager,
  code: string,
  email: string,
): Promise<AppointmentEntity | null> {
  const normalized = normalizeBookingCode(code);
  if (!normalized) return null;
  return em.findOne(AppointmentEntity, { code: normalized, email: email.trim().toLowerCase() });
}

/**
 * The appointment a signed link (`appointmentToken`) names for this purpose; null for a token that
 * is malformed, tampered with or signed for something else, as for one whose appointment is gone.
 */
export async function findAppointmentByToken(
  em: EntityManager,
  linkSecret: string,
  token: string,
  purpose: LinkPurpose,
): Promise<AppointmentEntity | null> {
  const id = appointmentIdOfToken(linkSecret, token, purpose);
  return id ? em.findOne(AppointmentEntity, { id }) : null;
}

/**
 * What identifies the appointment to cancel: the guest's code and e-mail, the token of the link in
 * its e-mails, or the owner's id; and the citizen's language, in which the confirmation e-mail is
 * written.
 */
export type CancellationRequest = (
  | { code: string; email: string }
  | { token: string }
  /** `accountId` of the caller; null when not signed in (nobody's appointment by ID). */
  | { appointmentId: string; accountId: string | null }
) & { language: Language };

/** The appointment's row as `cancelAppointment` names it, or null when the request names none. */
function ownerCondition(
  request: CancellationRequest,
  linkSecret: string,
): { sql: string; params: unknown[] } | null {
  if ('code' in request) {
    const code = normalizeBookingCode(request.code);
    if (!code) return null;
    return {
      sql: 'a.code = ? and a.email = ?',
      params: [code, request.email.trim().toLowerCase()],
    };
  }
  if ('token' in request) {
    const id = appointmentIdOfToken(linkSecret, request.token, 'MANAGE');
    return id ? { sql: 'a.id = ?', params: [id] } : null;
  }
  if (!request.accountId) return null;
  return {
    sql: 'a.id = ? and a.account_id = ?',
    params: [request.appointmentId, request.accountId],
  };
}

/**
 * Cancels an appointment and frees its time, and confirms that by e-mail in the same transaction.
 * Whoever holds neither the code and e-mail nor a valid link's token, and does not own it, learns
 * nothing: NOT_FOUND, as for one that does not exist.
 */
export async function cancelAppointment(
  deps: AppointmentDeps,
  request: CancellationRequest,
): Promise<AppointmentEntity> {
  const field = 'code' in request ? 'code' : 'token' in request ? 'token' : 'id';
  const notFound = new DomainError(
    CancelAppointmentErrorCode.NOT_FOUND,
    'error.appointmentNotFound',
    [field],
  );
  await deps.limits.take({ byCaller: ['cancellationsPerHour'] });
  const owner = ownerCondition(request, deps.settings.linkSecret);
  if (!owner) throw notFound;
  const now = deps.clock();
  const appointment = await deps.em.transactional(async (tx) => {
    // The service's and office's texts for the e-mail come back with the cancelled row.
    const [row] = await tx.execute<Array<Record<string, unknown> & PlaceRow>>(
      `update appointment a set status = 'CANCELLED', cancelled_at = ?
         from service s, office o
        where ${owner.sql} and a.status = 'BOOKED' and a.starts_at > ?
          and s.id = a.service_id and o.id = a.office_id
        returning a.*, ${PLACE_COLUMNS}`,
      [now, ...owner.params, now],
    );
    if (!row) {
      const [existing] = await tx.execute<Array<{ status: string }>>(
        `select a.status from appointment a where ${owner.sql}`,
        owner.params,
      );
      if (!existing) throw notFound;
      if (existing.status === AppointmentStatus.CANCELLED) {
        throw new DomainError(
          CancelAppointmentErrorCode.ALREADY_CANCELLED,
          'error.alreadyCancelled',
        );
      }
      throw new DomainError(CancelAppointmentErrorCode.TOO_LATE, 'error.tooLate');
    }
    const cancelled = tx.map(AppointmentEntity, row);
    // Refused, the cancellation is rolled back with the e-mail it would send.
    await deps.limits.take({ mailTo: cancelled.email });
    queueEmail(
      tx,
      cancellationConfirmation(cancelled, placeOf(row), mailContext(deps, request.language)),
    );
    return cancelled;
  });
  publishCounterTimeChanged(deps.bus, appointment);
  return appointment;
}

/**
 * An appointment by ID for its owner only (personal data); null for everyone else, exactly as for
 * an ID that does not exist. Guests reach theirs by code and e-mail.
 */
export async function findOwnAppointment(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<AppointmentEntity | null> {
  const owner = accountIdOf(principal);
  return owner ? em.findOne(AppointmentEntity, { id, account: owner }) : null;
}

function publishCounterTimeChanged(bus: EventBus, appointment: AppointmentEntity): void {
  const officeId = appointment.office.id;
  bus.publish('counterTimeChanged', officeId, {
    officeId,
    counterId: appointment.counter.id,
    startsAt: appointment.startsAt.toISOString(),
    endsAt: appointment.endsAt.toISOString(),
  });
}

/** An account's appointments, the latest first. */
export async function myAppointments(
  em: EntityManager,
  accountId: string,
  page: { offset: number; limit: number },
): Promise<{ appointments: AppointmentEntity[]; totalCount: number }> {
  const [appointments, totalCount] = await em.findAndCount(
    AppointmentEntity,
    { account: accountId },
    { orderBy: { startsAt: 'desc', id: 'asc' }, limit: page.limit, offset: page.offset },
  );
  return { appointments, totalCount };
}

/**
 * The appointments of an office in a period, with the citizens' personal data, for its staff.
 * Every read of an account holder's booking is written to the audit log in the same transaction.
 */
export async function officeAppointments(
  deps: Pick<AppointmentDeps, 'em'> & { dataAccess: DataAccessRecorder },
  principal: Principal,
  query: { officeId: string; from: Date; to: Date; reason: AccessReason },
): Promise<AppointmentEntity[]> {
  if (!worksFor(principal, query.officeId) || principal.kind !== 'account') {
    throw new DomainError(OfficeAppointmentsErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  validateSlotRange(query.from, query.to);
  return deps.em.transactional(async (tx) => {
    const appointments = await tx.find(
      AppointmentEntity,
      { office: query.officeId, startsAt: { $gte: query.from, $lt: query.to } },
      { orderBy: { startsAt: 'asc', id: 'asc' } },
    );
    deps.dataAccess.note(
      principal.accountId,
      query.reason,
      appointments
        .filter((appointment) => appointment.account)
        .map((appointment) => ({
          citizenId: (appointment.account as { id: string }).id,
          subject: `APPOINTMENT:${appointment.code}`,
        })),
    );
    await deps.dataAccess.flush(tx);
    return appointments;
  });
}
