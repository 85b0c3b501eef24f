import { upcomingReleases, type ReleaseRecord } from '../appointments/release.service.js';
import DataLoader from 'dataloader';
import { accountContacts, accountNames } from '../accounts/account.service.js';
import type { DataAccessRecorder } from '../accounts/data-access.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OfficeScope, Principal } from '../auth/principal.js';
import { scopesOf } from '../accounts/credentials.service.js';
import { webhookDeliveriesOf, webhookEndpointsOf } from '../webhooks/webhook.service.js';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../webhooks/webhook.queries.js';
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
  currentFormsOfServices,
  eventsOfApplications,
  filesOfApplications,
  formsByIds,
} from '../applications/application.queries.js';
import {
  applicationsOfConversations,
  type ApplicationEventView,
  type ApplicationFileView,
  type ApplicationFormView,
  type ApplicationView,
} from '../applications/application.service.js';
import {
  messagesOfConversations,
  visibleConversations,
  type ConversationRecord,
  type ConversationParties,
  type MessagePage,
  type MessageWindow,
} from '../messaging/messaging.service.js';

/** Rows of several parents in one statement, grouped by the parent's id. */
function byParent<T>(
  load: (ids: readonly string[]) => Promise<T[]>,
  parentOf: (item: T) => string,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>();
    for (const item of await load(ids)) {
      const group = groups.get(parentOf(item)) ?? [];
      group.push(item);
      groups.set(parentOf(item), group);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

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
  const deliveriesByLimit = new Map<number, DataLoader<string, WebhookDeliveryRecord[]>>();
  return {
    service: byId<ServiceRecord>((ids) => servicesByIds(em, ids)),
    /** Per service, its next fair release not drawn yet. */
    upcomingRelease: new DataLoader<string, ReleaseRecord | null>(async (serviceIds) => {
      const releases = new Map(
        (await upcomingReleases({ em }, serviceIds)).map((release) => [release.serviceId, release]),
      );
      return serviceIds.map((id) => releases.get(id) ?? null);
    }),
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
    /** The office scopes of API keys, for their owners and admins. */
    apiKeyScopes: new DataLoader<string, OfficeScope[]>(async (apiKeyIds) => {
      const byKey = await scopesOf({ em }, apiKeyIds);
      return apiKeyIds.map((id) => byKey.get(id) ?? []);
    }),
    /** The webhook endpoints of API keys, for their owners and admins. */
    webhookEndpoints: new DataLoader<string, WebhookEndpointRecord[]>(async (apiKeyIds) => {
      const byKey = await webhookEndpointsOf({ em }, apiKeyIds);
      return apiKeyIds.map((id) => byKey.get(id) ?? []);
    }),
    /** The latest `limit` deliveries of webhook endpoints: one loader per page size asked for. */
    webhookDeliveries(limit: number): DataLoader<string, WebhookDeliveryRecord[]> {
      let loader = deliveriesByLimit.get(limit);
      if (!loader) {
        loader = new DataLoader<string, WebhookDeliveryRecord[]>(async (endpointIds) => {
          const byEndpoint = await webhookDeliveriesOf({ em }, endpointIds, limit);
          return endpointIds.map((id) => byEndpoint.get(id) ?? []);
        });
        deliveriesByLimit.set(limit, loader);
      }
      return loader;
    },
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
    /** Versions of application forms, by their id. */
    applicationForm: byId<ApplicationFormView>((ids) => formsByIds(em, ids)),
    /** The current online application form of each service; null when it offers none. */
    onlineApplicationForm: new DataLoader<string, ApplicationFormView | null>(
      async (serviceIds) => {
        const forms = new Map(
          (await currentFormsOfServices(em, serviceIds)).map((form) => [form.serviceId, form]),
        );
        return serviceIds.map((id) => forms.get(id) ?? null);
      },
    ),
    /** The files (documents, receipt, decision) of applications the caller already may see. */
    applicationFiles: byParent<ApplicationFileView>(
      (ids) => filesOfApplications(em, ids),
      (file) => file.applicationId,
    ),
    /** The timelines of applications the caller already may see. */
    applicationEvents: byParent<ApplicationEventView>(
      (ids) => eventsOfApplications(em, ids),
      (event) => event.applicationId,
    ),
    /** The application linked to each conversation, when the caller may see it. */
    applicationOfConversation: new DataLoader<string, ApplicationView | null>(
      async (conversationIds) => {
        const byConversation = await applicationsOfConversations(
          { em, principal },
          conversationIds,
        );
        return conversationIds.map((id) => byConversation.get(id) ?? null);
      },
    ),
    /** Conversations the caller may see (those linked to applications); null for any other. */
    conversation: byId<ConversationRecord>((ids) => visibleConversations({ em, principal }, ids)),
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
