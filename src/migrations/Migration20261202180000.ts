import { Migration } from '@mikro-orm/migrations';

/**
 * Security review #13: the token of an e-mail's link waits in its own outbox column, erased once
 * the e-mail is sent or given up on, instead of staying in the body for 30 days; and staff
 * invitations get a token purpose of their own (it sets a password, a verification link does
 * too, but only for an address not yet confirmed). Bodies written before this keep their links;
 * they are gone within 30 days.
 */
export class Migration20261202180000 extends Migration {
  override name = 'Migration20261202180000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "outbox_message" add "secret" text null;`);
    this.addSql(`alter table "account_token" drop constraint "account_token_purpose_known";`);
    this.addSql(
      `alter table "account_token" add constraint "account_token_purpose_known" check (purpose in ('VERIFY_EMAIL', 'INVITATION'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "account_token" where purpose = 'INVITATION';`);
    this.addSql(`alter table "account_token" drop constraint "account_token_purpose_known";`);
    this.addSql(
      `alter table "account_token" add constraint "account_token_purpose_known" check (purpose in ('VERIFY_EMAIL'));`,
    );
    this.addSql(`alter table "outbox_message" drop column "secret";`);
  }
}
