import type { EntityManager } from '@mikro-orm/postgresql';
import { Language } from '../common/language.js';
import { CategoryEntity } from '../entities/catalog/category.entity.js';
import { OfficeEntity } from '../entities/catalog/office.entity.js';
import { ServiceEntity } from '../entities/catalog/service.entity.js';
import { searchTerms } from './service-search.js';

export type ServiceFilter = {
  query?: string | null;
  categoryId?: string | null;
  officeId?: string | null;
  lang: Language;
};

export type Page = { offset: number; limit: number };

export type ServicePage = { services: ServiceEntity[]; totalCount: number };

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
  const rank = terms.length ? `ts_rank(s.search_vector, to_tsquery('german', ?)) desc,` : '';
  const rankParams = terms.length ? [terms.map((term) => `${term}:*`).join(' | ')] : [];
  const key = nameKey[filter.lang];
  const rows = await em.execute<Array<Record<string, unknown> & { total_count: string }>>(
    `select s.id, s.slug, s.leika_key, s.name, s.description, s.documents, s.keywords, s.fee_cents,
            s.processing_time, s.legal_basis, s.duration_minutes, s.category_id,
            count(*) over () as total_count
       from service s
      ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
      order by ${rank} lower(coalesce(s.name->>'${key}', s.name->>'de')), s.id
      limit ? offset ?`,
    [...params, ...rankParams, page.limit, page.offset],
  );
  const services = rows.map((row) => em.map(ServiceEntity, row));
  if (rows.length > 0 || page.offset === 0) {
    return { services, totalCount: Number(rows[0]?.total_count ?? 0) };
  }
  // Past the last page the window function has no row to report on; count separately.
  const [count] = await em.execute<Array<{ total: string }>>(
    `select count(*) as total from service s ${conditions.length ? `where ${conditions.join(' and ')}` : ''}`,
    params,
  );
  return { services, totalCount: Number(count?.total ?? 0) };
}

export async function listOffices(em: EntityManager): Promise<OfficeEntity[]> {
  return em.find(OfficeEntity, {}, { orderBy: { slug: 'asc' } });
}

export async function listCategories(em: EntityManager): Promise<CategoryEntity[]> {
  return em.find(CategoryEntity, {}, { orderBy: { position: 'asc', slug: 'asc' } });
}

export async function servicesByIds(em: EntityManager, ids: readonly string[]) {
  return em.find(ServiceEntity, { id: { $in: [...ids] } });
}

export async function officesByIds(em: EntityManager, ids: readonly string[]) {
  return em.find(OfficeEntity, { id: { $in: [...ids] } });
}

export async function categoriesByIds(em: EntityManager, ids: readonly string[]) {
  return em.find(CategoryEntity, { id: { $in: [...ids] } });
}

/** The offices of many services in one statement, each list ordered by office slug. */
export async function officesOfServices(
  em: EntityManager,
  serviceIds: readonly string[],
): Promise<Map<string, OfficeEntity[]>> {
  const rows = await em.execute<Array<Record<string, unknown> & { service_id: string }>>(
    `select so.service_id, o.*
       from service_office so join office o on o.id = so.office_id
      where so.service_id in (?)
      order by o.slug`,
    [[...serviceIds]],
  );
  const byService = new Map<string, OfficeEntity[]>();
  for (const { service_id: serviceId, ...office } of rows) {
    const list = byService.get(serviceId) ?? [];
    list.push(em.map(OfficeEntity, office));
    byService.set(serviceId, list);
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
