import { Migration } from '@mikro-orm/migrations';

/**
 * Security review #13, finding 12: the data access log records the channel of each read (HTTP, or
 * the WebSocket for queries there and live deliveries), null for the reads recorded before. The
 * log's rows are now written by the server once per request or delivery
 * (src/accounts/data-access.service.ts), so conversation_messages only reads: its logging
 * parameters go, and a read of messages is recorded with the other reads of its request.
 */
export class Migration20261203070000 extends Migration {
  override name = 'Migration20261203070000';

  override up(): void | Promise<void> {
    this.addSql(`alter table "data_access_log" add "channel" text null;`);
    this.addSql(
      `alter table "data_access_log" add constraint "data_access_log_channel_known" check (channel is null or channel in ('HTTP', 'WEBSOCKET'));`,
    );
    this.addSql(
      `drop function conversation_messages(uuid[], bigint, bigint, int, boolean, uuid, timestamptz, text, uuid[]);`,
    );
    this
      .addSql(`create function conversation_messages(p_conversation_ids uuid[], p_after_seq bigint,
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
$$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function conversation_messages(uuid[], bigint, bigint, int, boolean);`);
    // The function as Migration20261126030000 made it, writing the log itself.
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
    this.addSql(`alter table "data_access_log" drop constraint "data_access_log_channel_known";`);
    this.addSql(`alter table "data_access_log" drop column "channel";`);
  }
}
