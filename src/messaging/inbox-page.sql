-- A page of the staff inbox (messaging.service.ts: inbox), planned once per connection like
-- slot_candidates (bench Q3).
--
-- p_open_only leaves out closed conversations (whatever p_status says).
--
-- Rows: the number of the office's conversations that match the filter and of its open
-- conversations with messages the office has not read, then the page (p_limit after p_offset,
-- latest activity first) with the names of citizen and assignee; one row with a null id when the
-- page is empty.
create or replace function inbox_page(p_office_id uuid, p_status text, p_open_only boolean,
                                      p_unassigned boolean, p_assignee_id uuid, p_limit int,
                                      p_offset int)
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
                     and (not p_open_only or c.status <> 'CLOSED')
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
         and (not p_open_only or c.status <> 'CLOSED')
         and (not p_unassigned or c.assignee_id is null)
         and (p_assignee_id is null or c.assignee_id = p_assignee_id)
       order by c.last_message_at desc, c.id
       limit p_limit offset p_offset
    ) page on true
    left join account citizen on citizen.id = page.citizen_id
    left join account assignee on assignee.id = page.assignee_id
   order by page.last_message_at desc, page.id;
end
$$;
