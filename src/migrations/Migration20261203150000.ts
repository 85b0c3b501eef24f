import { Migration } from '@mikro-orm/migrations';

/**
 * The data access log records the reader's role at the time of reading (STAFF or ADMIN), so the
 * citizen reads "Maria Schulz (clerk) read your appointment" even after her role changed. Reads
 * recorded before have none.
 */
export class Migration20261203150000 extends Migration {
  override name = 'Migration20261203150000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "data_access_log" add column "actor_role" text null;`);
    this.addSql(
      `alter table "data_access_log" add constraint data_access_log_actor_role_known check (actor_role is null or actor_role in ('STAFF', 'ADMIN'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "data_access_log" drop constraint data_access_log_actor_role_known;`);
    this.addSql(`alter table "data_access_log" drop column "actor_role";`);
  }
}
