import { Migration } from '@mikro-orm/migrations';

/**
 * The reminder e-mail the day before an appointment: the language the citizen booked in, so the
 * reminder speaks it (bookings made before this know none and get German), and when the reminder
 * was queued, so that it goes out once. The partial index holds only the appointments still to be
 * reminded, which the job looks through every few minutes.
 */
export class Migration20261126051259 extends Migration {
  override name = 'Migration20261126051259';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "appointment" add "language" text not null default 'DE', add "reminded_at" timestamptz null;`,
    );
    this.addSql(
      `create index "appointment_unreminded_starts_idx" on "appointment" ("starts_at") where status = 'BOOKED' and reminded_at is null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_language_check" check ("language" in ('DE', 'EN', 'DE_LS'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "appointment" drop constraint "appointment_language_check";`);
    this.addSql(`drop index "appointment_unreminded_starts_idx";`);
    this.addSql(`alter table "appointment" drop column "language", drop column "reminded_at";`);
  }
}
