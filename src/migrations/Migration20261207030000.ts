import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * catalogue_page brings the offices and categories of a page once, on its first row, instead of
 * each service's as JSON (issue #23: bench Q1 uncached). Its rows change, so it is dropped first.
 */
export class Migration20261207030000 extends Migration {
  override name = 'Migration20261207030000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'catalogue/catalogue-page.sql',
      sha256: '946dec1581c4a868f9089e07f8a8e320ed8e2942b262ef2aa90e2b0e6eb17bad',
    },
  ];

  override up(): void | Promise<void> {
    this.addSql(`drop function catalogue_page(uuid, uuid, boolean, text, int, int);`);
    for (const source of Migration20261207030000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    // catalogue_page as Migration20261206203000 applied it.
    this.addSql(`drop function catalogue_page(uuid, uuid, boolean, text, int, int);`);
    this.addSql(`create or replace function catalogue_page(p_category_id uuid, p_office_id uuid,
                                          p_include_retired boolean, p_name_key text,
                                          p_limit int, p_offset int)
  returns table (id uuid, slug text, leika_key text, name jsonb, description jsonb,
                 documents jsonb, fee_cents int, processing_time jsonb, legal_basis text,
                 duration_minutes int, scarce boolean, keywords text, retired_at timestamptz,
                 category_id uuid, booking_earliest_days int, booking_latest_days int,
                 booking_notice_minutes int, booking_buffer_minutes int, daily_cap int,
                 total_count bigint, offices json, category json)
  language plpgsql stable
  set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
  return query
  select s.id, s.slug, s.leika_key, s.name, s.description, s.documents,
         s.fee_cents, s.processing_time, s.legal_basis, s.duration_minutes,
         s.scarce, s.keywords, s.retired_at, s.category_id,
         s.booking_earliest_days, s.booking_latest_days, s.booking_notice_minutes,
         s.booking_buffer_minutes, s.daily_cap, page.total_count,
         (select coalesce(json_agg(json_build_object(
                   'id', o.id, 'slug', o.slug, 'name', o.name, 'street', o.street,
                   'postal_code', o.postal_code, 'city', o.city, 'phone', o.phone,
                   'email', o.email, 'website', o.website) order by o.slug), '[]')
            from service_office so join office o on o.id = so.office_id
           where so.service_id = s.id and o.retired_at is null),
         (select json_build_object('id', c.id, 'slug', c.slug, 'name', c.name,
                                   'position', c.position)
            from category c where c.id = s.category_id)
    from (select s.id, count(*) over () as total_count,
                 lower(coalesce(s.name->>p_name_key, s.name->>'de')) as sort_name
            from service s
           where (p_include_retired or s.retired_at is null)
             and (p_category_id is null or s.category_id = p_category_id)
             and (p_office_id is null
                  or exists (select 1 from service_office so
                              where so.service_id = s.id and so.office_id = p_office_id))
           order by sort_name, s.id
           limit p_limit offset p_offset) page
    join service s on s.id = page.id
   order by page.sort_name, page.id;
end
$$;`);
  }
}
