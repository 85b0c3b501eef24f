import type { EntityManager } from '@mikro-orm/postgresql';
import { date, dateOrNull, rowOf, rowsOf, run, sql, type Sql } from '../common/sql.js';
import type { AppointmentStatus } from '../entities/appointments/appointment.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';
import type { TicketKind, TicketState } from '../entities/queue/queue-ticket.entity.js';
import type { QueueEventKind } from '../realtime/topics.js';

// Every SQL statement of the lobby queue (docs/decisions/0014-sql-and-orm.md and
// 0015-lobby-queue.md). Tickets are written only here: a number comes from the office's locked
// queue_day row, each transition is one `update … where state in (…)` that only one clerk can
// win, call next skips the tickets other clerks are taking (`for update skip locked`), and each
// change appends the office's next event in the same transaction.

/** A ticket as the use cases and the API see it: numbers, services and counters, no names. */
export type TicketRecord = {
  id: string;
  officeId: string;
  day: string;
  number: number;
  prefix: string;
  kind: TicketKind;
  state: TicketState;
  serviceId: string;
  accountId: string | null;
  counterId: string | null;
  counterName: string | null;
  targetCounterId: string | null;
  recalls: number;
  createdAt: Date;
  priorityAt: Date;
  calledAt: Date | null;
  finishedAt: Date | null;
  /** 1 for the next in line of its service; null unless waiting. */
  position: number | null;
  /** Counters open for the queue that handle its service. */
  openCounters: number;
};

type TicketRow = {
  id: string;
  office_id: string;
  day: string | Date;
  number: number;
  prefix: string;
  kind: TicketKind;
  state: TicketState;
  service_id: string;
  account_id: string | null;
  counter_id: string | null;
  counter_name: string | null;
  target_counter_id: string | null;
  recalls: number;
  created_at: Date | string;
  priority_at: Date | string;
  called_at: Date | string | null;
  finished_at: Date | string | null;
  position: string | number | null;
  open_counters: string | number;
};

function dayText(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

function ticketRecord(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    officeId: row.office_id,
    day: dayText(row.day),
    number: row.number,
    prefix: row.prefix,
    kind: row.kind,
    state: row.state,
    serviceId: row.service_id,
    accountId: row.account_id,
    counterId: row.counter_id,
    counterName: row.counter_name,
    targetCounterId: row.target_counter_id,
    recalls: row.recalls,
    createdAt: date(row.created_at),
    priorityAt: date(row.priority_at),
    calledAt: dateOrNull(row.called_at),
    finishedAt: dateOrNull(row.finished_at),
    position: row.position === null ? null : Number(row.position),
    openCounters: Number(row.open_counters),
  };
}

/** The tickets `where` selects (over `queue_ticket t`), each with its place in line; one statement. */
function ticketsWhere(where: Sql, orderBy: Sql = sql`t.priority_at, t.number`): Sql {
  return sql`select t.id, t.office_id, to_char(t.day, 'YYYY-MM-DD') as day, t.number, t.prefix,
                    t.kind, t.state, t.service_id, t.account_id, t.counter_id,
                    c.name as counter_name, t.target_counter_id, t.recalls, t.created_at,
                    t.priority_at, t.called_at, t.finished_at,
                    case when t.state = 'WAITING' then
                      (select count(*) + 1 from queue_ticket w
                        where w.office_id = t.office_id and w.day = t.day and w.state = 'WAITING'
                          and w.service_id = t.service_id
                          and (w.priority_at, w.number) < (t.priority_at, t.number))
                    end as position,
                    (select count(*) from queue_counter qc
                       join counter_service cs on cs.counter_id = qc.counter_id
                       join counter oc on oc.id = qc.counter_id
                      where oc.office_id = t.office_id and cs.service_id = t.service_id)
                      as open_counters
               from queue_ticket t
               left join counter c on c.id = t.counter_id
              where ${where}
              order by ${orderBy}`;
}

/** The tickets with these ids (that exist). */
export async function ticketsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<TicketRecord[]> {
  if (ids.length === 0) return [];
  return (await rowsOf<TicketRow>(em, ticketsWhere(sql`t.id in (${ids})`))).map(ticketRecord);
}

/** The office's tickets of the day that are not finished, in line order (called ones first). */
export async function openTicketsOfOffice(
  em: EntityManager,
  officeId: string,
  day: string,
): Promise<TicketRecord[]> {
  const rows = await rowsOf<TicketRow>(
    em,
    ticketsWhere(
      sql`t.office_id = ${officeId} and t.day = ${day}::date
          and t.state in ('WAITING', 'CALLED', 'PARKED')`,
      sql`t.state = 'CALLED' desc, t.state = 'WAITING' desc, t.priority_at, t.number`,
    ),
  );
  return rows.map(ticketRecord);
}

/** The service times (seconds) of the tickets the office finished since `since`. */
export async function serviceSecondsSince(
  em: EntityManager,
  officeId: string,
  since: Date,
): Promise<number[]> {
  const rows = await rowsOf<{ seconds: string | number }>(
    em,
    sql`select extract(epoch from finished_at - called_at) as seconds from queue_ticket
         where office_id = ${officeId} and state = 'DONE' and finished_at >= ${since}`,
  );
  return rows.map((row) => Number(row.seconds));
}

/** What a check-in needs to know of the appointment a code (and e-mail, or account) names. */
export type CheckInTarget = {
  appointmentId: string;
  officeId: string;
  officeName: LocalizedText;
  serviceId: string;
  accountId: string | null;
  status: AppointmentStatus;
  startsAt: Date;
  /** Local day of the start, in the town's time zone. */
  day: string;
  checkedIn: boolean;
};

export type AppointmentKey =
  { code: string } | { code: string; email: string } | { id: string; accountId: string };

function keyCondition(key: AppointmentKey): Sql {
  if ('id' in key) return sql`a.id = ${key.id} and a.account_id = ${key.accountId}`;
  if ('email' in key) return sql`a.code = ${key.code} and a.email = ${key.email}`;
  return sql`a.code = ${key.code}`;
}

/** The appointment to check in, locked against a second check-in running at the same time. */
export async function checkInTarget(
  em: EntityManager,
  key: AppointmentKey,
  timeZone: string,
): Promise<CheckInTarget | null> {
  const row = await rowOf<{
    id: string;
    office_id: string;
    office_name: LocalizedText;
    service_id: string;
    account_id: string | null;
    status: AppointmentStatus;
    starts_at: Date | string;
    day: string;
    checked_in: boolean;
  }>(
    em,
    sql`select a.id, a.office_id, o.name as office_name, a.service_id, a.account_id, a.status,
               a.starts_at, to_char(a.starts_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
               exists (select 1 from queue_ticket t where t.appointment_id = a.id) as checked_in
          from appointment a join office o on o.id = a.office_id
         where ${keyCondition(key)} and a.status <> 'HELD'
           for update of a`,
  );
  return (
    row && {
      appointmentId: row.id,
      officeId: row.office_id,
      officeName: row.office_name,
      serviceId: row.service_id,
      accountId: row.account_id,
      status: row.status,
      startsAt: date(row.starts_at),
      day: row.day,
      checkedIn: row.checked_in,
    }
  );
}

/** What drawing a walk-in ticket needs to know of the office and the service. */
export async function walkInCheck(
  em: EntityManager,
  officeId: string,
  serviceId: string,
): Promise<{
  officeExists: boolean;
  serviceExists: boolean;
  handled: boolean;
  groupName: string | null;
}> {
  const row = await rowOf<{
    office_exists: boolean;
    service_exists: boolean;
    handled: boolean;
    group_name: string | null;
  }>(
    em,
    sql`select exists (select 1 from office where id = ${officeId}) as office_exists,
               exists (select 1 from service where id = ${serviceId}) as service_exists,
               exists (select 1 from counter c
                         join counter_service cs on cs.counter_id = c.id
                        where c.office_id = ${officeId} and c.active
                          and cs.service_id = ${serviceId}) as handled,
               (select coalesce(cat.name->>'de', s.name->>'de') from service s
                  left join category cat on cat.id = s.category_id
                 where s.id = ${serviceId}) as group_name`,
  );
  return {
    officeExists: row?.office_exists ?? false,
    serviceExists: row?.service_exists ?? false,
    handled: row?.handled ?? false,
    groupName: row?.group_name ?? null,
  };
}

/** The office's next ticket number of the day, from its locked queue_day row. */
export async function nextTicketNumber(
  em: EntityManager,
  officeId: string,
  day: string,
): Promise<number> {
  const row = await rowOf<{ last_number: number }>(
    em,
    sql`insert into queue_day (office_id, day, last_number) values (${officeId}, ${day}::date, 1)
        on conflict (office_id, day) do update set last_number = queue_day.last_number + 1
        returning last_number`,
  );
  return row!.last_number;
}

/** Inserts a waiting ticket; its id. */
export async function insertTicket(
  em: EntityManager,
  ticket: {
    officeId: string;
    day: string;
    number: number;
    prefix: string;
    kind: TicketKind;
    serviceId: string;
    appointmentId: string | null;
    accountId: string | null;
    createdAt: Date;
    priorityAt: Date;
  },
): Promise<string> {
  const row = await rowOf<{ id: string }>(
    em,
    sql`insert into queue_ticket (id, office_id, day, number, prefix, kind, state, service_id,
                                  appointment_id, account_id, recalls, created_at, priority_at)
        values (gen_random_uuid(), ${ticket.officeId}, ${ticket.day}::date, ${ticket.number},
                ${ticket.prefix}, ${ticket.kind}, 'WAITING', ${ticket.serviceId},
                ${ticket.appointmentId}, ${ticket.accountId}, 0, ${ticket.createdAt},
                ${ticket.priorityAt})
        returning id`,
  );
  return row!.id;
}

/**
 * Appends the office's next event, numbered from its locked queue_office row: events of one office
 * are numbered in the order their transactions commit, without gaps. Its number.
 */
export async function appendEvent(
  em: EntityManager,
  event: {
    officeId: string;
    kind: QueueEventKind;
    ticketId: string | null;
    counterId: string | null;
    at: Date;
  },
): Promise<number> {
  const row = await rowOf<{ seq: string | number }>(
    em,
    sql`with next as (
          insert into queue_office (office_id, last_seq) values (${event.officeId}, 1)
          on conflict (office_id) do update set last_seq = queue_office.last_seq + 1
          returning last_seq)
        insert into queue_event (office_id, seq, kind, ticket_id, counter_id, occurred_at)
        select ${event.officeId}, last_seq, ${event.kind}, ${event.ticketId}, ${event.counterId},
               ${event.at}
          from next
        returning seq`,
  );
  return Number(row!.seq);
}

/** A counter as the clerks' actions see it. */
export type CounterState = {
  id: string;
  officeId: string;
  name: string;
  active: boolean;
  open: boolean;
  serviceIds: string[];
};

/** The counter, its services and whether it is open for the queue. */
export async function counterState(
  em: EntityManager,
  counterId: string,
): Promise<CounterState | null> {
  const row = await rowOf<{
    id: string;
    office_id: string;
    name: string;
    active: boolean;
    open: boolean;
    service_ids: string[] | null;
  }>(
    em,
    sql`select c.id, c.office_id, c.name, c.active,
               exists (select 1 from queue_counter qc where qc.counter_id = c.id) as open,
               (select array_agg(cs.service_id) from counter_service cs
                 where cs.counter_id = c.id) as service_ids
          from counter c
         where c.id = ${counterId}`,
  );
  return (
    row && {
      id: row.id,
      officeId: row.office_id,
      name: row.name,
      active: row.active,
      open: row.open,
      serviceIds: row.service_ids ?? [],
    }
  );
}

/** The office's active counters with whether each is open for the queue, by name. */
export async function counterStatesOfOffice(
  em: EntityManager,
  officeId: string,
): Promise<CounterState[]> {
  const rows = await rowsOf<{
    id: string;
    name: string;
    active: boolean;
    open: boolean;
    service_ids: string[] | null;
  }>(
    em,
    sql`select c.id, c.name, c.active,
               exists (select 1 from queue_counter qc where qc.counter_id = c.id) as open,
               (select array_agg(cs.service_id) from counter_service cs
                 where cs.counter_id = c.id) as service_ids
          from counter c
         where c.office_id = ${officeId} and c.active
         order by c.name`,
  );
  return rows.map((row) => ({
    id: row.id,
    officeId,
    name: row.name,
    active: row.active,
    open: row.open,
    serviceIds: row.service_ids ?? [],
  }));
}

/** The office of a ticket and the appointment it was checked in for (null for a walk-in). */
export async function ticketOrigin(
  em: EntityManager,
  ticketId: string,
): Promise<{ officeId: string; appointmentId: string | null } | null> {
  const row = await rowOf<{ office_id: string; appointment_id: string | null }>(
    em,
    sql`select office_id, appointment_id from queue_ticket where id = ${ticketId}`,
  );
  return row && { officeId: row.office_id, appointmentId: row.appointment_id };
}

/**
 * Holds the counter's queue_counter row (shared) until the transaction ends, so that it cannot
 * close while a ticket is being called to it; false when it is not open.
 */
export async function lockOpenCounter(em: EntityManager, counterId: string): Promise<boolean> {
  const rows = await rowsOf<{ counter_id: string }>(
    em,
    sql`select counter_id from queue_counter where counter_id = ${counterId} for share`,
  );
  return rows.length === 1;
}

/** Opens the counter for the queue; false when it was open already. */
export async function openCounterRow(
  em: EntityManager,
  counterId: string,
  accountId: string,
  at: Date,
): Promise<boolean> {
  const rows = await rowsOf<{ counter_id: string }>(
    em,
    sql`insert into queue_counter (counter_id, opened_by_id, opened_at)
        values (${counterId}, ${accountId}, ${at})
        on conflict (counter_id) do nothing returning counter_id`,
  );
  return rows.length === 1;
}

/**
 * Closes the counter for the queue unless a ticket is called to it. 'CLOSED', or 'BUSY', or
 * 'WAS_CLOSED'.
 */
export async function closeCounterRow(
  em: EntityManager,
  counterId: string,
): Promise<'CLOSED' | 'BUSY' | 'WAS_CLOSED'> {
  const row = await rowOf<{ closed: boolean; busy: boolean }>(
    em,
    sql`with busy as (
          select exists (select 1 from queue_ticket
                          where counter_id = ${counterId} and state = 'CALLED') as busy),
        closed as (
          delete from queue_counter where counter_id = ${counterId}
             and not (select busy from busy)
          returning counter_id)
        select exists (select 1 from closed) as closed, (select busy from busy) as busy`,
  );
  if (row?.closed) return 'CLOSED';
  return row?.busy ? 'BUSY' : 'WAS_CLOSED';
}

/**
 * Call next: the first waiting ticket of the day this counter may call, in line order, taken with
 * `for update skip locked` so that clerks pressing at the same moment take different tickets, and
 * called to the counter in the same statement. Its id, or null when none waits.
 */
export async function callNextTicket(
  em: EntityManager,
  counter: { id: string; officeId: string },
  day: string,
  now: Date,
): Promise<string | null> {
  const row = await rowOf<{ id: string }>(
    em,
    sql`with next as (
          select t.id from queue_ticket t
           where t.office_id = ${counter.officeId} and t.day = ${day}::date
             and t.state = 'WAITING'
             and t.service_id in (select service_id from counter_service
                                   where counter_id = ${counter.id})
             and (t.target_counter_id is null or t.target_counter_id = ${counter.id})
           order by t.priority_at, t.number
           limit 1
           for update of t skip locked)
        update queue_ticket t
           set state = 'CALLED', counter_id = ${counter.id}, target_counter_id = null,
               called_at = ${now}, first_called_at = coalesce(t.first_called_at, ${now}),
               recalls = 0
          from next
         where t.id = next.id and t.state = 'WAITING'
        returning t.id`,
  );
  return row?.id ?? null;
}

/** The ticket's office, state and recalls (locked), for the checks before a transition. */
export async function ticketForAction(
  em: EntityManager,
  ticketId: string,
): Promise<{
  id: string;
  officeId: string;
  state: TicketState;
  recalls: number;
  serviceId: string;
  counterId: string | null;
} | null> {
  const row = await rowOf<{
    id: string;
    office_id: string;
    state: TicketState;
    recalls: number;
    service_id: string;
    counter_id: string | null;
  }>(
    em,
    sql`select id, office_id, state, recalls, service_id, counter_id from queue_ticket
         where id = ${ticketId} for update`,
  );
  return (
    row && {
      id: row.id,
      officeId: row.office_id,
      state: row.state,
      recalls: row.recalls,
      serviceId: row.service_id,
      counterId: row.counter_id,
    }
  );
}

/** What a transition writes besides the state. */
export type TicketChange =
  | { action: 'CALL'; counterId: string; at: Date }
  | { action: 'RECALL'; at: Date }
  | { action: 'NO_SHOW' | 'FINISH' | 'PARK'; at: Date }
  | { action: 'TRANSFER'; serviceId: string; targetCounterId: string | null };

function changeSet(change: TicketChange): Sql {
  switch (change.action) {
    case 'CALL':
      return sql`state = 'CALLED', counter_id = ${change.counterId}, target_counter_id = null,
                 called_at = ${change.at}, first_called_at = coalesce(first_called_at, ${change.at}),
                 recalls = 0`;
    case 'RECALL':
      return sql`recalls = recalls + 1, called_at = ${change.at}`;
    case 'NO_SHOW':
      return sql`state = 'NO_SHOW', finished_at = ${change.at}`;
    case 'FINISH':
      return sql`state = 'DONE', finished_at = ${change.at}`;
    case 'PARK':
      return sql`state = 'PARKED'`;
    case 'TRANSFER':
      return sql`state = 'WAITING', counter_id = null, service_id = ${change.serviceId},
                 target_counter_id = ${change.targetCounterId}`;
    default: {
      const unknown: never = change;
      throw new Error(`Unknown ticket change ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Moves the ticket from one of `from` to its next state; false when it was in none of them (another
 * clerk was faster). RECALL also stops at the limit of recalls.
 */
export async function changeTicket(
  em: EntityManager,
  ticketId: string,
  from: readonly TicketState[],
  change: TicketChange,
  maxRecalls: number,
): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    em,
    sql`update queue_ticket set ${changeSet(change)}
         where id = ${ticketId} and state in (${[...from]})
           ${change.action === 'RECALL' ? sql`and recalls < ${maxRecalls}` : sql``}
        returning id`,
  );
  return rows.length === 1;
}

/** Whether some active counter of the office handles the service (and is `counterId`, if given). */
export async function serviceHandled(
  em: EntityManager,
  officeId: string,
  serviceId: string,
  counterId: string | null,
): Promise<boolean> {
  const row = await rowOf<{ handled: boolean }>(
    em,
    sql`select exists (select 1 from counter c
                         join counter_service cs on cs.counter_id = c.id
                        where c.office_id = ${officeId} and c.active
                          and cs.service_id = ${serviceId}
                          ${counterId ? sql`and c.id = ${counterId}` : sql``}) as handled`,
  );
  return row?.handled ?? false;
}

/** The board of an office's day: who is called where, how many wait, and the last event. */
export type BoardRecord = {
  officeId: string;
  seq: number;
  waiting: number;
  called: Array<{
    ticketId: string;
    prefix: string;
    number: number;
    counterName: string;
    calledAt: Date;
    recalls: number;
  }>;
};

export async function boardOf(
  em: EntityManager,
  officeId: string,
  day: string,
): Promise<BoardRecord> {
  const row = await rowOf<{
    seq: string | number | null;
    waiting: string | number;
    called: Array<{
      ticket_id: string;
      prefix: string;
      number: number;
      counter_name: string;
      called_at: string;
      recalls: number;
    }> | null;
  }>(
    em,
    sql`select (select last_seq from queue_office where office_id = ${officeId}) as seq,
               (select count(*) from queue_ticket
                 where office_id = ${officeId} and day = ${day}::date and state = 'WAITING')
                 as waiting,
               (select json_agg(json_build_object('ticket_id', t.id, 'prefix', t.prefix,
                                                  'number', t.number, 'counter_name', c.name,
                                                  'called_at', t.called_at, 'recalls', t.recalls)
                                order by t.called_at desc)
                  from queue_ticket t join counter c on c.id = t.counter_id
                 where t.office_id = ${officeId} and t.day = ${day}::date
                   and t.state = 'CALLED') as called`,
  );
  return {
    officeId,
    seq: Number(row?.seq ?? 0),
    waiting: Number(row?.waiting ?? 0),
    called: (row?.called ?? []).map((call) => ({
      ticketId: call.ticket_id,
      prefix: call.prefix,
      number: call.number,
      counterName: call.counter_name,
      calledAt: new Date(call.called_at),
      recalls: call.recalls,
    })),
  };
}

/** One stored event of an office's queue. */
export type QueueEventRecord = {
  officeId: string;
  seq: number;
  kind: QueueEventKind;
  ticketId: string | null;
  counterId: string | null;
  occurredAt: Date;
};

/** The office's events after `afterSeq`, oldest first, at most `limit`. */
export async function eventsAfter(
  em: EntityManager,
  officeId: string,
  afterSeq: number,
  limit: number,
): Promise<QueueEventRecord[]> {
  const rows = await rowsOf<{
    seq: string | number;
    kind: QueueEventKind;
    ticket_id: string | null;
    counter_id: string | null;
    occurred_at: Date | string;
  }>(
    em,
    sql`select seq, kind, ticket_id, counter_id, occurred_at from queue_event
         where office_id = ${officeId} and seq > ${afterSeq}
         order by seq limit ${limit}`,
  );
  return rows.map((row) => ({
    officeId,
    seq: Number(row.seq),
    kind: row.kind,
    ticketId: row.ticket_id,
    counterId: row.counter_id,
    occurredAt: date(row.occurred_at),
  }));
}

/** The office's last event number (0 before the first). */
export async function lastSeqOf(em: EntityManager, officeId: string): Promise<number> {
  const row = await rowOf<{ last_seq: string | number }>(
    em,
    sql`select last_seq from queue_office where office_id = ${officeId}`,
  );
  return Number(row?.last_seq ?? 0);
}

/** One day's figures of an office's queue (local days of the town's time zone). */
export type DayStatistics = {
  day: string;
  tickets: number;
  noShows: number;
  unserved: number;
  waitMedianSeconds: number | null;
  waitP90Seconds: number | null;
  serviceMedianSeconds: number | null;
  serviceP90Seconds: number | null;
  perHour: Array<{ hour: number; tickets: number }>;
};

/** The figures of each day in [from, to] that had tickets, oldest first. */
export async function statisticsOf(
  em: EntityManager,
  officeId: string,
  from: string,
  to: string,
  timeZone: string,
): Promise<DayStatistics[]> {
  const rows = await rowsOf<{
    day: string;
    tickets: string | number;
    no_shows: string | number;
    unserved: string | number;
    wait_median: number | null;
    wait_p90: number | null;
    service_median: number | null;
    service_p90: number | null;
    per_hour: Array<{ hour: number; tickets: number }>;
  }>(
    em,
    sql`select to_char(t.day, 'YYYY-MM-DD') as day, count(*) as tickets,
               count(*) filter (where t.state = 'NO_SHOW') as no_shows,
               count(*) filter (where t.state = 'EXPIRED') as unserved,
               percentile_cont(0.5) within group (order by extract(epoch from t.first_called_at - t.created_at))
                 filter (where t.first_called_at is not null) as wait_median,
               percentile_cont(0.9) within group (order by extract(epoch from t.first_called_at - t.created_at))
                 filter (where t.first_called_at is not null) as wait_p90,
               percentile_cont(0.5) within group (order by extract(epoch from t.finished_at - t.called_at))
                 filter (where t.state = 'DONE') as service_median,
               percentile_cont(0.9) within group (order by extract(epoch from t.finished_at - t.called_at))
                 filter (where t.state = 'DONE') as service_p90,
               (select json_agg(json_build_object('hour', h.hour, 'tickets', h.tickets) order by h.hour)
                  from (select extract(hour from h.created_at at time zone ${timeZone})::int as hour,
                               count(*)::int as tickets
                          from queue_ticket h
                         where h.office_id = ${officeId} and h.day = t.day
                         group by 1) h) as per_hour
          from queue_ticket t
         where t.office_id = ${officeId} and t.day between ${from}::date and ${to}::date
         group by t.day
         order by t.day`,
  );
  const seconds = (value: number | null) => (value === null ? null : Math.round(Number(value)));
  return rows.map((row) => ({
    day: row.day,
    tickets: Number(row.tickets),
    noShows: Number(row.no_shows),
    unserved: Number(row.unserved),
    waitMedianSeconds: seconds(row.wait_median),
    waitP90Seconds: seconds(row.wait_p90),
    serviceMedianSeconds: seconds(row.service_median),
    serviceP90Seconds: seconds(row.service_p90),
    perHour: row.per_hour,
  }));
}

/** Unlinks a deleted account from its tickets and the counters it opened (they stay, nameless). */
export async function forgetQueueRowsOf(em: EntityManager, accountId: string): Promise<void> {
  await run(em, sql`update queue_ticket set account_id = null where account_id = ${accountId}`);
  await run(
    em,
    sql`update queue_counter set opened_by_id = null where opened_by_id = ${accountId}`,
  );
}

/**
 * Expires the tickets of days before `today` that were never finished (waiting, called or
 * parked): the office's day is over. The offices whose tickets it expired.
 */
export async function expireTicketsBefore(
  em: EntityManager,
  today: string,
  at: Date,
): Promise<Array<{ officeId: string; tickets: number }>> {
  const rows = await rowsOf<{ office_id: string; tickets: string | number }>(
    em,
    sql`with expired as (
          update queue_ticket set state = 'EXPIRED', finished_at = ${at}
           where day < ${today}::date and state in ('WAITING', 'CALLED', 'PARKED')
          returning office_id)
        select office_id, count(*) as tickets from expired group by office_id`,
  );
  return rows.map((row) => ({ officeId: row.office_id, tickets: Number(row.tickets) }));
}

/**
 * Closes the counters opened on a day before `today` (local days of `timeZone`): a clerk who went
 * home without closing leaves no counter open for the next morning's waits. Their offices.
 */
export async function closeCountersOpenedBefore(
  em: EntityManager,
  today: string,
  timeZone: string,
): Promise<string[]> {
  const rows = await rowsOf<{ office_id: string }>(
    em,
    sql`delete from queue_counter qc using counter c
         where c.id = qc.counter_id
           and (qc.opened_at at time zone ${timeZone})::date < ${today}::date
        returning c.office_id`,
  );
  return [...new Set(rows.map((row) => row.office_id))];
}

/** Deletes the queue events that happened before `before`; how many. */
export function deleteQueueEventsBefore(em: EntityManager, before: Date): Promise<number> {
  return run(em, sql`delete from queue_event where occurred_at < ${before}`);
}

/** The tickets of these appointments (those checked in), as appointment ID → ticket ID. */
export async function ticketIdsOfAppointments(
  em: EntityManager,
  appointmentIds: readonly string[],
): Promise<Map<string, string>> {
  if (appointmentIds.length === 0) return new Map();
  const rows = await rowsOf<{ appointment_id: string; id: string }>(
    em,
    sql`select appointment_id, id from queue_ticket where appointment_id in (${appointmentIds})`,
  );
  return new Map(rows.map((row) => [row.appointment_id, row.id]));
}
