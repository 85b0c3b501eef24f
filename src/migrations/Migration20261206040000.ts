import { Migration } from '@mikro-orm/migrations';

/**
 * A guest's waitlist link stays valid while the entry lives (issue #19: "citizens can leave the
 * list"): the token of the confirmation e-mail confirms the entry and later shows its place in
 * line and takes it out of line. Entries of accounts have none; an unconfirmed entry always has one.
 */
export class Migration20261206040000 extends Migration {
  override name = 'Migration20261206040000';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "waitlist_entry" drop constraint "waitlist_entry_confirm_token_while_unconfirmed";`,
    );
    this.addSql(
      `alter table "waitlist_entry" rename column "confirm_token_hash" to "link_token_hash";`,
    );
    this.addSql(
      `alter table "waitlist_entry" rename constraint "waitlist_entry_confirm_token_hash_unique" to "waitlist_entry_link_token_hash_unique";`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_unconfirmed_has_link" check (status <> 'UNCONFIRMED' or link_token_hash is not null);`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_link_of_guests" check (account_id is null or link_token_hash is null);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "waitlist_entry" drop constraint "waitlist_entry_unconfirmed_has_link", drop constraint "waitlist_entry_link_of_guests";`,
    );
    this.addSql(
      `update "waitlist_entry" set "link_token_hash" = null where "status" <> 'UNCONFIRMED';`,
    );
    this.addSql(
      `alter table "waitlist_entry" rename constraint "waitlist_entry_link_token_hash_unique" to "waitlist_entry_confirm_token_hash_unique";`,
    );
    this.addSql(
      `alter table "waitlist_entry" rename column "link_token_hash" to "confirm_token_hash";`,
    );
    this.addSql(
      `alter table "waitlist_entry" add constraint "waitlist_entry_confirm_token_while_unconfirmed" check ((status = 'UNCONFIRMED') = (confirm_token_hash is not null));`,
    );
  }
}
