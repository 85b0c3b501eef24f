import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions opened at the town's identity provider (issue #20): signing out of one of them signs
 * out at the provider too, signing out of a password or passkey session does not.
 */
export class Migration20261204163000 extends Migration {
  override name = 'Migration20261204163000';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "session" add column "via_identity_provider" boolean not null default false;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop column "via_identity_provider";`);
  }
}
