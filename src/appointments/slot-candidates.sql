-- The free slots of a service at an office (freeSlots, holdSlot, bookAppointment and rebooking).
-- A PL/pgSQL function because PostgreSQL keeps the plan of its statement for the life of the
-- connection; the same SQL sent as text is planned on every call, and planning it takes longer
-- than running it (bench/RESULTS.md).
--
-- Rows: every slot that starts in [p_range_from, p_range_to) and not before p_not_before, per
-- counter of the office that handles the service, that lies within the counter's open periods
-- (office-open-periods.sql). A retired service or office has none. Slots follow each other at
-- the service's duration plus its buffer.
-- `free`: no live appointment of that counter overlaps it, nor comes closer to it than the buffer
-- (the larger of the two services' buffers). A hold (status HELD) is live until its held_until:
-- p_not_before is the caller's "now", and a hold that expired by then counts as free, since
-- whoever books it deletes the expired holds of the office first in the same transaction
-- (0022-slot-holds.md).
-- `in_window`: it lies within the service's booking window as of p_window_at (the caller's "now";
-- for a hold being confirmed, when it was taken, as the window was what granted it): from the
-- earliest day ahead and the minimum notice on, up to the end of the latest day ahead
-- (0023-booking-window.md).
-- `day_full`: the office has as many live appointments of the service that local day as the
-- service's daily cap.
-- A slot of a fair release not drawn yet (appointment_release) is no candidate at all: nobody
-- books or holds it first-come; the draw marks the release drawn in its own transaction and then
-- sees them (0027-fair-release.md).
-- Schedules and days are local times in p_time_zone.
create or replace function slot_candidates(p_service_id uuid, p_office_id uuid,
                                           p_range_from timestamptz, p_range_to timestamptz,
                                           p_time_zone text, p_not_before timestamptz,
                                           p_window_at timestamptz)
  returns table (counter_id uuid, starts_at timestamptz, ends_at timestamptz, free boolean,
                 in_window boolean, day_full boolean)
  language plpgsql stable
as $$
#variable_conflict use_column
begin
  return query
  with
  req as (
    select p_service_id as service_id, p_office_id as office_id, p_range_from as range_from,
           p_range_to as range_to, p_time_zone as tz, p_not_before as not_before,
           p_window_at as window_at, (p_window_at at time zone p_time_zone)::date as today
  ),
  offered as (
    select s.id as service_id, make_interval(mins => s.duration_minutes) as duration,
           make_interval(mins => s.booking_buffer_minutes) as buffer, s.daily_cap,
           greatest(i.window_at + make_interval(mins => s.booking_notice_minutes),
                    (i.today + s.booking_earliest_days)::timestamp at time zone i.tz) as window_from,
           (i.today + s.booking_latest_days + 1)::timestamp at time zone i.tz as window_to
      from req i
      join service s on s.id = i.service_id and s.retired_at is null
      join service_office so on so.service_id = s.id and so.office_id = i.office_id
      join office ofc on ofc.id = so.office_id and ofc.retired_at is null
  ),
  day_load as (
    select (a.starts_at at time zone i.tz)::date as day, count(*) as booked
      from req i
      cross join offered o
      join appointment a on a.office_id = i.office_id and a.service_id = o.service_id
     where o.daily_cap is not null
       and a.starts_at >= i.range_from - interval '1 day'
       and a.starts_at < i.range_to + interval '1 day'
       and a.status <> 'CANCELLED' and (a.status <> 'HELD' or a.held_until > i.not_before)
     group by 1
  ),
  candidates as (
    select p.counter_id, slot.starts_at, slot.starts_at + o.duration as ends_at
      from req i
      cross join offered o
      cross join lateral office_open_periods(i.office_id, i.range_from, i.range_to, i.tz) p
      join counter_service cs on cs.counter_id = p.counter_id and cs.service_id = o.service_id
      cross join lateral generate_series(lower(p.scheduled), upper(p.scheduled) - o.duration,
                                         o.duration + o.buffer) as slot(starts_at)
     where slot.starts_at >= i.range_from and slot.starts_at < i.range_to
       and slot.starts_at >= i.not_before
       and p.open @> tstzrange(slot.starts_at, slot.starts_at + o.duration)
       and not exists (
         select 1 from appointment_release r
          where r.service_id = o.service_id and r.office_id = i.office_id and r.drawn_at is null
            and r.starts_at <= slot.starts_at and r.ends_at > slot.starts_at)
  )
  select cand.counter_id, cand.starts_at, cand.ends_at,
         not exists (
           select 1 from appointment a
             join service sa on sa.id = a.service_id
            where a.counter_id = cand.counter_id and a.status <> 'CANCELLED'
              and (a.status <> 'HELD' or a.held_until > p_not_before)
              -- Buffers are at most 240 minutes (service_booking_buffer_range): the index narrows.
              and tstzrange(a.starts_at, a.ends_at)
                  && tstzrange(cand.starts_at - interval '240 minutes',
                               cand.ends_at + interval '240 minutes')
              and tstzrange(a.starts_at, a.ends_at)
                  && tstzrange(cand.starts_at - greatest(o.buffer,
                                                         make_interval(mins => sa.booking_buffer_minutes)),
                               cand.ends_at + greatest(o.buffer,
                                                       make_interval(mins => sa.booking_buffer_minutes)))),
         cand.starts_at >= o.window_from and cand.starts_at < o.window_to,
         coalesce(o.daily_cap <= (select l.booked from day_load l
                                   where l.day = (cand.starts_at at time zone p_time_zone)::date),
                  false)
    from candidates cand
    cross join offered o;
end
$$;
