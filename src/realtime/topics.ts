/**
 * Every event Rathaus publishes, with its routing id and payload. Payloads are small JSON (ids and
 * ISO strings) so that they cross process boundaries unchanged when the bus is backed by Redis.
 */
export type Topics = {
  /** The bookable time of one counter changed between `startsAt` and `endsAt` (booking, cancellation). */
  counterTimeChanged: [officeId: string, event: CounterTimeChanged];
  /** A session was signed out, revoked or deleted: its WebSockets must close. */
  sessionEnded: [sessionId: string, event: { sessionId: string }];
  /**
   * The rights of an account, API key or kiosk changed (src/auth/principal-changes.ts), routed by
   * its caller key (`account:<id>`, `apiKey:<id>`, `kiosk:<id>`): its WebSockets must close.
   */
  principalChanged: [callerKey: string, event: { change: PrincipalChange }];
  /**
   * An announcement became visible (published, or its publishAt arrived), sent once. Routed by its
   * office id, 'town' for town-wide ones, and 'all' for everyone (src/announcements/announcement-events.ts).
   */
  announcementPublished: [routingId: string, event: AnnouncementPublished];
  /** A visible announcement was withdrawn before its time, sent once; routed as the above. */
  announcementWithdrawn: [routingId: string, event: AnnouncementPublished];
  /** Something happened in a conversation: a message, a read receipt, typing, a new status. */
  conversationEvent: [conversationId: string, event: ConversationBusEvent];
  /** A conversation of the office changed (for the staff inbox). */
  inboxEvent: [officeId: string, event: { conversationId: string; reason: InboxChange }];
  /**
   * A write to catalogue data committed (src/catalogue/catalogue-changes.ts): every instance clears
   * its catalogue response cache. `origin` is the instance that wrote, which cleared its own at once.
   */
  catalogueChanged: [scope: 'all', event: { origin: string }];
  /**
   * An office's lobby queue changed (src/queue/queue.service.ts): event `seq` of the office is
   * stored; subscribers read what they show from the database, from the last number they saw on.
   */
  queueChanged: [officeId: string, event: QueueChanged];
  /** An application changed (status, documents, assignee); subscribers read it again. */
  applicationUpdated: [applicationId: string, event: ApplicationChanged];
  /** An application of the office changed (for the staff work queue). */
  officeApplicationsChanged: [officeId: string, event: ApplicationChanged];
  /** A freed time was offered to an account's waitlist entry and is held for it until expiresAt. */
  waitlistOffer: [accountId: string, event: WaitlistOfferEvent];
};

export type WaitlistOfferEvent = {
  entryId: string;
  serviceId: string;
  officeId: string;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
};

/** Which application changed and its status after the change. */
export type ApplicationChanged = { applicationId: string; status: string };

/** What happened in a lobby queue (queue_event.kind). */
export type QueueEventKind =
  | 'JOINED'
  | 'CALLED'
  | 'RECALLED'
  | 'PARKED'
  | 'TRANSFERRED'
  | 'DONE'
  | 'NO_SHOW'
  | 'COUNTER_OPENED'
  | 'COUNTER_CLOSED'
  | 'DAY_ENDED';

export type QueueChanged = {
  officeId: string;
  seq: number;
  kind: QueueEventKind;
  ticketId: string | null;
};

/** ENDED: the credentials stopped working; CHANGED: they work, with other rights. */
export type PrincipalChange = 'ENDED' | 'CHANGED';

export type ConversationSide = 'CITIZEN' | 'OFFICE';

export type MessageData = {
  id: string;
  seq: number;
  authorRole: 'CITIZEN' | 'STAFF' | 'SYSTEM';
  authorName: string | null;
  body: string;
  createdAt: string;
};

export type ConversationBusEvent =
  | { type: 'MESSAGE'; message: MessageData }
  | { type: 'READ'; side: ConversationSide; seq: number }
  | { type: 'TYPING'; side: ConversationSide }
  | { type: 'STATUS'; status: 'OPEN' | 'WAITING_FOR_CITIZEN' | 'CLOSED' };

export type InboxChange = 'CREATED' | 'MESSAGE' | 'READ' | 'ASSIGNED' | 'STATUS';

export type CounterTimeChanged = {
  officeId: string;
  counterId: string;
  startsAt: string;
  endsAt: string;
};

export type AnnouncementPublished = {
  announcementId: string;
  /** Null for a town-wide announcement. */
  officeId: string | null;
};
