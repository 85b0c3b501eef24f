import type { EntityManager } from '@mikro-orm/postgresql';
import { dateOrNull, preparedRowsOf, rowOf, rowsOf, sql, type Sql } from '../common/sql.js';
import type { CategoryEntity } from '../entities/catalogue/category.entity.js';
import type { OfficeEntity } from '../entities/catalogue/office.entity.js';
import type { ServiceEntity } from '../entities/catalogue/service.entity.js';

// Every SQL statement about the catalogue (docs/decisions/0014-sql-and-orm.md). Reads return plain
// records, not managed entities: nothing read here is changed and flushed, and hydrating entities
// (identity map, change-tracking snapshots of every JSON column) cost more CPU than the rest of a
// catalogue request (bench/RESULTS.md). Entities satisfy the same types, so the API mapping takes
// either. The catalogue's rows are written through the ORM (catalogue-admin.service.ts).

export type OfficeRecord = Pick<
  OfficeEntity,
  | 'id'
  | 'slug'
  | 'name'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'phone'
  | 'email'
  | 'website'
  | 'retiredAt'
>;

export type CategoryRecord = Pick<CategoryEntity, 'id' | 'slug' | 'name' | 'position'>;

export type ServiceRecord = Pick<
  ServiceEntity,
  | 'id'
  | 'slug'
  | 'leikaKey'
  | 'name'
  | 'description'
  | 'documents'
  | 'feeCents'
  | 'processingTime'
  | 'legalBasis'
  | 'durationMinutes'
  | 'scarce'
  | 'keywords'
  | 'retiredAt'
  | 'bookingEarliestDays'
  | 'bookingLatestDays'
  | 'bookingNoticeMinutes'
  | 'bookingBufferMinutes'
  | 'dailyCap'
> & { category: { id: string } };

type ServiceRow = {
  id: string;
  slug: string;
  leika_key: ServiceRecord['leikaKey'];
  name: ServiceRecord['name'];
  description: ServiceRecord['description'];
  documents: ServiceRecord['documents'];
  fee_cents: ServiceRecord['feeCents'];
  processing_time: ServiceRecord['processingTime'];
  legal_basis: ServiceRecord['legalBasis'];
  duration_minutes: number;
  scarce: boolean;
  keywords: string;
  booking_earliest_days: number;
  booking_latest_days: number;
  booking_notice_minutes: number;
  booking_buffer_minutes: number;
  daily_cap: number | null;
  /** As text: MikroORM's driver leaves timestamps of raw statements unparsed. */
  retired_at: string | null;
  category_id: string;
};

type OfficeRow = {
  id: string;
  slug: string;
  name: OfficeRecord['name'];
  street: string;
  postal_code: string;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  retired_at: unknown;
};

type CategoryRow = { id: string; slug: string; name: CategoryRecord['name']; position: number };

const SERVICE_COLUMNS = sql.trusted(`s.id, s.slug, s.leika_key, s.name, s.description, s.documents,
  s.fee_cents, s.processing_time, s.legal_basis, s.duration_minutes, s.scarce, s.keywords,
  s.retired_at, s.category_id, s.booking_earliest_days, s.booking_latest_days,
  s.booking_notice_minutes, s.booking_buffer_minutes, s.daily_cap`);
const OFFICE_COLUMNS = sql.trusted(
  'o.id, o.slug, o.name, o.street, o.postal_code, o.city, o.phone, o.email, o.website, o.retired_at',
);
const CATEGORY_COLUMNS = sql.trusted('c.id, c.slug, c.name, c.position');

function serviceRecord(row: ServiceRow): ServiceRecord {
  return {
    id: row.id,
    slug: row.slug,
    leikaKey: row.leika_key,
    name: row.name,
    description: row.description,
    documents: row.documents,
    feeCents: row.fee_cents,
    processingTime: row.processing_time,
    legalBasis: row.legal_basis,
    durationMinutes: row.duration_minutes,
    scarce: row.scarce,
    keywords: row.keywords,
    bookingEarliestDays: row.booking_earliest_days,
    bookingLatestDays: row.booking_latest_days,
    bookingNoticeMinutes: row.booking_notice_minutes,
    bookingBufferMinutes: row.booking_buffer_minutes,
    dailyCap: row.daily_cap,
    retiredAt: row.retired_at === null ? null : new Date(row.retired_at),
    category: { id: row.category_id },
  };
}

function officeRecord(row: OfficeRow): OfficeRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    retiredAt: dateOrNull(row.retired_at),
  };
}

function categoryRecord(row: CategoryRow): CategoryRecord {
  return { id: row.id, slug: row.slug, name: row.name, position: row.position };
}

/** Which services a catalogue page shows: all conditions must hold. */
export type ServiceSelection = {
  categoryId: string | null;
  officeId: string | null;
  /** Search terms (letters and digits only, service-search.ts). */
  terms: string[];
  /** Whether retired services are selected too (the administration's list). */
  includeRetired: boolean;
};

/**
 * The selected services: those offered, and the retired ones only when asked for (retired ones are
 * kept for history; the catalogue does not show them).
 */
function whereSelected(selection: ServiceSelection): Sql {
  const conditions: Sql[] = [selection.includeRetired ? sql`true` : sql`s.retired_at is null`];
  if (selection.categoryId) conditions.push(sql`s.category_id = ${selection.categoryId}`);
  if (selection.officeId) {
    conditions.push(
      sql`exists (select 1 from service_office so where so.service_id = s.id and so.office_id = ${selection.officeId})`,
    );
  }
  // A term matches as a word or word prefix (full-text index: "pass" finds "Reisepass" via
  // "pass:*") or inside a word ("ausweis" in "Personalausweis", the trigram index).
  for (const term of selection.terms) {
    conditions.push(
      sql`(s.search_vector @@ to_tsquery('german', ${term} || ':*') or s.search_text like '%' || ${term} || '%')`,
    );
  }
  return sql`where ${sql.join(conditions, ' and ')}`;
}

export type ServicePageRows = {
  services: ServiceRecord[];
  /** Null when the page is past the last one (the window function had no row to count on). */
  totalCount: number | null;
  /** The offices of each service of the page, ordered by slug. */
  officesByService: Map<string, OfficeRecord[]>;
  /** The categories of the page's services. */
  categories: CategoryRecord[];
};

/**
 * How well a service answers the search, for ordering: a service whose name (in the citizen's
 * language or in German) holds every term as a word or word prefix comes first, the name nearest
 * to what was typed before the longer ones ("passport" ranks "Apply for a passport" before "Apply
 * for a passport for a child"); the others follow by their full-text rank, normalised below 1.
 */
function searchRank(terms: string[], nameKey: string): Sql {
  if (!terms.length) return sql`0`;
  const words = terms.map((term) => `${term}:*`);
  const typed = terms.join(' ');
  const names = [sql`lower(coalesce(s.name->>${nameKey}, ''))`, sql`lower(s.name->>'de')`];
  const nameHolds = names.map(
    (name) => sql`to_tsvector('simple', ${name}) @@ to_tsquery('simple', ${words.join(' & ')})`,
  );
  return sql`case when ${sql.join(nameHolds, ' or ')}
                  then 1 + greatest(${sql.join(
                    names.map((name) => sql`similarity(${name}, ${typed})`),
                    ', ',
                  )})
                  else ts_rank(s.search_vector, to_tsquery('german', ${words.join(' | ')}), 32)
             end`;
}

/** The offices of these ids, in their order (a plain loop: the `flatMap` before showed in Q1 profiles). */
function officesOf(ids: string[], offices: Map<string, OfficeRecord>): OfficeRecord[] {
  const found: OfficeRecord[] = [];
  for (const id of ids) {
    const office = offices.get(id);
    if (office) found.push(office);
  }
  return found;
}

/**
 * A row of a catalogue page: a service with the number of all selected and the ids of its offices
 * (as JSON, see catalogue-page.sql); the first row also brings every office and category of the
 * page, each once.
 */
type ServicePageRow = ServiceRow & {
  total_count: string;
  office_ids: string[];
  page_offices: OfficeRow[] | null;
  page_categories: CategoryRow[] | null;
};

/**
 * One page of the selected services with the total and each service's offices and category, in
 * one statement: the relations are computed for the page's rows only, after the limit. Ordered by
 * the search rank (searchRank), then by the name in `nameKey` ('de' or 'en'). Without search terms
 * the page is catalogue_page (src/catalogue/catalogue-page.sql), planned once per connection.
 */
export async function servicePage(
  em: EntityManager,
  selection: ServiceSelection,
  nameKey: string,
  page: { offset: number; limit: number },
): Promise<ServicePageRows> {
  // The catalogue's pages are a hot read; a search's texts differ with its number of terms.
  const rows = await (selection.terms.length === 0
    ? preparedRowsOf<ServicePageRow>(
        em,
        sql`select * from catalogue_page(${selection.categoryId}::uuid, ${selection.officeId}::uuid,
                                         ${selection.includeRetired}, ${nameKey}, ${page.limit},
                                         ${page.offset})`,
      )
    : rowsOf<ServicePageRow>(
        em,
        sql`with page as (
              select ${SERVICE_COLUMNS}, count(*) over () as total_count,
                     ${searchRank(selection.terms, nameKey)} as rank,
                     lower(coalesce(s.name->>${nameKey}, s.name->>'de')) as sort_name
                from service s
               ${whereSelected(selection)}
               order by rank desc, sort_name, s.id
               limit ${page.limit} offset ${page.offset})
            select page.*,
                   (select coalesce(json_agg(o.id order by o.slug), '[]')
                      from service_office so join office o on o.id = so.office_id
                     where so.service_id = page.id and o.retired_at is null) as office_ids,
                   case when row_number() over shown = 1 then
                     (select coalesce(json_agg(json_build_object(
                               'id', o.id, 'slug', o.slug, 'name', o.name, 'street', o.street,
                               'postal_code', o.postal_code, 'city', o.city, 'phone', o.phone,
                               'email', o.email, 'website', o.website)), '[]')
                        from office o
                       where o.retired_at is null
                         and o.id in (select so.office_id from page other
                                        join service_office so on so.service_id = other.id))
                   end as page_offices,
                   case when row_number() over shown = 1 then
                     (select json_agg(json_build_object('id', c.id, 'slug', c.slug,
                                                        'name', c.name, 'position', c.position))
                        from category c where c.id in (select other.category_id from page other))
                   end as page_categories
              from page
            window shown as (order by page.rank desc, page.sort_name, page.id)
             order by page.rank desc, page.sort_name, page.id`,
      ));
  // The first row carries the offices and categories of the whole page.
  const offices = new Map(
    (rows[0]?.page_offices ?? []).map((row) => [row.id, officeRecord(row)] as const),
  );
  return {
    services: rows.map(serviceRecord),
    // No row: an empty catalogue on the first page, or a page of none or past the end (counted).
    totalCount: rows[0]
      ? Number(rows[0].total_count)
      : page.offset === 0 && page.limit > 0
        ? 0
        : null,
    officesByService: new Map(rows.map((row) => [row.id, officesOf(row.office_ids, offices)])),
    categories: (rows[0]?.page_categories ?? []).map(categoryRecord),
  };
}

export async function countServices(em: EntityManager, selection: ServiceSelection) {
  const row = await rowOf<{ total: string }>(
    em,
    sql`select count(*) as total from service s ${whereSelected(selection)}`,
  );
  return Number(row?.total ?? 0);
}

/**
 * The offices that serve citizens, by slug; retired ones are left out unless `includeRetired`
 * (the administration's list, where they stay visible).
 */
export async function listOffices(
  em: EntityManager,
  { includeRetired = false }: { includeRetired?: boolean } = {},
): Promise<OfficeRecord[]> {
  const rows = await rowsOf<OfficeRow>(
    em,
    sql`select ${OFFICE_COLUMNS} from office o
         ${includeRetired ? sql`` : sql`where o.retired_at is null`} order by o.slug`,
  );
  return rows.map(officeRecord);
}

/** The office with this id, or else with this slug (links and feeds accept either); null: none. */
export async function findOffice(
  em: EntityManager,
  key: { id: string | null; slug: string },
): Promise<OfficeRecord | null> {
  const row = await rowOf<OfficeRow>(
    em,
    sql`select ${OFFICE_COLUMNS} from office o
         where ${key.id ? sql`o.id = ${key.id}` : sql`o.slug = ${key.slug}`}`,
  );
  return row && officeRecord(row);
}

export async function listCategories(em: EntityManager): Promise<CategoryRecord[]> {
  const rows = await rowsOf<CategoryRow>(
    em,
    sql`select ${CATEGORY_COLUMNS} from category c order by c.position, c.slug`,
  );
  return rows.map(categoryRecord);
}

/** Every service citizens can find (not retired), ordered by slug. */
export async function listServices(em: EntityManager): Promise<ServiceRecord[]> {
  const rows = await rowsOf<ServiceRow>(
    em,
    sql`select ${SERVICE_COLUMNS} from service s where s.retired_at is null order by s.slug`,
  );
  return rows.map(serviceRecord);
}

export async function servicesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<ServiceRecord[]> {
  const rows = await rowsOf<ServiceRow>(
    em,
    sql`select ${SERVICE_COLUMNS} from service s where s.id in (${[...ids]})`,
  );
  return rows.map(serviceRecord);
}

export async function officesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<OfficeRecord[]> {
  const rows = await rowsOf<OfficeRow>(
    em,
    sql`select ${OFFICE_COLUMNS} from office o where o.id in (${[...ids]})`,
  );
  return rows.map(officeRecord);
}

export async function categoriesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<CategoryRecord[]> {
  const rows = await rowsOf<CategoryRow>(
    em,
    sql`select ${CATEGORY_COLUMNS} from category c where c.id in (${[...ids]})`,
  );
  return rows.map(categoryRecord);
}

/**
 * The offices that offer each of many services, in one statement, each list ordered by office
 * slug; retired offices offer nothing.
 */
export async function officesOfServices(
  em: EntityManager,
  serviceIds: readonly string[],
): Promise<Map<string, OfficeRecord[]>> {
  const rows = await rowsOf<OfficeRow & { service_id: string }>(
    em,
    sql`select so.service_id, ${OFFICE_COLUMNS}
          from service_office so join office o on o.id = so.office_id
         where so.service_id in (${[...serviceIds]}) and o.retired_at is null
         order by o.slug`,
  );
  const byService = new Map<string, OfficeRecord[]>();
  for (const row of rows) {
    const list = byService.get(row.service_id) ?? [];
    list.push(officeRecord(row));
    byService.set(row.service_id, list);
  }
  return byService;
}

export type OpeningPeriod = { weekday: number; opensAt: string; closesAt: string };

/**
 * The periods of the offices' regular week as of `date` (local): their active counters'
 * schedules, ordered by office, weekday and opening time, not merged.
 */
export async function schedulePeriodsOfOffices(
  em: EntityManager,
  officeIds: readonly string[],
  date: string,
): Promise<Array<OpeningPeriod & { officeId: string }>> {
  const rows = await rowsOf<{
    office_id: string;
    weekday: number;
    opens_at: string;
    closes_at: string;
  }>(
    em,
    sql`select distinct c.office_id, s.weekday, to_char(s.opens_at, 'HH24:MI') as opens_at,
               to_char(s.closes_at, 'HH24:MI') as closes_at
          from schedule s join counter c on c.id = s.counter_id
         where c.office_id in (${[...officeIds]}) and c.active
           and s.valid_from <= ${date}::date and (s.valid_until is null or s.valid_until >= ${date}::date)
         order by c.office_id, s.weekday, opens_at`,
  );
  return rows.map((row) => ({
    officeId: row.office_id,
    weekday: row.weekday,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
  }));
}
