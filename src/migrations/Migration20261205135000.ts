import { Migration } from '@mikro-orm/migrations';

/**
 * API keys with office scopes (issue #22, docs/decisions/0028-api-key-scopes.md): the scopes an
 * admin granted a key, and the key named in the data access log of what it read.
 */
export class Migration20261205135000 extends Migration {
  override name = 'Migration20261205135000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "api_key_scope" ("id" uuid not null, "api_key_id" uuid not null, "scope" text not null, "office_id" uuid not null, "granted_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "api_key_scope_office_id_index" on "api_key_scope" ("office_id");`);
    this.addSql(
      `alter table "api_key_scope" add constraint "api_key_scope_unique" unique ("api_key_id", "scope", "office_id");`,
    );
    this.addSql(
      `alter table "api_key_scope" add constraint "api_key_scope_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key_scope" add constraint "api_key_scope_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key_scope" add constraint "api_key_scope_known" check (scope in ('OFFICE_APPOINTMENTS_READ', 'OFFICE_MESSAGES_WRITE'));`,
    );

    this.addSql(
      `alter table "data_access_log" add "api_key_id" uuid null, add "api_key_name" text null;`,
    );
    this.addSql(
      `alter table "data_access_log" add constraint "data_access_log_api_key_named" check ((api_key_id is null) = (api_key_name is null));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_key_scope" cascade;`);
    this.addSql(`alter table "data_access_log" drop constraint "data_access_log_api_key_named";`);
    this.addSql(
      `alter table "data_access_log" drop column "api_key_id", drop column "api_key_name";`,
    );
  }
}
