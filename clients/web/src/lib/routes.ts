/** Every address of the web client, in one place, so links and routes cannot drift apart. */
/** The staff's appointment plan shows one day or the week around it. */
export type PlanView = 'day' | 'week';

/** Which conversations the staff inbox lists; `open` (every one not closed) by default. */
export type InboxFilter = 'open' | 'waiting' | 'mine' | 'unassigned' | 'closed';

/** The work queues of an office's applications (`ApplicationQueue`, in lower case in addresses). */
export type ApplicationQueueName = 'new' | 'mine' | 'waiting' | 'overdue' | 'open' | 'decided';

export type BookingStep = 'office' | 'day' | 'time' | 'details' | 'check' | 'done';

/** A step of an online application: a section of its form (by ID), the documents, the check. */
export type ApplyStep = string;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  start: () => '/',
  search: (query: { q?: string; category?: string }) =>
    withQuery('/search', { q: query.q?.trim(), category: query.category }),
  service: (id: string) => `/services/${encodeURIComponent(id)}`,
  /** `from`: first day of the day list; `return`: back to "check your answers" after this step. */
  book: (serviceId: string, step: BookingStep, query: { from?: string; return?: 'check' } = {}) =>
    withQuery(`/services/${encodeURIComponent(serviceId)}/book/${step}`, query),
  /**
   * Apply online for a service (global ID): starts the draft or continues the open one; `step`:
   * a section of the form (its ID), `documents` or `check`.
   */
  apply: (serviceId: string, step?: ApplyStep) =>
    withQuery(`/services/${encodeURIComponent(serviceId)}/apply`, { step }),
  /**
   * "Manage your appointment": with the signed token of the appointment e-mails' links, or the
   * booking code of the calendar files' links, which asks for the e-mail address
   * (src/appointments/appointment-links.ts builds both on the server).
   */
  appointment: (link: { code?: string; token?: string } = {}) =>
    withQuery('/appointment', { code: link.code, token: link.token }),
  /**
   * The nearest free times in place of an appointment the office cancelled, booked with one click:
   * the link in the office's e-mail (`appointmentRebookUrl` in src/appointments/appointment-links.ts).
   */
  rebook: (token: string) => withQuery('/appointment/rebook', { token }),
  /** Joining the waitlist of a service (global ID) at an office (global ID). */
  waitlistJoin: (serviceId: string, officeId: string) =>
    withQuery(`/services/${encodeURIComponent(serviceId)}/waitlist`, { office: officeId }),
  /**
   * The links in the waitlist's e-mails: a guest's confirmation and an offer to accept or decline
   * (`waitlistConfirmUrl`, `waitlistOfferUrl` in src/appointments/waitlist-mail.ts).
   */
  waitlistConfirm: (token: string) => withQuery('/waitlist/confirm', { token }),
  waitlistOffer: (token: string) => withQuery('/waitlist/offer', { token }),
  /** A guest's entry, its place in line and leaving it (`waitlistEntryUrl`, same token). */
  waitlistEntry: (token: string) => withQuery('/waitlist/entry', { token }),
  /**
   * Confirms a guest's booking of a scarce service with one click: the link in its e-mail
   * (`appointmentConfirmUrl` in src/appointments/appointment-links.ts).
   */
  confirmBooking: (token: string) => withQuery('/appointment/confirm', { token }),
  /** The public rule of fair releases (docs/fair-release.md); the server's e-mails link it. */
  fairRelease: () => '/fair-release',
  announcements: () => '/announcements',
  /** The address of `Announcement.url` and of the feeds' items (the server builds it too). */
  announcement: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  register: () => '/register',
  /** `return`: where to go once signed in (a path of this client; see `returnPath`). */
  signIn: (returnTo?: string) => withQuery('/sign-in', { return: returnTo }),
  signedOut: () => '/signed-out',
  /** The offer to add a passkey; `return`: where to go afterwards, or when skipped. */
  createPasskey: (returnTo?: string) => withQuery('/create-passkey', { return: returnTo }),
  myTownHall: () => '/my-town-hall',
  /** One of the signed-in citizen's appointments, by its global ID. */
  myAppointment: (id: string) => `/my-town-hall/appointments/${encodeURIComponent(id)}`,
  /** The staff workspace's appointment plan of an office (global ID) for a day or its week. */
  staffPlan: (query: { office?: string; day?: string; view?: PlanView } = {}) =>
    withQuery('/staff', { office: query.office, day: query.day, view: query.view }),
  /**
   * Cancelling a day's appointments of an office (global ID), or of one of its counters, with a
   * message to the citizens; `day`: the local day (YYYY-MM-DD).
   */
  staffCancelDay: (query: { office?: string; day?: string } = {}) =>
    withQuery('/staff/cancel-day', { office: query.office, day: query.day }),
  /** The staff workspace's administration of offices (admins); `retire`: the office to close. */
  staffOffices: (query: { retire?: string } = {}) =>
    withQuery('/staff/admin/offices', { retire: query.retire }),
  /** One office's counters, services and hours in the administration (admins), by global ID. */
  /** `retireCounter`, `retireService`: the counter or service to retire (global IDs). */
  staffOffice: (id: string, query: { retireCounter?: string; retireService?: string } = {}) =>
    withQuery(`/staff/admin/offices/${encodeURIComponent(id)}`, query),
  /** An office's closures and holidays (admins), by global ID; `remove`: the closure to delete. */
  staffOfficeClosures: (id: string, query: { remove?: string } = {}) =>
    withQuery(`/staff/admin/offices/${encodeURIComponent(id)}/closures`, query),
  /** Staff members in the administration (admins); `edit`, `revoke`: whose access (account ID). */
  staffPeople: (query: { edit?: string; revoke?: string } = {}) =>
    withQuery('/staff/admin/staff', query),
  /** The lobby kiosks in the administration (admins); `revoke`: the kiosk to revoke (global ID). */
  staffKiosks: (query: { revoke?: string } = {}) =>
    withQuery('/staff/admin/kiosks', { revoke: query.revoke }),
  /** Every API key (admins); `after`: the cursor of the page before, `revoke`: the key (global ID). */
  staffApiKeys: (query: { after?: string; revoke?: string; scopes?: string } = {}) =>
    withQuery('/staff/admin/api-keys', query),
  /** The administration's list of services, retired ones included. */
  staffServices: () => '/staff/admin/services',
  /** A new service; `office`: the office (global ID) ticked as offering it. */
  staffNewService: (query: { office?: string } = {}) =>
    withQuery('/staff/admin/services/new', { office: query.office }),
  /**
   * A service's edit form (global ID); `retire`: the confirmation of retiring it; `created`: it was
   * just added (the page says so).
   */
  staffService: (id: string, query: { retire?: boolean; created?: boolean } = {}) =>
    withQuery(`/staff/admin/services/${encodeURIComponent(id)}`, {
      retire: query.retire ? 'yes' : undefined,
      created: query.created ? 'yes' : undefined,
    }),
  /**
   * A service's online application form (global ID) in the administration: its version, the
   * editor of a new one and its preview; `remove`: the confirmation of switching it off.
   */
  staffApplicationForm: (id: string, query: { remove?: boolean } = {}) =>
    withQuery(`/staff/admin/services/${encodeURIComponent(id)}/application-form`, {
      remove: query.remove ? 'yes' : undefined,
    }),
  /** The administration of the catalogue's categories; `rename`: the category (global ID) to rename. */
  staffCategories: (query: { rename?: string } = {}) =>
    withQuery('/staff/admin/categories', { rename: query.rename }),
  /** The staff's notices of an office (global ID): drafts, scheduled, in force, ended. */
  staffNotices: (query: { office?: string } = {}) =>
    withQuery('/staff/notices', { office: query.office }),
  /** A new notice for an office (global ID). */
  staffNewNotice: (query: { office?: string } = {}) =>
    withQuery('/staff/notices/new', { office: query.office }),
  /** The editor of a notice, by its global ID. */
  staffNotice: (id: string) => `/staff/notices/${encodeURIComponent(id)}`,
  /** The edit history of a notice, by its global ID. */
  staffNoticeHistory: (id: string) => `/staff/notices/${encodeURIComponent(id)}/history`,
  /** The dashboard of an office (global ID). */
  staffDashboard: (query: { office?: string } = {}) =>
    withQuery('/staff/dashboard', { office: query.office }),
  /** The staff inbox of an office (global ID): a filter, and the conversation shown beside it. */
  staffInbox: (query: { office?: string; filter?: InboxFilter; conversation?: string } = {}) =>
    withQuery('/staff/inbox', {
      office: query.office,
      filter: query.filter === 'open' ? undefined : query.filter,
      conversation: query.conversation,
    }),
  /** The answer templates of an office (global ID), for its staff to write and edit. */
  staffTemplates: (query: { office?: string } = {}) =>
    withQuery('/staff/inbox/templates', { office: query.office }),
  /**
   * An office's (global ID) work queue of applications: the queue (`open` by default), a service
   * (global ID) and the cursor of the page before.
   */
  staffApplications: (
    query: { office?: string; queue?: ApplicationQueueName; service?: string; after?: string } = {},
  ) =>
    withQuery('/staff/applications', {
      office: query.office,
      queue: query.queue === 'open' ? undefined : query.queue,
      service: query.service,
      after: query.after,
    }),
  /** One application of an office for its staff, by its global ID. */
  staffApplication: (id: string) => `/staff/applications/${encodeURIComponent(id)}`,
  /** The staff workspace's counter workstation: an office (global ID) and my counter there. */
  staffCounter: (query: { office?: string; counter?: string } = {}) =>
    withQuery('/staff/counter', { office: query.office, counter: query.counter }),
  /** A ticket of the lobby queue on the citizen's phone (the kiosk's QR code links here). */
  ticket: (id: string) => `/tickets/${encodeURIComponent(id)}`,
  /** The signed-in citizen's online applications, drafts included. */
  myApplications: () => '/my-town-hall/applications',
  /**
   * One of the citizen's applications (global ID); every application e-mail links here.
   * `submitted`: it was just sent (the page confirms it).
   */
  myApplication: (id: string, query: { submitted?: boolean } = {}) =>
    withQuery(`/my-town-hall/applications/${encodeURIComponent(id)}`, {
      submitted: query.submitted ? 'yes' : undefined,
    }),
  myDevices: () => '/my-town-hall/devices',
  /** The signed-in account's keys for the public API. */
  myApiKeys: () => '/my-town-hall/api-keys',
  /** What the API offers developers, its limits, feeds and examples. */
  developers: () => '/developers',
  myData: () => '/my-town-hall/data',
  deleteAccount: () => '/my-town-hall/delete-account',
  /** Where deleting the account leads, after a full page load that drops what the page held. */
  accountDeleted: () => '/account-deleted',
  /** "My conversations" with the town hall's offices. */
  conversations: () => '/conversations',
  /** "Write to the office": a new conversation. */
  writeToOffice: () => '/conversations/new',
  /** One conversation, by its global ID; the answer reminder e-mails link here too. */
  conversation: (id: string) => `/conversations/${encodeURIComponent(id)}`,
};

/**
 * The `return` of an address as a path of this client, or `fallback`: a value from the address
 * bar must never lead to another site ("//evil.example", "https://…").
 */
export function returnPath(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value;
}

/**
 * Route patterns for preact-iso. The build writes them to dist/routes.json (vite.config.ts), and
 * the server answers any other path with 404 (src/server/static-clients.ts): use only literal
 * segments and `:name` parameters, which both understand.
 */
export const routes = {
  start: '/',
  search: '/search',
  service: '/services/:serviceId',
  bookingStep: '/services/:serviceId/book/:step',
  apply: '/services/:serviceId/apply',
  appointment: '/appointment',
  rebook: '/appointment/rebook',
  waitlistJoin: '/services/:serviceId/waitlist',
  waitlistConfirm: '/waitlist/confirm',
  waitlistOffer: '/waitlist/offer',
  waitlistEntry: '/waitlist/entry',
  confirmBooking: '/appointment/confirm',
  fairRelease: '/fair-release',
  announcements: '/announcements',
  announcement: '/announcements/:announcementId',
  /** The links in the server's verification and staff invitation e-mails (?token=…). */
  verifyEmail: '/verify-email',
  acceptInvitation: '/accept-invitation',
  register: '/register',
  /** Also the link in the e-mail to someone who registers an address that has an account. */
  signIn: '/sign-in',
  signedOut: '/signed-out',
  createPasskey: '/create-passkey',
  myTownHall: '/my-town-hall',
  myAppointment: '/my-town-hall/appointments/:appointmentId',
  staffPlan: '/staff',
  staffCancelDay: '/staff/cancel-day',
  staffOffices: '/staff/admin/offices',
  staffOffice: '/staff/admin/offices/:officeId',
  staffOfficeClosures: '/staff/admin/offices/:officeId/closures',
  staffPeople: '/staff/admin/staff',
  staffKiosks: '/staff/admin/kiosks',
  staffApiKeys: '/staff/admin/api-keys',
  staffServices: '/staff/admin/services',
  /** Before `staffService`: the first route that matches wins (global IDs are never "new"). */
  staffNewService: '/staff/admin/services/new',
  staffService: '/staff/admin/services/:serviceId',
  staffApplicationForm: '/staff/admin/services/:serviceId/application-form',
  staffCategories: '/staff/admin/categories',
  /** Before `staffNotice`: the first route that matches wins (global IDs are never "new"). */
  staffNewNotice: '/staff/notices/new',
  staffNotices: '/staff/notices',
  staffNotice: '/staff/notices/:announcementId',
  staffNoticeHistory: '/staff/notices/:announcementId/history',
  staffDashboard: '/staff/dashboard',
  staffInbox: '/staff/inbox',
  staffTemplates: '/staff/inbox/templates',
  staffApplications: '/staff/applications',
  staffApplication: '/staff/applications/:applicationId',
  staffCounter: '/staff/counter',
  /** The kiosk's QR code (clients/kiosk); the server answers 404 for a ticket that is none. */
  ticket: '/tickets/:ticketId',
  myApplications: '/my-town-hall/applications',
  /** The link in the server's application e-mails (docs/application-forms.md). */
  myApplication: '/my-town-hall/applications/:applicationId',
  myDevices: '/my-town-hall/devices',
  myApiKeys: '/my-town-hall/api-keys',
  developers: '/developers',
  myData: '/my-town-hall/data',
  deleteAccount: '/my-town-hall/delete-account',
  accountDeleted: '/account-deleted',
  conversations: '/conversations',
  /** Before `conversation`: the first route that matches wins (global IDs are never "new"). */
  writeToOffice: '/conversations/new',
  /** The link in the server's answer reminders (src/resolvers/messaging/messaging.mapping.ts). */
  conversation: '/conversations/:conversationId',
} as const;
