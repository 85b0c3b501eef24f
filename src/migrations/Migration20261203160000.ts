import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * Offices, services and counters can be retired (issue #17): a `retired_at` on each, rows kept so
 * that past appointments keep their names. A retired counter is inactive for good (checked), and
 * slot_candidates offers nothing of a retired service or office.
 */
export class Migration20261203160000 extends Migration {
  override name = 'Migration20261203160000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'appointments/slot-candidates.sql',
      sha256: 'f7ab0e883cedbbb0e99e12fb87ad54e578bf50f28c9ad70aedd80323c973eccd',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(`alter table "office" add column "retired_at" timestamptz null;`);
    this.addSql(
      `alter table "office" add constraint office_retired_after_created check (retired_at is null or retired_at >= created_at);`,
    );
    this.addSql(`alter table "service" add column "retired_at" timestamptz null;`);
    this.addSql(`alter table "counter" add column "retired_at" timestamptz null;`);
    this.addSql(
      `alter table "counter" add constraint counter_retired_inactive check (retired_at is null or not active);`,
    );
    for (const source of Migration20261203160000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    // slot_candidates as Migration20261203110000 made it: without the retired checks.
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
  candidates as (
    select p.counter_id, slot.starts_at, slot.starts_at + o.duration as ends_at
      from req i
      cross join offered o
      cross join lateral office_open_periods(i.office_id, i.range_from, i.range_to, i.tz) p
      join counter_service cs on cs.counter_id = p.counter_id and cs.service_id = o.service_id
      cross join lateral generate_series(lower(p.scheduled), upper(p.scheduled) - o.duration,
                                         o.duration) as slot(starts_at)
     where slot.starts_at >= i.range_from and slot.starts_at < i.range_to
       and slot.starts_at >= i.not_before
       and p.open @> tstzrange(slot.starts_at, slot.starts_at + o.duration)
  )
  select cand.counter_id, cand.starts_at, cand.ends_at,
         not exists (
           select 1 from appointment a
            where a.counter_id = cand.counter_id and a.status <> 'CANCELLED'
              and tstzrange(a.starts_at, a.ends_at) && tstzrange(cand.starts_at, cand.ends_at))
    from candidates cand;
end
$$;`);
    this.addSql(`alter table "counter" drop constraint counter_retired_inactive;`);
    this.addSql(`alter table "counter" drop column "retired_at";`);
    this.addSql(`alter table "service" drop column "retired_at";`);
    this.addSql(`alter table "office" drop constraint office_retired_after_created;`);
    this.addSql(`alter table "office" drop column "retired_at";`);
  }
}
