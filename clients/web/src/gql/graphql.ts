/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The token of a staff invitation link and the password to set. */
export type AcceptInvitationInput = {
  /** The password to sign in with from now on, 10 to 200 characters. */
  password: string;
  /** The token from the link in the invitation e-mail; valid once, for 7 days, and only until another link of the account is used. */
  token: string;
};

/** The codes with which acceptWaitlistOffer refuses; a code once published never changes its meaning. */
export const AcceptWaitlistOfferErrorCode = {
  /** The offer expired while it was being accepted. */
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  /** The office no longer gives appointments then (closed while it was offered). */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** No live offer is yours by this entry or token: it expired (15 minutes), was declined or accepted already. */
  NOT_FOUND: 'NOT_FOUND',
  /** Too many bookings by you or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED'
} as const;

export type AcceptWaitlistOfferErrorCode = typeof AcceptWaitlistOfferErrorCode[keyof typeof AcceptWaitlistOfferErrorCode];
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
/** What an API key may do beyond reading public data (which every key may), for one office; only admins grant it, for integrations the town approved. */
export const ApiKeyScope = {
  /** The office’s appointments with the citizens’ details (`officeAppointments`) and their changes live (`officeAppointmentsChanged`); each read is in the citizens’ data access log, naming the key. */
  OFFICE_APPOINTMENTS_READ: 'OFFICE_APPOINTMENTS_READ',
  /** The office’s conversations (`inbox`, `conversation` with its messages) and replies as the office (`sendMessage`); reads are in the citizens’ data access log, naming the key. */
  OFFICE_MESSAGES_WRITE: 'OFFICE_MESSAGES_WRITE'
} as const;

export type ApiKeyScope = typeof ApiKeyScope[keyof typeof ApiKeyScope];
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
/** The codes with which bookAppointment refuses; a code once published never changes its meaning. */
export const BookAppointmentErrorCode = {
  /** The office gives no more appointments of the service that day (`BookingWindow.dailyLimit`); choose another day. */
  DAILY_CAP_REACHED: 'DAILY_CAP_REACHED',
  /** The holdToken names no live hold of yours for this service, office and time: it expired (10 minutes), was released or replaced by a newer hold, or never existed. Hold a time again. */
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  /** The idempotency key was used before for a booking with other details. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A field of the input is invalid, or the office gives no appointments then; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** The service or the office does not exist, or the office does not offer the service. */
  NOT_FOUND: 'NOT_FOUND',
  /** The time lies outside the service’s booking window: before its earliest day ahead, after its latest, or within its minimum notice (`Service.bookingWindow`); the message says which days can be booked. */
  OUTSIDE_BOOKING_WINDOW: 'OUTSIDE_BOOKING_WINDOW',
  /** Too many bookings by you or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Someone was faster: the time is taken; choose another. */
  SLOT_TAKEN: 'SLOT_TAKEN'
} as const;

export type BookAppointmentErrorCode = typeof BookAppointmentErrorCode[keyof typeof BookAppointmentErrorCode];
/** What to book and for whom. Signed in, the booking also belongs to your account; otherwise it is a guest booking. */
export type BookAppointmentInput = {
  /** E-mail address of the person who comes, up to 254 characters: the confirmation goes there, in the language of the request (Accept-Language). With the code it identifies the booking (look-up, cancellation, calendar file); at most 3 upcoming bookings per address. */
  email: string;
  /** The token of your hold of this time (holdSlot.hold.token): the booking takes the held time, with the same serviceId, officeId and startsAt, within 10 minutes of holding it; a signed-in citizen’s hold only for the same account. An expired, released or unknown hold is HOLD_EXPIRED. Without it the time is booked if it is free (neither booked nor held). */
  holdToken?: string | null | undefined;
  /** A key of the client’s choice (up to 200 of A-Z a-z 0-9 - _ : .) that makes retries safe: the same key returns the first booking. */
  idempotencyKey?: string | null | undefined;
  /** Name of the person who comes; at most 200 characters. */
  name: string;
  /** The office’s global ID; it must offer the service. */
  officeId: string | number;
  /** Phone number for questions, optional: 5 to 30 digits, spaces and ( ) / -, after an optional leading +. */
  phone?: string | null | undefined;
  /** The service’s global ID. */
  serviceId: string | number;
  /** Start of a slot returned by freeSlots; in the future, at most 90 days ahead. */
  startsAt: string;
};

/** The codes with which cancelAppointment refuses; a code once published never changes its meaning. */
export const CancelAppointmentErrorCode = {
  /** It is cancelled already. */
  ALREADY_CANCELLED: 'ALREADY_CANCELLED',
  /** The input names no appointment (neither ID, nor code and e-mail address, nor token). */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No such booking, or not one of yours. */
  NOT_FOUND: 'NOT_FOUND',
  /** Too many cancellations by you or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** It has started already. */
  TOO_LATE: 'TOO_LATE'
} as const;

export type CancelAppointmentErrorCode = typeof CancelAppointmentErrorCode[keyof typeof CancelAppointmentErrorCode];
/** Cancels a booking: a guest names it by code and e-mail address or by the token of the link in its e-mails, a signed-in owner by its ID. */
export type CancelAppointmentInput = {
  /** The booking code (guests); case, spaces and dashes do not matter. */
  code?: string | null | undefined;
  /** The e-mail address it was booked with (guests). */
  email?: string | null | undefined;
  /** The appointment’s ID (signed-in owners). */
  id?: string | number | null | undefined;
  /** The token of the link in the appointment’s e-mails (`/appointment?token=…`), instead of code and e-mail address; a token that was not made for this, or was changed, is NOT_FOUND. */
  token?: string | null | undefined;
};

/** The codes with which checkIn refuses; a code once published never changes its meaning. */
export const CheckInErrorCode = {
  /** The appointment is checked in already; its ticket stands. */
  ALREADY_CHECKED_IN: 'ALREADY_CHECKED_IN',
  /** The appointment was cancelled. */
  CANCELLED: 'CANCELLED',
  /** A field of the input is invalid or missing; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No booking has this code (with this e-mail address, or of yours). */
  NOT_FOUND: 'NOT_FOUND',
  /** The appointment is on another day. */
  NOT_TODAY: 'NOT_TODAY',
  /** From the phone only while the office is open. */
  OFFICE_CLOSED: 'OFFICE_CLOSED',
  /** Too many check-ins by you for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Too early: the kiosk checks in from 60 minutes before the start, the phone from 30. */
  TOO_EARLY: 'TOO_EARLY',
  /** More than 15 minutes after the start: draw a walk-in ticket instead. */
  TOO_LATE: 'TOO_LATE',
  /** The appointment is at another office than this kiosk’s. */
  WRONG_OFFICE: 'WRONG_OFFICE'
} as const;

export type CheckInErrorCode = typeof CheckInErrorCode[keyof typeof CheckInErrorCode];
/** Which appointment checks in. At the kiosk: its booking code (typed, or read from the QR code). From the phone: the code with the e-mail address it was booked with, or (signed in) its ID. */
export type CheckInInput = {
  /** The appointment’s ID, instead of code and e-mail (signed in, your own only). */
  appointmentId?: string | number | null | undefined;
  /** The booking code; case, spaces and dashes do not matter. */
  code?: string | null | undefined;
  /** The e-mail address it was booked with (from the phone, with the code). */
  email?: string | null | undefined;
};

/** The codes with which confirmBooking refuses; a code once published never changes its meaning. */
export const ConfirmBookingErrorCode = {
  /** The link is not valid, or its booking lapsed (not confirmed within 30 minutes) or is gone: book again. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type ConfirmBookingErrorCode = typeof ConfirmBookingErrorCode[keyof typeof ConfirmBookingErrorCode];
/** The link that confirms a booking’s e-mail address. */
export type ConfirmBookingInput = {
  /** The token of the link in the e-mail (`/appointment/confirm?token=…`): 43 characters, signed by the server for this booking. */
  token: string;
};

/** The codes with which confirmWaitlistEntry refuses; a code once published never changes its meaning. */
export const ConfirmWaitlistEntryErrorCode = {
  /** The token names no entry waiting for its confirmation (used, or unknown). */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type ConfirmWaitlistEntryErrorCode = typeof ConfirmWaitlistEntryErrorCode[keyof typeof ConfirmWaitlistEntryErrorCode];
/** The token of the link in the confirmation e-mail. */
export type ConfirmWaitlistEntryInput = {
  /** The token of `/waitlist/confirm?token=…`: 43 characters. */
  token: string;
};

/** What a ConversationEvent reports; it says which of its fields are set. */
export const ConversationEventType = {
  /** A message (replayed or new); `message` is set. */
  MESSAGE: 'MESSAGE',
  /** A read receipt: `side` has read up to `seq`. */
  READ: 'READ',
  /** The conversation got a new `status`. */
  STATUS: 'STATUS',
  /** `side` is typing (never stored, never replayed). */
  TYPING: 'TYPING'
} as const;

export type ConversationEventType = typeof ConversationEventType[keyof typeof ConversationEventType];
/** The conversation to act on. */
export type ConversationInput = {
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** One of the two sides of a conversation. */
export const ConversationSide = {
  /** The citizen. */
  CITIZEN: 'CITIZEN',
  /** The office: any of its staff, or an admin. */
  OFFICE: 'OFFICE'
} as const;

export type ConversationSide = typeof ConversationSide[keyof typeof ConversationSide];
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
/** A new key for the public API. */
export type CreateApiKeyInput = {
  /** What the key is for, up to 100 characters. */
  name: string;
  /** Admins only: create it for this account. */
  ownerId?: string | number | null | undefined;
};

/** The codes with which declineWaitlistOffer refuses; a code once published never changes its meaning. */
export const DeclineWaitlistOfferErrorCode = {
  /** Neither or both of entryId and token, or an entryId that is no ID; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No live offer is yours by this entry or token: it expired (15 minutes), was declined or accepted already. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type DeclineWaitlistOfferErrorCode = typeof DeclineWaitlistOfferErrorCode[keyof typeof DeclineWaitlistOfferErrorCode];
/** The confirmation that you mean to delete your account. */
export type DeleteMyAccountInput = {
  /** The account’s e-mail address, typed again to confirm. */
  confirmEmail: string;
  /** The current password. Required unless this device signed in (password or passkey) within the last 5 minutes. */
  password?: string | null | undefined;
};

/** The codes with which drawTicket refuses; a code once published never changes its meaning. */
export const DrawTicketErrorCode = {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The office or the service does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** No counter of the office handles the service. */
  NOT_OFFERED: 'NOT_OFFERED',
  /** Online only while the office is open. */
  OFFICE_CLOSED: 'OFFICE_CLOSED',
  /** Too many tickets by you for now (3 an hour, 6 a day online; 300 an hour per kiosk); the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A kiosk draws tickets for its own office only. */
  WRONG_OFFICE: 'WRONG_OFFICE'
} as const;

export type DrawTicketErrorCode = typeof DrawTicketErrorCode[keyof typeof DrawTicketErrorCode];
/** A walk-in ticket for a service at an office. */
export type DrawTicketInput = {
  /** The office’s global ID (a kiosk: its own). */
  officeId: string | number;
  /** The service’s global ID; a counter of the office must handle it. */
  serviceId: string | number;
};

/** The browser’s answer to the options of startPasskeyRegistration. */
export type FinishPasskeyRegistrationInput = {
  /** A label, e.g. "My phone"; up to 100 characters. */
  name?: string | null | undefined;
  /** The RegistrationResponseJSON of the browser. */
  response: unknown;
};

/** The browser’s answer to the options of startPasskeySignIn. */
export type FinishPasskeySignInInput = {
  /** The AuthenticationResponseJSON of the browser. */
  response: unknown;
  /** COOKIE (default): an HttpOnly cookie is set; BEARER: the token is returned in the payload. Over WebSocket it is always BEARER. */
  sessionType?: SessionType;
};

/** The codes with which holdSlot refuses; a code once published never changes its meaning. */
export const HoldSlotErrorCode = {
  /** The office gives no more appointments of the service that day (`BookingWindow.dailyLimit`); choose another day. */
  DAILY_CAP_REACHED: 'DAILY_CAP_REACHED',
  /** The start is in the past, or not a time the office gives; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The service or the office does not exist, or the office does not offer the service. */
  NOT_FOUND: 'NOT_FOUND',
  /** The time lies outside the service’s booking window: before its earliest day ahead, after its latest, or within its minimum notice (`Service.bookingWindow`); the message says which days can be booked. */
  OUTSIDE_BOOKING_WINDOW: 'OUTSIDE_BOOKING_WINDOW',
  /** Too many holds by you for now (30 an hour); the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Every counter is booked or held at that time; choose another. */
  SLOT_TAKEN: 'SLOT_TAKEN'
} as const;

export type HoldSlotErrorCode = typeof HoldSlotErrorCode[keyof typeof HoldSlotErrorCode];
/** The time to hold: a slot of freeSlots. */
export type HoldSlotInput = {
  /** The office’s global ID; it must offer the service. */
  officeId: string | number;
  /** The service’s global ID. */
  serviceId: string | number;
  /** Start of a slot returned by freeSlots; in the future, at most 90 days ahead. */
  startsAt: string;
};

/** The codes with which joinWaitlist refuses; a code once published never changes its meaning. */
export const JoinWaitlistErrorCode = {
  /** You are on the waitlist for this service already (or your entry waits for its confirmation). */
  ALREADY_WAITING: 'ALREADY_WAITING',
  /** A field of the input is invalid (period, times of day, offices, name, e-mail); `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The service does not exist, or one of the offices does not offer it. */
  NOT_FOUND: 'NOT_FOUND',
  /** Too many joins by you (10 an hour) or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED'
} as const;

export type JoinWaitlistErrorCode = typeof JoinWaitlistErrorCode[keyof typeof JoinWaitlistErrorCode];
/** What to wait for: a time of a service at one or more offices, in a period and between times of day. */
export type JoinWaitlistInput = {
  /** Local time "HH:MM" (the town hall’s clock): offered times start at or after it, e.g. "08:00". */
  earliestTime: string;
  /** Guests only: the address that gets the confirmation link and the offers. Ignored when signed in (the account’s address is used). */
  email?: string | null | undefined;
  /** Offered times start before this; at most 90 days ahead. */
  endsBefore: string;
  /** Local time "HH:MM" ("24:00" for midnight): offered times end by it, e.g. "12:00". */
  latestTime: string;
  /** The name the booking will carry (1 to 200 characters). */
  name: string;
  /** The offices’ global IDs (1 to 10), each of which must offer the service. */
  officeIds: Array<string | number>;
  /** The service’s global ID. */
  serviceId: string | number;
  /** Offered times start at or after this (now, if earlier). */
  startsAfter: string;
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
/** The codes with which leaveWaitlist refuses; a code once published never changes its meaning. */
export const LeaveWaitlistErrorCode = {
  /** Neither or both of entryId and token, or a malformed entryId; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No entry of yours in line has this ID, or no entry in line has a link with this token. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type LeaveWaitlistErrorCode = typeof LeaveWaitlistErrorCode[keyof typeof LeaveWaitlistErrorCode];
/** The entry to take out of line: exactly one of entryId and token. */
export type LeaveWaitlistInput = {
  /** Signed in: the global ID of one of your entries (myWaitlistEntries). */
  entryId?: string | number | null | undefined;
  /** A guest: the token of the link in the confirmation e-mail (`/waitlist/entry?token=…`): 43 characters. */
  token?: string | null | undefined;
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
/** The codes with which rebookAppointment refuses; a code once published never changes its meaning. */
export const RebookAppointmentErrorCode = {
  /** A new time was booked with this link already (`rebookOffer` names it). */
  ALREADY_REBOOKED: 'ALREADY_REBOOKED',
  /** The office gives no more appointments of the service that day (`BookingWindow.dailyLimit`); choose another day. */
  DAILY_CAP_REACHED: 'DAILY_CAP_REACHED',
  /** The time is invalid, or the office gives no appointments then. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The e-mail address has as many upcoming bookings as it may (3). */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** The link is not valid, or names no appointment the office cancelled. */
  NOT_FOUND: 'NOT_FOUND',
  /** The time lies outside the service’s booking window: before its earliest day ahead, after its latest, or within its minimum notice (`Service.bookingWindow`); the message says which days can be booked. */
  OUTSIDE_BOOKING_WINDOW: 'OUTSIDE_BOOKING_WINDOW',
  /** Too many bookings by you or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Someone was faster: the time is taken; choose another. */
  SLOT_TAKEN: 'SLOT_TAKEN'
} as const;

export type RebookAppointmentErrorCode = typeof RebookAppointmentErrorCode[keyof typeof RebookAppointmentErrorCode];
/** Books a new time in place of an appointment the office cancelled, for the same person, service and office. */
export type RebookAppointmentInput = {
  /** One of the offered times (`RebookOffer.times`). */
  startsAt: string;
  /** The token of the link in the office’s e-mail. */
  token: string;
};

/** A new citizen account. */
export type RegisterAccountInput = {
  /** Where the verification link is sent; up to 254 characters. */
  email: string;
  /** The language of e-mails to you: EN for English; German otherwise (the default). */
  language?: Language | null | undefined;
  /** How the town hall addresses you; at most 200 characters. */
  name: string;
  /** Optional, 10 to 200 characters; a passkey can be added after verification. */
  password?: string | null | undefined;
};

/** The hold to give back. */
export type ReleaseHoldInput = {
  /** The token of the hold (SlotHold.token). */
  token: string;
};

/** Where a fair release stands. */
export const ReleaseState = {
  /** The window is over; the draw follows within a minute. */
  DRAWING: 'DRAWING',
  /** Drawn; the times left are bookable as usual. */
  DRAWN: 'DRAWN',
  /** Collecting requests until closesAt (requestReleasedTime). */
  OPEN: 'OPEN',
  /** Before opensAt: its times are not offered, requests not taken yet. */
  UPCOMING: 'UPCOMING'
} as const;

export type ReleaseState = typeof ReleaseState[keyof typeof ReleaseState];
/** The passkey to remove. */
export type RemovePasskeyInput = {
  /** The passkey’s global ID. */
  passkeyId: string | number;
};

/** A new label for one of your passkeys. */
export type RenamePasskeyInput = {
  /** The new label, 1 to 100 characters; surrounding spaces are trimmed. */
  name: string;
  /** The passkey’s global ID. */
  passkeyId: string | number;
};

/** The codes with which rescheduleAppointment refuses; a code once published never changes its meaning. */
export const RescheduleAppointmentErrorCode = {
  /** The office gives no more appointments of the service that day (`BookingWindow.dailyLimit`); choose another day. */
  DAILY_CAP_REACHED: 'DAILY_CAP_REACHED',
  /** The holdToken names no live hold of yours for this service, office and time; the appointment keeps its old time. Hold the time again. */
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  /** The idempotency key was used before for another appointment or time. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A field is invalid (startsAt in the past, idempotencyKey), the input names no appointment, the appointment is cancelled or has begun (field names how it was named), or the office gives no appointments then; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** No such booking, or not one of yours. */
  NOT_FOUND: 'NOT_FOUND',
  /** The time lies outside the service’s booking window: before its earliest day ahead, after its latest, or within its minimum notice (`Service.bookingWindow`); the message says which days can be booked. */
  OUTSIDE_BOOKING_WINDOW: 'OUTSIDE_BOOKING_WINDOW',
  /** Too many reschedulings by you (10 an hour) or e-mails to the address for now; the message says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Someone was faster: the new time is taken; the appointment keeps its old time. */
  SLOT_TAKEN: 'SLOT_TAKEN'
} as const;

export type RescheduleAppointmentErrorCode = typeof RescheduleAppointmentErrorCode[keyof typeof RescheduleAppointmentErrorCode];
/** Moves a booking to another time of the same service at the same office: named as for cancelAppointment (a guest by code and e-mail address or the token of the link in its e-mails, a signed-in owner by its ID). Another service or office is a new booking. */
export type RescheduleAppointmentInput = {
  /** The booking code (guests); case, spaces and dashes do not matter. */
  code?: string | null | undefined;
  /** The e-mail address it was booked with (guests). */
  email?: string | null | undefined;
  /** The token of your hold of the new time (holdSlot.hold.token): the appointment takes the held time. An expired, released or unknown hold is HOLD_EXPIRED. Without it the appointment moves if the time is free. */
  holdToken?: string | null | undefined;
  /** The appointment’s ID (signed-in owners). */
  id?: string | number | null | undefined;
  /** A key of the client’s choice (up to 200 of A-Z a-z 0-9 - _ : .) that makes retries safe: a retry with the same key answers the appointment as it is instead of moving it again. */
  idempotencyKey?: string | null | undefined;
  /** The new start: a slot start returned by freeSlots for the appointment’s service and office, in the future, at most 90 days ahead. Its current start changes nothing and sends no e-mail. */
  startsAt: string;
  /** The token of the link in the appointment’s e-mails (`/appointment?token=…`), instead of code and e-mail address. */
  token?: string | null | undefined;
};

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key’s global ID: one of yours (admins: any). */
  apiKeyId: string | number;
};

/** The device to sign out. */
export type RevokeSessionInput = {
  /** The session’s global ID, from `me.sessions`. */
  sessionId: string | number;
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
/** A message in one of your conversations or your office’s. */
export type SendMessageInput = {
  /** Plain text, up to 4,000 characters. */
  body: string;
  /** The client’s id for this message (up to 100 of A-Z a-z 0-9 _ : . -); sending it again returns the first message and stores nothing. */
  clientMessageId: string;
  /** The conversation’s global ID. */
  conversationId: string | number;
};

/** How a signed-in device presents its session. */
export const SessionType = {
  /** A token returned once in the payload, sent as `Authorization: Bearer <token>`. */
  BEARER: 'BEARER',
  /** An HttpOnly cookie, for the web client on this server. */
  COOKIE: 'COOKIE'
} as const;

export type SessionType = typeof SessionType[keyof typeof SessionType];
/** E-mail address and password of an account. */
export type SignInWithPasswordInput = {
  /** The account’s e-mail address; case and surrounding spaces do not matter. */
  email: string;
  /** The password; characters after the 200th are ignored. */
  password: string;
  /** COOKIE (default): an HttpOnly cookie is set; BEARER: the token is returned in the payload. Over WebSocket it is always BEARER. */
  sessionType?: SessionType;
};

/** A citizen’s first message to an office. */
export type StartConversationInput = {
  /** One of your appointments at that office. */
  appointmentId?: string | number | null | undefined;
  /** The first message, up to 4,000 characters. */
  body: string;
  /** The client’s id for this message (up to 100 of A-Z a-z 0-9 _ : . -); a retry with it returns the first result. */
  clientMessageId: string;
  /** The global ID of the office to write to. */
  officeId: string | number;
  /** What it is about, up to 200 characters. */
  subject: string;
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
/** The token of a verification link and the password to set. */
export type VerifyEmailInput = {
  /** The password to sign in with from now on, 10 to 200 characters: the one chosen at registration or a new one. Whatever was set before the address was confirmed is replaced. */
  password: string;
  /**
   * Ignored: confirming no longer signs in.
   * @deprecated verifyEmail no longer signs in; sign in with signInWithPassword.
   */
  sessionType?: SessionType;
  /** The token from the link in the verification e-mail; valid once, for 24 hours, and only until another link of the account is used. */
  token: string;
};

/** Which offer: a signed-in citizen’s by its entry, or anyone’s by the token of the link in the offer’s e-mail. Exactly one. */
export type WaitlistOfferInput = {
  /** Signed in: the global ID of your entry that has the offer. */
  entryId?: string | number | null | undefined;
  /** The token of the offer’s e-mail link (`/waitlist/offer?token=…`): 43 characters. */
  token?: string | null | undefined;
};

export type MyApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiKeysQuery = { me: { __typename: 'Account', id: string, apiKeys: Array<{ __typename: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, scopes: Array<{ __typename: 'ApiKeyScopeGrant', scope: ApiKeyScope, office: { __typename: 'Office', id: string, name: string } }> }> } | null };

export type CreateMyApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateMyApiKeyMutation = { createApiKey: { __typename: 'CreateApiKeyPayload', key: string | null, apiKey: { __typename: 'ApiKey', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeMyApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeMyApiKeyMutation = { revokeApiKey: { __typename: 'ApiKeyPayload', apiKey: { __typename: 'ApiKey', id: string, revokedAt: string | null } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { __typename: 'SignInPayload', account: { __typename: 'Account', email: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'AcceptInvitationPayload', account: { __typename: 'Account', email: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Account', id: string, name: string, email: string, roles: Array<Role> } | null };

export type RegisterAccountMutationVariables = Exact<{
  input: RegisterAccountInput;
}>;


export type RegisterAccountMutation = { registerAccount: { __typename: 'RegisterAccountPayload', emailSent: boolean, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type SignInWithPasswordMutationVariables = Exact<{
  input: SignInWithPasswordInput;
}>;


export type SignInWithPasswordMutation = { signInWithPassword: { __typename: 'SignInPayload', account: { __typename: 'Account', id: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type StartPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeySignInMutation = { startPasskeySignIn: { __typename: 'PasskeyOptionsPayload', options: unknown, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type FinishPasskeySignInMutationVariables = Exact<{
  input: FinishPasskeySignInInput;
}>;


export type FinishPasskeySignInMutation = { finishPasskeySignIn: { __typename: 'SignInPayload', account: { __typename: 'Account', id: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyRegistrationMutation = { startPasskeyRegistration: { __typename: 'PasskeyOptionsPayload', options: unknown, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  input: FinishPasskeyRegistrationInput;
}>;


export type FinishPasskeyRegistrationMutation = { finishPasskeyRegistration: { __typename: 'PasskeyPayload', passkey: { __typename: 'Passkey', id: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignOutPayload', signedOut: boolean, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type MyPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPasskeysQuery = { me: { __typename: 'Account', id: string, passkeys: Array<{ __typename: 'Passkey', id: string }> } | null };

export type MyTownHallQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyTownHallQuery = { me: { __typename: 'Account', id: string, name: string, email: string, passkeys: Array<{ __typename: 'Passkey', id: string }>, appointments: { __typename: 'AppointmentConnection', edges: Array<{ __typename: 'AppointmentEdge', node: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyAppointmentQueryVariables = Exact<{
  id: string | number;
}>;


export type MyAppointmentQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Announcement' }
    | { __typename: 'AnswerTemplate' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Application' }
    | { __typename: 'ApplicationDocument' }
    | { __typename: 'ApplicationForm' }
    | { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } }
    | { __typename: 'AppointmentRelease' }
    | { __typename: 'Category' }
    | { __typename: 'Closure' }
    | { __typename: 'Conversation' }
    | { __typename: 'Counter' }
    | { __typename: 'KioskDevice' }
    | { __typename: 'Message' }
    | { __typename: 'Office' }
    | { __typename: 'Passkey' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'Ticket' }
    | { __typename: 'WaitlistEntry' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type ClaimGuestAppointmentsMutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimGuestAppointmentsMutation = { claimGuestAppointments: { __typename: 'ClaimGuestAppointmentsPayload', appointments: Array<{ __typename: 'Appointment', id: string }>, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type StaffSignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSignInOptionsQuery = { staffSignInOptions: { __typename: 'StaffSignInOptions', identityProvider: { __typename: 'IdentityProviderOption', label: string, startUrl: string } | null } };

export type AnnouncementListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Language | null | undefined;
}>;


export type AnnouncementListQuery = { announcements: { __typename: 'AnnouncementConnection', totalCount: number, edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, language: Language, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, eventStartsAt: string | null, office: { __typename: 'Office', id: string, name: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AnnouncementQueryVariables = Exact<{
  id: string | number;
  lang?: Language | null | undefined;
}>;


export type AnnouncementQuery = { announcement: { __typename: 'Announcement', id: string, title: string, body: string, language: Language, availableLanguages: Array<Language>, category: AnnouncementCategory, severity: AnnouncementSeverity, emergency: boolean, publishAt: string | null, expiresAt: string | null, updatedAt: string, eventStartsAt: string | null, eventEndsAt: string | null, eventLocation: string | null, office: { __typename: 'Office', id: string, name: string } | null } | null };

export type EmergencyAnnouncementsQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type EmergencyAnnouncementsQuery = { announcements: { __typename: 'AnnouncementConnection', edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, language: Language } }> } };

export type AnnouncementWithdrawnSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementWithdrawnSubscription = { announcementWithdrawn: string };

export type AnnouncementPublishedSubscriptionVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type AnnouncementPublishedSubscription = { announcementPublished: { __typename: 'Announcement', id: string, title: string, language: Language, emergency: boolean } };

export type FreeSlotsQueryVariables = Exact<{
  serviceId: string | number;
  officeId: string | number;
  from: string;
  to: string;
}>;


export type FreeSlotsQuery = { freeSlots: Array<{ __typename: 'Slot', startsAt: string, endsAt: string, available: number }> };

export type SlotAvailabilitySubscriptionVariables = Exact<{
  serviceId: string | number;
  officeId: string | number;
}>;


export type SlotAvailabilitySubscription = { slotAvailabilityChanged: { __typename: 'SlotAvailabilityChange', startsAt: string, endsAt: string, available: number } };

export type ConfirmBookingMutationVariables = Exact<{
  input: ConfirmBookingInput;
}>;


export type ConfirmBookingMutation = { confirmBooking: { __typename: 'ConfirmBookingPayload', appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null, userErrors: Array<{ __typename: 'ConfirmBookingError', code: ConfirmBookingErrorCode, field: Array<string> | null, message: string }> } };

export type HoldSlotMutationVariables = Exact<{
  input: HoldSlotInput;
}>;


export type HoldSlotMutation = { holdSlot: { __typename: 'HoldSlotPayload', hold: { __typename: 'SlotHold', token: string, startsAt: string, expiresAt: string } | null, userErrors: Array<{ __typename: 'HoldSlotError', code: HoldSlotErrorCode, field: Array<string> | null, message: string }> } };

export type ReleaseHoldMutationVariables = Exact<{
  input: ReleaseHoldInput;
}>;


export type ReleaseHoldMutation = { releaseHold: { __typename: 'ReleaseHoldPayload', released: boolean } };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment: { __typename: 'BookAppointmentPayload', appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null, userErrors: Array<{ __typename: 'BookAppointmentError', code: BookAppointmentErrorCode, field: Array<string> | null, message: string }> } };

export type AppointmentDetailsFragment = { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } };

export type AppointmentQueryVariables = Exact<{
  code: string;
  email: string;
  lang?: Language | null | undefined;
}>;


export type AppointmentQuery = { appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null };

export type AppointmentByTokenQueryVariables = Exact<{
  token: string;
  lang?: Language | null | undefined;
}>;


export type AppointmentByTokenQuery = { appointmentByToken: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { __typename: 'CancelAppointmentPayload', appointment: { __typename: 'Appointment', id: string, status: AppointmentStatus, cancelledAt: string | null } | null, userErrors: Array<{ __typename: 'CancelAppointmentError', code: CancelAppointmentErrorCode, field: Array<string> | null, message: string }> } };

export type RebookOfferQueryVariables = Exact<{
  token: string;
  lang?: Language | null | undefined;
}>;


export type RebookOfferQuery = { rebookOffer: { __typename: 'RebookOffer', message: string, cancelledAppointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } }, times: Array<{ __typename: 'Slot', startsAt: string, endsAt: string }>, rebookedAppointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null } | null };

export type RebookAppointmentMutationVariables = Exact<{
  input: RebookAppointmentInput;
}>;


export type RebookAppointmentMutation = { rebookAppointment: { __typename: 'RebookAppointmentPayload', appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null, userErrors: Array<{ __typename: 'RebookAppointmentError', code: RebookAppointmentErrorCode, field: Array<string> | null, message: string }> } };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment: { __typename: 'RescheduleAppointmentPayload', appointment: { __typename: 'Appointment', id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, email: string, calendarUrl: string, service: { __typename: 'Service', id: string, name: string, documents: Array<string> }, office: { __typename: 'Office', id: string, name: string, address: { __typename: 'Address', street: string, postalCode: string, city: string } } } | null, userErrors: Array<{ __typename: 'RescheduleAppointmentError', code: RescheduleAppointmentErrorCode, field: Array<string> | null, message: string }> } };

export type CategoriesQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type CategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, name: string }> };

export type SearchServicesQueryVariables = Exact<{
  query?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Language | null | undefined;
}>;


export type SearchServicesQuery = { services: { __typename: 'ServiceConnection', totalCount: number, edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string, description: string | null, fee: { __typename: 'Money', amountCents: number, currency: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ServiceQueryVariables = Exact<{
  id: string | number;
  lang?: Language | null | undefined;
}>;


export type ServiceQuery = { service: { __typename: 'Service', id: string, name: string, description: string | null, documents: Array<string>, durationMinutes: number, processingTime: string | null, legalBasis: string | null, fee: { __typename: 'Money', amountCents: number, currency: string } | null, bookingWindow: { __typename: 'BookingWindow', earliestDaysAhead: number, latestDaysAhead: number }, category: { __typename: 'Category', id: string, name: string } | null, onlineApplication: { __typename: 'ApplicationForm', id: string, processingDays: number } | null, upcomingRelease: { __typename: 'AppointmentRelease', id: string, state: ReleaseState, startsAt: string, opensAt: string, closesAt: string } | null, offices: Array<{ __typename: 'Office', id: string, name: string, phone: string | null, email: string | null, address: { __typename: 'Address', street: string, postalCode: string, city: string }, openingHours: Array<{ __typename: 'OpeningHours', weekday: number, opens: string, closes: string }> }> } | null };

export type MyConversationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyConversationsQuery = { conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, subject: string, status: ConversationStatus, lastMessageAt: string, unreadCount: number, office: { __typename: 'Office', id: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UnreadConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadConversationsQuery = { conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, unreadCount: number } }> } };

export type WriteToOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type WriteToOfficeQuery = { offices: Array<{ __typename: 'Office', id: string, name: string }>, me: { __typename: 'Account', id: string, appointments: { __typename: 'AppointmentConnection', edges: Array<{ __typename: 'AppointmentEdge', node: { __typename: 'Appointment', id: string, status: AppointmentStatus, startsAt: string, endsAt: string, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string } } }> } } | null };

export type StartConversationMutationVariables = Exact<{
  input: StartConversationInput;
}>;


export type StartConversationMutation = { startConversation: { __typename: 'StartConversationPayload', conversation: { __typename: 'Conversation', id: string } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type MessagePartsFragment = { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string };

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationQuery = { conversation: { __typename: 'Conversation', id: string, subject: string, status: ConversationStatus, lastSeq: number, citizenLastReadSeq: number, officeLastReadSeq: number, office: { __typename: 'Office', id: string, name: string }, application: { __typename: 'Application', id: string } | null, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean } } } | null };

export type ConversationEventsSubscriptionVariables = Exact<{
  conversationId: string | number;
  afterSeq?: number | null | undefined;
  shownStatus?: ConversationStatus | null | undefined;
}>;


export type ConversationEventsSubscription = { conversationEvents: { __typename: 'ConversationEvent', type: ConversationEventType, side: ConversationSide | null, seq: number | null, status: ConversationStatus | null, message: { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } | null } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { __typename: 'SendMessagePayload', message: { __typename: 'Message', id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type MarkConversationReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type MarkConversationReadMutation = { markConversationRead: { __typename: 'ConversationPayload', conversation: { __typename: 'Conversation', id: string, citizenLastReadSeq: number } | null, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type SendTypingIndicatorMutationVariables = Exact<{
  input: ConversationInput;
}>;


export type SendTypingIndicatorMutation = { sendTypingIndicator: { __typename: 'TypingPayload', sent: boolean, userErrors: Array<{ __typename: 'MessagingError', code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type MyDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDevicesQuery = { me: { __typename: 'Account', id: string, passkeys: Array<{ __typename: 'Passkey', id: string, name: string, backedUp: boolean, createdAt: string, lastUsedAt: string | null }>, sessions: Array<{ __typename: 'Session', id: string, current: boolean, type: SessionType, userAgent: string | null, createdAt: string, lastUsedAt: string }> } | null };

export type RenamePasskeyMutationVariables = Exact<{
  input: RenamePasskeyInput;
}>;


export type RenamePasskeyMutation = { renamePasskey: { __typename: 'PasskeyPayload', passkey: { __typename: 'Passkey', id: string, name: string } | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RemovePasskeyMutationVariables = Exact<{
  input: RemovePasskeyInput;
}>;


export type RemovePasskeyMutation = { removePasskey: { __typename: 'RemovedPayload', removedId: string | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type RevokeSessionMutation = { revokeSession: { __typename: 'RemovedPayload', removedId: string | null, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type MyDataAccessLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyDataAccessLogQuery = { me: { __typename: 'Account', id: string, dataAccessLog: { __typename: 'DataAccessConnection', edges: Array<{ __typename: 'DataAccessEdge', node: { __typename: 'DataAccessEntry', accessedAt: string, staffMember: string, staffRole: Role | null, subject: string, reason: AccessReason } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData: { __typename: 'ExportMyDataPayload', data: unknown, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type DeleteAccountQuery = { me: { __typename: 'Account', id: string, email: string, sessions: Array<{ __typename: 'Session', id: string, current: boolean, createdAt: string }> } | null };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteMyAccountInput;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: { __typename: 'DeleteMyAccountPayload', deleted: boolean, userErrors: Array<{ __typename: 'AccountError', code: AccountErrorCode, field: Array<string> | null, message: string }> } };

export type TicketDetailsFragment = { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, calledAt: string | null, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string } };

export type TicketQueryVariables = Exact<{
  ticketId: string | number;
}>;


export type TicketQuery = { ticket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, calledAt: string | null, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string } } | null };

export type MyTicketSubscriptionVariables = Exact<{
  ticketId: string | number;
}>;


export type MyTicketSubscription = { myTicket: { __typename: 'Ticket', id: string, number: string, state: TicketState, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, counterName: string | null, recalls: number, calledAt: string | null, service: { __typename: 'Service', id: string, name: string }, office: { __typename: 'Office', id: string, name: string } } };

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInMutation = { checkIn: { __typename: 'CheckInPayload', ticket: { __typename: 'Ticket', id: string } | null, userErrors: Array<{ __typename: 'CheckInError', code: CheckInErrorCode, field: Array<string> | null, message: string }> } };

export type DrawTicketMutationVariables = Exact<{
  input: DrawTicketInput;
}>;


export type DrawTicketMutation = { drawTicket: { __typename: 'DrawTicketPayload', ticket: { __typename: 'Ticket', id: string } | null, userErrors: Array<{ __typename: 'DrawTicketError', code: DrawTicketErrorCode, field: Array<string> | null, message: string }> } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { joinWaitlist: { __typename: 'JoinWaitlistPayload', joined: boolean, confirmationSent: boolean, userErrors: Array<{ __typename: 'JoinWaitlistError', code: JoinWaitlistErrorCode, field: Array<string> | null, message: string }> } };

export type ConfirmWaitlistEntryMutationVariables = Exact<{
  input: ConfirmWaitlistEntryInput;
}>;


export type ConfirmWaitlistEntryMutation = { confirmWaitlistEntry: { __typename: 'ConfirmWaitlistEntryPayload', confirmed: boolean, userErrors: Array<{ __typename: 'ConfirmWaitlistEntryError', code: ConfirmWaitlistEntryErrorCode, message: string }> } };

export type WaitlistEntryFieldsFragment = { __typename: 'WaitlistEntry', id: string, placeInLine: number, service: { __typename: 'Service', id: string, name: string }, offer: { __typename: 'WaitlistOffer', startsAt: string, endsAt: string, expiresAt: string, office: { __typename: 'Office', id: string, name: string } } | null };

export type MyWaitlistEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitlistEntriesQuery = { myWaitlistEntries: Array<{ __typename: 'WaitlistEntry', id: string, placeInLine: number, service: { __typename: 'Service', id: string, name: string }, offer: { __typename: 'WaitlistOffer', startsAt: string, endsAt: string, expiresAt: string, office: { __typename: 'Office', id: string, name: string } } | null }> };

export type WaitlistEntryByTokenQueryVariables = Exact<{
  token: string;
}>;


export type WaitlistEntryByTokenQuery = { waitlistEntryByToken: { __typename: 'WaitlistEntry', id: string, placeInLine: number, service: { __typename: 'Service', id: string, name: string }, offer: { __typename: 'WaitlistOffer', startsAt: string, endsAt: string, expiresAt: string, office: { __typename: 'Office', id: string, name: string } } | null } | null };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: WaitlistOfferInput;
}>;


export type AcceptWaitlistOfferMutation = { acceptWaitlistOffer: { __typename: 'AcceptWaitlistOfferPayload', appointment: { __typename: 'Appointment', id: string, code: string, email: string } | null, userErrors: Array<{ __typename: 'AcceptWaitlistOfferError', code: AcceptWaitlistOfferErrorCode, message: string }> } };

export type DeclineWaitlistOfferMutationVariables = Exact<{
  input: WaitlistOfferInput;
}>;


export type DeclineWaitlistOfferMutation = { declineWaitlistOffer: { __typename: 'DeclineWaitlistOfferPayload', declined: boolean, userErrors: Array<{ __typename: 'DeclineWaitlistOfferError', code: DeclineWaitlistOfferErrorCode, message: string }> } };

export type LeaveWaitlistMutationVariables = Exact<{
  input: LeaveWaitlistInput;
}>;


export type LeaveWaitlistMutation = { leaveWaitlist: { __typename: 'LeaveWaitlistPayload', left: boolean, userErrors: Array<{ __typename: 'LeaveWaitlistError', code: LeaveWaitlistErrorCode, message: string }> } };

export const AppointmentDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AppointmentDetailsFragment, unknown>;
export const MessagePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MessagePartsFragment, unknown>;
export const TicketDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TicketDetailsFragment, unknown>;
export const WaitlistEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placeInLine"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<WaitlistEntryFieldsFragment, unknown>;
export const MyApiKeysDocument = {"__meta__":{"hash":"d4c51129e1035cc040918e89fbf09af3d87693c444a27cef04134ce924145db5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyApiKeysQuery, MyApiKeysQueryVariables>;
export const CreateMyApiKeyDocument = {"__meta__":{"hash":"c5eaddeda13e1f980a2aa17cf20f5ac0aa5fdb0a129bc52cc3c8227607374d43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMyApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateMyApiKeyMutation, CreateMyApiKeyMutationVariables>;
export const RevokeMyApiKeyDocument = {"__meta__":{"hash":"5f00f60d58a0d73c2030dcb649422977c201054ed70b7536751286dee5578603"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMyApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeMyApiKeyMutation, RevokeMyApiKeyMutationVariables>;
export const VerifyEmailDocument = {"__meta__":{"hash":"c2fb96e469a652a86834e9efbfb91e9b70486e60d41a6b31ed54a044533720d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"67c43e6172b61f9b8f4eb42a5864ba19be81ce11cef8cf5fde47b99168407feb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"234a4fd08260452d5039a891ec2da152a3c6b2c8efeccf749e18fef5bdf1a9b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegisterAccountDocument = {"__meta__":{"hash":"ddda9a543804515c9fcce60bfb234cd5bba4216590535741f7ac8631b49c1b8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSent"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RegisterAccountMutation, RegisterAccountMutationVariables>;
export const SignInWithPasswordDocument = {"__meta__":{"hash":"56835f691ca2a4f66b36b94d150efd7f227a03149c1ee34c4dace9a1ecd6ef02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInWithPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignInWithPasswordMutation, SignInWithPasswordMutationVariables>;
export const StartPasskeySignInDocument = {"__meta__":{"hash":"3a9229d6767800e493a4e1673ca0e2b46496a39c6dcc710a5da2ef24d46ec57b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StartPasskeySignInMutation, StartPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = {"__meta__":{"hash":"ab7ce92d78316efe0773ba143b3e8f07340c28053ab6a4310dff1f19c3f26cd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeySignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishPasskeySignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeySignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;
export const StartPasskeyRegistrationDocument = {"__meta__":{"hash":"b93f7975d9fb63eb61064a60c0159f482e121f408677543236096f956fe7ceb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {"__meta__":{"hash":"93e30a1e83043478f1c4e2832b7184613fd218e8d22185db0b31151293c52566"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishPasskeyRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"02d9a4e1a449322541fc49d4cb44700998765658f63e93d82cfc2b01e69cedb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MyPasskeysDocument = {"__meta__":{"hash":"562118104607b90db6079a7ec34c39c76a92d28a40de860f9a87ca4f09297eba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyPasskeysQuery, MyPasskeysQueryVariables>;
export const MyTownHallDocument = {"__meta__":{"hash":"1d255525efebb22faa7c92215b95c2b73904ebaf3f97152cc5586194c086ee1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTownHall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MyTownHallQuery, MyTownHallQueryVariables>;
export const MyAppointmentDocument = {"__meta__":{"hash":"479d16e57ccab3e25989a6714a928e4d6e433488ae6d824e1510284fa373f852"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MyAppointmentQuery, MyAppointmentQueryVariables>;
export const ClaimGuestAppointmentsDocument = {"__meta__":{"hash":"d9e746347dd7b1062bb6b99da0524c1a82106657d36a12092558e45cf5e5e93b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimGuestAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimGuestAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ClaimGuestAppointmentsMutation, ClaimGuestAppointmentsMutationVariables>;
export const StaffSignInOptionsDocument = {"__meta__":{"hash":"1f6cc5b7aefe5f27af7c959a72ddf246b0f933792a2845e8b4defee32d51d8bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSignInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StaffSignInOptionsQuery, StaffSignInOptionsQueryVariables>;
export const AnnouncementListDocument = {"__meta__":{"hash":"9446375e32e00f2b708295a3fa869d8e1ef6bec280ee19f35c94c79466dd9ff0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnnouncementListQuery, AnnouncementListQueryVariables>;
export const AnnouncementDocument = {"__meta__":{"hash":"e3b8b045c3c1d2b68b3651ba12b15481c2f3e870e72d9491cee2a23f847817f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"availableLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventLocation"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnnouncementQuery, AnnouncementQueryVariables>;
export const EmergencyAnnouncementsDocument = {"__meta__":{"hash":"b514e26b291f6a1c40a19253fcf2c79768db52f82d2123c3f0904a4db76d8426"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyAnnouncements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"EnumValue","value":"EMERGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EmergencyAnnouncementsQuery, EmergencyAnnouncementsQueryVariables>;
export const AnnouncementWithdrawnDocument = {"__meta__":{"hash":"4ceeeddcc699b583c300f2bf03503244d89fbfa9f2ca64ff80dcf5cc044c65a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnouncementWithdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementWithdrawn"}}]}}]} as unknown as DocumentNode<AnnouncementWithdrawnSubscription, AnnouncementWithdrawnSubscriptionVariables>;
export const AnnouncementPublishedDocument = {"__meta__":{"hash":"f9d3662d41b1c0e6b267b533858d50025f4bca7972650c3ee2d1d9ca7541e6ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnouncementPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AnnouncementPublishedSubscription, AnnouncementPublishedSubscriptionVariables>;
export const FreeSlotsDocument = {"__meta__":{"hash":"7d5211c6ea02137c2830e98c150c488307a34744ae5315fe03c0c9d418466f19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreeSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FreeSlotsQuery, FreeSlotsQueryVariables>;
export const SlotAvailabilityDocument = {"__meta__":{"hash":"d0292cd5b0d524d6f29215a8359be00f5e3f6eb27e67bb6ae6061db8c4a002a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SlotAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotAvailabilityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SlotAvailabilitySubscription, SlotAvailabilitySubscriptionVariables>;
export const ConfirmBookingDocument = {"__meta__":{"hash":"88024da8ecfa76f7452330897dd00f99448b1abbe2a1845bef53745833d6d778"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConfirmBookingMutation, ConfirmBookingMutationVariables>;
export const HoldSlotDocument = {"__meta__":{"hash":"a8de454b0d0453cf982896b6ff33ef177b2d367290cbb134bdef3b76106ae2af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<HoldSlotMutation, HoldSlotMutationVariables>;
export const ReleaseHoldDocument = {"__meta__":{"hash":"d6ba6c947fe6b1f2e467a9671181914d005193ef9e390b91dccbca031c2222dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReleaseHoldMutation, ReleaseHoldMutationVariables>;
export const BookAppointmentDocument = {"__meta__":{"hash":"49e7da4eb744923a9611e694601b784f0756a3d4c2aa93858168c6db9a8424ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const AppointmentDocument = {"__meta__":{"hash":"563876c0d81c0cc591e4afeb0efd2d358f7c9a681233ddff2aaada11d053a408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AppointmentQuery, AppointmentQueryVariables>;
export const AppointmentByTokenDocument = {"__meta__":{"hash":"674515566c18b5dae4505bf8336eb5fc76feec25440833ccce944aa09c7ba116"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AppointmentByTokenQuery, AppointmentByTokenQueryVariables>;
export const CancelAppointmentDocument = {"__meta__":{"hash":"d113924df831798511414d4fae2ba81a36d2572e4be72a6f15b2194253a3c369"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const RebookOfferDocument = {"__meta__":{"hash":"4ef639cedaa345a380fdb57f9facfbe1c0cc43cb8d247d957bbd3eb646b4402b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RebookOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebookOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledAppointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rebookedAppointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RebookOfferQuery, RebookOfferQueryVariables>;
export const RebookAppointmentDocument = {"__meta__":{"hash":"5961fa071dab366b6fe1ef45becb333d2bbeecaa85af7b0d8eb3efdac251778a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RebookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RebookAppointmentMutation, RebookAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = {"__meta__":{"hash":"1746c710dcf95bbf2dce63484fbb8550c7ae60ac0d67649d9e8be1e8776f4bbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const CategoriesDocument = {"__meta__":{"hash":"9565859242d26d871b8f200f1050be85ec77b73c8500042e47edebe81910a3b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const SearchServicesDocument = {"__meta__":{"hash":"576f865f8f74bc3c8df8f57002d5bbfe591ba683ef3c1bc9433ba34fee079627"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SearchServicesQuery, SearchServicesQueryVariables>;
export const ServiceDocument = {"__meta__":{"hash":"2bc3a939706197618a90e22b5b165ebaa57c8ec76f9983c3cec87ba0b9bb5cc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Service"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliestDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"latestDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ServiceQuery, ServiceQueryVariables>;
export const MyConversationsDocument = {"__meta__":{"hash":"a6d4f330f1423e14d895748534a0f46cce54e4098f0235c7c0290a708ead7f32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyConversationsQuery, MyConversationsQueryVariables>;
export const UnreadConversationsDocument = {"__meta__":{"hash":"e21c386e24372fa7e3bb17eea0aaf5ab56f840bdb239e95706aacefd5e86ef69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UnreadConversationsQuery, UnreadConversationsQueryVariables>;
export const WriteToOfficeDocument = {"__meta__":{"hash":"4dcc91148b53c166fb62178207fbe263997e1b8c6baef4eee21dc9be9b44e207"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriteToOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WriteToOfficeQuery, WriteToOfficeQueryVariables>;
export const StartConversationDocument = {"__meta__":{"hash":"2a909945842097736c3c19e285691651a0f19614f5dea9a53cdd795d3a861845"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StartConversationMutation, StartConversationMutationVariables>;
export const ConversationDocument = {"__meta__":{"hash":"5a800f25d6fc34deae5df930732ff7fc0d9a1772d03f04d72795fd40d96b5506"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"citizenLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"officeLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationEventsDocument = {"__meta__":{"hash":"f172ee771122c4419aa2f59f23bcfb7f0322847bfe93dcd69756981dd9d86768"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shownStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}},{"kind":"Argument","name":{"kind":"Name","value":"shownStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shownStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ConversationEventsSubscription, ConversationEventsSubscriptionVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"8b5c29ca6b1c0627c344432d8d9e45b10a5fad6fa911add7eeea6d88d9d0493a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MarkConversationReadDocument = {"__meta__":{"hash":"a7aa6086222407030ac9e1ed7b4136428401866d30492207849df09e9b9b6f8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizenLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const SendTypingIndicatorDocument = {"__meta__":{"hash":"15d3d6c515cd3f1e5dd42413e9b076df3b79814746c7480e4f598f2912050370"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTypingIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTypingIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SendTypingIndicatorMutation, SendTypingIndicatorMutationVariables>;
export const MyDevicesDocument = {"__meta__":{"hash":"197c63c93cd3253c22f2002c213db5c98d677461ba9270fe80a4cf5cecd50e55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backedUp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyDevicesQuery, MyDevicesQueryVariables>;
export const RenamePasskeyDocument = {"__meta__":{"hash":"3c431f374d679ba2a7895119016f7f913bcf622b0effc037e7f7f317a3d90b8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenamePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenamePasskeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RenamePasskeyMutation, RenamePasskeyMutationVariables>;
export const RemovePasskeyDocument = {"__meta__":{"hash":"0b35b2b89a012b9da7e1b9db55da2991f1163911f6fb32f202dc7a9e0d7e110c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePasskeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"c4c667b616a514d4da408be6f6bba79c34b3cf3c862975f50ed35a0f2cfdb6ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const MyDataAccessLogDocument = {"__meta__":{"hash":"2cf699ba6bbe73ebe0594aa78c9f9451b9e32ce39b5668766fccccfb58f84ed0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyDataAccessLogQuery, MyDataAccessLogQueryVariables>;
export const ExportMyDataDocument = {"__meta__":{"hash":"a28ad132bd4951be6d39ad2614e7a32e28c88105ea79ec705a6d32cf000aa309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const DeleteAccountDocument = {"__meta__":{"hash":"76ec4143f64bf30c47ff1ef8099617530b12fdd9a048b55b4d8e18916d07d9df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeleteAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteAccountQuery, DeleteAccountQueryVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"dcd0f20372bda85629187325d3ec00459088402024fc9d1f2503a1f65fff65b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const TicketDocument = {"__meta__":{"hash":"bd470ca4ce97aa1d8438d076a23a5ed53c9747aabe4a61eabfb093858f38550f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const MyTicketDocument = {"__meta__":{"hash":"9dfeb601b27c538ab4a55dde3ac6a53331c26992a8d98536e286bc452cc1fca5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetails"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MyTicketSubscription, MyTicketSubscriptionVariables>;
export const CheckInDocument = {"__meta__":{"hash":"10d7cb8f051fda161583073db7003f7790ecdc92b3fffd580ddd9e5c84162f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const DrawTicketDocument = {"__meta__":{"hash":"d685e025711e53794994c5858daec9af576eb2ff3852627a4fdd84eb543b138a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DrawTicketMutation, DrawTicketMutationVariables>;
export const JoinWaitlistDocument = {"__meta__":{"hash":"68a4d44776a09983a94b7f26f6401f447d84325635e36f98d4eb05c4cfbb56c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationSent"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const ConfirmWaitlistEntryDocument = {"__meta__":{"hash":"88cb803629f30c2aa3b12ade9014d913962d962a272e54c394a38d90885f9d68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmWaitlistEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmWaitlistEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmWaitlistEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ConfirmWaitlistEntryMutation, ConfirmWaitlistEntryMutationVariables>;
export const MyWaitlistEntriesDocument = {"__meta__":{"hash":"d1501553424d84b521b32c0591c87a1be16353a94026e37fea99525d60acdb0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWaitlistEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWaitlistEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placeInLine"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MyWaitlistEntriesQuery, MyWaitlistEntriesQueryVariables>;
export const WaitlistEntryByTokenDocument = {"__meta__":{"hash":"b47d828608b1ece56f04b5388795732f24797d0fab3be8ee09662356c8d1d71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitlistEntryByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistEntryByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placeInLine"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<WaitlistEntryByTokenQuery, WaitlistEntryByTokenQueryVariables>;
export const AcceptWaitlistOfferDocument = {"__meta__":{"hash":"61b02f365a0d061737599d4d1a77d77a574d14a90157ba3eb9564661c1c8f85f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const DeclineWaitlistOfferDocument = {"__meta__":{"hash":"28d1fd2c7d88a9a68d51548d7b4b2b55ab385f1cdfa549e7c9c2cde2f4e74e68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeclineWaitlistOfferMutation, DeclineWaitlistOfferMutationVariables>;
export const LeaveWaitlistDocument = {"__meta__":{"hash":"1fcd6b0fa4ffd78b62450f04a7e160ec6a8cb644458171b9c49eec092ca78a58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;