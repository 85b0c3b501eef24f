import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * One definition of "the office is open at t" (issue #14): office_open_periods, the scheduled
 * periods of an office's active counters less their closures. slot_candidates offers the slots
 * that lie within them (as before: no closure overlaps the slot), and the out-of-office notice
 * (office-hours.ts) reads them too, so that a partial closure, which it used to ignore, closes
 * the office there as well.
 */
export class Migration20261203110000 extends Migration {
  override name = 'Migration20261203110000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'appointments/office-open-periods.sql',
      sha256: '1919074b8ec8fd30011e8b524eabed2a1d204542815e77093fa620e49a7c869b',
    },
    {
      file: 'appointments/slot-candidates.sql',
      sha256: '064e3d1fe7c37b356db529d165a7be77e8a2926c7971624d121e02826024f24d',
    },
  ];

  override up(): void | Promise<void> {
    for (const source of Migration20261203110000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    // slot_candidates as Migration20261126010000 made it, with its own check of closures.
    this.addSql(`create or replace function slot_candidates(p_service_id uuid, p_office_id uuid,
                                p_range_from timestamptz, p_range_to timestamptz,
                                p_time_zone text, p_not_before timestamptz)
  returns table (counter_id uuid, starts_at timestamptz, ends_at timestamptz, free boolean)
  language plpgsql stable
as $$
#variable_conflict use_column
begin
  return query
  with
  req as (
    select p_service_id as service_id, p_office_id as office_id, p_range_from as range_from,
           p_range_to as range_to, p_time_zone as tz, p_not_before as not_before
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
  )
  select cand.counter_id, cand.starts_at, cand.ends_at,
         not exists (
           select 1 from appointment a
            where a.counter_id = cand.counter_id and a.status <> 'CANCELLED'
              and tstzrange(a.starts_at, a.ends_at) && tstzrange(cand.starts_at, cand.ends_at))
    from candidates cand;
end
$$;`);
    this.addSql(`drop function office_open_periods(uuid, timestamptz, timestamptz, text);`);
  }
}
