/**
 * The SQL that turns schedules into slots; freeSlots and bookAppointment share it so that a time
 * shown as free is exactly a time that can be booked.
 *
 * Slots start at a counter's opening time and follow each other at the service's duration. Local
 * dates and times (schedules) become instants with `AT TIME ZONE` per day, so the daylight-saving
 * switch moves no slot and the missing hour of the spring night has none. A closure of the office
 * or the counter removes every candidate it touches; a candidate is free when no live appointment
 * of that counter overlaps it.
 *
 * Parameters, in this order: service id, office id, range start, range end (exclusive, both on
 * slot start times), time zone, earliest bookable instant ("now").
 */
export const candidateSlotsCte = `
  req as (
    select ?::uuid as service_id, ?::uuid as office_id, ?::timestamptz as range_from,
           ?::timestamptz as range_to, ?::text as tz, ?::timestamptz as not_before
  ),
  offered as (
    select s.id as service_id, make_interval(mins => s.duration_minutes) as duration
      from req i
      join service s on s.id = i.service_id
      join service_office so on so.service_id = s.id and so.office_id = i.office_id
  ),
  local_days as (
    select d::date as day
      from req i,
           generate_series((i.range_from at time zone i.tz)::date,
                           (i.range_to at time zone i.tz)::date, interval '1 day') d
  ),
  candidates as (
    select c.id as counter_id, slot.starts_at, slot.starts_at + o.duration as ends_at
      from req i
      cross join offered o
      join counter c on c.office_id = i.office_id and c.active
      join counter_service cs on cs.counter_id = c.id and cs.service_id = o.service_id
      join schedule sch on sch.counter_id = c.id
      join local_days ld on extract(isodow from ld.day) = sch.weekday
                        and ld.day >= sch.valid_from
                        and (sch.valid_until is null or ld.day <= sch.valid_until)
      cross join lateral generate_series((ld.day + sch.opens_at) at time zone i.tz,
                                         (ld.day + sch.closes_at) at time zone i.tz - o.duration,
                                         o.duration) as slot(starts_at)
     where slot.starts_at >= i.range_from and slot.starts_at < i.range_to
       and slot.starts_at >= i.not_before
       and not exists (
             select 1 from closure cl
              where cl.office_id = i.office_id
                and (cl.counter_id is null or cl.counter_id = c.id)
                and cl.starts_at < slot.starts_at + o.duration and cl.ends_at > slot.starts_at)
  ),
  free_candidates as (
    select cand.*
      from candidates cand
     where not exists (
             select 1 from appointment a
              where a.counter_id = cand.counter_id and a.status <> 'CANCELLED'
                and tstzrange(a.starts_at, a.ends_at) && tstzrange(cand.starts_at, cand.ends_at))
  )`;
