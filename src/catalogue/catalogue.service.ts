import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin } from '../auth/principal.js';
import type { UseCaseContext } from '../common/use-case.js';
import { Language } from '../common/language.js';
import {
  countServices,
  schedulePeriodsOfOffices,
  servicePage,
  type CategoryRecord,
  type OfficeRecord,
  type OpeningPeriod,
  type ServiceRecord,
} from './catalogue.queries.js';
import { searchTerms } from './service-search.js';

export type {
  CategoryRecord,
  OfficeRecord,
  OpeningPeriod,
  ServiceRecord,
} from './catalogue.queries.js';
// Reads that have no rule of their own besides their statement.
export {
  categoriesByIds,
  findOffice,
  listCategories,
  listOffices,
  listServices,
  officesByIds,
  officesOfServices,
  servicesByIds,
} from './catalogue.queries.js';

export type ServiceFilter = {
  query?: string | null;
  categoryId?: string | null;
  officeId?: string | null;
  /** Retired services too, when an admin asks (the administration's list); ignored for others. */
  includeRetired?: boolean | null;
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
  { em, principal }: Pick<UseCaseContext, 'em' | 'principal'>,
  filter: ServiceFilter,
  page: Page,
): Promise<ServicePage> {
  const selection = {
    categoryId: filter.categoryId ?? null,
    officeId: filter.officeId ?? null,
    terms: searchTerms(filter.query),
    // Retired services are history that only the administration looks at; anyone else asking
    // gets the catalogue as citizens see it, not a refusal.
    includeRetired: Boolean(filter.includeRetired) && isAdmin(principal),
  };
  const found = await servicePage(em, selection, nameKey[filter.lang], page);
  // Past the last page the window function has no row to report on; count separately.
  const totalCount = found.totalCount ?? (await countServices(em, selection));
  return { ...found, totalCount };
}

/**
 * When each office is open on a regular week, as of `date` (local): the union of its active
 * counters' schedules, with overlapping or touching periods merged.
 */
export async function openingHoursOfOffices(
  em: EntityManager,
  officeIds: readonly string[],
  date: string,
): Promise<Map<string, OpeningPeriod[]>> {
  const byOffice = new Map<string, OpeningPeriod[]>();
  for (const row of await schedulePeriodsOfOffices(em, officeIds, date)) {
    const periods = byOffice.get(row.officeId) ?? [];
    const last = periods.at(-1);
    if (last && last.weekday === row.weekday && row.opensAt <= last.closesAt) {
      if (row.closesAt > last.closesAt) last.closesAt = row.closesAt;
    } else {
      periods.push({ weekday: row.weekday, opensAt: row.opensAt, closesAt: row.closesAt });
    }
    byOffice.set(row.officeId, periods);
  }
  return byOffice;
}
