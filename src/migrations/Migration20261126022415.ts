import { Migration } from '@mikro-orm/migrations';

/**
 * The staff inbox of every status, latest activity first, read from an index instead of sorting
 * all of the office's conversations; and its count of unread open conversations from a partial
 * index of those few. A clerk's inbox (bench Q3) went from 2.0 to 0.7 ms of execution.
 */
export class Migration20261126022415 extends Migration {
  override name = 'Migration20261126022415';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "conversation_office_unread_idx" on "conversation" ("office_id") where office_last_read_seq < last_seq and status <> 'CLOSED';`,
    );
    this.addSql(
      `create index "conversation_office_recent_idx" on "conversation" ("office_id", "last_message_at" desc, "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "conversation_office_unread_idx";`);
    this.addSql(`drop index "conversation_office_recent_idx";`);
  }
}
