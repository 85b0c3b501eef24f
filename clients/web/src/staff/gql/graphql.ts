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
/** Whether an appointment still stands. */
export const AppointmentStatus = {
  /** Booked and upcoming or due. */
  BOOKED: 'BOOKED',
  /** Cancelled; the time is free again. */
  CANCELLED: 'CANCELLED'
} as const;

export type AppointmentStatus = typeof AppointmentStatus[keyof typeof AppointmentStatus];
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
export type OfficeAppointmentsQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  to: string;
  reason: AccessReason;
}>;


export type OfficeAppointmentsQuery = { officeAppointments: Array<{ id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, name: string, email: string, phone: string | null, counterName: string, ticket: { number: string, state: TicketState } | null, service: { id: string, name: string } }> };

export type OfficeAppointmentsChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeAppointmentsChangedSubscription = { officeAppointmentsChanged: { startsAt: string, endsAt: string } };

export type PlanQueueEventsSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type PlanQueueEventsSubscription = { queueEvents: { seq: number, kind: QueueEventKind } };

export type StaffQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type StaffQuery = { me: { id: string, name: string, roles: Array<Role>, offices: Array<{ id: string, name: string }> } | null, offices: Array<{ id: string, name: string }> };


export const OfficeAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"counterName"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsQuery, OfficeAppointmentsQueryVariables>;
export const OfficeAppointmentsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficeAppointmentsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointmentsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsChangedSubscription, OfficeAppointmentsChangedSubscriptionVariables>;
export const PlanQueueEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanQueueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PlanQueueEventsSubscription, PlanQueueEventsSubscriptionVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;