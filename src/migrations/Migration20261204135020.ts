import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * Online applications (issue #18): form versions per service, applications with their status
 * machine kept by a trigger (the allowed changes are src/entities/applications/application-status.ts),
 * their files and their history; references are numbered from application_reference_seq.
 */
export class Migration20261204135020 extends Migration {
  override name = 'Migration20261204135020';

  static readonly functions: FunctionSource[] = [
    {
      file: 'applications/application-status-transition.sql',
      sha256: 'da3ec1a58cd0ca9ae5e968990505edffa546d469114cdc7596e69a6fcf93d393',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(`create sequence "application_reference_seq";`);
    this.addSql(
      `create table "application_form" ("id" uuid not null, "service_id" uuid not null, "version" int not null, "definition" jsonb not null, "fee_cents" int not null, "processing_days" int not null, "retention_years" int not null, "active" boolean not null default true, "created_at" timestamptz not null, "created_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_service_version_unique" unique ("service_id", "version");`,
    );

    this.addSql(
      `create table "application" ("id" uuid not null, "reference" text null, "form_id" uuid not null, "service_id" uuid not null, "office_id" uuid not null, "applicant_id" uuid null, "status" text not null default 'DRAFT', "answers" jsonb not null default '{}', "assignee_id" uuid null, "conversation_id" uuid null, "due_at" timestamptz null, "submitted_at" timestamptz null, "decided_at" timestamptz null, "closed_at" timestamptz null, "decision_reason" text null, "receipt_file_id" uuid null, "decision_file_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "anonymised_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_reference_unique" unique ("reference");`,
    );
    this.addSql(`create index "application_service_id_index" on "application" ("service_id");`);
    this.addSql(`create index "application_assignee_id_index" on "application" ("assignee_id");`);
    this.addSql(
      `create index "application_conversation_id_index" on "application" ("conversation_id");`,
    );
    this.addSql(
      `create unique index "application_open_draft_unique" on "application" ("applicant_id", "service_id") where status = 'DRAFT';`,
    );
    this.addSql(
      `create index "application_applicant_idx" on "application" ("applicant_id", "created_at");`,
    );
    this.addSql(
      `create index "application_office_status_idx" on "application" ("office_id", "status", "submitted_at");`,
    );

    this.addSql(
      `create table "application_file" ("id" uuid not null, "application_id" uuid not null, "kind" text not null, "requirement" text null, "file_name" text not null, "media_type" text not null, "size" int not null, "sha256" text not null, "storage_key" text not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, "removed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "application_file_application_id_index" on "application_file" ("application_id");`,
    );

    this.addSql(
      `create table "application_event" ("id" bigserial primary key, "application_id" uuid not null, "at" timestamptz not null, "kind" text not null, "status" text not null, "actor_id" uuid null, "by_staff" boolean not null default false, "note" text null);`,
    );
    this.addSql(
      `create index "application_event_application_id_index" on "application_event" ("application_id");`,
    );

    this.addSql(
      `alter table "application_form" add constraint "application_form_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_retention_years_positive" check (retention_years > 0);`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_processing_days_positive" check (processing_days > 0);`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_fee_not_negative" check (fee_cents >= 0);`,
    );
    this.addSql(
      `alter table "application_form" add constraint "application_form_version_positive" check (version >= 1);`,
    );

    this.addSql(
      `alter table "application" add constraint "application_form_id_foreign" foreign key ("form_id") references "application_form" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_applicant_id_foreign" foreign key ("applicant_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_assignee_id_foreign" foreign key ("assignee_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_receipt_file_id_foreign" foreign key ("receipt_file_id") references "application_file" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_decision_file_id_foreign" foreign key ("decision_file_id") references "application_file" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application" add constraint "application_version_positive" check (version >= 1);`,
    );
    this.addSql(
      `alter table "application" add constraint "application_decision_when_decided" check ((decided_at is not null and decision_reason is not null) or status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'WITHDRAWN', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_decision_only_when_decided" check (decided_at is null or status in ('APPROVED', 'REJECTED', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_submitted_at_when_submitted" check ((status = 'DRAFT') = (submitted_at is null) and (submitted_at is null) = (due_at is null));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_reference_when_submitted" check ((status = 'DRAFT') = (reference is null));`,
    );
    this.addSql(
      `alter table "application" add constraint "application_status_known" check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED'));`,
    );
    this.addSql(functionSourceText('applications/application-status-transition.sql'));
    this.addSql(
      `create trigger "application_status_transition" BEFORE UPDATE on "application" for each ROW execute function "application_application_status_transition_fn"();`,
    );

    this.addSql(
      `alter table "application_file" add constraint "application_file_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "application_file" add constraint "application_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application_file" add constraint "application_file_size_positive" check (size > 0);`,
    );
    this.addSql(
      `alter table "application_file" add constraint "application_file_requirement_for_documents" check ((kind = 'DOCUMENT') = (requirement is not null));`,
    );
    this.addSql(
      `alter table "application_file" add constraint "application_file_kind_known" check (kind in ('DOCUMENT', 'RECEIPT', 'DECISION'));`,
    );

    this.addSql(
      `alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "application_event" add constraint "application_event_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "application_event" add constraint "application_event_kind_known" check (kind in ('SUBMITTED', 'TAKEN', 'ASSIGNED', 'INFORMATION_REQUESTED', 'CITIZEN_ANSWERED', 'DOCUMENT_ADDED', 'RESUMED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "application_event" cascade;`);
    this.addSql(`drop table if exists "application_file" cascade;`);
    this.addSql(`drop table if exists "application" cascade;`);
    this.addSql(`drop function if exists "application_application_status_transition_fn"();`);
    this.addSql(`drop table if exists "application_form" cascade;`);
    this.addSql(`drop sequence if exists "application_reference_seq";`);
  }
}
