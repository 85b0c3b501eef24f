import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether an office is open now (some active counter is scheduled and not closed), and when it
 * opens next within two weeks. Used for the out-of-office notice in conversations.
 */
export async function officeOpenState(
  em: EntityManager,
  officeId: string,
  now: Date,
  timeZone: string,
): Promise<{ openNow: boolean; nextOpening: Date | null }> {
  const [row] = await em.execute<Array<{ open_now: boolean; next_opening: Date | null }>>(
    `with periods as (
       select (d::date + s.opens_at) at time zone ? as opens, (d::date + s.closes_at) at time zone ? as closes,
              c.id as counter_id
         from counter c
         join schedule s on s.counter_id = c.id
         cross join generate_series((?::timestamptz at time zone ?)::date,
                                    (?::timestamptz at time zone ?)::date + 14, interval '1 day') d
        where c.office_id = ? and c.active
          and extract(isodow from d) = s.weekday
          and d::date >= s.valid_from and (s.valid_until is null or d::date <= s.valid_until)
     ),
     open_periods as (
       select p.* from periods p
        where not exists (select 1 from closure cl
                           where cl.office_id = ? and (cl.counter_id is null or cl.counter_id = p.counter_id)
                             and cl.starts_at <= p.opens and cl.ends_at >= p.closes)
     )
     select exists (select 1 from open_periods where opens <= ? and closes > ?) as open_now,
            (select min(opens) from open_periods where opens > ?) as next_opening`,
    [timeZone, timeZone, now, timeZone, now, timeZone, officeId, officeId, now, now, now],
  );
  return {
    openNow: row?.open_now ?? false,
    nextOpening: row?.next_opening ? new Date(row.next_opening) : null,
  };
}
