import DataLoader from 'dataloader';
import { accountContacts, accountNames } from '../accounts/account.service.js';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
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
} from '../catalogue/catalogue.service.js';
import { appointmentsByIds, type AppointmentRecord } from '../appointments/appointment.queries.js';
import { revisionsOfAnnouncements } from '../announcements/announcement.service.js';
import { counterNames } from '../appointments/appointment.service.js';
import { ticketsOfAppointments, type TicketView } from '../queue/queue.service.js';
import {
  messagesOfConversations,
  type ConversationParties,
  type MessagePage,
  type MessageWindow,
} from '../messaging/messaging.service.js';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A window of one conversation's messages (the `messages` field of a conversation). */
export type MessagesKey = { conversation: ConversationParties; window: MessageWindow };

function windowKey({ afterSeq, beforeSeq, limit, fromEnd }: MessageWindow): string {
  return `${afterSeq ?? ''}:${beforeSeq ?? ''}:${limit}:${fromEnd ? 'end' : 'start'}`;
}

/**
 * The batch loaders of one request: every list field resolves its relations through them, so a
 * page of any size costs one statement per relation, not one per row.
 */
export function createLoaders({
  em,
  principal,
  localDate,
  now,
  dataAccess,
}: {
  em: EntityManager;
  principal: Principal;
  localDate: () => string;
  /** The request's clock: the estimated waits of tickets are counted from it. */
  now: () => Date;
  dataAccess: DataAccessRecorder;
}) {
  return {
    service: byId<ServiceRecord>((ids) => servicesByIds(em, ids)),
    office: byId<OfficeRecord>((ids) => officesByIds(em, ids)),
    category: byId<CategoryRecord>((ids) => categoriesByIds(em, ids)),
    appointment: byId<AppointmentRecord>((ids) => appointmentsByIds(em, ids)),
    officesOfService: new DataLoader<string, OfficeRecord[]>(async (serviceIds) => {
      const byService = await officesOfServices(em, serviceIds);
      return serviceIds.map((id) => byService.get(id) ?? []);
    }),
    /** Names of accounts (staff on conversations, citizens for their office); null once deleted. */
    accountName: new DataLoader<string, string | null>(async (ids) => {
      const names = await accountNames({ em }, ids);
      return ids.map((id) => names.get(id) ?? null);
    }),
    /** Names and e-mail addresses of live accounts (the owners of API keys, for admins). */
    accountContact: byId((ids) => accountContacts({ em }, ids)),
    /** Names of counters, where appointments are booked. */
    counterName: new DataLoader<string, string | null>(async (ids) => {
      const names = await counterNames({ em }, ids);
      return ids.map((id) => names.get(id) ?? null);
    }),
    /** The lobby queue's ticket of each appointment, once checked in. */
    ticketOfAppointment: new DataLoader<string, TicketView | null>(async (appointmentIds) => {
      const tickets = await ticketsOfAppointments(em, appointmentIds, now());
      return appointmentIds.map((id) => tickets.get(id) ?? null);
    }),
    openingHours: new DataLoader<string, OpeningPeriod[]>(async (officeIds) => {
      const byOffice = await openingHoursOfOffices(em, officeIds, localDate());
      return officeIds.map((id) => byOffice.get(id) ?? []);
    }),
    announcementRevisions: new DataLoader(async (announcementIds: readonly string[]) => {
      const byAnnouncement = await revisionsOfAnnouncements({ em }, announcementIds);
      return announcementIds.map((id) => byAnnouncement.get(id) ?? []);
    }),
    /** Messages of conversations: one statement for all that ask for the same window. */
    messages: new DataLoader<MessagesKey, MessagePage, string>(
      async (keys) => {
        const byWindow = new Map<string, { window: MessageWindow; keys: MessagesKey[] }>();
        for (const key of keys) {
          const group = byWindow.get(windowKey(key.window)) ?? { window: key.window, keys: [] };
          group.keys.push(key);
          byWindow.set(windowKey(key.window), group);
        }
        const pages = new Map<MessagesKey, MessagePage | Error>();
        for (const group of byWindow.values()) {
          const results = await messagesOfConversations(
            { em, principal, dataAccess },
            group.keys.map((key) => key.conversation),
            group.window,
          );
          group.keys.forEach((key, index) => {
            const page = results[index];
            if (page) pages.set(key, page);
          });
        }
        return keys.map(
          (key) => pages.get(key) ?? new Error(`no messages loaded for ${key.conversation.id}`),
        );
      },
      { cacheKeyFn: (key) => `${key.conversation.id}/${windowKey(key.window)}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
