import DataLoader from 'dataloader';
import { accountNames } from '../accounts/account.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  categoriesByIds,
  officesByIds,
  officesOfServices,
  openingHoursOfOffices,
  servicesByIds,
  type CategoryRecord,
  type OfficeRecord,
  type OpeningPeriod,
  type ServiceRecord,
} from '../catalog/catalog.service.js';
import { revisionsOfAnnouncements } from '../announcements/announcement.service.js';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The batch loaders of one request: every list field resolves its relations through them, so a
 * page of any size costs one statement per relation, not one per row.
 */
export function createLoaders(em: EntityManager, localDate: () => string) {
  return {
    service: byId<ServiceRecord>((ids) => servicesByIds(em, ids)),
    office: byId<OfficeRecord>((ids) => officesByIds(em, ids)),
    category: byId<CategoryRecord>((ids) => categoriesByIds(em, ids)),
    officesOfService: new DataLoader<string, OfficeRecord[]>(async (serviceIds) => {
      const byService = await officesOfServices(em, serviceIds);
      return serviceIds.map((id) => byService.get(id) ?? []);
    }),
    /** Names of accounts (staff on conversations, citizens for their office); null once deleted. */
    accountName: new DataLoader<string, string | null>(async (ids) => {
      const names = await accountNames(em, ids);
      return ids.map((id) => names.get(id) ?? null);
    }),
    openingHours: new DataLoader<string, OpeningPeriod[]>(async (officeIds) => {
      const byOffice = await openingHoursOfOffices(em, officeIds, localDate());
      return officeIds.map((id) => byOffice.get(id) ?? []);
    }),
    announcementRevisions: new DataLoader(async (announcementIds: readonly string[]) => {
      const byAnnouncement = await revisionsOfAnnouncements(em, announcementIds);
      return announcementIds.map((id) => byAnnouncement.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
