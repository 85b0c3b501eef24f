import { Migration } from '@mikro-orm/migrations';

/**
 * A window of messages of several conversations (messagesOfConversations) as a PL/pgSQL function,
 * planned once per connection like slot_candidates: sent as text with its parameters inlined, the
 * statement took longer to plan than to run (1.0 ms against 0.7 ms for a clerk's inbox, bench Q3).
 *
 * One row per message of the window (oldest first within each conversation), or one with a null
 * id for a conversation whose window is empty; each with the conversation's latest message number.
 * The time comes as ISO 8601 text in UTC with milliseconds, as Date#toISOString writes it, so the
 * server neither parses nor formats a date per message.
 *
 * The window: messages after p_after_seq and before p_before_seq, the first p_limit of them, or
 * the last p_limit when p_from_end. When p_actor_id is given, each conversation of p_logged_ids
 * whose window is not empty gets an entry in its citizen's data access log (the read and its
 * record in one statement, so that they cannot part).
 */
export class Migration20261126030000 extends Migration {
  override name = 'Migration20261126030000';

  override up(): void | Promise<void> {
    this
      .addSql(`create function conversation_messages(p_conversation_ids uuid[], p_after_seq bigint,
                                      p_before_seq bigint, p_limit int, p_from_end boolean,
                                      p_actor_id uuid, p_accessed_at timestamptz, p_reason text,
                                      p_logged_ids uuid[])
  returns table (conversation_id uuid, last_seq int, id uuid, seq int, author_role text,
                author_name text, body text, created_at text)
  language plpgsql volatile
as $$
#variable_conflict use_column
begin
  if p_actor_id is not null and cardinality(p_logged_ids) > 0 and p_limit > 0 then
    insert into data_access_log (id, citizen_id, actor_id, accessed_at, subject, reason)
    select gen_random_uuid(), c.citizen_id, p_actor_id, p_accessed_at, 'CONVERSATION:' || c.id,
           p_reason
      from conversation c
     where c.id = any(p_logged_ids)
       and exists (select 1 from message m
                    where m.conversation_id = c.id and m.seq > p_after_seq
                      and m.seq < p_before_seq);
  end if;
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
$$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `drop function if exists conversation_messages(uuid[], bigint, bigint, int, boolean, uuid, timestamptz, text, uuid[]);`,
    );
  }
}
