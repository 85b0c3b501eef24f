import { Migration } from '@mikro-orm/migrations';

/**
 * Rescheduling and calendar files that update in place (issue #19): an appointment's calendar
 * SEQUENCE, the idempotency keys of rescheduleAppointment, and a file attached to an outbox
 * e-mail (stored with the row, so that a retried e-mail carries the same file).
 */
export class Migration20261205131000 extends Migration {
  override name = 'Migration20261205131000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "appointment" add "sequence" int not null default 0;`);
    this.addSql(`alter table "outbox_message" add "attachment" jsonb null;`);
    this.addSql(
      `create table "appointment_reschedule" ("idempotency_key" text not null, "appointment_id" uuid not null, "request_hash" text not null, "created_at" timestamptz not null default now(), primary key ("idempotency_key"));`,
    );
    this.addSql(
      `create index "appointment_reschedule_appointment_id_index" on "appointment_reschedule" ("appointment_id");`,
    );
    this.addSql(
      `alter table "appointment_reschedule" add constraint "appointment_reschedule_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "appointment_reschedule" cascade;`);
    this.addSql(`alter table "outbox_message" drop column "attachment";`);
    this.addSql(`alter table "appointment" drop column "sequence";`);
  }
}
