/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
/** How a ticket came into the queue. */
export const TicketKind = {
  /** A booked appointment, checked in; ranked by its start. */
  APPOINTMENT: 'APPOINTMENT',
  /** Drawn without an appointment, at the kiosk or online. */
  WALK_IN: 'WALK_IN'
} as const;

export type TicketKind = typeof TicketKind[keyof typeof TicketKind];
export type BoardOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardOfficesQuery = { offices: Array<{ __typename: 'Office', id: string, slug: string, name: string }> };

export type QueueBoardSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type QueueBoardSubscription = { queueBoard: { __typename: 'QueueBoard', seq: number, waitingCount: number, called: Array<{ __typename: 'QueueBoardCall', number: string, counterName: string, calledAt: string, recalls: number }> } };

export type BoardNoticesQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  lang?: Language | null | undefined;
}>;


export type BoardNoticesQuery = { announcements: { __typename: 'AnnouncementConnection', edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, language: Language, emergency: boolean } }> } };

export type BoardAnnouncementWithdrawnSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type BoardAnnouncementWithdrawnSubscription = { announcementWithdrawn: string };

export type BoardAnnouncementPublishedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  lang?: Language | null | undefined;
}>;


export type BoardAnnouncementPublishedSubscription = { announcementPublished: { __typename: 'Announcement', id: string, title: string, language: Language, emergency: boolean } };

export type ThisKioskQueryVariables = Exact<{ [key: string]: never; }>;


export type ThisKioskQuery = { kiosk: { __typename: 'KioskDevice', id: string, name: string, office: { __typename: 'Office', id: string, name: string, slug: string } } | null };

export type KioskCategoriesQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type KioskCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, name: string }> };

export type KioskServicesQueryVariables = Exact<{
  officeId: string | number;
  lang?: Language | null | undefined;
}>;


export type KioskServicesQuery = { services: { __typename: 'ServiceConnection', edges: Array<{ __typename: 'ServiceEdge', node: { __typename: 'Service', id: string, name: string, documents: Array<string>, category: { __typename: 'Category', id: string } | null } }> } };

export type KioskCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type KioskCheckInMutation = { checkIn: { __typename: 'CheckInPayload', ticket: { __typename: 'Ticket', id: string, number: string, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'CheckInError', code: CheckInErrorCode, field: Array<string> | null, message: string }> } };

export type KioskDrawTicketMutationVariables = Exact<{
  input: DrawTicketInput;
}>;


export type KioskDrawTicketMutation = { drawTicket: { __typename: 'DrawTicketPayload', ticket: { __typename: 'Ticket', id: string, number: string, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, service: { __typename: 'Service', id: string, name: string } } | null, userErrors: Array<{ __typename: 'DrawTicketError', code: DrawTicketErrorCode, field: Array<string> | null, message: string }> } };

export type KioskTicketFragment = { __typename: 'Ticket', id: string, number: string, kind: TicketKind, position: number | null, estimatedWaitMinutes: number | null, service: { __typename: 'Service', id: string, name: string } };

export type KioskEmergenciesQueryVariables = Exact<{
  officeId?: string | number | null | undefined;
  lang?: Language | null | undefined;
}>;


export type KioskEmergenciesQuery = { announcements: { __typename: 'AnnouncementConnection', edges: Array<{ __typename: 'AnnouncementEdge', node: { __typename: 'Announcement', id: string, title: string, language: Language } }> } };

export type KioskAnnouncementWithdrawnSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
}>;


export type KioskAnnouncementWithdrawnSubscription = { announcementWithdrawn: string };

export type KioskAnnouncementPublishedSubscriptionVariables = Exact<{
  officeId?: string | number | null | undefined;
  lang?: Language | null | undefined;
}>;


export type KioskAnnouncementPublishedSubscription = { announcementPublished: { __typename: 'Announcement', id: string, title: string, language: Language, emergency: boolean } };

export const KioskTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskTicketFragment, unknown>;
export const BoardOfficesDocument = {"__meta__":{"hash":"c68845fdbd7111df83c9b8662ade6b30bb0168013e05aa138f64351f55cd6a87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BoardOfficesQuery, BoardOfficesQueryVariables>;
export const QueueBoardDocument = {"__meta__":{"hash":"65e3f0feb1d6e80ac5a5005713a9dd2205fa25eb244dd00699d298a1cba94a73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"called"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<QueueBoardSubscription, QueueBoardSubscriptionVariables>;
export const BoardNoticesDocument = {"__meta__":{"hash":"61e85dc15f4bbf10f50934732d9e4dbb595cee1a19c658b383e571956f491d8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BoardNoticesQuery, BoardNoticesQueryVariables>;
export const BoardAnnouncementWithdrawnDocument = {"__meta__":{"hash":"8ed9056b1367b8eff4a65bae78fefd325c38ffdddb8b6940bd39c0f2d841b432"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardAnnouncementWithdrawn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementWithdrawn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}]}]}}]} as unknown as DocumentNode<BoardAnnouncementWithdrawnSubscription, BoardAnnouncementWithdrawnSubscriptionVariables>;
export const BoardAnnouncementPublishedDocument = {"__meta__":{"hash":"bef881ca41564c72bfc38e08ff00b4b45ff56acd1c51918f275a34d7a5c03b2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BoardAnnouncementPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BoardAnnouncementPublishedSubscription, BoardAnnouncementPublishedSubscriptionVariables>;
export const ThisKioskDocument = {"__meta__":{"hash":"7b4806001c4b4f33f0cc913145b729019d9b9b30094ae4263be9e5f1d43f74ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThisKiosk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kiosk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ThisKioskQuery, ThisKioskQueryVariables>;
export const KioskCategoriesDocument = {"__meta__":{"hash":"1aadf50347711c85ac7ad1cb37189c0331bfc9cfcde18f20215fce9ea7c79042"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskCategoriesQuery, KioskCategoriesQueryVariables>;
export const KioskServicesDocument = {"__meta__":{"hash":"e7519c5b777316009d0d6b580150efac6b128f4969aaaa5a1e60399f61085e35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskServicesQuery, KioskServicesQueryVariables>;
export const KioskCheckInDocument = {"__meta__":{"hash":"6eac3a7d3fed670517a028c9966641aa7bc7b3e61d3828b9f32a6e1fc0b8917f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskCheckInMutation, KioskCheckInMutationVariables>;
export const KioskDrawTicketDocument = {"__meta__":{"hash":"1fd4baa2dec6e4c8582d6b88d62f917a35ac56a4a3a6b3c38af2844be37be307"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskDrawTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskTicket"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<KioskDrawTicketMutation, KioskDrawTicketMutationVariables>;
export const KioskEmergenciesDocument = {"__meta__":{"hash":"894c1bab413fc801b253d99d22f9891f1871c1fd31f302036f3cf83afd531e2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskEmergencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"severity"},"value":{"kind":"EnumValue","value":"EMERGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskEmergenciesQuery, KioskEmergenciesQueryVariables>;
export const KioskAnnouncementWithdrawnDocument = {"__meta__":{"hash":"b87e68497cacba93c6bb2a96f1648089920797f52cdb56a93fba501777f2bc21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskAnnouncementWithdrawn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementWithdrawn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}]}]}}]} as unknown as DocumentNode<KioskAnnouncementWithdrawnSubscription, KioskAnnouncementWithdrawnSubscriptionVariables>;
export const KioskAnnouncementPublishedDocument = {"__meta__":{"hash":"2d6db79c136233cd544a1f8ccaf9ab822be36e0c4ce19b23e76eea052c21c1b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskAnnouncementPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<KioskAnnouncementPublishedSubscription, KioskAnnouncementPublishedSubscriptionVariables>;