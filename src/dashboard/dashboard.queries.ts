import type { EntityManager } from '@mikro-orm/postgresql';
import { rowOf, rowsOf, sql } from '../common/sql.js';

/**
 * How long after its start a booked appointment may still check in (src/queue/queue-rules.ts):
 * one without a ticket by then did not come.
 */
const CHECK_IN_CLOSES_AFTER = '15 minutes';

/** An office's figures as they stand now. */
export type DashboardNowRow = {
  officeExists: boolean;
  openConversations: number;
  awaitingAnswer: number;
  oldestWaitingSince: Date | null;
  noticesInForce: number;
};

/** One local day's figures of an office. */
export type DashboardDayRow = {
  day: string;
  booked: number;
  cancelled: number;
  checkedIn: number;
  noShows: number;
  conversationsStarted: number;
  firstAnswerMedianSeconds: number | null;
};

/**
 * The seconds of the office's opening hours (src/appointments/office-open-periods.sql, closures
 * taken off) between the start of conversation `c` and its first answer `answer.at`: a message
 * written on Friday evening and answered at Monday's opening counts nothing, as the office could
 * not have answered sooner.
 */
function officeSecondsToAnswer(officeId: string, timeZone: string) {
  return sql`(select coalesce(sum(extract(epoch from upper(piece) - lower(piece))), 0)
                from unnest(
                  (select range_agg(open_piece)
                     from office_open_periods(${officeId}, c.created_at, answer.at, ${timeZone}) p
                    cross join lateral unnest(p.open) open_piece)
                  * tstzmultirange(tstzrange(c.created_at, answer.at))) piece)`;
}

const count = (value: string | number | null) => Number(value ?? 0);
const seconds = (value: string | number | null) =>
  value === null ? null : Math.round(Number(value));

/**
 * What is open at the office now, in one statement: its conversations that are not closed, those
 * of them whose citizen waits for an answer (a citizen message after the office's last one) and
 * since when the longest of them waits, and the notices in force for its citizens (its own and
 * the town-wide ones).
 */
export async function dashboardNow(
  em: EntityManager,
  officeId: string,
  now: Date,
): Promise<DashboardNowRow> {
  const row = await rowOf<{
    office_exists: boolean;
    open_conversations: string | number;
    awaiting_answer: string | number;
    oldest_waiting_since: Date | string | null;
    notices_in_force: string | number;
  }>(
    em,
    sql`with open_conversation as (
          select c.id,
                 (select min(m.created_at)
                    from message m
                   where m.conversation_id = c.id and m.author_role = 'CITIZEN'
                     and m.seq > coalesce((select max(s.seq) from message s
                                            where s.conversation_id = c.id
                                              and s.author_role = 'STAFF'), 0)) as waiting_since
            from conversation c
           where c.office_id = ${officeId} and c.status <> 'CLOSED')
        select exists (select 1 from office o where o.id = ${officeId}) as office_exists,
               (select count(*) from open_conversation) as open_conversations,
               (select count(waiting_since) from open_conversation) as awaiting_answer,
               (select min(waiting_since) from open_conversation) as oldest_waiting_since,
               (select count(*) from announcement a
                 where (a.office_id = ${officeId} or a.office_id is null)
                   and a.publish_at <= ${now}
                   and coalesce(a.expires_at, 'infinity'::timestamptz) > ${now}) as notices_in_force`,
  );
  return {
    officeExists: Boolean(row?.office_exists),
    openConversations: count(row?.open_conversations ?? 0),
    awaitingAnswer: count(row?.awaiting_answer ?? 0),
    oldestWaitingSince: row?.oldest_waiting_since ? new Date(row.oldest_waiting_since) : null,
    noticesInForce: count(row?.notices_in_force ?? 0),
  };
}

/**
 * Each local day from `from` to `to` (both "YYYY-MM-DD", in the town's time zone), oldest first,
 * days without anything included, in one statement: appointments by their start (booked,
 * cancelled, checked in, not come), conversations by their start with the median time to the
 * office's first answer in its opening hours.
 */
export async function dashboardDays(
  em: EntityManager,
  query: { officeId: string; from: string; to: string; timeZone: string; now: Date },
): Promise<DashboardDayRow[]> {
  const { officeId, from, to, timeZone, now } = query;
  const startOf = (day: string) => sql`(${day}::date::timestamp at time zone ${timeZone})`;
  const endOf = sql`((${to}::date + 1)::timestamp at time zone ${timeZone})`;
  const rows = await rowsOf<{
    day: string;
    booked: string | number | null;
    cancelled: string | number | null;
    checked_in: string | number | null;
    no_shows: string | number | null;
    conversations_started: string | number | null;
    first_answer_median: string | number | null;
  }>(
    em,
    sql`with day as (
          select d::date as day
            from generate_series(${from}::date, ${to}::date, interval '1 day') d),
        appointment_day as (
          select (a.starts_at at time zone ${timeZone})::date as day,
                 count(*) filter (where a.status = 'BOOKED') as booked,
                 count(*) filter (where a.status = 'CANCELLED') as cancelled,
                 count(t.id) filter (where a.status = 'BOOKED') as checked_in,
                 count(*) filter (
                   where a.status = 'BOOKED'
                     and (t.state = 'NO_SHOW'
                          or (t.id is null
                              and a.starts_at + ${CHECK_IN_CLOSES_AFTER}::interval <= ${now})))
                   as no_shows
            from appointment a
            left join queue_ticket t on t.appointment_id = a.id
           where a.office_id = ${officeId}
             and a.starts_at >= ${startOf(from)} and a.starts_at < ${endOf}
           group by 1),
        conversation_day as (
          select (c.created_at at time zone ${timeZone})::date as day,
                 count(*) as started,
                 percentile_cont(0.5) within group (order by ${officeSecondsToAnswer(officeId, timeZone)})
                   filter (where answer.at is not null) as first_answer_median
            from conversation c
            left join lateral (
              select min(m.created_at) as at
                from message m
               where m.conversation_id = c.id and m.author_role = 'STAFF') answer on true
           where c.office_id = ${officeId}
             and c.created_at >= ${startOf(from)} and c.created_at < ${endOf}
           group by 1)
        select to_char(day.day, 'YYYY-MM-DD') as day,
               a.booked, a.cancelled, a.checked_in, a.no_shows,
               c.started as conversations_started, c.first_answer_median
          from day
          left join appointment_day a on a.day = day.day
          left join conversation_day c on c.day = day.day
         order by day.day`,
  );
  return rows.map((row) => ({
    day: row.day,
    booked: count(row.booked),
    cancelled: count(row.cancelled),
    checkedIn: count(row.checked_in),
    noShows: count(row.no_shows),
    conversationsStarted: count(row.conversations_started),
    firstAnswerMedianSeconds: seconds(row.first_answer_median),
  }));
}

/**
 * The median seconds of opening hours from the start of a conversation to the office's first
 * answer, over the conversations started in the period that have one; null when none has.
 */
export async function firstAnswerMedian(
  em: EntityManager,
  query: { officeId: string; from: string; to: string; timeZone: string },
): Promise<number | null> {
  const { officeId, from, to, timeZone } = query;
  const row = await rowOf<{ median: string | number | null }>(
    em,
    sql`select percentile_cont(0.5) within group (
                 order by ${officeSecondsToAnswer(officeId, timeZone)}) as median
          from conversation c
          join lateral (
            select min(m.created_at) as at
              from message m
             where m.conversation_id = c.id and m.author_role = 'STAFF') answer
            on answer.at is not null
         where c.office_id = ${officeId}
           and c.created_at >= (${from}::date::timestamp at time zone ${timeZone})
           and c.created_at < ((${to}::date + 1)::timestamp at time zone ${timeZone})`,
  );
  return seconds(row?.median ?? null);
}

/** The whole town's figures as they stand now (the operators' metrics, src/server/metrics.ts). */
export type TownNowRow = {
  /** Appointments booked (not cancelled) that start today, the local day of `now`. */
  appointmentsToday: number;
  openConversations: number;
  awaitingAnswer: number;
  oldestWaitingSince: Date | null;
};

/**
 * `dashboardNow`'s conversation figures for every office together, and today's booked
 * appointments, in one statement.
 */
export async function townNow(
  em: EntityManager,
  query: { timeZone: string; now: Date },
): Promise<TownNowRow> {
  const { timeZone, now } = query;
  const today = sql`date_trunc('day', ${now}::timestamptz at time zone ${timeZone})`;
  const row = await rowOf<{
    appointments_today: string | number;
    open_conversations: string | number;
    awaiting_answer: string | number;
    oldest_waiting_since: Date | string | null;
  }>(
    em,
    sql`with open_conversation as (
          select (select min(m.created_at)
                    from message m
                   where m.conversation_id = c.id and m.author_role = 'CITIZEN'
                     and m.seq > coalesce((select max(s.seq) from message s
                                            where s.conversation_id = c.id
                                              and s.author_role = 'STAFF'), 0)) as waiting_since
            from conversation c
           where c.status <> 'CLOSED')
        select (select count(*) from appointment a
                 where a.status = 'BOOKED'
                   and a.starts_at >= (${today} at time zone ${timeZone})
                   and a.starts_at < ((${today} + interval '1 day') at time zone ${timeZone}))
                 as appointments_today,
               (select count(*) from open_conversation) as open_conversations,
               (select count(waiting_since) from open_conversation) as awaiting_answer,
               (select min(waiting_since) from open_conversation) as oldest_waiting_since`,
  );
  return {
    appointmentsToday: count(row?.appointments_today ?? 0),
    openConversations: count(row?.open_conversations ?? 0),
    awaitingAnswer: count(row?.awaiting_answer ?? 0),
    oldestWaitingSince: row?.oldest_waiting_since ? new Date(row.oldest_waiting_since) : null,
  };
}
