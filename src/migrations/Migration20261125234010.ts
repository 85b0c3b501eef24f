import { Migration } from '@mikro-orm/migrations';

/** Accounts, sign-in (passkeys, sessions, API keys, kiosks), the audit log and the outbox. */
export class Migration20261125234010 extends Migration {
  override name = 'Migration20261125234010';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "email" text null, "name" text null, "email_verified_at" timestamptz null, "password_hash" text null, "roles" text[] not null default '{CITIZEN}', "language" text not null default 'DE', "created_at" timestamptz not null default now(), "deleted_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(
      `create table "account_token" ("id" uuid not null, "account_id" uuid not null, "purpose" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "account_token_account_id_index" on "account_token" ("account_id");`);
    this.addSql(
      `alter table "account_token" add constraint "account_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "api_key" ("id" uuid not null, "owner_id" uuid not null, "name" text not null, "prefix" text not null, "key_hash" text not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "api_key_owner_id_index" on "api_key" ("owner_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `create table "auth_challenge" ("id" uuid not null, "challenge" text not null, "purpose" text not null, "account_id" uuid null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "auth_challenge" add constraint "auth_challenge_challenge_unique" unique ("challenge");`,
    );
    this.addSql(
      `create index "auth_challenge_account_id_index" on "auth_challenge" ("account_id");`,
    );
    this.addSql(
      `create index "auth_challenge_expires_at_index" on "auth_challenge" ("expires_at");`,
    );

    this.addSql(
      `create table "data_access_log" ("id" uuid not null, "citizen_id" uuid not null, "actor_id" uuid not null, "accessed_at" timestamptz not null, "subject" text not null, "reason" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "data_access_log_actor_id_index" on "data_access_log" ("actor_id");`);
    this.addSql(
      `create index "data_access_log_citizen_idx" on "data_access_log" ("citizen_id", "accessed_at");`,
    );

    this.addSql(
      `create table "kiosk_device" ("id" uuid not null, "office_id" uuid not null, "name" text not null, "token_hash" text not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "kiosk_device_office_id_index" on "kiosk_device" ("office_id");`);
    this.addSql(
      `alter table "kiosk_device" add constraint "kiosk_device_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "channel" text not null default 'EMAIL', "recipient" text not null, "subject" text not null, "body" text not null, "created_at" timestamptz not null default now(), "available_at" timestamptz not null default now(), "sent_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(`create index "outbox_message_recipient_idx" on "outbox_message" ("recipient");`);
    this.addSql(
      `create index "outbox_message_pending_idx" on "outbox_message" ("available_at") where sent_at is null;`,
    );

    this.addSql(
      `create table "passkey" ("id" uuid not null, "account_id" uuid not null, "credential_id" text not null, "public_key" bytea not null, "sign_count" bigint not null default '0', "transports" text[] not null default '{}', "backed_up" boolean not null default false, "name" text not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "passkey_account_id_index" on "passkey" ("account_id");`);
    this.addSql(
      `alter table "passkey" add constraint "passkey_credential_id_unique" unique ("credential_id");`,
    );

    this.addSql(
      `create table "session" ("id" uuid not null, "account_id" uuid not null, "token_hash" text not null, "kind" text not null, "user_agent" text null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "sign_in_attempt" ("id" uuid not null, "email_hash" text not null, "ip" text not null, "attempted_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "sign_in_attempt_lookup_idx" on "sign_in_attempt" ("email_hash", "ip", "attempted_at");`,
    );

    this.addSql(
      `create table "staff_office" ("account_id" uuid not null, "office_id" uuid not null, primary key ("account_id", "office_id"));`,
    );
    this.addSql(`create index "staff_office_office_idx" on "staff_office" ("office_id");`);

    this.addSql(`alter table "appointment" add "account_id" uuid null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(`create index "appointment_account_id_index" on "appointment" ("account_id");`);

    this.addSql(
      `alter table "account" add constraint "account_live_has_email" check (deleted_at is not null or email is not null);`,
    );
    this.addSql(
      `alter table "account" add constraint "account_deleted_has_no_personal_data" check (deleted_at is null or (email is null and name is null and password_hash is null));`,
    );
    this.addSql(
      `alter table "account" add constraint "account_roles_known" check (roles <@ array['CITIZEN', 'STAFF', 'ADMIN']::text[]);`,
    );
    this.addSql(
      `alter table "account" add constraint "account_email_lower_case" check (email = lower(email));`,
    );

    this.addSql(
      `alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "account_token" add constraint "account_token_purpose_known" check (purpose in ('VERIFY_EMAIL'));`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_name_length" check (length(name) >= 1 and length(name) <= 100);`,
    );

    this.addSql(
      `alter table "auth_challenge" add constraint "auth_challenge_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "auth_challenge" add constraint "auth_challenge_registration_has_account" check (purpose <> 'REGISTER_PASSKEY' or account_id is not null);`,
    );
    this.addSql(
      `alter table "auth_challenge" add constraint "auth_challenge_purpose_known" check (purpose in ('REGISTER_PASSKEY', 'SIGN_IN'));`,
    );

    this.addSql(
      `alter table "data_access_log" add constraint "data_access_log_citizen_id_foreign" foreign key ("citizen_id") references "account" ("id") on delete no action;`,
    );
    this.addSql(
      `alter table "data_access_log" add constraint "data_access_log_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on delete no action;`,
    );
    this.addSql(
      `alter table "data_access_log" add constraint "data_access_log_reason_known" check (reason in ('HANDLING_APPOINTMENT', 'ANSWERING_REQUEST', 'PROCESSING_APPLICATION', 'LEGAL_OBLIGATION'));`,
    );
    this.addSql(
      `create or replace function "data_access_log_data_access_log_append_only_fn"() returns trigger as \$\$ begin raise exception 'data_access_log is append-only' using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "data_access_log_append_only" BEFORE UPDATE OR DELETE on "data_access_log" for each ROW execute function "data_access_log_data_access_log_append_only_fn"();`,
    );

    this.addSql(
      `alter table "kiosk_device" add constraint "kiosk_device_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "kiosk_device" add constraint "kiosk_device_name_length" check (length(name) >= 1 and length(name) <= 100);`,
    );

    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_channel_known" check (channel in ('EMAIL'));`,
    );

    this.addSql(
      `alter table "passkey" add constraint "passkey_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "passkey" add constraint "passkey_name_length" check (length(name) >= 1 and length(name) <= 100);`,
    );
    this.addSql(
      `alter table "passkey" add constraint "passkey_counter_not_negative" check (sign_count >= 0);`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_expiry_after_creation" check (expires_at > created_at);`,
    );
    this.addSql(
      `alter table "session" add constraint "session_kind_known" check (kind in ('COOKIE', 'BEARER'));`,
    );

    this.addSql(
      `alter table "staff_office" add constraint "staff_office_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "staff_office" add constraint "staff_office_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account_token" drop constraint "account_token_account_id_foreign";`);
    this.addSql(`alter table "api_key" drop constraint "api_key_owner_id_foreign";`);
    this.addSql(
      `alter table "auth_challenge" drop constraint "auth_challenge_account_id_foreign";`,
    );
    this.addSql(
      `alter table "data_access_log" drop constraint "data_access_log_citizen_id_foreign";`,
    );
    this.addSql(
      `alter table "data_access_log" drop constraint "data_access_log_actor_id_foreign";`,
    );
    this.addSql(`alter table "passkey" drop constraint "passkey_account_id_foreign";`);
    this.addSql(`alter table "appointment" drop constraint "appointment_account_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);
    this.addSql(`alter table "staff_office" drop constraint "staff_office_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "auth_challenge" cascade;`);
    this.addSql(`drop trigger if exists "data_access_log_append_only" on "data_access_log";`);
    this.addSql(`drop function if exists "data_access_log_data_access_log_append_only_fn"();`);
    this.addSql(`drop table if exists "data_access_log" cascade;`);
    this.addSql(`drop table if exists "kiosk_device" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop table if exists "passkey" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);
    this.addSql(`drop table if exists "staff_office" cascade;`);

    this.addSql(`drop index "appointment_account_id_index";`);
    this.addSql(`alter table "appointment" drop column "account_id";`);
  }
}
