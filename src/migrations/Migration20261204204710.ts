import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * Slot holds (issue #19, docs/decisions/0022-slot-holds.md): a held time is an appointment row
 * with status HELD, no personal details and a deadline, so that the exclusion constraint
 * appointment_no_overlap keeps holds and bookings apart. slot_candidates counts a hold as taken
 * until it expires.
 */
export class Migration20261204204710 extends Migration {
  override name = 'Migration20261204204710';

  static readonly functions: FunctionSource[] = [
    {
      file: 'appointments/slot-candidates.sql',
      sha256: 'c1c8b942a5a9643e62367c9e4f560c2fb0f404fffa969dbc1146e0ffbdd42892',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop constraint "appointment_status_check";`);
    this.addSql(
      `alter table "appointment" add "held_until" timestamptz null, add "hold_token_hash" text null, add "holder_hash" text null;`,
    );
    this.addSql(`alter table "appointment" alter column "name" drop not null;`);
    this.addSql(`alter table "appointment" alter column "email" drop not null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_hold_token_hash_unique" unique ("hold_token_hash");`,
    );
    this.addSql(
      `create index "appointment_held_until_idx" on "appointment" ("held_until") where status = 'HELD';`,
    );
    this.addSql(
      `create unique index "appointment_one_hold_per_holder_idx" on "appointment" ("holder_hash", "service_id") where status = 'HELD';`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_details_unless_held" check ((status = 'HELD') = (name is null) and (status = 'HELD') = (email is null));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_hold_fields" check ((status = 'HELD') = (held_until is not null) and (status = 'HELD') = (hold_token_hash is not null) and (status = 'HELD') = (holder_hash is not null));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'CANCELLED', 'HELD'));`,
    );
    for (const source of Migration20261204204710.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    // Holds go with their status; slot_candidates as Migration20261203160000 made it.
    this.addSql(`delete from "appointment" where "status" = 'HELD';`);
    this.addSql(SLOT_CANDIDATES_BEFORE_HOLDS);
    this.addSql(`alter table "appointment" drop constraint "appointment_hold_token_hash_unique";`);
    this.addSql(`drop index "appointment_held_until_idx";`);
    this.addSql(`drop index "appointment_one_hold_per_holder_idx";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_details_unless_held";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_hold_fields";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_status_check";`);
    this.addSql(
      `alter table "appointment" drop column "held_until", drop column "hold_token_hash", drop column "holder_hash";`,
    );
    this.addSql(`alter table "appointment" alter column "name" set not null;`);
    this.addSql(`alter table "appointment" alter column "email" set not null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'CANCELLED'));`,
    );
  }
}

const SLOT_CANDIDATES_BEFORE_HOLDS = `
create or replace function slot_candidates(p_service_id uuid, p_office_id uuid,
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
      join service s on s.id = i.service_id and s.retired_at is null
      join service_office so on so.service_id = s.id and so.office_id = i.office_id
      join office ofc on ofc.id = so.office_id and ofc.retired_at is null
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
$$;
`;
