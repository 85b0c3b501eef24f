import type { EventBus } from '../realtime/event-bus.js';
import type { AnnouncementPublished } from '../realtime/topics.js';

/** Routing id of the town-wide announcements, which every office's subscribers receive too. */
export const TOWN_WIDE = 'town';
/** Routing id that carries every announcement, for subscribers that name no office. */
export const EVERY_ANNOUNCEMENT = 'all';

/**
 * Tells the subscribers that an announcement became visible: those of its office (or, for a
 * town-wide one, of the town) and those of every announcement. Call after the commit.
 */
export function publishAnnouncementPublished(bus: EventBus, event: AnnouncementPublished): void {
  publishAnnouncementEvent(bus, 'announcementPublished', event);
}

/**
 * Tells the same subscribers that a visible announcement was withdrawn: the pages and kiosks that
 * show it take it down. Call after the commit.
 */
export function publishAnnouncementWithdrawn(bus: EventBus, event: AnnouncementPublished): void {
  publishAnnouncementEvent(bus, 'announcementWithdrawn', event);
}

function publishAnnouncementEvent(
  bus: EventBus,
  topic: 'announcementPublished' | 'announcementWithdrawn',
  event: AnnouncementPublished,
): void {
  bus.publish(topic, event.officeId ?? TOWN_WIDE, event);
  bus.publish(topic, EVERY_ANNOUNCEMENT, event);
}

/**
 * The routing ids a subscriber listens to: an office's own and the town-wide announcements, or
 * every announcement when it names no office.
 */
export function announcementRoutes(officeId: string | null): string[] {
  return officeId ? [officeId, TOWN_WIDE] : [EVERY_ANNOUNCEMENT];
}
