-- A page of the service catalogue without search terms (catalogue.queries.ts: servicePage; bench
-- Q1), planned once per connection like slot_candidates: sent as text, the statement with its
-- offices and category as JSON took longer to plan than to run. A search keeps its statement
-- built in the server (its terms vary in number and choose the indexes).
-- Its plan is generic from the first call (plan_cache_mode): left to choose, PostgreSQL kept
-- making custom plans, and the function cost as much as the statement sent as text. The page is
-- chosen on narrow rows (id, sort name) and only its services are then read whole: sorting every
-- service with all its texts cost more than the rest (pgbench, one connection on the bench data:
-- 21 ms per call as text, 15 ms generic, 9.4 ms generic on narrow rows, on a loaded machine).
--
-- The offices and categories come once for the whole page, not once for each service: a town has
-- a handful of each, and building every service's offices as JSON was most of the statement's
-- time and most of what the server then parsed (pgbench on the bench data, one connection: 3.5 ms
-- a call with each service's offices as JSON, 2.3–2.6 ms with their ids and the offices once).
--
-- Rows: the services selected (of p_category_id, offered at p_office_id, retired ones only with
-- p_include_retired), ordered by their name in p_name_key (German where it has none), then id; the
-- p_limit after p_offset, each with the number of all selected and the ids of the offices that
-- offer it (not retired, by slug) as a JSON array (the driver parses JSON natively, an array of
-- uuid character by character). The first row alone also carries, as JSON, the offices that offer
-- any service of the page (not retired) and the categories of its services.
create or replace function catalogue_page(p_category_id uuid, p_office_id uuid,
                                          p_include_retired boolean, p_name_key text,
                                          p_limit int, p_offset int)
  returns table (id uuid, slug text, leika_key text, name jsonb, description jsonb,
                 documents jsonb, fee_cents int, processing_time jsonb, legal_basis text,
                 duration_minutes int, scarce boolean, keywords text, retired_at timestamptz,
                 category_id uuid, booking_earliest_days int, booking_latest_days int,
                 booking_notice_minutes int, booking_buffer_minutes int, daily_cap int,
                 total_count bigint, office_ids json, page_offices json, page_categories json)
  language plpgsql stable
  set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
  v_ids uuid[];
  v_total bigint;
  v_category_ids uuid[];
  v_office_ids uuid[];
begin
  select array_agg(page.id order by page.sort_name, page.id), max(page.total_count),
         array_agg(distinct page.category_id)
    into v_ids, v_total, v_category_ids
    from (select s.id, s.category_id, count(*) over () as total_count,
                 lower(coalesce(s.name->>p_name_key, s.name->>'de')) as sort_name
            from service s
           where (p_include_retired or s.retired_at is null)
             and (p_category_id is null or s.category_id = p_category_id)
             and (p_office_id is null
                  or exists (select 1 from service_office so
                              where so.service_id = s.id and so.office_id = p_office_id))
           order by sort_name, s.id
           limit p_limit offset p_offset) page;
  select array_agg(distinct so.office_id) into v_office_ids
    from unnest(v_ids) as chosen (id)
    join service_office so on so.service_id = chosen.id;
  return query
  select s.id, s.slug, s.leika_key, s.name, s.description, s.documents,
         s.fee_cents, s.processing_time, s.legal_basis, s.duration_minutes,
         s.scarce, s.keywords, s.retired_at, s.category_id,
         s.booking_earliest_days, s.booking_latest_days, s.booking_notice_minutes,
         s.booking_buffer_minutes, s.daily_cap, v_total,
         (select coalesce(json_agg(o.id order by o.slug), '[]')
            from service_office so join office o on o.id = so.office_id
           where so.service_id = s.id and o.retired_at is null),
         case when chosen.n = 1 then
           (select coalesce(json_agg(json_build_object(
                     'id', o.id, 'slug', o.slug, 'name', o.name, 'street', o.street,
                     'postal_code', o.postal_code, 'city', o.city, 'phone', o.phone,
                     'email', o.email, 'website', o.website)), '[]')
              from office o
             where o.id = any (v_office_ids) and o.retired_at is null)
         end,
         case when chosen.n = 1 then
           (select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name,
                                              'position', c.position))
              from category c
             where c.id = any (v_category_ids))
         end
    from unnest(v_ids) with ordinality as chosen (id, n)
    join service s on s.id = chosen.id
   order by chosen.n;
end
$$;
