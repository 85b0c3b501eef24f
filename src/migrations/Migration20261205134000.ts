import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * Fair release (issue #19, docs/decisions/0027-fair-release.md): times released in bulk are
 * collected as requests (one per person: per normalized e-mail address and per account) and drawn
 * by lottery. slot_candidates leaves the slots of a release out until it is drawn.
 */
export class Migration20261205134000 extends Migration {
  override name = 'Migration20261205134000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'appointments/slot-candidates.sql',
      sha256: '2fe1cfe9e22cb50f0dab5d846e21dd628751a70bd09d6581e2330183e72fc00c',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(
      `create table "appointment_release" ("id" uuid not null, "service_id" uuid not null, "office_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "drawn_at" timestamptz null, "seed" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "appointment_release_office_id_index" on "appointment_release" ("office_id");`,
    );
    this.addSql(
      `create index "appointment_release_closes_idx" on "appointment_release" ("closes_at");`,
    );
    this.addSql(
      `create index "appointment_release_undrawn_idx" on "appointment_release" ("service_id", "office_id", "starts_at") where drawn_at is null;`,
    );
    this.addSql(
      `create table "release_request" ("id" uuid not null, "release_id" uuid not null, "account_id" uuid null, "name" text not null, "email" text not null, "phone" text null, "person_key" text not null, "language" text not null, "preferred_days" jsonb not null, "time_of_day" text not null, "token_hash" text not null, "status" text not null default 'PENDING', "draw_position" int null, "appointment_id" uuid null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "release_request_account_id_index" on "release_request" ("account_id");`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_one_per_account" unique ("release_id", "account_id");`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_one_per_person" unique ("release_id", "person_key");`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_seed_when_drawn" check ((drawn_at is null) = (seed is null));`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_window" check (closes_at > opens_at and closes_at <= starts_at);`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_no_overlap" EXCLUDE USING gist (service_id WITH =, office_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (drawn_at IS NULL);`,
    );
    this.addSql(
      `alter table "appointment_release" add constraint "appointment_release_times_order" check (ends_at > starts_at);`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_release_id_foreign" foreign key ("release_id") references "appointment_release" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_drawn_fields" check ((status = 'PENDING') = (draw_position is null) and (appointment_id is null or status = 'WON'));`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_email_lower_case" check (email = lower(email));`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_language_check" check ("language" in ('DE', 'EN', 'DE_LS'));`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_time_of_day_check" check ("time_of_day" in ('ANY', 'MORNING', 'AFTERNOON'));`,
    );
    this.addSql(
      `alter table "release_request" add constraint "release_request_status_check" check ("status" in ('PENDING', 'WON', 'NOT_DRAWN'));`,
    );
    for (const source of Migration20261205134000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    // slot_candidates as Migration20261205130000 made it, before it could see releases.
    this.addSql(SLOT_CANDIDATES_BEFORE_RELEASES);
    this.addSql(`drop table if exists "release_request";`);
    this.addSql(`drop table if exists "appointment_release";`);
  }
}

const SLOT_CANDIDATES_BEFORE_RELEASES = `
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
`;
