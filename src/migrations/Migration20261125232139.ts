import { Migration } from '@mikro-orm/migrations';

/** Catalogue (offices, categories, services) and appointments (counters, schedules, closures). */
export class Migration20261125232139 extends Migration {
  override name = 'Migration20261125232139';

  override up(): void | Promise<void> {
    // btree_gist lets the exclusion constraint combine counter_id (=) with time ranges (&&);
    // pg_trgm indexes substrings for the catalogue search.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(
      `create table "category" ("id" uuid not null, "slug" text not null, "name" jsonb not null, "position" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`alter table "category" add constraint "category_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "office" ("id" uuid not null, "slug" text not null, "name" jsonb not null, "street" text not null, "postal_code" text not null, "city" text not null, "phone" text null, "email" text null, "website" text null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`alter table "office" add constraint "office_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "counter" ("id" uuid not null, "office_id" uuid not null, "name" text not null, "active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`create index "counter_office_id_index" on "counter" ("office_id");`);
    this.addSql(
      `alter table "counter" add constraint "counter_office_name_unique" unique ("office_id", "name");`,
    );

    this.addSql(
      `create table "closure" ("id" uuid not null, "office_id" uuid not null, "counter_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "closure_office_period_idx" on "closure" ("office_id", "starts_at", "ends_at");`,
    );

    this.addSql(
      `create table "schedule" ("id" uuid not null, "counter_id" uuid not null, "weekday" smallint not null, "opens_at" time(0) not null, "closes_at" time(0) not null, "valid_from" date not null, "valid_until" date null, primary key ("id"));`,
    );
    this.addSql(
      `create index "schedule_counter_weekday_idx" on "schedule" ("counter_id", "weekday");`,
    );

    this.addSql(
      `create table "service" ("id" uuid not null, "slug" text not null, "leika_key" text null, "name" jsonb not null, "description" jsonb not null, "documents" jsonb not null, "keywords" text not null default '', "fee_cents" int null, "processing_time" jsonb null, "legal_basis" text null, "duration_minutes" int not null, "category_id" uuid not null, "search_vector" tsvector generated always as (setweight(to_tsvector('german', coalesce(name->>'de', '')), 'A') || setweight(to_tsvector('german', keywords), 'A') || setweight(to_tsvector('english', coalesce(name->>'en', '')), 'B') || setweight(to_tsvector('german', coalesce(description->>'de', '')), 'C')) stored not null, "search_text" text generated always as (lower(coalesce(name->>'de', '') || ' ' || coalesce(name->>'en', '') || ' ' || keywords)) stored not null, primary key ("id"));`,
    );
    this.addSql(`alter table "service" add constraint "service_slug_unique" unique ("slug");`);
    this.addSql(`create index "service_category_id_index" on "service" ("category_id");`);
    this.addSql(
      `create index "service_search_text_trgm_idx" on "service" using gin ("search_text" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "service_search_vector_idx" on "service" using gin ("search_vector");`,
    );

    this.addSql(
      `create table "counter_service" ("counter_id" uuid not null, "service_id" uuid not null, primary key ("counter_id", "service_id"));`,
    );
    this.addSql(`create index "counter_service_service_idx" on "counter_service" ("service_id");`);

    this.addSql(
      `create table "appointment" ("id" uuid not null, "code" text not null, "status" text not null default 'BOOKED', "service_id" uuid not null, "office_id" uuid not null, "counter_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "name" text not null, "email" text not null, "phone" text null, "idempotency_key" text null, "request_hash" text null, "created_at" timestamptz not null default now(), "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_code_unique" unique ("code");`,
    );
    this.addSql(`create index "appointment_service_id_index" on "appointment" ("service_id");`);
    this.addSql(`create index "appointment_counter_id_index" on "appointment" ("counter_id");`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create index "appointment_open_by_email_idx" on "appointment" ("email", "starts_at") where status = 'BOOKED';`,
    );
    this.addSql(
      `create index "appointment_office_starts_idx" on "appointment" ("office_id", "starts_at");`,
    );

    this.addSql(
      `create table "service_office" ("service_id" uuid not null, "office_id" uuid not null, primary key ("service_id", "office_id"));`,
    );
    this.addSql(`create index "service_office_office_idx" on "service_office" ("office_id");`);

    this.addSql(
      `alter table "category" add constraint "category_name_has_german" check (jsonb_typeof(name->'de') = 'string');`,
    );
    this.addSql(
      `alter table "category" add constraint "category_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`,
    );

    this.addSql(
      `alter table "office" add constraint "office_name_has_german" check (jsonb_typeof(name->'de') = 'string');`,
    );
    this.addSql(
      `alter table "office" add constraint "office_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`,
    );

    this.addSql(
      `alter table "counter" add constraint "counter_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "closure" add constraint "closure_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "closure" add constraint "closure_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "closure" add constraint "closure_period_order" check (ends_at > starts_at);`,
    );

    this.addSql(
      `alter table "schedule" add constraint "schedule_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "schedule" add constraint "schedule_validity_order" check (valid_until is null or valid_until >= valid_from);`,
    );
    this.addSql(
      `alter table "schedule" add constraint "schedule_period_order" check (closes_at > opens_at);`,
    );
    this.addSql(
      `alter table "schedule" add constraint "schedule_weekday_iso" check (weekday >= 1 and weekday <= 7);`,
    );

    this.addSql(
      `alter table "service" add constraint "service_category_id_foreign" foreign key ("category_id") references "category" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "service" add constraint "service_duration_range" check (duration_minutes >= 5 and duration_minutes <= 240);`,
    );
    this.addSql(
      `alter table "service" add constraint "service_fee_not_negative" check (fee_cents >= 0);`,
    );
    this.addSql(
      `alter table "service" add constraint "service_name_has_german" check (jsonb_typeof(name->'de') = 'string');`,
    );
    this.addSql(
      `alter table "service" add constraint "service_leika_key_format" check (leika_key ~ '^[0-9]{14}\$');`,
    );
    this.addSql(
      `alter table "service" add constraint "service_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`,
    );

    this.addSql(
      `alter table "counter_service" add constraint "counter_service_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "counter_service" add constraint "counter_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "appointment" add constraint "appointment_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_cancelled_at_matches_status" check ((status = 'CANCELLED') = (cancelled_at is not null));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_email_lower_case" check (email = lower(email));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_code_format" check (code ~ '^[A-HJKMNP-Z2-9]{8}\$');`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_period_order" check (ends_at > starts_at);`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_no_overlap" EXCLUDE USING gist (counter_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status <> 'CANCELLED');`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'CANCELLED'));`,
    );

    this.addSql(
      `alter table "service_office" add constraint "service_office_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_office" add constraint "service_office_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "service" drop constraint "service_category_id_foreign";`);
    this.addSql(`alter table "counter" drop constraint "counter_office_id_foreign";`);
    this.addSql(`alter table "closure" drop constraint "closure_office_id_foreign";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_office_id_foreign";`);
    this.addSql(`alter table "service_office" drop constraint "service_office_office_id_foreign";`);
    this.addSql(`alter table "closure" drop constraint "closure_counter_id_foreign";`);
    this.addSql(`alter table "schedule" drop constraint "schedule_counter_id_foreign";`);
    this.addSql(
      `alter table "counter_service" drop constraint "counter_service_counter_id_foreign";`,
    );
    this.addSql(`alter table "appointment" drop constraint "appointment_counter_id_foreign";`);
    this.addSql(
      `alter table "counter_service" drop constraint "counter_service_service_id_foreign";`,
    );
    this.addSql(`alter table "appointment" drop constraint "appointment_service_id_foreign";`);
    this.addSql(
      `alter table "service_office" drop constraint "service_office_service_id_foreign";`,
    );

    this.addSql(`drop table if exists "category" cascade;`);
    this.addSql(`drop table if exists "office" cascade;`);
    this.addSql(`drop table if exists "counter" cascade;`);
    this.addSql(`drop table if exists "closure" cascade;`);
    this.addSql(`drop table if exists "schedule" cascade;`);
    this.addSql(`drop table if exists "service" cascade;`);
    this.addSql(`drop table if exists "counter_service" cascade;`);
    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "service_office" cascade;`);
  }
}
