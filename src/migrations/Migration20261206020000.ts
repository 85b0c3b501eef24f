import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (issue #22, docs/decisions/0029-webhooks.md): the endpoints an API key's owner
 * registers, and the deliveries written in the transaction of their cause, sent by the webhook
 * worker and kept as the delivery log.
 */
export class Migration20261206020000 extends Migration {
  override name = 'Migration20261206020000';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "api_key_id" uuid not null, "url" text not null, "description" text not null default '', "events" text[] not null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "disabled_at" timestamptz null, "disabled_reason" text null, "failing_since" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_endpoint_api_key_id_index" on "webhook_endpoint" ("api_key_id");`,
    );

    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "seq" bigserial, "endpoint_id" uuid not null, "event_type" text not null, "resource_key" text not null, "body" text not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "attempt_log" jsonb not null default '[]', "finished_at" timestamptz null, "response_status" int null, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_seq_unique" unique ("seq");`,
    );
    this.addSql(
      `create index "webhook_delivery_log_idx" on "webhook_delivery" ("endpoint_id", "seq");`,
    );
    this.addSql(
      `create index "webhook_delivery_resource_idx" on "webhook_delivery" ("endpoint_id", "resource_key", "seq") where status = 'PENDING';`,
    );
    this.addSql(
      `create index "webhook_delivery_pending_idx" on "webhook_delivery" ("available_at") where status = 'PENDING';`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_previous_secret" check ((previous_secret is null) = (previous_secret_expires_at is null));`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_disabled_reason" check ((disabled_at is null) = (disabled_reason is null) and (disabled_reason is null or disabled_reason in ('BY_OWNER', 'FAILING')));`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_events_known" check (cardinality(events) >= 1 and cardinality(events) <= 20 and events <@ array['announcement.published', 'announcement.changed', 'announcement.withdrawn', 'catalogue.changed', 'appointment.booked', 'appointment.cancelled', 'appointment.checked_in', 'message.received']::text[]);`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_description_length" check (length(description) <= 200);`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_url_length" check (length(url) <= 2000);`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_finished" check ((status = 'PENDING') = (finished_at is null));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_status_known" check (status in ('PENDING', 'DELIVERED', 'FAILED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }
}
