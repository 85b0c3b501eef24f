import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * The staff inbox (issue #17): an office's answer templates, named once per office, and an inbox
 * filter for the conversations that are not closed (inbox_page gets a parameter, so the old
 * signature goes).
 */
export class Migration20261203161000 extends Migration {
  override name = 'Migration20261203161000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'messaging/inbox-page.sql',
      sha256: '38f547c61160722c4f27840ce6108d314d0c4bc5348654b2dccd20817f8830b3',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(
      `create table "answer_template" ("id" uuid not null, "office_id" uuid not null, "name" text not null, "body" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "updated_by_id" uuid null, primary key ("id"), constraint answer_template_name_length check (length(name) >= 1 and length(name) <= 80), constraint answer_template_body_length check (length(body) >= 1 and length(body) <= 4000));`,
    );
    this.addSql(
      `alter table "answer_template" add constraint "answer_template_office_name_unique" unique ("office_id", "name");`,
    );
    this.addSql(
      `alter table "answer_template" add constraint "answer_template_office_id_foreign" foreign key ("office_id") references "office" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "answer_template" add constraint "answer_template_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(`drop function inbox_page(uuid, text, boolean, uuid, int, int);`);
    for (const source of Migration20261203161000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table "answer_template";`);
    this.addSql(`drop function inbox_page(uuid, text, boolean, boolean, uuid, int, int);`);
    // inbox_page as Migration20261203100000 applied it.
    this
      .addSql(`create or replace function inbox_page(p_office_id uuid, p_status text, p_unassigned boolean,
                                      p_assignee_id uuid, p_limit int, p_offset int)
  returns table (total_count bigint, unread_count bigint, id uuid, office_id uuid, citizen_id uuid,
                 assignee_id uuid, appointment_id uuid, subject text, status text, last_seq int,
                 citizen_last_read_seq int, office_last_read_seq int, created_at timestamptz,
                 last_message_at timestamptz, citizen_name text, assignee_name text)
  language plpgsql stable
as $$
#variable_conflict use_column
begin
  return query
  select counts.total_count, counts.unread_count, page.id, page.office_id, page.citizen_id,
         page.assignee_id, page.appointment_id, page.subject, page.status, page.last_seq,
         page.citizen_last_read_seq, page.office_last_read_seq, page.created_at,
         page.last_message_at, citizen.name, assignee.name
    from (select (select count(*) from conversation c
                   where c.office_id = p_office_id
                     and (p_status is null or c.status = p_status)
                     and (not p_unassigned or c.assignee_id is null)
                     and (p_assignee_id is null or c.assignee_id = p_assignee_id)) as total_count,
                 (select count(*) from conversation c
                   where c.office_id = p_office_id and c.office_last_read_seq < c.last_seq
                     and c.status <> 'CLOSED') as unread_count) counts
    left join lateral (
      select c.id, c.office_id, c.citizen_id, c.assignee_id, c.appointment_id, c.subject, c.status,
             c.last_seq, c.citizen_last_read_seq, c.office_last_read_seq, c.created_at,
             c.last_message_at
        from conversation c
       where c.office_id = p_office_id
         and (p_status is null or c.status = p_status)
         and (not p_unassigned or c.assignee_id is null)
         and (p_assignee_id is null or c.assignee_id = p_assignee_id)
       order by c.last_message_at desc, c.id
       limit p_limit offset p_offset
    ) page on true
    left join account citizen on citizen.id = page.citizen_id
    left join account assignee on assignee.id = page.assignee_id
   order by page.last_message_at desc, page.id;
end
$$;`);
  }
}
