import type { EntityManager } from '@mikro-orm/postgresql';
import { Language } from '../common/language.js';
import type { CategoryEntity } from '../entities/catalogue/category.entity.js';
import type { OfficeEntity } from '../entities/catalogue/office.entity.js';
import type { ServiceEntity } from '../entities/catalogue/service.entity.js';
import { searchTerms } from './service-search.js';

// Catalogue reads return plain records, not managed entities: nothing read here is changed and
// flushed, and hydrating entities (identity map, change-tracking snapshots of every JSON column)
// cost more CPU than the rest of a catalogue request (bench/RESULTS.md). Entities satisfy the
// same types, so the API mapping takes either.

export type OfficeRecord = Pick<
  OfficeEntity,
  'id' | 'slug' | 'name' | 'street' | 'postalCode' | 'city' | 'phone' | 'email' | 'website'
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
> & { category: { id: string } };

type Row = Record<string, unknown>;

const SERVICE_COLUMNS = `s.id, s.slug, s.leika_key, s.name, s.description, s.documents, s.fee_cents,
  s.processing_time, s.legal_basis, s.duration_minutes, s.category_id`;
const OFFICE_COLUMNS =
  'o.id, o.slug, o.name, o.street, o.postal_code, o.city, o.phone, o.email, o.website';
const CATEGORY_COLUMNS = 'c.id, c.slug, c.name, c.position';

function serviceRecord(row: Row): ServiceRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    leikaKey: row.leika_key as ServiceRecord['leikaKey'],
    name: row.name as ServiceRecord['name'],
    description: row.description as ServiceRecord['description'],
    documents: row.documents as ServiceRecord['documents'],
    feeCents: row.fee_cents as ServiceRecord['feeCents'],
    processingTime: row.processing_time as ServiceRecord['processingTime'],
    legalBasis: row.legal_basis as ServiceRecord['legalBasis'],
    durationMinutes: row.duration_minutes as number,
    category: { id: row.category_id as string },
  };
}

function officeRecord(row: Row): OfficeRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as OfficeRecord['name'],
    street: row.street as string,
    postalCode: row.postal_code as string,
    city: row.city as string,
    phone: row.phone as string | null,
    email: row.email as string | null,
    website: row.website as string | null,
  };
}

function categoryRecord(row: Row): CategoryRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as CategoryRecord['name'],
    position: row.position as number,
  };
}

export type ServiceFilter = {
  query?: string | null;
  categoryId?: string | null;
  officeId?: string | null;
  lang: Language;
};

export type Page = { offset: number; limit: number };

export type ServicePage = {
  services: ServiceRecord[];
  totalCount: number;
  /** The offices of each service of the page, ordered by slug. */
  officesByService: Map<string, OfficeRecord[]>;
  /** The categories of the page's services. */
  categories: CategoryRecord[];
};

const nameKey: Record<Language, string> = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'de',
};

/**
 * One page of the catalogue with the total, in one statement. A term matches a service when the
 * German full-text index finds it as a word or word prefix ("pass" → "Reisepass beantragen" via
 * "pass:*"), or when it occurs inside a word ("ausweis" in "Personalausweis"), which the trigram
 * index answers. Matches are ranked by the full-text rank, then by name.
 */
export async function findServices(
  em: EntityManager,
  filter: ServiceFilter,
  page: Page,
): Promise<ServicePage> {
  const terms = searchTerms(filter.query);
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (filter.categoryId) {
    conditions.push('s.category_id = ?');
    params.push(filter.categoryId);
  }
  if (filter.officeId) {
    conditions.push(
      'exists (select 1 from service_office so where so.service_id = s.id and so.office_id = ?)',
    );
    params.push(filter.officeId);
  }
  for (const term of terms) {
    conditions.push(
      "(s.search_vector @@ to_tsquery('german', ? || ':*') or s.search_text like '%' || ? || '%')",
    );
    params.push(term, term);
  }
  const rank = terms.length ? `ts_rank(s.search_vector, to_tsquery('german', ?))` : '0';
  const rankParams = terms.length ? [terms.map((term) => `${term}:*`).join(' | ')] : [];
  const key = nameKey[filter.lang];
  // One statement for the page, its total and each service's offices and category: the relations
  // are computed for the page's rows only, after the limit.
  const rows = await em.execute<
    Array<Row & { total_count: string; offices: Row[]; category: Row }>
  >(
    `select page.*,
            (select coalesce(json_agg(json_build_object(
                      'id', o.id, 'slug', o.slug, 'name', o.name, 'street', o.street,
                      'postal_code', o.postal_code, 'city', o.city, 'phone', o.phone,
                      'email', o.email, 'website', o.website) order by o.slug), '[]')
               from service_office so join office o on o.id = so.office_id
              where so.service_id = page.id) as offices,
            (select json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'position', c.position)
               from category c where c.id = page.category_id) as category
       from (select ${SERVICE_COLUMNS}, count(*) over () as total_count, ${rank} as rank,
                    lower(coalesce(s.name->>'${key}', s.name->>'de')) as sort_name
               from service s
              ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
              order by rank desc, sort_name, s.id
              limit ? offset ?) page
      order by page.rank desc, page.sort_name, page.id`,
    [...rankParams, ...params, page.limit, page.offset],
  );
  const services = rows.map(serviceRecord);
  const officesByService = new Map(
    rows.map((row) => [row.id as string, row.offices.map(officeRecord)]),
  );
  const categories = rows.map((row) => categoryRecord(row.category));
  if (rows.length > 0 || page.offset === 0) {
    return {
      services,
      totalCount: Number(rows[0]?.total_count ?? 0),
      officesByService,
      categories,
    };
  }
  // Past the last page the window function has no row to report on; count separately.
  const [count] = await em.execute<Array<{ total: string }>>(
    `select count(*) as total from service s ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`,
    params,
  );
  return { services, totalCount: Number(count?.total ?? 0), officesByService, categories };
}

export async function listOffices(em: EntityManager): Promise<OfficeRecord[]> {
  const rows = await em.execute<Row[]>(`select ${OFFICE_COLUMNS} from office o order by o.slug`);
  return rows.map(officeRecord);
}

/** The office with this id, or else with this slug (links and feeds accept either); null: none. */
export async function findOffice(
  em: EntityManager,
  key: { id: string | null; slug: string },
): Promise<OfficeRecord | null> {
  const [row] = await em.execute<Row[]>(
    `select ${OFFICE_COLUMNS} from office o where ${key.id ? 'o.id = ?' : 'o.slug = ?'}`,
    [key.id ?? key.slug],
  );
  return row ? officeRecord(row) : null;
}

export async function listCategories(em: EntityManager): Promise<CategoryRecord[]> {
  const rows = await em.execute<Row[]>(
    `select ${CATEGORY_COLUMNS} from category c order by c.position, c.slug`,
  );
  return rows.map(categoryRecord);
}

export async function servicesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<ServiceRecord[]> {
  const rows = await em.execute<Row[]>(
    `select ${SERVICE_COLUMNS} from service s where s.id in (?)`,
    [[...ids]],
  );
  return rows.map(serviceRecord);
}

export async function officesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<OfficeRecord[]> {
  const rows = await em.execute<Row[]>(`select ${OFFICE_COLUMNS} from office o where o.id in (?)`, [
    [...ids],
  ]);
  return rows.map(officeRecord);
}

export async function categoriesByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<CategoryRecord[]> {
  const rows = await em.execute<Row[]>(
    `select ${CATEGORY_COLUMNS} from category c where c.id in (?)`,
    [[...ids]],
  );
  return rows.map(categoryRecord);
}

/** The offices of many services in one statement, each list ordered by office slug. */
export async function officesOfServices(
  em: EntityManager,
  serviceIds: readonly string[],
): Promise<Map<string, OfficeRecord[]>> {
  const rows = await em.execute<Array<Row & { service_id: string }>>(
    `select so.service_id, ${OFFICE_COLUMNS}
       from service_office so join office o on o.id = so.office_id
      where so.service_id in (?)
      order by o.slug`,
    [[...serviceIds]],
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
 * When each office is open on a regular week, as of `date` (local): the union of its active
 * counters' schedules, with overlapping or touching periods merged.
 */
export async function openingHoursOfOffices(
  em: EntityManager,
  officeIds: readonly string[],
  date: string,
): Promise<Map<string, OpeningPeriod[]>> {
  const rows = await em.execute<
    Array<{ office_id: string; weekday: number; opens_at: string; closes_at: string }>
  >(
    `select distinct c.office_id, s.weekday, to_char(s.opens_at, 'HH24:MI') as opens_at,
            to_char(s.closes_at, 'HH24:MI') as closes_at
       from schedule s join counter c on c.id = s.counter_id
      where c.office_id in (?) and c.active
        and s.valid_from <= ?::date and (s.valid_until is null or s.valid_until >= ?::date)
      order by c.office_id, s.weekday, opens_at`,
    [[...officeIds], date, date],
  );
  const byOffice = new Map<string, OpeningPeriod[]>();
  for (const row of rows) {
    const periods = byOffice.get(row.office_id) ?? [];
    const last = periods.at(-1);
    if (last && last.weekday === row.weekday && row.opens_at <= last.closesAt) {
      if (row.closes_at > last.closesAt) last.closesAt = row.closes_at;
    } else {
      periods.push({ weekday: row.weekday, opensAt: row.opens_at, closesAt: row.closes_at });
    }
    byOffice.set(row.office_id, periods);
  }
  return byOffice;
}
