import { Migration } from '@mikro-orm/migrations';

/** Staff sign-in with the town's identity provider (issue #20): accounts' provider identities. */
export class Migration20261204140000 extends Migration {
  override name = 'Migration20261204140000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "account_identity" ("id" uuid not null, "account_id" uuid not null, "issuer" text not null, "subject" text not null, "created_at" timestamptz not null default now(), "last_sign_in_at" timestamptz not null default now(), primary key ("id"), constraint account_identity_lengths check (length(issuer) <= 500 and length(subject) >= 1 and length(subject) <= 255));`,
    );
    this.addSql(
      `create index "account_identity_account_idx" on "account_identity" ("account_id");`,
    );
    this.addSql(
      `alter table "account_identity" add constraint "account_identity_issuer_subject_unique" unique ("issuer", "subject");`,
    );
    this.addSql(
      `alter table "account_identity" add constraint "account_identity_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table "account_identity";`);
  }
}
