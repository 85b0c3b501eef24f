-- When the counters of an office are open: the one definition of "the office is open at t", read
-- by slot_candidates (free slots), and by the out-of-office notice (office-hours.ts).
--
-- Rows: per active counter of the office and local day of [p_from, p_to] (days in p_time_zone),
-- each period of its schedule valid that day (`scheduled`), and what of it no closure of the
-- office or of the counter takes away (`open`, empty when a closure covers it all). A plain SQL
-- function, so that PostgreSQL inlines it into the statement that calls it.
create or replace function office_open_periods(p_office_id uuid, p_from timestamptz,
                                               p_to timestamptz, p_time_zone text)
  returns table (counter_id uuid, scheduled tstzrange, open tstzmultirange)
  language sql stable
as $$
  select c.id, period.scheduled,
         tstzmultirange(period.scheduled) - coalesce(
           (select range_agg(tstzrange(cl.starts_at, cl.ends_at))
              from closure cl
             where cl.office_id = c.office_id
               and (cl.counter_id is null or cl.counter_id = c.id)
               and cl.starts_at < upper(period.scheduled) and cl.ends_at > lower(period.scheduled)),
           '{}'::tstzmultirange)
    from counter c
    join schedule s on s.counter_id = c.id
    cross join generate_series((p_from at time zone p_time_zone)::date,
                               (p_to at time zone p_time_zone)::date, interval '1 day') d
    cross join lateral (
      select tstzrange((d::date + s.opens_at) at time zone p_time_zone,
                       (d::date + s.closes_at) at time zone p_time_zone) as scheduled
    ) period
   where c.office_id = p_office_id and c.active
     and extract(isodow from d) = s.weekday
     and d::date >= s.valid_from and (s.valid_until is null or d::date <= s.valid_until)
$$;
