import { Migration } from '@mikro-orm/migrations';

/** Conversations between citizens and offices, and their messages. */
export class Migration20261126000638 extends Migration {
  override name = 'Migration20261126000638';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "conversation" ("id" uuid not null, "office_id" uuid not null, "citizen_id" uuid not null, "subject" text not null, "opening_client_message_id" text not null, "appointment_id" uuid null, "status" text not null default 'OPEN', "assignee_id" uuid null, "last_seq" int not null default 0, "citizen_last_read_seq" int not null default 0, "office_last_read_seq" int not null default 0, "created_at" timestamptz not null, "last_message_at" timestamptz not null, "citizen_seen_at" timestamptz null, "citizen_notified_at" timestamptz null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "conversation_assignee_id_index" on "conversation" ("assignee_id");`);
    this.addSql(
      `create index "conversation_citizen_idx" on "conversation" ("citizen_id", "last_message_at");`,
    );
    this.addSql(
      `create index "conversation_inbox_idx" on "conversation" ("office_id", "status", "last_message_at");`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_opening_client_id_unique" unique ("citizen_id", "opening_client_message_id");`,
    );

    this.addSql(
      `create table "message" ("id" uuid not null, "conversation_id" uuid not null, "seq" int not null, "author_id" uuid null, "author_role" text not null, "body" text not null, "client_message_id" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "message_author_id_index" on "message" ("author_id");`);
    this.addSql(
      `alter table "message" add constraint "message_conversation_client_id_unique" unique ("conversation_id", "client_message_id");`,
    );
    this.addSql(
      `alter table "message" add constraint "message_conversation_seq_unique" unique ("conversation_id", "seq");`,
    );

    this.addSql(
      `alter table "conversation" add constraint "conversation_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_citizen_id_foreign" foreign key ("citizen_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_assignee_id_foreign" foreign key ("assignee_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_closed_at_matches_status" check ((status = 'CLOSED') = (closed_at is not null));`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_read_within_messages" check (citizen_last_read_seq <= last_seq and office_last_read_seq <= last_seq);`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_subject_length" check (length(subject) >= 1 and length(subject) <= 200);`,
    );
    this.addSql(
      `alter table "conversation" add constraint "conversation_status_known" check (status in ('OPEN', 'WAITING_FOR_CITIZEN', 'CLOSED'));`,
    );

    this.addSql(
      `alter table "message" add constraint "message_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_author_id_foreign" foreign key ("author_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_author_matches_role" check (author_role in ('CITIZEN', 'STAFF', 'SYSTEM') and (author_role <> 'SYSTEM' or author_id is null));`,
    );
    this.addSql(`alter table "message" add constraint "message_seq_positive" check (seq >= 1);`);
    this.addSql(
      `alter table "message" add constraint "message_body_length" check (length(body) >= 1 and length(body) <= 4000);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_conversation_id_foreign";`);

    this.addSql(`drop table if exists "conversation" cascade;`);
    this.addSql(`drop table if exists "message" cascade;`);
  }
}
