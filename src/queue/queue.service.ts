import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { appointmentEvent, queueWebhookEvent } from '../webhooks/webhook-events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { officeOpenState } from '../appointments/office-hours.js';
import { normalizeBookingCode } from '../appointments/booking-code.js';
import { accountIdOf, worksFor, type Principal } from '../auth/principal.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { findAppointment, type AppointmentRecord } from '../appointments/appointment.queries.js';
import { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import type { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import { TicketKind } from '../entities/queue/queue-ticket.entity.js';
import type { QueueEventKind } from '../realtime/topics.js';
import {
  CheckInErrorCode,
  DrawTicketErrorCode,
  QueueActionErrorCode,
  QueueReadErrorCode,
} from './queue.errors.js';
import {
  appendEvent,
  boardOf,
  callNextTicket,
  changeTicket,
  checkInTarget,
  closeCounterRow,
  counterState,
  counterStatesOfOffice,
  insertTicket,
  lockOpenCounter,
  nextTicketNumber,
  openCounterRow,
  openTicketsOfOffice,
  serviceHandled,
  serviceSecondsSince,
  statisticsOf,
  ticketForAction,
  ticketOrigin,
  ticketsByIds,
  walkInCheck,
  type AppointmentKey,
  type BoardRecord,
  type CounterState,
  type DayStatistics,
  type QueueEventRecord,
  type TicketChange,
  type TicketRecord,
  ticketIdsOfAppointments,
} from './queue.queries.js';
import {
  APPOINTMENT_PREFIX,
  CHECK_IN_LATEST_MINUTES,
  checkInWindow,
  counterMayCall,
  estimatedWaitSeconds,
  isLocalDate,
  KIOSK_CHECK_IN_EARLIEST_MINUTES,
  localDay,
  MAX_RECALLS,
  PHONE_CHECK_IN_EARLIEST_MINUTES,
  priorityAt,
  transition,
  TRANSITIONS,
  walkInPrefix,
  type TicketAction,
} from './queue-rules.js';

export type { BoardRecord, CounterState, DayStatistics, QueueEventRecord, TicketRecord };

/** What the queue's use cases need besides their input. */
type QueueContext = Pick<
  UseCaseContext,
  'principal' | 'em' | 'bus' | 'clock' | 'limits' | 'settings'
>;

/** A ticket with its estimated wait (null unless it waits). */
export type TicketView = TicketRecord & { estimatedWaitSeconds: number | null };

const HOUR_MS = 60 * 60 * 1000;
/** The longest period the statistics cover at once. */
const MAX_STATISTICS_DAYS = 31;

/** A change committed: tell the office's subscribers. */
function published(
  ctx: Pick<UseCaseContext, 'bus'>,
  officeId: string,
  seq: number,
  kind: QueueEventKind,
  ticketId: string | null,
) {
  ctx.bus.publish('queueChanged', officeId, { officeId, seq, kind, ticketId });
}

/** The tickets with their estimated waits, from the last hour's service times of their offices. */
async function withEstimates(
  em: EntityManager,
  tickets: readonly TicketRecord[],
  now: Date,
): Promise<TicketView[]> {
  const offices = [...new Set(tickets.filter((t) => t.position !== null).map((t) => t.officeId))];
  const times = new Map<string, number[]>();
  for (const officeId of offices) {
    times.set(officeId, await serviceSecondsSince(em, officeId, new Date(now.getTime() - HOUR_MS)));
  }
  return tickets.map((ticket) => ({
    ...ticket,
    estimatedWaitSeconds:
      ticket.position === null
        ? null
        : estimatedWaitSeconds(
            ticket.position,
            times.get(ticket.officeId) ?? [],
            ticket.openCounters,
          ),
  }));
}

/** The tickets with these ids (that exist), with their estimated waits. */
export async function ticketViews(
  em: EntityManager,
  ids: readonly string[],
  now: Date,
): Promise<TicketView[]> {
  return withEstimates(em, await ticketsByIds(em, ids), now);
}

async function viewOf(em: EntityManager, ticketId: string, now: Date): Promise<TicketView> {
  const [ticket] = await withEstimates(em, await ticketsByIds(em, [ticketId]), now);
  if (!ticket) throw new Error(`Ticket ${ticketId} vanished after its change`);
  return ticket;
}

/** What names the appointment to check in: its code at the kiosk, code and e-mail or its ID online. */
export type CheckInRequest = { code: string; email?: string | null } | { appointmentId: string };

function checkInKey(principal: Principal, request: CheckInRequest): AppointmentKey | null {
  if ('appointmentId' in request) {
    const accountId = accountIdOf(principal);
    return accountId ? { id: request.appointmentId, accountId } : null;
  }
  const code = normalizeBookingCode(request.code);
  if (!code) return null;
  if (principal.kind === 'kiosk') return { code };
  if (!request.email) {
    throw new InvalidInputError([invalidField('email', 'error.required')]);
  }
  return { code, email: request.email.trim().toLowerCase() };
}

/**
 * Checks a booked appointment in: at the office's kiosk by its code (typed or scanned from the QR
 * code), or from the citizen's phone ("I'm here") with code and e-mail or, signed in, its ID, then
 * only while the office is open. Either way only on its day and near its time. The ticket ranks by
 * the appointment's start (queue-rules.ts).
 */
export async function checkIn(ctx: QueueContext, request: CheckInRequest): Promise<TicketView> {
  const kiosk = ctx.principal.kind === 'kiosk' ? ctx.principal : null;
  const field = 'appointmentId' in request ? 'appointmentId' : 'code';
  await ctx.limits.take({ byCaller: [kiosk ? 'kioskCheckInsPerHour' : 'checkInsPerHour'] });
  const key = checkInKey(ctx.principal, request);
  const notFound = new DomainError(CheckInErrorCode.NOT_FOUND, 'error.bookingCodeNotFound', [
    field,
  ]);
  if (!key) throw notFound;
  const now = ctx.clock();
  const today = localDay(now, ctx.settings.timeZone);
  let joined: { ticketId: string; officeId: string; seq: number };
  try {
    joined = await ctx.em.transactional(async (tx) => {
      const target = await checkInTarget(tx, key, ctx.settings.timeZone);
      if (!target) throw notFound;
      if (kiosk && target.officeId !== kiosk.officeId) {
        throw new DomainError(CheckInErrorCode.WRONG_OFFICE, 'error.checkInWrongOffice', [field], {
          office: target.officeName.de,
        });
      }
      if (target.status === AppointmentStatus.CANCELLED) {
        throw new DomainError(CheckInErrorCode.CANCELLED, 'error.appointmentIsCancelled', [field]);
      }
      if (target.checkedIn) {
        throw new DomainError(CheckInErrorCode.ALREADY_CHECKED_IN, 'error.alreadyCheckedIn', [
          field,
        ]);
      }
      if (target.day !== today) {
        throw new DomainError(CheckInErrorCode.NOT_TODAY, 'error.checkInNotToday', [field]);
      }
      const window = checkInWindow(target.startsAt, now, kiosk ? 'KIOSK' : 'PHONE');
      if (window === 'TOO_EARLY') {
        throw new DomainError(CheckInErrorCode.TOO_EARLY, 'error.checkInTooEarly', [field], {
          minutes: kiosk ? KIOSK_CHECK_IN_EARLIEST_MINUTES : PHONE_CHECK_IN_EARLIEST_MINUTES,
        });
      }
      if (window === 'TOO_LATE') {
        throw new DomainError(CheckInErrorCode.TOO_LATE, 'error.checkInTooLate', [field], {
          minutes: CHECK_IN_LATEST_MINUTES,
        });
      }
      if (!kiosk) {
        const { openNow } = await officeOpenState(tx, target.officeId, now, ctx.settings.timeZone);
        if (!openNow) throw new DomainError(CheckInErrorCode.OFFICE_CLOSED, 'error.officeClosed');
      }
      const number = await nextTicketNumber(tx, target.officeId, today);
      const ticketId = await insertTicket(tx, {
        officeId: target.officeId,
        day: today,
        number,
        prefix: APPOINTMENT_PREFIX,
        kind: TicketKind.APPOINTMENT,
        serviceId: target.serviceId,
        appointmentId: target.appointmentId,
        accountId: target.accountId ?? accountIdOf(ctx.principal),
        createdAt: now,
        priorityAt: priorityAt({ kind: TicketKind.APPOINTMENT, startsAt: target.startsAt }),
      });
      const seq = await appendEvent(tx, {
        officeId: target.officeId,
        kind: 'JOINED',
        ticketId,
        counterId: null,
        at: now,
      });
      await queueWebhookEvent(
        tx,
        appointmentEvent(WebhookEventType.APPOINTMENT_CHECKED_IN, {
          id: target.appointmentId,
          office: { id: target.officeId },
          service: { id: target.serviceId },
          startsAt: target.startsAt,
        }),
        now,
      );
      return { ticketId, officeId: target.officeId, seq };
    });
  } catch (error) {
    const pg = postgresErrorOf(error);
    if (
      pg?.code === SqlState.uniqueViolation &&
      pg.constraint === 'queue_ticket_appointment_unique'
    ) {
      throw new DomainError(CheckInErrorCode.ALREADY_CHECKED_IN, 'error.alreadyCheckedIn', [field]);
    }
    throw error;
  }
  published(ctx, joined.officeId, joined.seq, 'JOINED', joined.ticketId);
  return viewOf(ctx.em, joined.ticketId, now);
}

/**
 * Draws a walk-in ticket for a service: at the office's kiosk, or online by a signed-in citizen
 * while the office is open. Numbered per office and day, with the service group's letter.
 */
export async function drawTicket(
  ctx: QueueContext,
  request: { officeId: string; serviceId: string },
): Promise<TicketView> {
  const kiosk = ctx.principal.kind === 'kiosk' ? ctx.principal : null;
  if (kiosk && kiosk.officeId !== request.officeId) {
    throw new DomainError(DrawTicketErrorCode.WRONG_OFFICE, 'error.kioskWrongOffice', ['officeId']);
  }
  const now = ctx.clock();
  const today = localDay(now, ctx.settings.timeZone);
  const check = await walkInCheck(ctx.em, request.officeId, request.serviceId);
  if (!check.officeExists) {
    throw new DomainError(DrawTicketErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  if (!check.serviceExists) {
    throw new DomainError(DrawTicketErrorCode.NOT_FOUND, 'error.serviceNotFound', ['serviceId']);
  }
  if (!check.handled) {
    throw new DomainError(DrawTicketErrorCode.NOT_OFFERED, 'error.serviceNotHandled', [
      'serviceId',
    ]);
  }
  if (!kiosk) {
    const { openNow } = await officeOpenState(ctx.em, request.officeId, now, ctx.settings.timeZone);
    if (!openNow) throw new DomainError(DrawTicketErrorCode.OFFICE_CLOSED, 'error.officeClosed');
  }
  await ctx.limits.take({
    byCaller: kiosk ? ['kioskTicketsPerHour'] : ['ticketsPerHour', 'ticketsPerDay'],
  });
  const joined = await ctx.em.transactional(async (tx) => {
    const number = await nextTicketNumber(tx, request.officeId, today);
    const ticketId = await insertTicket(tx, {
      officeId: request.officeId,
      day: today,
      number,
      prefix: walkInPrefix(check.groupName ?? ''),
      kind: TicketKind.WALK_IN,
      serviceId: request.serviceId,
      appointmentId: null,
      accountId: accountIdOf(ctx.principal),
      createdAt: now,
      priorityAt: priorityAt({ kind: TicketKind.WALK_IN, drawnAt: now }),
    });
    const seq = await appendEvent(tx, {
      officeId: request.officeId,
      kind: 'JOINED',
      ticketId,
      counterId: null,
      at: now,
    });
    return { ticketId, seq };
  });
  published(ctx, request.officeId, joined.seq, 'JOINED', joined.ticketId);
  return viewOf(ctx.em, joined.ticketId, now);
}

/** The counter, when the clerk works for its office; NOT_FOUND or FORBIDDEN otherwise. */
async function clerksCounter(
  ctx: Pick<UseCaseContext, 'principal'>,
  em: EntityManager,
  counterId: string,
  field = 'counterId',
): Promise<CounterState> {
  const counter = await counterState(em, counterId);
  if (!counter) {
    throw new DomainError(QueueActionErrorCode.NOT_FOUND, 'error.counterNotFound', [field]);
  }
  if (!worksFor(ctx.principal, counter.officeId)) {
    throw new DomainError(QueueActionErrorCode.FORBIDDEN, 'error.forbidden', [field]);
  }
  return counter;
}

/** Opens a counter of the clerk's office for the queue (again: no change). */
export async function openCounter(ctx: QueueContext, counterId: string): Promise<CounterState> {
  const counter = await clerksCounter(ctx, ctx.em, counterId);
  if (!counter.active) {
    throw new DomainError(QueueActionErrorCode.COUNTER_INACTIVE, 'error.counterInactive', [
      'counterId',
    ]);
  }
  const now = ctx.clock();
  const accountId = accountIdOf(ctx.principal);
  if (!accountId) throw new Error('A clerk without an account opened a counter');
  const seq = await ctx.em.transactional(async (tx) => {
    if (!(await openCounterRow(tx, counterId, accountId, now))) return null;
    return appendEvent(tx, {
      officeId: counter.officeId,
      kind: 'COUNTER_OPENED',
      ticketId: null,
      counterId,
      at: now,
    });
  });
  if (seq !== null) published(ctx, counter.officeId, seq, 'COUNTER_OPENED', null);
  return { ...counter, open: true };
}

/** Closes a counter for the queue, once its called ticket is dealt with (COUNTER_BUSY before). */
export async function closeCounter(ctx: QueueContext, counterId: string): Promise<CounterState> {
  const counter = await clerksCounter(ctx, ctx.em, counterId);
  const now = ctx.clock();
  const seq = await ctx.em.transactional(async (tx) => {
    const closed = await closeCounterRow(tx, counterId);
    if (closed === 'BUSY') {
      throw new DomainError(QueueActionErrorCode.COUNTER_BUSY, 'error.counterBusy', ['counterId']);
    }
    if (closed === 'WAS_CLOSED') return null;
    return appendEvent(tx, {
      officeId: counter.officeId,
      kind: 'COUNTER_CLOSED',
      ticketId: null,
      counterId,
      at: now,
    });
  });
  if (seq !== null) published(ctx, counter.officeId, seq, 'COUNTER_CLOSED', null);
  return { ...counter, open: false };
}

/** A called ticket is the one at this counter already: the unique index refused a second one. */
function counterBusyOr(error: unknown): unknown {
  const pg = postgresErrorOf(error);
  if (
    pg?.code === SqlState.uniqueViolation &&
    pg.constraint === 'queue_ticket_one_called_per_counter'
  ) {
    return new DomainError(QueueActionErrorCode.COUNTER_BUSY, 'error.counterBusy', ['counterId']);
  }
  return error;
}

/**
 * Call next: the counter's clerk calls the first ticket in line that the counter may serve
 * (queue-rules.ts, nextTicket). Clerks pressing at the same moment call different tickets: each
 * skips the ones another is taking.
 */
export async function callNext(ctx: QueueContext, counterId: string): Promise<TicketView> {
  const counter = await clerksCounter(ctx, ctx.em, counterId);
  const now = ctx.clock();
  const day = localDay(now, ctx.settings.timeZone);
  let called: { ticketId: string; seq: number };
  try {
    called = await ctx.em.transactional(async (tx) => {
      if (!(await lockOpenCounter(tx, counterId))) {
        throw new DomainError(QueueActionErrorCode.COUNTER_CLOSED, 'error.counterClosed', [
          'counterId',
        ]);
      }
      const ticketId = await callNextTicket(tx, counter, day, now);
      if (!ticketId) throw new DomainError(QueueActionErrorCode.QUEUE_EMPTY, 'error.queueEmpty');
      const seq = await appendEvent(tx, {
        officeId: counter.officeId,
        kind: 'CALLED',
        ticketId,
        counterId,
        at: now,
      });
      return { ticketId, seq };
    });
  } catch (error) {
    throw counterBusyOr(error);
  }
  published(ctx, counter.officeId, called.seq, 'CALLED', called.ticketId);
  return viewOf(ctx.em, called.ticketId, now);
}

const EVENT_OF: Record<TicketAction, QueueEventKind> = {
  CALL: 'CALLED',
  RECALL: 'RECALLED',
  NO_SHOW: 'NO_SHOW',
  FINISH: 'DONE',
  TRANSFER: 'TRANSFERRED',
  PARK: 'PARKED',
};

/**
 * One transition of a ticket by a clerk of its office, as one `update … where state in (…)`: of two
 * clerks acting on it at once, one wins and the other is refused with WRONG_STATE. `prepare` checks
 * what the action needs besides the state and returns what it writes.
 */
async function actOnTicket(
  ctx: QueueContext,
  ticketId: string,
  action: TicketAction,
  prepare: (
    tx: EntityManager,
    ticket: { officeId: string; serviceId: string },
  ) => Promise<TicketChange>,
): Promise<TicketView> {
  const now = ctx.clock();
  let acted: { officeId: string; seq: number };
  try {
    acted = await ctx.em.transactional(async (tx) => {
      const ticket = await ticketForAction(tx, ticketId);
      if (!ticket) {
        throw new DomainError(QueueActionErrorCode.NOT_FOUND, 'error.ticketNotFound', ['ticketId']);
      }
      if (!worksFor(ctx.principal, ticket.officeId)) {
        throw new DomainError(QueueActionErrorCode.FORBIDDEN, 'error.forbidden', ['ticketId']);
      }
      const allowed = transition(ticket, action);
      if ('refusal' in allowed) {
        throw allowed.refusal === 'RECALL_LIMIT_REACHED'
          ? new DomainError(
              QueueActionErrorCode.RECALL_LIMIT_REACHED,
              'error.recallLimit',
              ['ticketId'],
              {
                max: MAX_RECALLS,
              },
            )
          : new DomainError(QueueActionErrorCode.WRONG_STATE, 'error.ticketWrongState', [
              'ticketId',
            ]);
      }
      const change = await prepare(tx, ticket);
      if (!(await changeTicket(tx, ticketId, TRANSITIONS[action].from, change, MAX_RECALLS))) {
        throw new DomainError(QueueActionErrorCode.WRONG_STATE, 'error.ticketWrongState', [
          'ticketId',
        ]);
      }
      const seq = await appendEvent(tx, {
        officeId: ticket.officeId,
        kind: EVENT_OF[action],
        ticketId,
        counterId: 'counterId' in change ? change.counterId : ticket.counterId,
        at: now,
      });
      return { officeId: ticket.officeId, seq };
    });
  } catch (error) {
    throw counterBusyOr(error);
  }
  published(ctx, acted.officeId, acted.seq, EVENT_OF[action], ticketId);
  return viewOf(ctx.em, ticketId, now);
}

/** Calls a particular waiting or parked ticket to the clerk's counter (a parked one returning). */
export async function callTicket(
  ctx: QueueContext,
  request: { ticketId: string; counterId: string },
): Promise<TicketView> {
  const now = ctx.clock();
  return actOnTicket(ctx, request.ticketId, 'CALL', async (tx, ticket) => {
    const counter = await clerksCounter(ctx, tx, request.counterId);
    if (counter.officeId !== ticket.officeId) {
      throw new DomainError(QueueActionErrorCode.NOT_FOUND, 'error.counterNotFound', ['counterId']);
    }
    if (!counterMayCall(counter, { serviceId: ticket.serviceId, targetCounterId: null })) {
      throw new DomainError(QueueActionErrorCode.NOT_HANDLED, 'error.counterNotHandling', [
        'counterId',
      ]);
    }
    if (!(await lockOpenCounter(tx, counter.id))) {
      throw new DomainError(QueueActionErrorCode.COUNTER_CLOSED, 'error.counterClosed', [
        'counterId',
      ]);
    }
    return { action: 'CALL', counterId: counter.id, at: now };
  });
}

/** Recall, no-show, done or park: what a clerk does with the ticket called to the counter. */
export async function settleTicket(
  ctx: QueueContext,
  ticketId: string,
  action: 'RECALL' | 'NO_SHOW' | 'FINISH' | 'PARK',
): Promise<TicketView> {
  const now = ctx.clock();
  return actOnTicket(ctx, ticketId, action, async () => ({ action, at: now }));
}

/**
 * Sends a called ticket back into line, for another service (default: the same) and optionally to
 * one counter only; it keeps its rank. Refused when no active counter of the office (or not the
 * one named) handles the service.
 */
export async function transferTicket(
  ctx: QueueContext,
  request: { ticketId: string; serviceId: string | null; counterId: string | null },
): Promise<TicketView> {
  return actOnTicket(ctx, request.ticketId, 'TRANSFER', async (tx, ticket) => {
    const serviceId = request.serviceId ?? ticket.serviceId;
    if (request.counterId) {
      const counter = await counterState(tx, request.counterId);
      if (!counter || counter.officeId !== ticket.officeId) {
        throw new DomainError(QueueActionErrorCode.NOT_FOUND, 'error.counterNotFound', [
          'counterId',
        ]);
      }
    }
    if (!(await serviceHandled(tx, ticket.officeId, serviceId, request.counterId))) {
      throw new DomainError(
        QueueActionErrorCode.NOT_HANDLED,
        request.counterId ? 'error.counterNotHandling' : 'error.serviceNotHandled',
        [request.counterId ? 'counterId' : 'serviceId'],
      );
    }
    return { action: 'TRANSFER', serviceId, targetCounterId: request.counterId };
  });
}

/**
 * A ticket by ID, for whoever holds it: the ID is the proof (the kiosk prints it as a QR code, the
 * phone keeps it), and a ticket carries no personal data. Null when there is none.
 */
export async function findTicket(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  ticketId: string,
): Promise<TicketView | null> {
  const [ticket] = await withEstimates(ctx.em, await ticketsByIds(ctx.em, [ticketId]), ctx.clock());
  return ticket ?? null;
}

function requireStaffOf(principal: Principal, officeId: string): void {
  if (!worksFor(principal, officeId)) {
    throw new DomainError(QueueReadErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
}

/** Today's tickets of an office that are not finished: called, waiting, parked. */
export async function openTicketViews(
  ctx: Pick<UseCaseContext, 'em' | 'clock'> & { settings: Pick<TownSettings, 'timeZone'> },
  officeId: string,
): Promise<TicketView[]> {
  const now = ctx.clock();
  const tickets = await openTicketsOfOffice(ctx.em, officeId, localDay(now, ctx.settings.timeZone));
  return withEstimates(ctx.em, tickets, now);
}

/** Today's tickets of an office that are not finished, for its clerks. */
export async function officeQueue(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'principal' | 'settings'>,
  officeId: string,
): Promise<TicketView[]> {
  requireStaffOf(ctx.principal, officeId);
  return openTicketViews(ctx, officeId);
}

/** Today's board of an office: numbers and counters, for the lobby display and the kiosk. */
export async function queueBoard(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'settings'>,
  officeId: string,
): Promise<BoardRecord> {
  return boardOf(ctx.em, officeId, localDay(ctx.clock(), ctx.settings.timeZone));
}

/** The office's active counters and which are open for the queue, for its clerks. */
export async function queueCounters(
  ctx: Pick<UseCaseContext, 'em' | 'principal'>,
  officeId: string,
): Promise<CounterState[]> {
  requireStaffOf(ctx.principal, officeId);
  return counterStatesOfOffice(ctx.em, officeId);
}

/**
 * The booking behind an appointment ticket, for the clerks of its office who serve it: the read
 * goes into the citizen's data access log with the reason. Null for a walk-in or unknown ticket.
 */
export async function ticketAppointment(
  ctx: Pick<UseCaseContext, 'em' | 'principal' | 'dataAccess'>,
  query: { ticketId: string; reason: AccessReason },
): Promise<AppointmentRecord | null> {
  return ctx.em.transactional(async (tx) => {
    const origin = await ticketOrigin(tx, query.ticketId);
    if (!origin) return null;
    requireStaffOf(ctx.principal, origin.officeId);
    if (ctx.principal.kind !== 'account' || !origin.appointmentId) return null;
    const appointment = await findAppointment(tx, { id: origin.appointmentId });
    if (appointment?.account) {
      ctx.dataAccess.note(ctx.principal, query.reason, [
        { citizenId: appointment.account.id, subject: `APPOINTMENT:${appointment.code}` },
      ]);
      await ctx.dataAccess.flush(tx);
    }
    return appointment;
  });
}

/** Checks that the principal may follow an office's queue events (its staff). */
export function mayFollowQueue(principal: Principal, officeId: string): void {
  requireStaffOf(principal, officeId);
}

/** The office's figures per day in [from, to] (local days, at most 31), for its staff. */
export async function queueStatistics(
  ctx: Pick<UseCaseContext, 'em' | 'principal' | 'settings'>,
  query: { officeId: string; from: string; to: string },
): Promise<DayStatistics[]> {
  requireStaffOf(ctx.principal, query.officeId);
  for (const field of ['from', 'to'] as const) {
    if (!isLocalDate(query[field])) {
      throw new InvalidInputError([invalidField(field, 'error.invalidLocalDate')]);
    }
  }
  const days = (Date.parse(query.to) - Date.parse(query.from)) / (24 * HOUR_MS);
  if (days < 0 || days >= MAX_STATISTICS_DAYS) {
    throw new InvalidInputError([
      invalidField('to', 'error.invalidRange', { days: MAX_STATISTICS_DAYS }),
    ]);
  }
  return statisticsOf(ctx.em, query.officeId, query.from, query.to, ctx.settings.timeZone);
}

/** The tickets of these appointments (those checked in), with their estimated waits, by appointment. */
export async function ticketsOfAppointments(
  em: EntityManager,
  appointmentIds: readonly string[],
  now: Date,
): Promise<Map<string, TicketView>> {
  const ticketIds = await ticketIdsOfAppointments(em, appointmentIds);
  const views = new Map(
    (await ticketViews(em, [...ticketIds.values()], now)).map((t) => [t.id, t]),
  );
  return new Map(
    [...ticketIds].flatMap(([appointmentId, ticketId]) => {
      const view = views.get(ticketId);
      return view ? [[appointmentId, view] as const] : [];
    }),
  );
}
