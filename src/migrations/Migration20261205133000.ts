import { Migration } from '@mikro-orm/migrations';

/**
 * Scarce services (issue #19, docs/decisions/0026-scarce-guest-confirmation.md): a guest's
 * booking of one waits as UNCONFIRMED, with the deadline confirm_by, until the link in its
 * e-mail is opened; it keeps its time taken meanwhile, as any row that is not cancelled does.
 */
export class Migration20261205133000 extends Migration {
  override name = 'Migration20261205133000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "service" add column "scarce" boolean not null default false;`);
    this.addSql(`alter table "appointment" drop constraint "appointment_status_check";`);
    this.addSql(`alter table "appointment" add column "confirm_by" timestamptz null;`);
    this.addSql(
      `create index "appointment_confirm_by_idx" on "appointment" ("confirm_by") where status = 'UNCONFIRMED';`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_confirm_by_when_unconfirmed" check ((status = 'UNCONFIRMED') = (confirm_by is not null));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'CANCELLED', 'HELD', 'UNCONFIRMED'));`,
    );
  }

  override down(): void | Promise<void> {
    // Unconfirmed bookings never were appointments: they go with their status.
    this.addSql(`delete from "appointment" where "status" = 'UNCONFIRMED';`);
    this.addSql(`alter table "appointment" drop constraint "appointment_status_check";`);
    this.addSql(
      `alter table "appointment" drop constraint "appointment_confirm_by_when_unconfirmed";`,
    );
    this.addSql(`drop index "appointment_confirm_by_idx";`);
    this.addSql(`alter table "appointment" drop column "confirm_by";`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_status_check" check ("status" in ('BOOKED', 'CANCELLED', 'HELD'));`,
    );
    this.addSql(`alter table "service" drop column "scarce";`);
  }
}
