import { Migration } from '@mikro-orm/migrations';

/**
 * The lobby queue (issue #16): tickets numbered per office and day (queue_day's locked row gives
 * the number, a unique key refuses any number twice), one called ticket per counter, the counters
 * open for the queue, and the office's numbered events that subscribers catch up from
 * (docs/decisions/0015-lobby-queue.md).
 */
export class Migration20261203130623 extends Migration {
  override name = 'Migration20261203130623';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "queue_counter" ("counter_id" uuid not null, "opened_by_id" uuid null, "opened_at" timestamptz not null, primary key ("counter_id"));`,
    );

    this.addSql(
      `create table "queue_day" ("office_id" uuid not null, "day" date not null, "last_number" int not null, primary key ("office_id", "day"));`,
    );

    this.addSql(
      `create table "queue_office" ("office_id" uuid not null, "last_seq" bigint not null default '0', primary key ("office_id"));`,
    );

    this.addSql(
      `create table "queue_ticket" ("id" uuid not null, "office_id" uuid not null, "day" date not null, "number" int not null, "prefix" text not null, "kind" text not null, "state" text not null default 'WAITING', "service_id" uuid not null, "appointment_id" uuid null, "account_id" uuid null, "counter_id" uuid null, "target_counter_id" uuid null, "recalls" smallint not null default 0, "created_at" timestamptz not null, "priority_at" timestamptz not null, "called_at" timestamptz null, "first_called_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "queue_ticket_service_id_index" on "queue_ticket" ("service_id");`);
    this.addSql(`create index "queue_ticket_account_id_index" on "queue_ticket" ("account_id");`);
    this.addSql(`create index "queue_ticket_counter_id_index" on "queue_ticket" ("counter_id");`);
    this.addSql(
      `create index "queue_ticket_office_day_idx" on "queue_ticket" ("office_id", "day");`,
    );
    this.addSql(
      `create index "queue_ticket_waiting_order_idx" on "queue_ticket" ("office_id", "priority_at", "number") where state = 'WAITING';`,
    );
    this.addSql(
      `create unique index "queue_ticket_one_called_per_counter" on "queue_ticket" ("counter_id") where state = 'CALLED';`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_appointment_unique" unique ("appointment_id");`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_office_day_number_unique" unique ("office_id", "day", "number");`,
    );

    this.addSql(
      `create table "queue_event" ("office_id" uuid not null, "seq" bigint not null, "kind" text not null, "ticket_id" uuid null, "counter_id" uuid null, "occurred_at" timestamptz not null, primary key ("office_id", "seq"));`,
    );
    this.addSql(`create index "queue_event_ticket_id_index" on "queue_event" ("ticket_id");`);

    this.addSql(
      `alter table "queue_counter" add constraint "queue_counter_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_counter" add constraint "queue_counter_opened_by_id_foreign" foreign key ("opened_by_id") references "account" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "queue_day" add constraint "queue_day_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_day" add constraint "queue_day_last_number_not_negative" check (last_number >= 0);`,
    );

    this.addSql(
      `alter table "queue_office" add constraint "queue_office_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_office" add constraint "queue_office_last_seq_not_negative" check (last_seq >= 0);`,
    );

    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_target_counter_id_foreign" foreign key ("target_counter_id") references "counter" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_finished_at_matches_state" check ((state in ('DONE', 'NO_SHOW')) = (finished_at is not null));`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_waiting_has_no_counter" check (state <> 'WAITING' or counter_id is null);`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_called_has_counter" check (state <> 'CALLED' or (counter_id is not null and called_at is not null));`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_recalls_range" check (recalls >= 0 and recalls <= 3);`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_kind_matches_appointment" check ((kind = 'APPOINTMENT' and appointment_id is not null) or (kind = 'WALK_IN' and appointment_id is null));`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_state_known" check (state in ('WAITING', 'CALLED', 'PARKED', 'DONE', 'NO_SHOW'));`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_prefix_format" check (prefix ~ '^[A-Z]\$');`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_number_positive" check (number >= 1);`,
    );

    this.addSql(
      `alter table "queue_event" add constraint "queue_event_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_ticket_id_foreign" foreign key ("ticket_id") references "queue_ticket" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_kind_known" check (kind in ('JOINED', 'CALLED', 'RECALLED', 'PARKED', 'TRANSFERRED', 'DONE', 'NO_SHOW', 'COUNTER_OPENED', 'COUNTER_CLOSED'));`,
    );
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_seq_positive" check (seq >= 1);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "queue_event" cascade;`);
    this.addSql(`drop table if exists "queue_ticket" cascade;`);
    this.addSql(`drop table if exists "queue_counter" cascade;`);
    this.addSql(`drop table if exists "queue_office" cascade;`);
    this.addSql(`drop table if exists "queue_day" cascade;`);
  }
}
