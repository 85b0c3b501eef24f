import { Migration } from '@mikro-orm/migrations';

/** Announcements (official notices and alerts) and their edit history. */
export class Migration20261126002225 extends Migration {
  override name = 'Migration20261126002225';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "announcement" ("id" uuid not null, "office_id" uuid null, "category" text not null, "severity" text not null, "title" jsonb not null, "body" jsonb not null, "publish_at" timestamptz null, "expires_at" timestamptz null, "announced_at" timestamptz null, "event_starts_at" timestamptz null, "event_ends_at" timestamptz null, "event_location" text null, "revision" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "announcement_office_idx" on "announcement" ("office_id");`);
    this.addSql(
      `create index "announcement_unannounced_idx" on "announcement" ("publish_at") where announced_at is null and publish_at is not null;`,
    );
    this.addSql(
      `create index "announcement_live_idx" on "announcement" ((coalesce("expires_at", 'infinity'::timestamptz)), "publish_at") where "publish_at" is not null;`,
    );

    this.addSql(
      `create table "announcement_revision" ("id" uuid not null, "announcement_id" uuid not null, "revision" int not null, "action" text not null, "editor_id" uuid null, "edited_at" timestamptz not null, "category" text not null, "severity" text not null, "title" jsonb not null, "body" jsonb not null, "publish_at" timestamptz null, "expires_at" timestamptz null, "event_starts_at" timestamptz null, "event_ends_at" timestamptz null, "event_location" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "announcement_revision_editor_id_index" on "announcement_revision" ("editor_id");`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_number_unique" unique ("announcement_id", "revision");`,
    );

    this.addSql(
      `alter table "announcement" add constraint "announcement_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_revision_positive" check (revision >= 1);`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_event_period_order" check (event_ends_at is null or event_ends_at > event_starts_at);`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_event_has_start" check ((category = 'EVENT') = (event_starts_at is not null));`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_announced_when_published" check (announced_at is null or publish_at is not null);`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_validity_order" check (expires_at > publish_at);`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_body_has_german" check (coalesce(jsonb_typeof(body->'de') = 'string' and btrim(body->>'de') <> '', false));`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_title_has_german" check (coalesce(jsonb_typeof(title->'de') = 'string' and btrim(title->>'de') <> '', false));`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_severity_known" check (severity in ('INFO', 'IMPORTANT', 'EMERGENCY'));`,
    );
    this.addSql(
      `alter table "announcement" add constraint "announcement_category_known" check (category in ('NEWS', 'CLOSURE', 'EVENT', 'WARNING'));`,
    );

    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_announcement_id_foreign" foreign key ("announcement_id") references "announcement" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_editor_id_foreign" foreign key ("editor_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_number_positive" check (revision >= 1);`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_severity_known" check (severity in ('INFO', 'IMPORTANT', 'EMERGENCY'));`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_category_known" check (category in ('NEWS', 'CLOSURE', 'EVENT', 'WARNING'));`,
    );
    this.addSql(
      `alter table "announcement_revision" add constraint "announcement_revision_action_known" check (action in ('CREATED', 'UPDATED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "announcement_revision" drop constraint "announcement_revision_announcement_id_foreign";`,
    );

    this.addSql(`drop table if exists "announcement" cascade;`);
    this.addSql(`drop table if exists "announcement_revision" cascade;`);
  }
}
