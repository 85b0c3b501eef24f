-- A window of messages of several conversations (messagesOfConversations), planned once per
-- connection like slot_candidates (bench Q3).
--
-- One row per message of the window (oldest first within each conversation), or one with a null
-- id for a conversation whose window is empty; each with the conversation's latest message number.
-- The time comes as ISO 8601 text in UTC with milliseconds, as Date#toISOString writes it.
create or replace function conversation_messages(p_conversation_ids uuid[], p_after_seq bigint,
                                                 p_before_seq bigint, p_limit int, p_from_end boolean)
  returns table (conversation_id uuid, last_seq int, id uuid, seq int, author_role text,
                author_name text, body text, created_at text)
  language plpgsql stable
as $$
#variable_conflict use_column
begin
  if p_from_end then
    return query
    select c.id, c.last_seq, w.id, w.seq, w.author_role, a.name, w.body,
           to_char(w.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      from conversation c
      left join lateral (select m.id, m.seq, m.author_role, m.author_id, m.body, m.created_at
                           from message m
                          where m.conversation_id = c.id and m.seq > p_after_seq
                            and m.seq < p_before_seq
                          order by m.seq desc
                          limit p_limit) w on true
      left join account a on a.id = w.author_id
     where c.id = any(p_conversation_ids)
     order by c.id, w.seq;
  else
    return query
    select c.id, c.last_seq, w.id, w.seq, w.author_role, a.name, w.body,
           to_char(w.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      from conversation c
      left join lateral (select m.id, m.seq, m.author_role, m.author_id, m.body, m.created_at
                           from message m
                          where m.conversation_id = c.id and m.seq > p_after_seq
                            and m.seq < p_before_seq
                          order by m.seq asc
                          limit p_limit) w on true
      left join account a on a.id = w.author_id
     where c.id = any(p_conversation_ids)
     order by c.id, w.seq;
  end if;
end
$$;
