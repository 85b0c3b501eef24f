import { Migration } from '@mikro-orm/migrations';

/**
 * Each stored file belongs to one file row, and the daily sweep of files whose row never committed
 * asks by storage key which rows exist (issue #21).
 */
export class Migration20261207000000 extends Migration {
  override name = 'Migration20261207000000';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "application_file" add constraint "application_file_storage_key_unique" unique ("storage_key");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "application_file" drop constraint "application_file_storage_key_unique";`,
    );
  }
}
