import { Migration } from '@mikro-orm/migrations';

/**
 * An office cancels a day's or a counter's appointments with a message (issue #19): the message
 * is kept with each appointment it cancelled, for the citizen's rebooking page.
 */
export class Migration20261204210000 extends Migration {
  override name = 'Migration20261204210000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "appointment" add column "cancellation_note" text null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_cancellation_note_when_cancelled" check (cancellation_note is null or (status = 'CANCELLED' and length(cancellation_note) >= 1 and length(cancellation_note) <= 1000));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "appointment" drop constraint "appointment_cancellation_note_when_cancelled";`,
    );
    this.addSql(`alter table "appointment" drop column "cancellation_note";`);
  }
}
