import { Migration } from '@mikro-orm/migrations';

/**
 * The waitlist (issue #19, docs/decisions/0025-waitlist.md): entries in line per service, their
 * offices, the times they let go, and the offers as HELD appointment rows naming their entry, at
 * most one live offer per person.
 */
export class Migration20261205132000 extends Migration {
  override name = 'Migration20261205132000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "waitlist_entry" ("id" uuid not null, "seq" bigserial, "account_id" uuid null, "email" text null, "person_key" text not null, "name" text not null, "language" text not null default 'DE', "service_id" uuid not null, "starts_after" timestamptz not null, "ends_before" timestamptz not null, "earliest_start_minute" smallint not null, "latest_end_minute" smallint not null, "status" text not null default 'WAITING', "confirm_token_hash" text null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_seq_unique" unique ("seq");`,
    );
    this.addSql(
      `create index "waitlist_entry_account_id_index" on "waitlist_entry" ("account_id");`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_confirm_token_hash_unique" unique ("confirm_token_hash");`,
    );
    this.addSql(
      `create index "waitlist_entry_line_idx" on "waitlist_entry" ("service_id", "seq") where status = 'WAITING';`,
    );
    this.addSql(
      `create unique index "waitlist_entry_one_live_per_person_idx" on "waitlist_entry" ("person_key", "service_id") where status in ('UNCONFIRMED', 'WAITING');`,
    );
    this.addSql(
      `create table "waitlist_entry_office" ("entry_id" uuid not null, "office_id" uuid not null, primary key ("entry_id", "office_id"));`,
    );
    this.addSql(
      `create index "waitlist_entry_office_office_idx" on "waitlist_entry_office" ("office_id");`,
    );
    this.addSql(
      `create table "waitlist_pass" ("id" uuid not null, "entry_id" uuid not null, "office_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "waitlist_pass_entry_id_index" on "waitlist_pass" ("entry_id");`);
    this.addSql(`alter table "appointment" add "waitlist_entry_id" uuid null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_waitlist_entry_id_foreign" foreign key ("waitlist_entry_id") references "waitlist_entry" ("id") on delete set null;`,
    );
    this.addSql(
      `create index "appointment_waitlist_entry_id_index" on "appointment" ("waitlist_entry_id");`,
    );
    this.addSql(
      `create unique index "appointment_one_offer_per_person_idx" on "appointment" ("holder_hash") where status = 'HELD' and waitlist_entry_id is not null;`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_confirm_token_while_unconfirmed" check ((status = 'UNCONFIRMED') = (confirm_token_hash is not null));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_person_key" check (person_key = coalesce('account:' || account_id::text, 'email:' || email));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_account_or_email" check ((account_id is null) = (email is not null));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_email_lower_case" check (email = lower(email));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_times_of_day_range" check (earliest_start_minute >= 0 and earliest_start_minute < 1440 and latest_end_minute > 0 and latest_end_minute <= 1440);`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_times_of_day_order" check (latest_end_minute > earliest_start_minute);`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_period_order" check (ends_before > starts_after);`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_language_check" check ("language" in ('DE', 'EN', 'DE_LS'));`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_status_check" check ("status" in ('UNCONFIRMED', 'WAITING', 'BOOKED', 'LEFT'));`,
    );
    this.addSql(
      `alter table "waitlist_entry_office" add constraint "waitlist_entry_office_entry_id_foreign" foreign key ("entry_id") references "waitlist_entry" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_entry_office" add constraint "waitlist_entry_office_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_pass" add constraint "waitlist_pass_entry_id_foreign" foreign key ("entry_id") references "waitlist_entry" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_pass" add constraint "waitlist_pass_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "waitlist_pass" add constraint "waitlist_pass_period_order" check (ends_at > starts_at);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "appointment_one_offer_per_person_idx";`);
    this.addSql(`alter table "appointment" drop column "waitlist_entry_id";`);
    this.addSql(`drop table if exists "waitlist_pass" cascade;`);
    this.addSql(`drop table if exists "waitlist_entry_office" cascade;`);
    this.addSql(`drop table if exists "waitlist_entry" cascade;`);
  }
}
