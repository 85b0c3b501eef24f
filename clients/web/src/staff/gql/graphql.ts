/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a staff member reads a citizen’s personal data; recorded in the audit log. */
export const AccessReason = {
  /** Answering the citizen’s messages; recorded when staff read a conversation. */
  ANSWERING_REQUEST: 'ANSWERING_REQUEST',
  /** Preparing or serving the citizen’s appointments. */
  HANDLING_APPOINTMENT: 'HANDLING_APPOINTMENT',
  /** A duty under law, e.g. an inquiry by another authority. */
  LEGAL_OBLIGATION: 'LEGAL_OBLIGATION',
  /** Processing an application the citizen submitted. */
  PROCESSING_APPLICATION: 'PROCESSING_APPLICATION'
} as const;

export type AccessReason = typeof AccessReason[keyof typeof AccessReason];
/** The codes with which an account mutation (sign-up, sign-in, passkeys, sessions, passwords, API keys, personal data, staff access, kiosks) refuses; a code once published never changes its meaning. */
export const AccountErrorCode = {
  /** The passkey challenge is unknown, used or older than 60 seconds. */
  CHALLENGE_INVALID: 'CHALLENGE_INVALID',
  /** The confirmation is not exactly the account’s e-mail address (deleting the account). */
  CONFIRMATION_MISMATCH: 'CONFIRMATION_MISMATCH',
  /** The account’s e-mail address is not confirmed yet. */
  EMAIL_NOT_VERIFIED: 'EMAIL_NOT_VERIFIED',
  /** You may not do this (e.g. a key for another account, which only admins create). */
  FORBIDDEN: 'FORBIDDEN',
  /** Wrong e-mail or password; deliberately the same for both. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The e-mail link is unknown, used or expired. */
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** The change would leave the town hall without an admin: give someone else admin rights first. */
  LAST_ADMIN: 'LAST_ADMIN',
  /** What the input names (passkey, session, API key, account, office, kiosk) does not exist or is not yours. */
  NOT_FOUND: 'NOT_FOUND',
  /** The authenticator’s response did not verify (origin, RP ID, signature, counter, user verification). */
  PASSKEY_VERIFICATION_FAILED: 'PASSKEY_VERIFICATION_FAILED',
  /** A limit of use is used up; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Deleting the account needs the password or a sign-in within the last few minutes. */
  REAUTHENTICATION_REQUIRED: 'REAUTHENTICATION_REQUIRED',
  /** Too many failed sign-ins for the e-mail address; the message says when to try again. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS'
} as const;

export type AccountErrorCode = typeof AccountErrorCode[keyof typeof AccountErrorCode];
/** What an announcement is about. */
export const AnnouncementCategory = {
  /** An office or service is closed or limited. */
  CLOSURE: 'CLOSURE',
  /** An event; it has a time (and usually a place) of its own. */
  EVENT: 'EVENT',
  /** News of the town hall: a new service, changed opening hours, … */
  NEWS: 'NEWS',
  /** A warning: road works, water supply, weather, … */
  WARNING: 'WARNING'
} as const;

export type AnnouncementCategory = typeof AnnouncementCategory[keyof typeof AnnouncementCategory];
/** The codes with which an announcement mutation refuses; a code once published never changes its meaning. */
export const AnnouncementErrorCode = {
  /** Its validity has ended; the archive is not edited. */
  ALREADY_EXPIRED: 'ALREADY_EXPIRED',
  /** It is visible already (publish), or has been visible (delete: withdraw it instead). */
  ALREADY_PUBLISHED: 'ALREADY_PUBLISHED',
  /** Someone else changed it since the editor loaded it (`expectedRevision`). */
  EDIT_CONFLICT: 'EDIT_CONFLICT',
  /** You do not work for the announcement’s office, or only admins write town-wide ones. */
  FORBIDDEN: 'FORBIDDEN',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No such announcement, or one you may not see (a draft of another office); or no such office. */
  NOT_FOUND: 'NOT_FOUND',
  /** Withdrawing a draft: there is nothing to withdraw. */
  NOT_PUBLISHED: 'NOT_PUBLISHED'
} as const;

export type AnnouncementErrorCode = typeof AnnouncementErrorCode[keyof typeof AnnouncementErrorCode];
/** The announcement to act on. */
export type AnnouncementIdInput = {
  /** The announcement’s global ID. */
  id: string | number;
};

/** What an announcement says and how long it is valid. */
export type AnnouncementInput = {
  /** Plain text, paragraphs separated by blank lines; at most 10 000 characters each. */
  body: LocalizedTextInput;
  /** What it is about; only EVENT announcements have event details. */
  category: AnnouncementCategory;
  /** Events: when it ends (after the start). */
  eventEndsAt?: string | null | undefined;
  /** Events: where; at most 200 characters. */
  eventLocation?: string | null | undefined;
  /** Required for events: when the event starts. */
  eventStartsAt?: string | null | undefined;
  /** End of validity (exclusive), in the future and after publishAt; null: until withdrawn. */
  expiresAt?: string | null | undefined;
  /** How urgent it is; EMERGENCY puts it above everything else. */
  severity: AnnouncementSeverity;
  /** Headline: German required, English and Leichte Sprache optional; at most 200 characters each. A translation needs both a title and a body. */
  title: LocalizedTextInput;
};

/** What a change in the history of an announcement did. */
export const AnnouncementRevisionAction = {
  /** Written as a draft (createAnnouncement). */
  CREATED: 'CREATED',
  /** Made visible at once (publishAnnouncement). */
  PUBLISHED: 'PUBLISHED',
  /** Set to become visible at a later publishAt, or moved (publishAnnouncement). */
  SCHEDULED: 'SCHEDULED',
  /** Its content, end of validity or event details changed (updateAnnouncement). */
  UPDATED: 'UPDATED',
  /** Taken back (withdrawAnnouncement): a visible one expired at once, a scheduled one became a draft again. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type AnnouncementRevisionAction = typeof AnnouncementRevisionAction[keyof typeof AnnouncementRevisionAction];
/** How urgent an announcement is; lists show the most urgent first. */
export const AnnouncementSeverity = {
  /** An emergency (danger to life, health or property): web and kiosk show it above everything else. */
  EMERGENCY: 'EMERGENCY',
  /** Important: shown prominently. */
  IMPORTANT: 'IMPORTANT',
  /** For information. */
  INFO: 'INFO'
} as const;

export type AnnouncementSeverity = typeof AnnouncementSeverity[keyof typeof AnnouncementSeverity];
/** Where an announcement stands in its life, derived from its validity window. */
export const AnnouncementStatus = {
  /** Not published; only its office’s staff and admins see it. */
  DRAFT: 'DRAFT',
  /** Its validity ended (or it was withdrawn); kept for the record. */
  EXPIRED: 'EXPIRED',
  /** Visible to everyone now. */
  PUBLISHED: 'PUBLISHED',
  /** Published from `publishAt` on; not visible yet. */
  SCHEDULED: 'SCHEDULED'
} as const;

export type AnnouncementStatus = typeof AnnouncementStatus[keyof typeof AnnouncementStatus];
/** The codes with which an answer template mutation refuses; a code once published never changes its meaning. */
export const AnswerTemplateErrorCode = {
  /** The office is not one you work for. */
  FORBIDDEN: 'FORBIDDEN',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The office already has 100 templates. */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** The office already has a template of that name. */
  NAME_TAKEN: 'NAME_TAKEN',
  /** No such template (or office), or not one of your offices’. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type AnswerTemplateErrorCode = typeof AnswerTemplateErrorCode[keyof typeof AnswerTemplateErrorCode];
/** What an API key may do beyond reading public data (which every key may), for one office; only admins grant it, for integrations the town approved. */
export const ApiKeyScope = {
  /** The office’s appointments with the citizens’ details (`officeAppointments`) and their changes live (`officeAppointmentsChanged`); each read is in the citizens’ data access log, naming the key. */
  OFFICE_APPOINTMENTS_READ: 'OFFICE_APPOINTMENTS_READ',
  /** The office’s conversations (`inbox`, `conversation` with its messages) and replies as the office (`sendMessage`); reads are in the citizens’ data access log, naming the key. */
  OFFICE_MESSAGES_WRITE: 'OFFICE_MESSAGES_WRITE'
} as const;

export type ApiKeyScope = typeof ApiKeyScope[keyof typeof ApiKeyScope];
/** A scope for one office. */
export type ApiKeyScopeInput = {
  /** The office’s global ID. */
  officeId: string | number;
  /** What the key may do there. */
  scope: ApiKeyScope;
};

/** What a file of an application is. */
export const ApplicationDocumentKind = {
  /** The decision letter (PDF), made by Rathaus. */
  DECISION: 'DECISION',
  /** A document uploaded for one of the form’s requirements. */
  DOCUMENT: 'DOCUMENT',
  /** The receipt of the submission (PDF), made by Rathaus. */
  RECEIPT: 'RECEIPT'
} as const;

export type ApplicationDocumentKind = typeof ApplicationDocumentKind[keyof typeof ApplicationDocumentKind];
/** The codes with which an application mutation refuses; a code once published never changes its meaning. */
export const ApplicationErrorCode = {
  /** Another member of staff has already taken the case. */
  ALREADY_TAKEN: 'ALREADY_TAKEN',
  /** A required document is missing; one error per requirement, `field` = ["documents", <requirement key>]. */
  DOCUMENTS_MISSING: 'DOCUMENTS_MISSING',
  /** The office is not one you work for. */
  FORBIDDEN: 'FORBIDDEN',
  /** The answers do not fit the form; one error per problem, `field` = ["answers", <JSON pointer>]. */
  INVALID_ANSWERS: 'INVALID_ANSWERS',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The application’s status does not allow this step (e.g. no decision on a withdrawn case). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The application’s status does not allow this now (e.g. a document on a submitted case). */
  NOT_ALLOWED: 'NOT_ALLOWED',
  /** No such application (or service, or document), or not one you may see. */
  NOT_FOUND: 'NOT_FOUND',
  /** The service has no online application. */
  NO_ONLINE_APPLICATION: 'NO_ONLINE_APPLICATION',
  /** Too many of these in a short time; try again later. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The requirement, or the application, holds as many documents as it can. */
  TOO_MANY_FILES: 'TOO_MANY_FILES',
  /** The application’s documents together would pass their size limit. */
  TOTAL_TOO_LARGE: 'TOTAL_TOO_LARGE',
  /** The application changed since the version you read; read it again. */
  VERSION_CONFLICT: 'VERSION_CONFLICT'
} as const;

export type ApplicationErrorCode = typeof ApplicationErrorCode[keyof typeof ApplicationErrorCode];
/** What happened in one step of an application’s timeline. */
export const ApplicationEventKind = {
  /** Approved; `note` is the reason. */
  APPROVED: 'APPROVED',
  /** It was given to a member of staff. */
  ASSIGNED: 'ASSIGNED',
  /** The citizen answered the office’s question. */
  CITIZEN_ANSWERED: 'CITIZEN_ANSWERED',
  /** The office closed it. */
  CLOSED: 'CLOSED',
  /** A document was added; `note` is its file name. */
  DOCUMENT_ADDED: 'DOCUMENT_ADDED',
  /** The office asked for more; `note` is the question. */
  INFORMATION_REQUESTED: 'INFORMATION_REQUESTED',
  /** Rejected; `note` is the reason. */
  REJECTED: 'REJECTED',
  /** The office went on without waiting for an answer. */
  RESUMED: 'RESUMED',
  /** The citizen submitted it. */
  SUBMITTED: 'SUBMITTED',
  /** A member of staff took it. */
  TAKEN: 'TAKEN',
  /** The citizen withdrew it. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ApplicationEventKind = typeof ApplicationEventKind[keyof typeof ApplicationEventKind];
/** The work queues of an office’s applications. Drafts are in none. */
export const ApplicationQueue = {
  /** Approved, rejected, closed or withdrawn. */
  DECIDED: 'DECIDED',
  /** Assigned to you and not decided. */
  MINE: 'MINE',
  /** Submitted and taken by nobody yet. */
  NEW: 'NEW',
  /** Every case not decided yet. */
  OPEN: 'OPEN',
  /** Not decided and past the expected processing time (dueAt). */
  OVERDUE: 'OVERDUE',
  /** Waiting for the citizen’s answer (INFORMATION_REQUESTED). */
  WAITING: 'WAITING'
} as const;

export type ApplicationQueue = typeof ApplicationQueue[keyof typeof ApplicationQueue];
/** Where an application stands. The database allows only the changes of the status machine (docs/application-forms.md). */
export const ApplicationStatus = {
  /** Decided: approved; the decision letter is attached. */
  APPROVED: 'APPROVED',
  /** Done and filed after the decision. */
  CLOSED: 'CLOSED',
  /** Being filled in by the citizen; only they see it. */
  DRAFT: 'DRAFT',
  /** The office asked the citizen for more (in the linked conversation). */
  INFORMATION_REQUESTED: 'INFORMATION_REQUESTED',
  /** A member of staff works on it. */
  IN_REVIEW: 'IN_REVIEW',
  /** Decided: rejected; the decision letter is attached. */
  REJECTED: 'REJECTED',
  /** Submitted, not taken by anyone at the office yet. */
  SUBMITTED: 'SUBMITTED',
  /** The citizen withdrew it before a decision. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ApplicationStatus = typeof ApplicationStatus[keyof typeof ApplicationStatus];
/** The codes with which a change of the appointment set-up (counters, schedules, closures) refuses; a code once published never changes its meaning. */
export const AppointmentSetupErrorCode = {
  /** A field is invalid, a name is taken in the office, or a service is not offered there. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The office, counter or closure does not exist. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type AppointmentSetupErrorCode = typeof AppointmentSetupErrorCode[keyof typeof AppointmentSetupErrorCode];
/** Whether an appointment still stands. */
export const AppointmentStatus = {
  /** Booked and upcoming or due. */
  BOOKED: 'BOOKED',
  /** Cancelled; the time is free again. */
  CANCELLED: 'CANCELLED',
  /** A guest’s booking of a scarce service (Service.scarce) waiting for its e-mail address to be confirmed: the time is taken, but the booking counts only once the link in the e-mail is opened (confirmBooking) by BookAppointmentPayload.confirmBy, 30 minutes after booking; otherwise it lapses, the time is free again and the guest is told by e-mail. Only bookAppointment answers with it. */
  UNCONFIRMED: 'UNCONFIRMED'
} as const;

export type AppointmentStatus = typeof AppointmentStatus[keyof typeof AppointmentStatus];
/** The case to approve and why. */
export type ApproveApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
  /** The reasons, printed in the letter; 1 to 10000 characters. */
  reason: string;
};

/** The case, the colleague to hand it to and the version you read. */
export type AssignApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
  /** The colleague’s global ID (a Colleague’s id). */
  assigneeId: string | number;
  /** The application’s `version` you read. */
  version: number;
};

/** Who takes care of a conversation for the office. */
export type AssignConversationInput = {
  /** The account’s global ID (`Colleague.id`) of a staff member of the office or an admin; null to unassign. */
  assigneeId?: string | number | null | undefined;
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** When appointments for a service can be booked (see BookingWindow). */
export type BookingWindowInput = {
  /** Minutes kept free on the counter before and after each appointment: 0 to 240. */
  bufferMinutes: number;
  /** Appointments per office and day: 1 to 1,000; null: no limit. */
  dailyLimit?: number | null | undefined;
  /** The first bookable day, in days from today: 0 to 365. */
  earliestDaysAhead: number;
  /** The last bookable day, in days from today: 0 to 365, not before the earliest. */
  latestDaysAhead: number;
  /** Minutes before the start after which it cannot be booked: 0 to 20,160. */
  minimumNoticeMinutes: number;
};

/** A waiting or parked ticket and the counter to call it to. */
export type CallTicketInput = {
  /** Your counter’s global ID; it must be open and handle the ticket’s service. */
  counterId: string | number;
  /** The ticket’s global ID. */
  ticketId: string | number;
};

/** The codes with which cancelOfficeAppointments refuses; a code once published never changes its meaning. */
export const CancelOfficeAppointmentsErrorCode = {
  /** The office is not one you work for. */
  FORBIDDEN: 'FORBIDDEN',
  /** The period (at most 31 days) or the message is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The counter is not one of the office’s. */
  NOT_FOUND: 'NOT_FOUND',
  /** Too many cancellations of whole periods from your address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED'
} as const;

export type CancelOfficeAppointmentsErrorCode = typeof CancelOfficeAppointmentsErrorCode[keyof typeof CancelOfficeAppointmentsErrorCode];
/** Cancels the booked appointments of an office (or of one of its counters) that start in a period and have not begun, e.g. for illness or a closure. */
export type CancelOfficeAppointmentsInput = {
  /** Only this counter’s appointments; all of the office’s when omitted. */
  counterId?: string | number | null | undefined;
  /** Start of the period (inclusive). */
  from: string;
  /** What the office tells every citizen, in the e-mail and on the rebooking page; 1 to 1000 characters. */
  message: string;
  /** An office you work for (admins: any). */
  officeId: string | number;
  /** End of the period (exclusive); at most 31 days after `from`. */
  to: string;
};

/** The codes with which a change of the catalogue (offices, categories, services) refuses; a code once published never changes its meaning. */
export const CatalogueAdminErrorCode = {
  /** A field is invalid, a slug is taken, or an ID in the input names nothing. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The office, category or service to change does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** The office or service is retired: what is closed for good is not changed. */
  RETIRED: 'RETIRED'
} as const;

export type CatalogueAdminErrorCode = typeof CatalogueAdminErrorCode[keyof typeof CatalogueAdminErrorCode];
/** The decided case to close. */
export type CloseApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
};

/** The conversation to act on. */
export type ConversationInput = {
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** Whose turn it is in a conversation. */
export const ConversationStatus = {
  /** Done; a new message reopens it. */
  CLOSED: 'CLOSED',
  /** Waiting for the office. */
  OPEN: 'OPEN',
  /** The office answered; waiting for the citizen. */
  WAITING_FOR_CITIZEN: 'WAITING_FOR_CITIZEN'
} as const;

export type ConversationStatus = typeof ConversationStatus[keyof typeof ConversationStatus];
/** A new draft announcement. */
export type CreateAnnouncementInput = {
  /** What it says and until when it is valid. */
  announcement: AnnouncementInput;
  /** The office it concerns (its staff and admins may write it); omitted: the whole town (admins only). Cannot be changed later. */
  officeId?: string | number | null | undefined;
};

/** A new answer template of an office. */
export type CreateAnswerTemplateInput = {
  /** The text, 1 to 4,000 characters. */
  body: string;
  /** What the staff call it, 1 to 80 characters; unique in the office. */
  name: string;
  /** The global ID of an office you work for (admins: any). */
  officeId: string | number;
};

/** A new key for the public API. */
export type CreateApiKeyInput = {
  /** What the key is for, up to 100 characters. */
  name: string;
  /** Admins only: create it for this account. */
  ownerId?: string | number | null | undefined;
};

/** A new category (life situation) of the catalogue. */
export type CreateCategoryInput = {
  /** The category’s name, up to 200 characters per language. */
  name: LocalizedTextInput;
  /** Display order, ascending: 0 to 10,000, default 0. */
  position?: number | null | undefined;
  /** Readable, stable identifier: lower-case words of letters and digits joined by single hyphens, up to 80 characters; unique. */
  slug: string;
};

/** A period in which an office or one of its counters is closed. */
export type CreateClosureInput = {
  /** Only this counter of the office; the whole office when null. */
  counterId?: string | number | null | undefined;
  /** When it ends (exclusive); after startsAt. */
  endsAt: string;
  /** The office’s global ID. */
  officeId: string | number;
  /** Why; up to 200 characters per language. */
  reason: LocalizedTextInput;
  /** When the closure begins. */
  startsAt: string;
};

/** A new counter of an office. */
export type CreateCounterInput = {
  /** What citizens and staff call it, 1 to 100 characters; unique within the office. */
  name: string;
  /** The office’s global ID. */
  officeId: string | number;
  /** Services of the office that this counter handles. */
  serviceIds: Array<string | number>;
};

/** A new office. */
export type CreateOfficeInput = {
  /** The new office’s data. */
  office: OfficeInput;
};

/** A new service of the catalogue. */
export type CreateServiceInput = {
  /** The new service’s data. */
  service: ServiceInput;
};

/** The answer template to delete. */
export type DeleteAnswerTemplateInput = {
  /** The template’s global ID. */
  id: string | number;
};

/** The closure to delete. */
export type DeleteClosureInput = {
  /** The closure’s global ID. */
  closureId: string | number;
};

/** What happens to the upcoming appointments of an office, service or counter that is retired. */
export const FutureAppointments = {
  /** Each is cancelled, and its citizen gets an e-mail saying why, with a link to book anew. */
  CANCEL_WITH_NOTICE: 'CANCEL_WITH_NOTICE',
  /** Counters only: each moves to another counter of the office that handles its service and is free at the same time; the citizen’s time and place stay. All or none (CANNOT_MOVE). */
  MOVE_TO_OTHER_COUNTER: 'MOVE_TO_OTHER_COUNTER'
} as const;

export type FutureAppointments = typeof FutureAppointments[keyof typeof FutureAppointments];
/** Staff access for a person, named by e-mail address. */
export type GrantStaffAccessInput = {
  /** Also make them an admin; false takes admin rights they had away. */
  admin?: boolean;
  /** Their e-mail address, up to 254 characters. An address without an account gets one, and an invitation link (in German, valid 7 days). */
  email: string;
  /** Their name, up to 200 characters; used only for a new account (an existing one keeps its name). */
  name: string;
  /** The global IDs of the offices they work for; replaces their current offices. */
  officeIds: Array<string | number>;
};

/** Whose conversations the inbox lists. */
export const InboxAssignee = {
  /** All, assigned or not. */
  ANYONE: 'ANYONE',
  /** Those assigned to you. */
  ME: 'ME',
  /** Those assigned to nobody. */
  UNASSIGNED: 'UNASSIGNED'
} as const;

export type InboxAssignee = typeof InboxAssignee[keyof typeof InboxAssignee];
/** A new lobby kiosk. */
export type IssueKioskTokenInput = {
  /** Where it stands, e.g. "Foyer Eingang Nord"; up to 100 characters. */
  name: string;
  /** The global ID of the office whose lobby it stands in. */
  officeId: string | number;
};

/** A language of the texts. DE_LS is Leichte Sprache (easy German). */
export const Language = {
  /** German (Deutsch) */
  DE: 'DE',
  /** Easy German (Leichte Sprache); German where no easy version exists. */
  DE_LS: 'DE_LS',
  /** English */
  EN: 'EN'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** A list of short texts per language, e.g. documents to bring; each item 1 to 300 characters. */
export type LocalizedListInput = {
  /** The German items, in display order. */
  de: Array<string>;
  /** The items in Leichte Sprache (easy German, Language DE_LS); null: its readers get the German list. An empty list is kept: they get none. */
  deLs?: Array<string> | null | undefined;
  /** The English items; null: English readers get the German list. An empty list is kept: they get none. */
  en?: Array<string> | null | undefined;
};

/** A text in German (required), English and Leichte Sprache; the field using it names the length limit. */
export type LocalizedTextInput = {
  /** German; must not be blank. */
  de: string;
  /** Leichte Sprache (easy German, Language DE_LS); null or empty: its readers get the German text. */
  deLs?: string | null | undefined;
  /** English; null or empty: English readers get the German text. */
  en?: string | null | undefined;
};

/** How far your side has read a conversation. */
export type MarkConversationReadInput = {
  /** The conversation’s global ID. */
  conversationId: string | number;
  /** The number of the last message read. A receipt never moves back; a number past the latest message counts as the latest. */
  seq: number;
};

/** Who wrote a message. */
export const MessageAuthorRole = {
  /** The citizen who started the conversation. */
  CITIZEN: 'CITIZEN',
  /** A staff member of the office, or an admin. */
  STAFF: 'STAFF',
  /** Written by Rathaus, e.g. the out-of-office notice. */
  SYSTEM: 'SYSTEM'
} as const;

export type MessageAuthorRole = typeof MessageAuthorRole[keyof typeof MessageAuthorRole];
/** The codes with which a messaging mutation refuses; a code once published never changes its meaning. */
export const MessagingErrorCode = {
  /** The office is not one you work for. */
  FORBIDDEN: 'FORBIDDEN',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No such conversation (or appointment, or assignee), or not one of yours. */
  NOT_FOUND: 'NOT_FOUND',
  /** Typing indicators come at most every 2 seconds. */
  RATE_LIMITED: 'RATE_LIMITED'
} as const;

export type MessagingErrorCode = typeof MessagingErrorCode[keyof typeof MessagingErrorCode];
/** Everything an office is; on update it replaces what was stored. */
export type OfficeInput = {
  /** Town or city, up to 100 characters. */
  city: string;
  /** E-mail address for citizens, up to 254 characters; null: none. */
  email?: string | null | undefined;
  /** The office’s name, up to 200 characters per language. */
  name: LocalizedTextInput;
  /** Phone number as people dial it, up to 50 characters; null: none. */
  phone?: string | null | undefined;
  /** Postal code, up to 10 characters. */
  postalCode: string;
  /** Readable, stable identifier: lower-case words of letters and digits joined by single hyphens, up to 80 characters; unique. */
  slug: string;
  /** Street and house number, up to 200 characters. */
  street: string;
  /** The office’s page on the town’s website, up to 300 characters; null: none. */
  website?: string | null | undefined;
};

/** One weekly opening period, in local time. */
export type OpeningPeriodInput = {
  /** Local closing time, "HH:MM", after opens. */
  closes: string;
  /** Local opening time, "HH:MM" (00:00 to 23:59). */
  opens: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** When a draft or scheduled announcement becomes visible. */
export type PublishAnnouncementInput = {
  /** The announcement’s global ID. */
  id: string | number;
  /** When it becomes visible; omitted or in the past: now. */
  publishAt?: string | null | undefined;
};

/** The codes with which the clerks’ queue actions (openCounter, closeCounter, callNextTicket, callTicket, recallTicket, markTicketNoShow, finishTicket, parkTicket, transferTicket) refuses; a code once published never changes its meaning. */
export const QueueActionErrorCode = {
  /** A ticket is still called to the counter: finish, park, transfer or mark it a no-show first. */
  COUNTER_BUSY: 'COUNTER_BUSY',
  /** The counter is not open for the queue: openCounter first. */
  COUNTER_CLOSED: 'COUNTER_CLOSED',
  /** The counter is inactive (it takes no appointments): an admin activates it first. */
  COUNTER_INACTIVE: 'COUNTER_INACTIVE',
  /** The office is not one you work for. */
  FORBIDDEN: 'FORBIDDEN',
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The counter, ticket or service does not exist, or not at this office. */
  NOT_FOUND: 'NOT_FOUND',
  /** No active counter of the office handles the service the ticket goes to (or the named counter does not). */
  NOT_HANDLED: 'NOT_HANDLED',
  /** No ticket waits for a service this counter handles. */
  QUEUE_EMPTY: 'QUEUE_EMPTY',
  /** The ticket was called again 3 times already. */
  RECALL_LIMIT_REACHED: 'RECALL_LIMIT_REACHED',
  /** The ticket is not in a state for this: another clerk was faster, or it is finished. */
  WRONG_STATE: 'WRONG_STATE'
} as const;

export type QueueActionErrorCode = typeof QueueActionErrorCode[keyof typeof QueueActionErrorCode];
/** A counter of an office you work for. */
export type QueueCounterInput = {
  /** The counter’s global ID. */
  counterId: string | number;
};

/** What happened in an office’s lobby queue. */
export const QueueEventKind = {
  /** A ticket was called to a counter. */
  CALLED: 'CALLED',
  /** A counter closed for the queue. */
  COUNTER_CLOSED: 'COUNTER_CLOSED',
  /** A counter opened for the queue. */
  COUNTER_OPENED: 'COUNTER_OPENED',
  /** The day ended: tickets left unserved expired and the counters still open closed. */
  DAY_ENDED: 'DAY_ENDED',
  /** A ticket was served. */
  DONE: 'DONE',
  /** A ticket was drawn or an appointment checked in. */
  JOINED: 'JOINED',
  /** A called ticket did not come. */
  NO_SHOW: 'NO_SHOW',
  /** A called ticket was put aside. */
  PARKED: 'PARKED',
  /** A called ticket was called again. */
  RECALLED: 'RECALLED',
  /** A called ticket went back into line for another service or counter. */
  TRANSFERRED: 'TRANSFERRED'
} as const;

export type QueueEventKind = typeof QueueEventKind[keyof typeof QueueEventKind];
/** The case to reject and why. */
export type RejectApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
  /** The reasons, printed in the letter; 1 to 10000 characters. */
  reason: string;
};

/** The service whose online application ends. */
export type RemoveApplicationFormInput = {
  /** The service’s global ID. */
  serviceId: string | number;
};

/** The case and what to ask the citizen. */
export type RequestApplicationInformationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
  /** What the citizen should answer or upload; 1 to 4000 characters. */
  message: string;
};

/** The case to go on with. */
export type ResumeApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
};

/** Which counter goes out of service, and what happens to its appointments. */
export type RetireCounterInput = {
  /** The counter’s global ID. */
  counterId: string | number;
  /** What happens to its upcoming appointments; may be left out only when none are booked (APPOINTMENTS_AFFECTED otherwise). */
  futureAppointments?: FutureAppointments | null | undefined;
};

/** Which office closes for good, and what happens to its appointments. */
export type RetireOfficeInput = {
  /** What happens to its upcoming appointments; may be left out only when none are booked (APPOINTMENTS_AFFECTED otherwise). */
  futureAppointments?: FutureAppointments | null | undefined;
  /** The office’s global ID. */
  officeId: string | number;
};

/** Which service is no longer offered, and what happens to its appointments. */
export type RetireServiceInput = {
  /** What happens to its upcoming appointments; may be left out only when none are booked (APPOINTMENTS_AFFECTED otherwise). */
  futureAppointments?: FutureAppointments | null | undefined;
  /** The service’s global ID. */
  serviceId: string | number;
};

/** The codes with which retiring an office, a service or a counter refuses; a code once published never changes its meaning. */
export const RetirementErrorCode = {
  /** It is retired already. */
  ALREADY_RETIRED: 'ALREADY_RETIRED',
  /** Upcoming appointments are booked and futureAppointments says nothing about them; the payload’s futureAppointments says how many. Nothing changed. */
  APPOINTMENTS_AFFECTED: 'APPOINTMENTS_AFFECTED',
  /** Some upcoming appointments have no other counter of the office that handles their service and is free at their time. Nothing changed. */
  CANNOT_MOVE: 'CANNOT_MOVE',
  /** A field is invalid, e.g. MOVE_TO_OTHER_COUNTER for an office or a service, or a malformed ID. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The office, service or counter does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** Too many retirements with notices from this address for now; try later. */
  RATE_LIMITED: 'RATE_LIMITED'
} as const;

export type RetirementErrorCode = typeof RetirementErrorCode[keyof typeof RetirementErrorCode];
/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key’s global ID: one of yours (admins: any). */
  apiKeyId: string | number;
};

/** The kiosk whose token is revoked. */
export type RevokeKioskDeviceInput = {
  /** The kiosk’s global ID. */
  kioskDeviceId: string | number;
};

/** Whose staff access ends. */
export type RevokeStaffAccessInput = {
  /** The global ID of their account (`StaffMember.id`). */
  accountId: string | number;
};

/** What an account may do; one account can have several roles. */
export const Role = {
  /** Manages offices, services, schedules, staff, API keys and kiosks. */
  ADMIN: 'ADMIN',
  /** Uses the town hall’s services. */
  CITIZEN: 'CITIZEN',
  /** Works the queue, bookings and messages of their offices. */
  STAFF: 'STAFF'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** A new version of a service’s online application form. */
export type SaveApplicationFormInput = {
  /** The FormDefinition (JSON Schema 2020-12 with UI hints and documents; docs/application-forms.md). Each problem comes back as a userError with field ["definition", <JSON pointer>]. */
  definition: unknown;
  /** The fee in euro cents, 0 to 1,000,000; null or 0: free of charge. */
  feeCents?: number | null | undefined;
  /** The expected processing time in days, 1 to 365. */
  processingDays: number;
  /** How many years a decided case is kept before it is deleted, 1 to 100 (docs/retention.md). */
  retentionYears: number;
  /** The service’s global ID. */
  serviceId: string | number;
};

/** A message in one of your conversations or your office’s. */
export type SendMessageInput = {
  /** Plain text, up to 4,000 characters. */
  body: string;
  /** The client’s id for this message (up to 100 of A-Z a-z 0-9 _ : . -); sending it again returns the first message and stores nothing. */
  clientMessageId: string;
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** Everything a service is; on update it replaces what was stored. */
export type ServiceInput = {
  /** When it can be booked; null: the defaults (from today to 90 days ahead, no notice, no buffer, no daily limit). */
  bookingWindow?: BookingWindowInput | null | undefined;
  /** The global ID of the category it belongs to. */
  categoryId: string | number;
  /** What it is, who needs it and how it works; up to 5,000 characters per language. */
  description: LocalizedTextInput;
  /** What to bring to the appointment. */
  documents: LocalizedListInput;
  /** Length of one appointment, 5 to 240 minutes. */
  durationMinutes: number;
  /** Fee in euro cents, 0 to 10,000,000; null when free. */
  feeCents?: number | null | undefined;
  /** Synonyms for the search, space-separated, up to 1,000 characters. */
  keywords?: string | null | undefined;
  /** The law the service is based on, up to 300 characters; null: not said. */
  legalBasis?: string | null | undefined;
  /** 14 digits of the federal catalogue (LeiKa). */
  leikaKey?: string | null | undefined;
  /** The service’s name, up to 200 characters per language. */
  name: LocalizedTextInput;
  /** The global IDs of the offices that offer it; on update they replace the list. */
  officeIds: Array<string | number>;
  /** How long processing usually takes, up to 200 characters per language; null: not said. */
  processingTime?: LocalizedTextInput | null | undefined;
  /** Scarce: a guest’s booking waits for the e-mail address to be confirmed (a link, within 30 minutes) before it counts, so that its few times cannot be taken with made-up addresses. Null or left out: false (on update too). */
  scarce?: boolean | null | undefined;
  /** Readable, stable identifier: lower-case words of letters and digits joined by single hyphens, up to 80 characters; unique. */
  slug: string;
};

/** The scopes an API key has from now on, replacing those it had. */
export type SetApiKeyScopesInput = {
  /** The key’s global ID; a live (not revoked) key. */
  apiKeyId: string | number;
  /** Every scope the key has from now on, at most 50; empty leaves it only PUBLIC_READ. Repeats count once. */
  scopes: Array<ApiKeyScopeInput>;
};

/** Whether a conversation is done. */
export type SetConversationStatusInput = {
  /** true closes it; false reopens it: OPEN when the citizen wrote last, WAITING_FOR_CITIZEN when the office did. */
  closed: boolean;
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** A counter’s weekly hours from a date on, in the town’s time zone (TZ, default Europe/Berlin). */
export type SetCounterScheduleInput = {
  /** The counter’s global ID. */
  counterId: string | number;
  /** The whole week; replaces what applied from validFrom. Days without a period are closed; an empty list closes the counter. */
  periods: Array<OpeningPeriodInput>;
  /** First local date ("YYYY-MM-DD") of the new hours. */
  validFrom: string;
  /** Last local date ("YYYY-MM-DD") of the new hours, not before validFrom; null: open-ended. Hours set for any date from validFrom on are replaced, so after this date the counter has none until new ones are set. */
  validUntil?: string | null | undefined;
};

/** The case to take. */
export type TakeApplicationInput = {
  /** The application’s global ID. */
  applicationId: string | number;
};

/** A ticket of an office you work for. */
export type TicketInput = {
  /** The ticket’s global ID. */
  ticketId: string | number;
};

/** How a ticket came into the queue. */
export const TicketKind = {
  /** A booked appointment, checked in; ranked by its start. */
  APPOINTMENT: 'APPOINTMENT',
  /** Drawn without an appointment, at the kiosk or online. */
  WALK_IN: 'WALK_IN'
} as const;

export type TicketKind = typeof TicketKind[keyof typeof TicketKind];
/** Where a ticket of the lobby queue stands. */
export const TicketState = {
  /** Called to a counter (`counterName`): go there now. */
  CALLED: 'CALLED',
  /** Served. */
  DONE: 'DONE',
  /** The office’s day ended before it was served: draw a new ticket or book an appointment. */
  EXPIRED: 'EXPIRED',
  /** Called, and did not come. */
  NO_SHOW: 'NO_SHOW',
  /** Put aside by the clerk; called again by number later. */
  PARKED: 'PARKED',
  /** In line, waiting to be called. */
  WAITING: 'WAITING'
} as const;

export type TicketState = typeof TicketState[keyof typeof TicketState];
/** Where a called ticket goes: back into line for another service, or to one counter only; it keeps its place. */
export type TransferTicketInput = {
  /** The only counter that may call it (a Counter’s global ID); any when not given. */
  counterId?: string | number | null | undefined;
  /** The service it now waits for (a Service’s global ID); the same when not given. */
  serviceId?: string | number | null | undefined;
  /** The ticket’s global ID; it must be called. */
  ticketId: string | number;
};

/** New content for an announcement; recorded as a new revision. */
export type UpdateAnnouncementInput = {
  /** Everything it says and until when it is valid; replaces the previous content (publishAt and the office stay). */
  announcement: AnnouncementInput;
  /** The `revision` you edited; when someone changed it since, the edit is refused with EDIT_CONFLICT instead of overwriting theirs. */
  expectedRevision?: number | null | undefined;
  /** The announcement’s global ID. */
  id: string | number;
};

/** An answer template’s new name and text. */
export type UpdateAnswerTemplateInput = {
  /** The text, 1 to 4,000 characters. */
  body: string;
  /** The template’s global ID. */
  id: string | number;
  /** What the staff call it, 1 to 80 characters; unique in the office. */
  name: string;
};

/** New data for a category. */
export type UpdateCategoryInput = {
  /** The category’s global ID. */
  categoryId: string | number;
  /** The category’s name, up to 200 characters per language; translations left null are cleared. */
  name: LocalizedTextInput;
  /** Display order, ascending: 0 to 10,000; null: 0. */
  position?: number | null | undefined;
  /** Readable, stable identifier: lower-case words of letters and digits joined by single hyphens, up to 80 characters; unique. */
  slug: string;
};

/** New data for an office. */
export type UpdateOfficeInput = {
  /** The office’s data as it shall be; optional fields left null are cleared. */
  office: OfficeInput;
  /** The office’s global ID. */
  officeId: string | number;
};

/** New data for a service. */
export type UpdateServiceInput = {
  /** The service’s data as it shall be; optional fields left null are cleared. */
  service: ServiceInput;
  /** The service’s global ID. */
  serviceId: string | number;
};

export type CreateOfficeMutationVariables = Exact<{
  input: CreateOfficeInput;
}>;


export type CreateOfficeMutation = { createOffice: { __typename: 'OfficePayload', office: { __typename: 'Office', id: string, name: string } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type RetireOfficeMutationVariables = Exact<{
  input: RetireOfficeInput;
}>;


export type RetireOfficeMutation = { retireOffice: { __typename: 'RetireOfficePayload', futureAppointments: number | null, office: { __typename: 'Office', id: string } | null, userErrors: Array<{ __typename: 'RetirementError', code: RetirementErrorCode, field: Array<string> | null, message: string }> } };

export type AdminOfficeQueryVariables = Exact<{
  officeId: string | number;
  lang?: Language | null | undefined;
}>;


export type AdminOfficeQuery = { counters: Array<{ __typename: 'Counter', id: string, name: string, active: boolean, retiredAt: string | null, services: Array<{ __typename: 'Service', id: string, name: string }> }>, services: { __typename: 'ServiceConnection', edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string, durationMinutes: number } }> } };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { __typename: 'ServicePayload', service: { __typename: 'Service', id: string, name: string } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type CreateCounterMutationVariables = Exact<{
  input: CreateCounterInput;
}>;


export type CreateCounterMutation = { createCounter: { __typename: 'CounterPayload', counter: { __typename: 'Counter', id: string, name: string } | null, userErrors: Array<{ __typename: 'AppointmentSetupError', code: AppointmentSetupErrorCode, field: Array<string> | null, message: string }> } };

export type SetCounterScheduleMutationVariables = Exact<{
  input: SetCounterScheduleInput;
}>;


export type SetCounterScheduleMutation = { setCounterSchedule: { __typename: 'CounterPayload', counter: { __typename: 'Counter', id: string, name: string } | null, userErrors: Array<{ __typename: 'AppointmentSetupError', code: AppointmentSetupErrorCode, field: Array<string> | null, message: string }> } };

export type RetireServiceMutationVariables = Exact<{
  input: RetireServiceInput;
}>;


export type RetireServiceMutation = { retireService: { __typename: 'RetireServicePayload', futureAppointments: number | null, service: { __typename: 'Service', id: string } | null, userErrors: Array<{ __typename: 'RetirementError', code: RetirementErrorCode, field: Array<string> | null, message: string }> } };

export type RetireCounterMutationVariables = Exact<{
  input: RetireCounterInput;
}>;


export type RetireCounterMutation = { retireCounter: { __typename: 'RetireCounterPayload', futureAppointments: number | null, counter: { __typename: 'Counter', id: string, retiredAt: string | null } | null, userErrors: Array<{ __typename: 'RetirementError', code: RetirementErrorCode, field: Array<string> | null, message: string }> } };

export type AdminOfficesQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type AdminOfficesQuery = { allOffices: Array<{ __typename: 'Office', id: string, name: string, retiredAt: string | null }> };

export type OfficeDetailsQueryVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeDetailsQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Announcement' }
    | { __typename: 'AnswerTemplate' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Application' }
    | { __typename: 'ApplicationDocument' }
    | { __typename: 'ApplicationForm' }
    | { __typename: 'Appointment' }
    | { __typename: 'AppointmentRelease' }
    | { __typename: 'Category' }
    | { __typename: 'Closure' }
    | { __typename: 'Conversation' }
    | { __typename: 'Counter' }
    | { __typename: 'KioskDevice' }
    | { __typename: 'Message' }
    | { __typename: 'Office', id: string, slug: string, phone: string | null, email: string | null, website: string | null, names: { __typename: 'LocalizedText', de: string, en: string | null, deLs: string | null }, address: { __typename: 'Address', street: string, postalCode: string, city: string } }
    | { __typename: 'Passkey' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'Ticket' }
    | { __typename: 'WaitlistEntry' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type UpdateOfficeMutationVariables = Exact<{
  input: UpdateOfficeInput;
}>;


export type UpdateOfficeMutation = { updateOffice: { __typename: 'OfficePayload', office: { __typename: 'Office', id: string, name: string, slug: string, phone: string | null, email: string | null, website: string | null, names: { __typename: 'LocalizedText', de: string, en: string | null, deLs: string | null }, address: { __typename: 'Address', street: string, postalCode: string, city: string } } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type OfficeClosuresQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  to: string;
}>;


export type OfficeClosuresQuery = { closures: Array<{ __typename: 'Closure', id: string, startsAt: string, endsAt: string, reason: string, counter: { __typename: 'Counter', id: string, name: string } | null }>, counters: Array<{ __typename: 'Counter', id: string, name: string, retiredAt: string | null }> };

export type CreateClosureMutationVariables = Exact<{
  input: CreateClosureInput;
}>;


export type CreateClosureMutation = { createClosure: { __typename: 'ClosurePayload', bookedAppointments: number | null, closure: { __typename: 'Closure', id: string } | null, userErrors: Array<{ __typename: 'AppointmentSetupError', code: AppointmentSetupErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteClosureMutationVariables = Exact<{
  input: DeleteClosureInput;
}>;


export type DeleteClosureMutation = { deleteClosure: { __typename: 'DeleteClosurePayload', removedId: string | null, userErrors: Array<{ __typename: 'AppointmentSetupError', code: AppointmentSetupErrorCode, field: Array<string> | null, message: string }> } };

export type AdminApplicationFormQueryVariables = Exact<{
  id: string | number;
  lang?: Language | null | undefined;
}>;


export type AdminApplicationFormQuery = { service: { __typename: 'Service', id: string, name: string, retiredAt: string | null, onlineApplication: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown, processingDays: number, retentionYears: number, fee: { __typename: 'Money', amountCents: number } | null } | null } | null };

export type SaveApplicationFormMutationVariables = Exact<{
  input: SaveApplicationFormInput;
}>;


export type SaveApplicationFormMutation = { saveApplicationForm: { __typename: 'ApplicationFormPayload', applicationForm: { __typename: 'ApplicationForm', id: string, version: number } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveApplicationFormMutationVariables = Exact<{
  input: RemoveApplicationFormInput;
}>;


export type RemoveApplicationFormMutation = { removeApplicationForm: { __typename: 'ApplicationFormPayload', applicationForm: { __typename: 'ApplicationForm', id: string, version: number } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type OfficeApplicationsQueryVariables = Exact<{
  officeId: string | number;
  queue: ApplicationQueue;
  serviceId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficeApplicationsQuery = { officeApplications: { __typename: 'ApplicationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, applicantName: string | null, submittedAt: string | null, dueAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, assignee: { __typename: 'Colleague', id: string, name: string } | null } }> }, officeApplicationCounts: { __typename: 'ApplicationCounts', new: number, mine: number, waiting: number, overdue: number, open: number } };

export type OfficeApplicationServicesQueryVariables = Exact<{
  officeId: string | number;
  lang?: Language | null | undefined;
}>;


export type OfficeApplicationServicesQuery = { services: { __typename: 'ServiceConnection', edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string, onlineApplication: { __typename: 'ApplicationForm', id: string } | null } }> } };

export type OfficeApplicationsChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeApplicationsChangedSubscription = { officeApplicationsChanged: { __typename: 'ApplicationChange', applicationId: string, status: ApplicationStatus } };

export type StaffApplicationFragment = { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> };

export type StaffApplicationOutcomeFragment = { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> };

export type StaffApplicationDocumentFragment = { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string };

export type StaffApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffApplicationQuery = { application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null };

export type StaffApplicationUpdatedSubscriptionVariables = Exact<{
  applicationId: string | number;
}>;


export type StaffApplicationUpdatedSubscription = { applicationUpdated: { __typename: 'Application', id: string, status: ApplicationStatus, version: number } };

export type ApplicationColleaguesQueryVariables = Exact<{
  officeId: string | number;
}>;


export type ApplicationColleaguesQuery = { inbox: { __typename: 'Inbox', colleagues: Array<{ __typename: 'Colleague', id: string, name: string }> } };

export type TakeApplicationMutationVariables = Exact<{
  input: TakeApplicationInput;
}>;


export type TakeApplicationMutation = { takeApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type AssignApplicationMutationVariables = Exact<{
  input: AssignApplicationInput;
}>;


export type AssignApplicationMutation = { assignApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type RequestApplicationInformationMutationVariables = Exact<{
  input: RequestApplicationInformationInput;
}>;


export type RequestApplicationInformationMutation = { requestApplicationInformation: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type ResumeApplicationMutationVariables = Exact<{
  input: ResumeApplicationInput;
}>;


export type ResumeApplicationMutation = { resumeApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type ApproveApplicationMutationVariables = Exact<{
  input: ApproveApplicationInput;
}>;


export type ApproveApplicationMutation = { approveApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type RejectApplicationMutationVariables = Exact<{
  input: RejectApplicationInput;
}>;


export type RejectApplicationMutation = { rejectApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type CloseApplicationMutationVariables = Exact<{
  input: CloseApplicationInput;
}>;


export type CloseApplicationMutation = { closeApplication: { __typename: 'ApplicationPayload', application: { __typename: 'Application', id: string, reference: string | null, status: ApplicationStatus, version: number, applicantName: string | null, answers: unknown, decisionReason: string | null, submittedAt: string | null, dueAt: string | null, decidedAt: string | null, closedAt: string | null, overdue: boolean, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string }, form: { __typename: 'ApplicationForm', id: string, version: number, definition: unknown }, assignee: { __typename: 'Colleague', id: string, name: string } | null, conversation: { __typename: 'Conversation', id: string } | null, documents: Array<{ __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string }>, receipt: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, decision: { __typename: 'ApplicationDocument', id: string, requirement: string | null, kind: ApplicationDocumentKind, fileName: string, mediaType: string, size: number, uploadedAt: string, fromOffice: boolean, downloadUrl: string } | null, timeline: Array<{ __typename: 'ApplicationEvent', kind: ApplicationEventKind, status: ApplicationStatus, at: string, byOffice: boolean, note: string | null, actorName: string | null }> } | null, userErrors: Array<{ __typename: 'ApplicationError', code: ApplicationErrorCode, field: Array<string> | null, message: string }> } };

export type OfficeAppointmentsQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  to: string;
  reason: AccessReason;
}>;


export type OfficeAppointmentsQuery = { officeAppointments: Array<{ __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, name: string, email: string, phone: string | null, counterName: string, ticket: { __typename: 'Ticket', number: string, state: TicketState } | null, service: { __typename: 'Service', id: string, name: string } }> };

export type OfficeAppointmentsChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeAppointmentsChangedSubscription = { officeAppointmentsChanged: { __typename: 'OfficeAppointmentsChange', startsAt: string, endsAt: string } };

export type PlanQueueEventsSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PlanQueueEventsSubscription = { queueEvents: { __typename: 'QueueEvent', seq: number, kind: QueueEventKind } };

export type CancelDayCountersQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CancelDayCountersQuery = { counters: Array<{ __typename: 'Counter', id: string, name: string, retiredAt: string | null }> };

export type CancelOfficeAppointmentsMutationVariables = Exact<{
  input: CancelOfficeAppointmentsInput;
}>;


export type CancelOfficeAppointmentsMutation = { cancelOfficeAppointments: { __typename: 'CancelOfficeAppointmentsPayload', cancelledCount: number | null, userErrors: Array<{ __typename: 'CancelOfficeAppointmentsError', code: CancelOfficeAppointmentsErrorCode, field: Array<string> | null, message: string }> } };

export type OfficeDashboardQueryVariables = Exact<{
  officeId: string | number;
  days?: number | null | undefined;
}>;


export type OfficeDashboardQuery = { officeDashboard: { __typename: 'OfficeDashboard', openConversations: number, awaitingAnswer: number, oldestWaitingSince: string | null, noticesInForce: number, firstAnswerMedianSeconds: number | null, today: { __typename: 'OfficeDashboardDay', day: string, booked: number, cancelled: number, checkedIn: number, noShows: number }, days: Array<{ __typename: 'OfficeDashboardDay', day: string, booked: number, checkedIn: number, noShows: number, conversationsStarted: number, firstAnswerMedianSeconds: number | null }> } };

export type DashboardAppointmentsChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DashboardAppointmentsChangedSubscription = { officeAppointmentsChanged: { __typename: 'OfficeAppointmentsChange', startsAt: string } };

export type DashboardInboxSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DashboardInboxSubscription = { inboxEvents: { __typename: 'InboxEvent', reason: string } };

export type DashboardQueueSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DashboardQueueSubscription = { queueEvents: { __typename: 'QueueEvent', seq: number } };

export type DashboardNoticesSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type DashboardNoticesSubscription = { announcementPublished: { __typename: 'Announcement', id: string } };

export type InboxQueryVariables = Exact<{
  officeId: string | number;
  status?: ConversationStatus | null | undefined;
  assignee: InboxAssignee;
  excludeClosed: boolean;
}>;


export type InboxQuery = { inbox: { __typename: 'Inbox', unreadConversations: number, colleagues: Array<{ __typename: 'Colleague', id: string, name: string }>, conversations: { __typename: 'ConversationConnection', totalCount: number, edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, subject: string, status: ConversationStatus, citizenName: string, unreadCount: number, lastMessageAt: string, assignee: { __typename: 'Colleague', id: string, name: string } | null } }> } } };

export type InboxEventsSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type InboxEventsSubscription = { inboxEvents: { __typename: 'InboxEvent', reason: string, conversation: { __typename: 'Conversation', id: string } } };

export type InboxMessageFragment = { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string };

export type InboxConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type InboxConversationQuery = { conversation: { __typename: 'Conversation', id: string, subject: string, status: ConversationStatus, citizenName: string, lastSeq: number, citizenLastReadSeq: number, officeLastReadSeq: number, office: { __typename: 'Office', id: string }, assignee: { __typename: 'Colleague', id: string, name: string } | null, appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, service: { __typename: 'Service', id: string, name: string } } | null, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean } } } | null };

export type InboxSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type InboxSendMessageMutation = { sendMessage: { __typename: 'SendMessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type InboxMarkReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type InboxMarkReadMutation = { markConversationRead: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, officeLastReadSeq: number } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, message: string }> } };

export type InboxTypingMutationVariables = Exact<{
  input: ConversationInput;
}>;


export type InboxTypingMutation = { sendTypingIndicator: { __typename: 'TypingPayload', sent: boolean } };

export type AssignConversationMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type AssignConversationMutation = { assignConversation: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, assignee: { __typename: 'Colleague', id: string, name: string } | null } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type SetConversationStatusMutationVariables = Exact<{
  input: SetConversationStatusInput;
}>;


export type SetConversationStatusMutation = { setConversationStatus: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, status: ConversationStatus } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type AnswerTemplatesQueryVariables = Exact<{
  officeId: string | number;
}>;


export type AnswerTemplatesQuery = { answerTemplates: Array<{ __typename: 'AnswerTemplate', id: string, name: string, body: string, updatedAt: string, updatedBy: { __typename: 'Colleague', id: string, name: string } | null }> };

export type CreateAnswerTemplateMutationVariables = Exact<{
  input: CreateAnswerTemplateInput;
}>;


export type CreateAnswerTemplateMutation = { createAnswerTemplate: { __typename: 'AnswerTemplatePayload', answerTemplate: { __typename: 'AnswerTemplate', id: string } | null, userErrors: Array<{ __typename: 'AnswerTemplateError', code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateAnswerTemplateMutationVariables = Exact<{
  input: UpdateAnswerTemplateInput;
}>;


export type UpdateAnswerTemplateMutation = { updateAnswerTemplate: { __typename: 'AnswerTemplatePayload', answerTemplate: { __typename: 'AnswerTemplate', id: string } | null, userErrors: Array<{ __typename: 'AnswerTemplateError', code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteAnswerTemplateMutationVariables = Exact<{
  input: DeleteAnswerTemplateInput;
}>;


export type DeleteAnswerTemplateMutation = { deleteAnswerTemplate: { __typename: 'DeleteAnswerTemplatePayload', deletedAnswerTemplateId: string | null, userErrors: Array<{ __typename: 'AnswerTemplateError', code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type StaffNoticesQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  townWide: boolean;
}>;


export type StaffNoticesQuery = { drafts: { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, availableLanguages: Array<Language>, office: { __typename: 'Office', id: string } | null } }> }, scheduled: { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, availableLanguages: Array<Language>, office: { __typename: 'Office', id: string } | null } }> }, inForce: { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, availableLanguages: Array<Language>, office: { __typename: 'Office', id: string } | null } }> }, ended: { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, availableLanguages: Array<Language>, office: { __typename: 'Office', id: string } | null } }> } };

export type StaffNoticeListFragment = { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, availableLanguages: Array<Language>, office: { __typename: 'Office', id: string } | null } }> };

export type StaffNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffNoticeQuery = { announcement: { __typename: 'Announcement', id: string, title: string, category: AnnouncementCategory, severity: AnnouncementSeverity, status: AnnouncementStatus, publishAt: string | null, expiresAt: string | null, eventStartsAt: string | null, eventEndsAt: string | null, eventLocation: string | null, revision: number, viewerCanEdit: boolean, updatedAt: string, translations: Array<{ __typename: 'AnnouncementTranslation', language: Language, title: string, body: string }>, office: { __typename: 'Office', id: string, name: string } | null } | null };

export type StaffNoticeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffNoticeHistoryQuery = { announcement: { __typename: 'Announcement', id: string, title: string, viewerCanEdit: boolean, office: { __typename: 'Office', id: string, name: string } | null, revisions: Array<{ __typename: 'AnnouncementRevision', revision: number, action: AnnouncementRevisionAction, editedAt: string, editedBy: string | null, category: AnnouncementCategory, severity: AnnouncementSeverity, publishAt: string | null, expiresAt: string | null, eventStartsAt: string | null, eventEndsAt: string | null, eventLocation: string | null, translations: Array<{ __typename: 'AnnouncementTranslation', language: Language, title: string, body: string }> }> | null } | null };

export type CreateNoticeMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type CreateNoticeMutation = { createAnnouncement: { __typename: 'AnnouncementPayload', announcement: { __typename: 'Announcement', id: string, status: AnnouncementStatus, revision: number } | null, userErrors: Array<{ __typename: 'AnnouncementError', code: AnnouncementErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateNoticeMutationVariables = Exact<{
  input: UpdateAnnouncementInput;
}>;


export type UpdateNoticeMutation = { updateAnnouncement: { __typename: 'AnnouncementPayload', announcement: { __typename: 'Announcement', id: string, status: AnnouncementStatus, revision: number } | null, userErrors: Array<{ __typename: 'AnnouncementError', code: AnnouncementErrorCode, field: Array<string> | null, message: string }> } };

export type PublishNoticeMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type PublishNoticeMutation = { publishAnnouncement: { __typename: 'AnnouncementPayload', announcement: { __typename: 'Announcement', id: string, status: AnnouncementStatus, revision: number } | null, userErrors: Array<{ __typename: 'AnnouncementError', code: AnnouncementErrorCode, field: Array<string> | null, message: string }> } };

export type WithdrawNoticeMutationVariables = Exact<{
  input: AnnouncementIdInput;
}>;


export type WithdrawNoticeMutation = { withdrawAnnouncement: { __typename: 'AnnouncementPayload', announcement: { __typename: 'Announcement', id: string, status: AnnouncementStatus, revision: number } | null, userErrors: Array<{ __typename: 'AnnouncementError', code: AnnouncementErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteNoticeMutationVariables = Exact<{
  input: AnnouncementIdInput;
}>;


export type DeleteNoticeMutation = { deleteAnnouncement: { __typename: 'DeleteAnnouncementPayload', deletedAnnouncementId: string | null, userErrors: Array<{ __typename: 'AnnouncementError', code: AnnouncementErrorCode, field: Array<string> | null, message: string }> } };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { staffMembers: Array<{ __typename: 'StaffMember', id: string, name: string, email: string, roles: Array<Role>, offices: Array<{ __typename: 'Office', id: string, name: string }> }> };

export type GrantStaffAccessMutationVariables = Exact<{
  input: GrantStaffAccessInput;
}>;


export type GrantStaffAccessMutation = { grantStaffAccess: { __typename: 'StaffMemberPayload', staffMember: { __typename: 'StaffMember', id: string, name: string, email: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeStaffAccessMutationVariables = Exact<{
  input: RevokeStaffAccessInput;
}>;


export type RevokeStaffAccessMutation = { revokeStaffAccess: { __typename: 'StaffMemberPayload', staffMember: { __typename: 'StaffMember', id: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type KioskDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskDevicesQuery = { kioskDevices: Array<{ __typename: 'KioskDevice', id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, office: { __typename: 'Office', id: string, name: string } }> };

export type IssueKioskTokenMutationVariables = Exact<{
  input: IssueKioskTokenInput;
}>;


export type IssueKioskTokenMutation = { issueKioskToken: { __typename: 'IssueKioskTokenPayload', token: string | null, kioskDevice: { __typename: 'KioskDevice', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeKioskDeviceMutationVariables = Exact<{
  input: RevokeKioskDeviceInput;
}>;


export type RevokeKioskDeviceMutation = { revokeKioskDevice: { __typename: 'KioskDevicePayload', kioskDevice: { __typename: 'KioskDevice', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type ApiKeysQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { __typename: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApiKeyEdge', node: { __typename: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, owner: { __typename: 'ApiKeyOwner', id: string, name: string, email: string }, scopes: Array<{ __typename: 'ApiKeyScopeGrant', scope: ApiKeyScope, office: { __typename: 'Office', id: string, name: string } }> } }> }, staffMembers: Array<{ __typename: 'StaffMember', id: string, name: string, email: string }>, allOffices: Array<{ __typename: 'Office', id: string, name: string, retiredAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { __typename: 'CreateApiKeyPayload', key: string | null, apiKey: { __typename: 'ApiKey', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { __typename: 'ApiKeyPayload', apiKey: { __typename: 'ApiKey', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type SetApiKeyScopesMutationVariables = Exact<{
  input: SetApiKeyScopesInput;
}>;


export type SetApiKeyScopesMutation = { setApiKeyScopes: { __typename: 'ApiKeyPayload', apiKey: { __typename: 'ApiKey', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type DeskTicketFragment = { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } };

export type CounterDeskQueryVariables = Exact<{
  officeId: string | number;
}>;


export type CounterDeskQuery = { counters: Array<{ __typename: 'Counter', id: string, name: string, active: boolean, services: Array<{ __typename: 'Service', id: string, name: string }> }>, queueCounters: Array<{ __typename: 'QueueCounter', id: string, name: string, open: boolean }>, officeQueue: Array<{ __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } }>, queueBoard: { __typename: 'QueueBoard', seq: number } };

export type QueueEventsSubscriptionVariables = Exact<{
  officeId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type QueueEventsSubscription = { queueEvents: { __typename: 'QueueEvent', seq: number, kind: QueueEventKind } };

export type TicketAppointmentQueryVariables = Exact<{
  ticketId: string | number;
  reason: AccessReason;
}>;


export type TicketAppointmentQuery = { ticketAppointment: { __typename: 'Appointment', id: string, code: string, name: string, email: string, phone: string | null, startsAt: string, endsAt: string } | null };

export type OpenCounterMutationVariables = Exact<{
  input: QueueCounterInput;
}>;


export type OpenCounterMutation = { openCounter: { __typename: 'QueueCounterPayload', counter: { __typename: 'QueueCounter', id: string, open: boolean } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type CloseCounterMutationVariables = Exact<{
  input: QueueCounterInput;
}>;


export type CloseCounterMutation = { closeCounter: { __typename: 'QueueCounterPayload', counter: { __typename: 'QueueCounter', id: string, open: boolean } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type CallNextTicketMutationVariables = Exact<{
  input: QueueCounterInput;
}>;


export type CallNextTicketMutation = { callNextTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type CallTicketMutationVariables = Exact<{
  input: CallTicketInput;
}>;


export type CallTicketMutation = { callTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type RecallTicketMutationVariables = Exact<{
  input: TicketInput;
}>;


export type RecallTicketMutation = { recallTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type MarkTicketNoShowMutationVariables = Exact<{
  input: TicketInput;
}>;


export type MarkTicketNoShowMutation = { markTicketNoShow: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type FinishTicketMutationVariables = Exact<{
  input: TicketInput;
}>;


export type FinishTicketMutation = { finishTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type ParkTicketMutationVariables = Exact<{
  input: TicketInput;
}>;


export type ParkTicketMutation = { parkTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type TransferTicketMutationVariables = Exact<{
  input: TransferTicketInput;
}>;


export type TransferTicketMutation = { transferTicket: { __typename: 'QueueTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, createdAt: string, calledAt: string | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'QueueActionError', code: QueueActionErrorCode, field: Array<string> | null, message: string }> } };

export type AdminServicesQueryVariables = Exact<{
  query?: string | null | undefined;
  after?: string | null | undefined;
  lang?: Language | null | undefined;
}>;


export type AdminServicesQuery = { services: { __typename: 'ServiceConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string, retiredAt: string | null, category: { __typename: 'Category', id: string, name: string } | null, offices: Array<{ __typename: 'Office', id: string, name: string }> } }> } };

export type AdminServiceQueryVariables = Exact<{
  id: string | number;
  lang?: Language | null | undefined;
}>;


export type AdminServiceQuery = { service: { __typename: 'Service', id: string, slug: string, leikaKey: string | null, name: string, keywords: string, legalBasis: string | null, durationMinutes: number, scarce: boolean, retiredAt: string | null, bookingWindow: { __typename: 'BookingWindow', earliestDaysAhead: number, latestDaysAhead: number, minimumNoticeMinutes: number, bufferMinutes: number, dailyLimit: number | null }, fee: { __typename: 'Money', amountCents: number } | null, texts: { __typename: 'ServiceTexts', name: { __typename: 'LocalizedTexts', de: string, en: string | null, deLs: string | null }, description: { __typename: 'LocalizedTexts', de: string, en: string | null, deLs: string | null }, documents: { __typename: 'LocalizedLists', de: Array<string>, en: Array<string> | null, deLs: Array<string> | null }, processingTime: { __typename: 'LocalizedTexts', de: string, en: string | null, deLs: string | null } | null }, category: { __typename: 'Category', id: string } | null, offices: Array<{ __typename: 'Office', id: string }> } | null };

export type AdminCategoriesQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type AdminCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, slug: string, name: string, names: { __typename: 'LocalizedTexts', de: string, en: string | null, deLs: string | null } }> };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { __typename: 'ServicePayload', service: { __typename: 'Service', id: string, name: string } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, name: string } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, name: string } | null, userErrors: Array<{ __typename: 'CatalogueAdminError', code: CatalogueAdminErrorCode, field: Array<string> | null, message: string }> } };

export type StaffQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type StaffQuery = { me: { __typename: 'Account', id: string, name: string, roles: Array<Role>, offices: Array<{ __typename: 'Office', id: string, name: string }> } | null, offices: Array<{ __typename: 'Office', id: string, name: string }> };

export const StaffApplicationDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffApplicationDocumentFragment, unknown>;
export const StaffApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffApplicationFragment, unknown>;
export const StaffApplicationOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffApplicationOutcomeFragment, unknown>;
export const InboxMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxMessageFragment, unknown>;
export const StaffNoticeListFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffNoticeList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffNoticeListFragment, unknown>;
export const DeskTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeskTicketFragment, unknown>;
export const CreateOfficeDocument = {"__meta__":{"hash":"92b5813c00a1fde940fa73d446e25c37f88003c8c86cf44fa7fdb6f1ef25cd04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateOfficeMutation, CreateOfficeMutationVariables>;
export const RetireOfficeDocument = {"__meta__":{"hash":"b69c6df83b02612fe70adfb68d8cba0fa01b7a35fbc8c9e95c5d866745ad218f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"futureAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RetireOfficeMutation, RetireOfficeMutationVariables>;
export const AdminOfficeDocument = {"__meta__":{"hash":"3c0f463cb0d73cd2122edc1a6db1643db1391d577c702c716266442d1a710d8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminOfficeQuery, AdminOfficeQueryVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"5e81d5a0a415fcf0af0a8992df16d0c1594a0996d7afe9238c64c54b3fd44eda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const CreateCounterDocument = {"__meta__":{"hash":"633f656a260106319fa6b0ea2683fedf41e6b93197a28fa4decaec847a109597"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateCounterMutation, CreateCounterMutationVariables>;
export const SetCounterScheduleDocument = {"__meta__":{"hash":"6de8005269187bcc70865baa0d9e17933025c07de07308851fc7d6a76ede9443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCounterSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCounterScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCounterSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetCounterScheduleMutation, SetCounterScheduleMutationVariables>;
export const RetireServiceDocument = {"__meta__":{"hash":"0f8207d1e504ad54164d022a6924106b531182ff882ac801607bff14431bdb89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"futureAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RetireServiceMutation, RetireServiceMutationVariables>;
export const RetireCounterDocument = {"__meta__":{"hash":"04b81499417d965fe27b319af5f247643587825f8c58c34eec585dba39813960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"futureAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RetireCounterMutation, RetireCounterMutationVariables>;
export const AdminOfficesDocument = {"__meta__":{"hash":"dfed575a4138e9d9d29baf667c05e2e91074aea0749216cf2d3d27e684ebae5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOffices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allOffices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminOfficesQuery, AdminOfficesQueryVariables>;
export const OfficeDetailsDocument = {"__meta__":{"hash":"83cfb5716e3b2fad91d9f48d578dc00ae2db45734a54017abb5113d5e9c09501"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Office"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeDetailsQuery, OfficeDetailsQueryVariables>;
export const UpdateOfficeDocument = {"__meta__":{"hash":"846b6b0ffec9b33e78e40ec18bb9526e9ab1839dd59f7f394242a527e4363916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfficeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateOfficeMutation, UpdateOfficeMutationVariables>;
export const OfficeClosuresDocument = {"__meta__":{"hash":"88b277b522b2898d17c406bd2f18d05caa2f6add20ae0f165cf1e71c3af1bd74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeClosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeClosuresQuery, OfficeClosuresQueryVariables>;
export const CreateClosureDocument = {"__meta__":{"hash":"e692cb8dfbc8371a5a446d81c0172406927eb75aa33ebc9cd74fbaf8ef0d5e68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateClosureMutation, CreateClosureMutationVariables>;
export const DeleteClosureDocument = {"__meta__":{"hash":"ca7d4813c3bef3bd6a47a22c5dbcc4d685b6a71ac5bc717ad5823dcb639e227c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteClosureMutation, DeleteClosureMutationVariables>;
export const AdminApplicationFormDocument = {"__meta__":{"hash":"a4beb492995ee83c5831da8bf87c4542951b8fa6ca4b9a982abd88956cb81bf7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApplicationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onlineApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminApplicationFormQuery, AdminApplicationFormQueryVariables>;
export const SaveApplicationFormDocument = {"__meta__":{"hash":"2f4d46d895bc3fc68aaf7778749ef27bde0446f55d39c4c5a1305e8a24aca417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveApplicationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveApplicationFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveApplicationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SaveApplicationFormMutation, SaveApplicationFormMutationVariables>;
export const RemoveApplicationFormDocument = {"__meta__":{"hash":"5e63372d1f961487ebbca2b2522aa40b37a33fe36b2cd102c549156c311a6b9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveApplicationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveApplicationFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeApplicationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RemoveApplicationFormMutation, RemoveApplicationFormMutationVariables>;
export const OfficeApplicationsDocument = {"__meta__":{"hash":"81d809746e226c946dd58bb18d53979888ec949f9836aa33749174db52bd777e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationQueue"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeApplicationCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeApplicationsQuery, OfficeApplicationsQueryVariables>;
export const OfficeApplicationServicesDocument = {"__meta__":{"hash":"6de8cd7aa9bde82a1d244586fb33dc339778907c1d227be28925d8efd351a0da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeApplicationServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onlineApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeApplicationServicesQuery, OfficeApplicationServicesQueryVariables>;
export const OfficeApplicationsChangedDocument = {"__meta__":{"hash":"efc1510003f1a32259cd9c63757fef3c81545cf2de035663fba98dfed5b06f1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficeApplicationsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeApplicationsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeApplicationsChangedSubscription, OfficeApplicationsChangedSubscriptionVariables>;
export const StaffApplicationDocument = {"__meta__":{"hash":"583f2689e352f80ba45e45d2b4f346f31b9ec36c5a40390e9c52a07f606e97b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffApplicationQuery, StaffApplicationQueryVariables>;
export const StaffApplicationUpdatedDocument = {"__meta__":{"hash":"8a67e25b98cfafe787f317b796ee0413e9d324b34803d961a3a23b56789e3645"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffApplicationUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffApplicationUpdatedSubscription, StaffApplicationUpdatedSubscriptionVariables>;
export const ApplicationColleaguesDocument = {"__meta__":{"hash":"5fa0222fa8401ddee35cfbb357adbc22e3f09ee5e531c130cba86e9573d3c90b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationColleagues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApplicationColleaguesQuery, ApplicationColleaguesQueryVariables>;
export const TakeApplicationDocument = {"__meta__":{"hash":"a573e1773f7c462fc047f142f26e78eaa08a53b456f6d0e01f67684324440e11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TakeApplicationMutation, TakeApplicationMutationVariables>;
export const AssignApplicationDocument = {"__meta__":{"hash":"8c3f392fcc7b81913176758436af5a7f94698277f301a1ac19f61393d9e44248"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AssignApplicationMutation, AssignApplicationMutationVariables>;
export const RequestApplicationInformationDocument = {"__meta__":{"hash":"1efebf0d3cdc4b255a0df24c8d34109e91cd02d9a1319213c3f7e6f1314b4165"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestApplicationInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestApplicationInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestApplicationInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RequestApplicationInformationMutation, RequestApplicationInformationMutationVariables>;
export const ResumeApplicationDocument = {"__meta__":{"hash":"e78f26d40e63f23202e3db3efe84ee1ad06bdcb238c52ad78d0148b7ce41cbf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ResumeApplicationMutation, ResumeApplicationMutationVariables>;
export const ApproveApplicationDocument = {"__meta__":{"hash":"1dcf3ddf3ec83ff2b8ad6f3b844186d50714762a2d3a5437a5b480a3240d1503"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ApproveApplicationMutation, ApproveApplicationMutationVariables>;
export const RejectApplicationDocument = {"__meta__":{"hash":"6c56816a8b27756bf8a629becb0651f2f1c248594851d973f9e2c26f83342903"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const CloseApplicationDocument = {"__meta__":{"hash":"e3408d07cead8d9cc4a63e59d30f2c4bbdbbaf20749cdf47a48a7111dd6e2655"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplication"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplicationDocument"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOffice"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffApplicationOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffApplication"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CloseApplicationMutation, CloseApplicationMutationVariables>;
export const OfficeAppointmentsDocument = {"__meta__":{"hash":"ddaf32fa50da9b6790cc6504df377d886a89bcefbbca2ab5faba9b04b137ab27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsQuery, OfficeAppointmentsQueryVariables>;
export const OfficeAppointmentsChangedDocument = {"__meta__":{"hash":"e3256bd92958805a5a2ced6a6b3bddb5eaed3d868efb127b8c3a30d50c7d4a4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficeAppointmentsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointmentsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsChangedSubscription, OfficeAppointmentsChangedSubscriptionVariables>;
export const PlanQueueEventsDocument = {"__meta__":{"hash":"cf9332f735406a990fddc63798b4a325641626097ddad1b42e14c5e5280f570b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanQueueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PlanQueueEventsSubscription, PlanQueueEventsSubscriptionVariables>;
export const CancelDayCountersDocument = {"__meta__":{"hash":"ee6fed8fca53d330c9a56a8def9cdff4afb58bc989de06000f60da2f0b4fea63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancelDayCounters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CancelDayCountersQuery, CancelDayCountersQueryVariables>;
export const CancelOfficeAppointmentsDocument = {"__meta__":{"hash":"bc5dcbd498ba1b5b85d95144f62b745a75c0a2662e6725040fbbf3a581cf9def"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOfficeAppointmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOfficeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CancelOfficeAppointmentsMutation, CancelOfficeAppointmentsMutationVariables>;
export const OfficeDashboardDocument = {"__meta__":{"hash":"be96d47986368da9a24e06decb3ce21d00fb7552d3b8afb0e1df3e95a76e4f90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConversations"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"noticesInForce"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnswerMedianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"conversationsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnswerMedianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OfficeDashboardQuery, OfficeDashboardQueryVariables>;
export const DashboardAppointmentsChangedDocument = {"__meta__":{"hash":"dd24c712ca65b3729357cfcea644072736140eabc0d377fe36c86ea75b7fc224"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardAppointmentsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointmentsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardAppointmentsChangedSubscription, DashboardAppointmentsChangedSubscriptionVariables>;
export const DashboardInboxDocument = {"__meta__":{"hash":"5bd62daf68ecf31ddf6bfb58907003dcde9295a415578c3d52a9585e6351bca9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardInboxSubscription, DashboardInboxSubscriptionVariables>;
export const DashboardQueueDocument = {"__meta__":{"hash":"9379175758bd6961ddc64165c1158e4390ab72a21738c2e8e3a22eb45b791eb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardQueueSubscription, DashboardQueueSubscriptionVariables>;
export const DashboardNoticesDocument = {"__meta__":{"hash":"677bcae4284f3ab3fc7c548697841ab03678b47d4c189eaa51a55be4ce2878a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardNoticesSubscription, DashboardNoticesSubscriptionVariables>;
export const InboxDocument = {"__meta__":{"hash":"8ff33a89d9bc51c736b0243de1e9958d9815eb4e5cab9a6ba17af112d1fbaa4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InboxAssignee"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeClosed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadConversations"}},{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const InboxEventsDocument = {"__meta__":{"hash":"f4971abfe42f1705daf40a28c5f365f001993dcc04fed485967135acdd90abd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const InboxConversationDocument = {"__meta__":{"hash":"b2513f1541f9933343c14ffda350bda3ce1c0f1d14a4a4732f40f97c461775bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"citizenLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"officeLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxConversationQuery, InboxConversationQueryVariables>;
export const InboxSendMessageDocument = {"__meta__":{"hash":"3d7ed39deea5082f4bfa9260b122dc62d7be63cc16ec69c934b2297c16f3731f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxSendMessageMutation, InboxSendMessageMutationVariables>;
export const InboxMarkReadDocument = {"__meta__":{"hash":"7c452e574c4c2879aedd1f0b65a8f38794a3b900a94391fa6a7e70d5bae23981"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officeLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxMarkReadMutation, InboxMarkReadMutationVariables>;
export const InboxTypingDocument = {"__meta__":{"hash":"62bf0db826869057a0638f8fcbeb55cf0b8c053f9947eefaa8cec803131a6d3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTypingIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InboxTypingMutation, InboxTypingMutationVariables>;
export const AssignConversationDocument = {"__meta__":{"hash":"7f66fe2d5a4e26119dd66f5e43206ee1118d78bb8a023f6103136caf485aeb69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignConversationMutation, AssignConversationMutationVariables>;
export const SetConversationStatusDocument = {"__meta__":{"hash":"5164eadb4945936c8577378cac5033bb9e045fca0df7dd092791c168e4b26869"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConversationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConversationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetConversationStatusMutation, SetConversationStatusMutationVariables>;
export const AnswerTemplatesDocument = {"__meta__":{"hash":"b01d5192d11b376ce66ecfd3f7cc8f703ddcefe98c218ba6446ee6ed19af59b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnswerTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnswerTemplatesQuery, AnswerTemplatesQueryVariables>;
export const CreateAnswerTemplateDocument = {"__meta__":{"hash":"8f5452851da0c9f7106e5f13fb2f52beb6201ee76c46242531a2ec1b3f95a3d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateAnswerTemplateMutation, CreateAnswerTemplateMutationVariables>;
export const UpdateAnswerTemplateDocument = {"__meta__":{"hash":"9139c5ea3a767a6865cc46e2b26eb4baedfd241eb96ff47dd4dbfa9228041978"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateAnswerTemplateMutation, UpdateAnswerTemplateMutationVariables>;
export const DeleteAnswerTemplateDocument = {"__meta__":{"hash":"d66bf79b1de19c6c5e6b9c8a4aa9fc9c6bdbe9824d387a742b41b5931267aca7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAnswerTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteAnswerTemplateMutation, DeleteAnswerTemplateMutationVariables>;
export const StaffNoticesDocument = {"__meta__":{"hash":"2409d628b0b7fbeed1ba193b3db653bedfd196ba163fe7f49b29d288524be8b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townWide"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townWide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townWide"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffNoticeList"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"scheduled"},"name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townWide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townWide"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffNoticeList"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inForce"},"name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townWide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townWide"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffNoticeList"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ended"},"name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"townWide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townWide"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPIRED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffNoticeList"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffNoticeList"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StaffNoticesQuery, StaffNoticesQueryVariables>;
export const StaffNoticeDocument = {"__meta__":{"hash":"2d8cc9cede86fccccb411051ebe5ddad01cd0e147b5d2ebe40a42189a6e2b433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventLocation"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffNoticeQuery, StaffNoticeQueryVariables>;
export const StaffNoticeHistoryDocument = {"__meta__":{"hash":"219480685ea3491e421192829640a18ac49abfcb6e1473ed094d73b65a1c781e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNoticeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"DE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventLocation"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffNoticeHistoryQuery, StaffNoticeHistoryQueryVariables>;
export const CreateNoticeDocument = {"__meta__":{"hash":"c13572aa102a04d57fe3f40988681246837c211185347885842f2a4603606a98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateNoticeMutation, CreateNoticeMutationVariables>;
export const UpdateNoticeDocument = {"__meta__":{"hash":"a78a4649642c040b3106dd992baebaabbdc6c251ede48bd2ac89e46f080c4ff4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateNoticeMutation, UpdateNoticeMutationVariables>;
export const PublishNoticeDocument = {"__meta__":{"hash":"2b78efa642df1c71ed6772318a604587c3cb824ed288c5a261971a900fa4a244"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const WithdrawNoticeDocument = {"__meta__":{"hash":"ccf92f0aa65219bf4f2bb79ba43118827ff1233bc0503c3503d47dc541dec3f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawNoticeMutation, WithdrawNoticeMutationVariables>;
export const DeleteNoticeDocument = {"__meta__":{"hash":"8836d5c88eb733908a77a93036db27b60c55c73b03b849b55601d06e2dfb0cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAnnouncementId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteNoticeMutation, DeleteNoticeMutationVariables>;
export const StaffMembersDocument = {"__meta__":{"hash":"0fe5475f2668b416efbb6eb07eb8ebf15f0fdb6f69358d4df80a64b20a34e0c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const GrantStaffAccessDocument = {"__meta__":{"hash":"7e5954a1866a9d3c14f08785877bca0ea3fa8177533d60f300fd24304e84f518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantStaffAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantStaffAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantStaffAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GrantStaffAccessMutation, GrantStaffAccessMutationVariables>;
export const RevokeStaffAccessDocument = {"__meta__":{"hash":"cc2e867e09a25c93c1d655f9f99cf613f00ea4d1c7d56e62226a6184a773eaeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeStaffAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeStaffAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeStaffAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeStaffAccessMutation, RevokeStaffAccessMutationVariables>;
export const KioskDevicesDocument = {"__meta__":{"hash":"de0405ca9c21dc8c2ded48091d76f14748969e755bb990d09865ab0c5cecadbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskDevicesQuery, KioskDevicesQueryVariables>;
export const IssueKioskTokenDocument = {"__meta__":{"hash":"c320527cc3d5a44233f9fee7a4f04cd8de416bb25dc4289c19c9e60a769420a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueKioskToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueKioskTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueKioskToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<IssueKioskTokenMutation, IssueKioskTokenMutationVariables>;
export const RevokeKioskDeviceDocument = {"__meta__":{"hash":"6164a64b3b8ab9d238dac86d38bdda2f0b740d0be839aadc3ef104d81c01d162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeKioskDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeKioskDeviceMutation, RevokeKioskDeviceMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"cb0d4414630ec68055b0e79b4781125c05546064f9852f6a9b00863de8196340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"e0e969f26db832fb187ddf0b30d2a9fe9d4756e910e1342f2e0fdffb41a4f770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"d20d5690ae9c9b6743e7465207eac0cd1e1fbd2997084e2207a0f7142580b350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SetApiKeyScopesDocument = {"__meta__":{"hash":"6ee4786fae2410217a756c4f855665d8ad9b8bb5574ef268404049fb4587effc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetApiKeyScopes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetApiKeyScopesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setApiKeyScopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetApiKeyScopesMutation, SetApiKeyScopesMutationVariables>;
export const CounterDeskDocument = {"__meta__":{"hash":"23bb004ee9fa311ef9064b77a4d065f30b2beecf20a0e8a14a252e09368c1547"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueCounters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CounterDeskQuery, CounterDeskQueryVariables>;
export const QueueEventsDocument = {"__meta__":{"hash":"3480e6b164327fce93389fac79b5832d2e27f2441c5fbd9f86e884a904c0b32a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<QueueEventsSubscription, QueueEventsSubscriptionVariables>;
export const TicketAppointmentDocument = {"__meta__":{"hash":"59f971d2af086d00e40a6b76fd818263c305c278ffe5c179df371374d59ae92a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TicketAppointmentQuery, TicketAppointmentQueryVariables>;
export const OpenCounterDocument = {"__meta__":{"hash":"484f5931c1e1f6865be18b219f1b5bce3d595d2e15f25cf9ec4836566e4d18e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OpenCounterMutation, OpenCounterMutationVariables>;
export const CloseCounterDocument = {"__meta__":{"hash":"1a34ca20890450b5754b011aebb0485b62d8cc82503733ab6d130c0a2c6d4d5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CloseCounterMutation, CloseCounterMutationVariables>;
export const CallNextTicketDocument = {"__meta__":{"hash":"4f28f0e3fd4d43e7419e621066f18399afd753967d30bf8298a168d5efb01d9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallNextTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callNextTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CallNextTicketMutation, CallNextTicketMutationVariables>;
export const CallTicketDocument = {"__meta__":{"hash":"d273f3142f2363f0c73144471f0fecf151dbe35ee296b236fc267c8662f595e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CallTicketMutation, CallTicketMutationVariables>;
export const RecallTicketDocument = {"__meta__":{"hash":"ac841463fab08da021fca0f4adeb33942e27d6ce3c1b809596752f56a6fbd7b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecallTicketMutation, RecallTicketMutationVariables>;
export const MarkTicketNoShowDocument = {"__meta__":{"hash":"bb23bfde294d3fc556b6eea58e6f6f6eb6f6070af2bde42b1b228687dcccf4ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTicketNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTicketNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MarkTicketNoShowMutation, MarkTicketNoShowMutationVariables>;
export const FinishTicketDocument = {"__meta__":{"hash":"eae5aa51cd1c31d2667f7379c6355cd7f1211877d462c2fb7aadbda8b6f61215"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FinishTicketMutation, FinishTicketMutationVariables>;
export const ParkTicketDocument = {"__meta__":{"hash":"59cb7b204548a5c38b4133a37edc05fda9dc16bc8881125383d9c375551547fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParkTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ParkTicketMutation, ParkTicketMutationVariables>;
export const TransferTicketDocument = {"__meta__":{"hash":"3735d6c4cc2fa1c43b0e81b044ae3d3cd24ed5260cef9304e819603f3bb16a7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TransferTicketMutation, TransferTicketMutationVariables>;
export const AdminServicesDocument = {"__meta__":{"hash":"46330862a80e757b5f2314a4e85daa8b5403c6123e8781af38ba9802316f8367"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminServicesQuery, AdminServicesQueryVariables>;
export const AdminServiceDocument = {"__meta__":{"hash":"3ec911077ea5e107591c54491fdcb784c1632329734efe17199d6dde1cbb201e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"leikaKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliestDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"latestDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scarce"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminServiceQuery, AdminServiceQueryVariables>;
export const AdminCategoriesDocument = {"__meta__":{"hash":"158b3dff78fe2b39669fc0a656ba112bf0803fb46d5a0b3d2ab7f277fccec912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"deLs"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const UpdateServiceDocument = {"__meta__":{"hash":"af69fc6ff23a8a68fdf5127fb68787032744805838fd65bd5ab57b96531daf29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const CreateCategoryDocument = {"__meta__":{"hash":"ff30b26ece20e6a0f1f45abebaf3b03203e45e7d4a998420efef099cccdef496"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"__meta__":{"hash":"c206a418c37bbe81743eaa2b3a781752e66697b92c6c1ba875db9fb794bc7b00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const StaffDocument = {"__meta__":{"hash":"17ede43b1dcf25a8dcd202a898639060703bb0d789ae7150f55ccf634e839672"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;