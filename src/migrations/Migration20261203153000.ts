import { Migration } from '@mikro-orm/migrations';

/**
 * The lobby queue's day ends (src/queue/queue-jobs.ts): tickets left unserved become EXPIRED
 * (finished, like DONE and NO_SHOW), and each office whose day ended gets a DAY_ENDED event.
 */
export class Migration20261203153000 extends Migration {
  override name = 'Migration20261203153000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "queue_ticket" drop constraint "queue_ticket_state_known";`);
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_state_known" check (state in ('WAITING', 'CALLED', 'PARKED', 'DONE', 'NO_SHOW', 'EXPIRED'));`,
    );
    this.addSql(
      `alter table "queue_ticket" drop constraint "queue_ticket_finished_at_matches_state";`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_finished_at_matches_state" check ((state in ('DONE', 'NO_SHOW', 'EXPIRED')) = (finished_at is not null));`,
    );
    this.addSql(`alter table "queue_event" drop constraint "queue_event_kind_known";`);
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_kind_known" check (kind in ('JOINED', 'CALLED', 'RECALLED', 'PARKED', 'TRANSFERRED', 'DONE', 'NO_SHOW', 'COUNTER_OPENED', 'COUNTER_CLOSED', 'DAY_ENDED'));`,
    );
    // The day-end job looks for tickets of past days that are not finished.
    this.addSql(
      `create index "queue_ticket_unfinished_day_idx" on "queue_ticket" ("day") where state in ('WAITING', 'CALLED', 'PARKED');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "queue_ticket_unfinished_day_idx";`);
    this.addSql(`alter table "queue_event" drop constraint "queue_event_kind_known";`);
    this.addSql(
      `alter table "queue_event" add constraint "queue_event_kind_known" check (kind in ('JOINED', 'CALLED', 'RECALLED', 'PARKED', 'TRANSFERRED', 'DONE', 'NO_SHOW', 'COUNTER_OPENED', 'COUNTER_CLOSED'));`,
    );
    this.addSql(
      `alter table "queue_ticket" drop constraint "queue_ticket_finished_at_matches_state";`,
    );
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_finished_at_matches_state" check ((state in ('DONE', 'NO_SHOW')) = (finished_at is not null));`,
    );
    this.addSql(`alter table "queue_ticket" drop constraint "queue_ticket_state_known";`);
    this.addSql(
      `alter table "queue_ticket" add constraint "queue_ticket_state_known" check (state in ('WAITING', 'CALLED', 'PARKED', 'DONE', 'NO_SHOW'));`,
    );
  }
}
