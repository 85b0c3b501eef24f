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
/** Whether an appointment still stands. */
export const AppointmentStatus = {
  /** Booked and upcoming or due. */
  BOOKED: 'BOOKED',
  /** Cancelled; the time is free again. */
  CANCELLED: 'CANCELLED'
} as const;

export type AppointmentStatus = typeof AppointmentStatus[keyof typeof AppointmentStatus];
/** Who takes care of a conversation for the office. */
export type AssignConversationInput = {
  /** The account’s global ID (`Colleague.id`) of a staff member of the office or an admin; null to unassign. */
  assigneeId?: string | number | null | undefined;
  /** The conversation’s global ID. */
  conversationId: string | number;
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
/** A new answer template of an office. */
export type CreateAnswerTemplateInput = {
  /** The text, 1 to 4,000 characters. */
  body: string;
  /** What the staff call it, 1 to 80 characters; unique in the office. */
  name: string;
  /** The global ID of an office you work for (admins: any). */
  officeId: string | number;
};

/** The answer template to delete. */
export type DeleteAnswerTemplateInput = {
  /** The template’s global ID. */
  id: string | number;
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

/** Whether a conversation is done. */
export type SetConversationStatusInput = {
  /** true closes it; false reopens it: OPEN when the citizen wrote last, WAITING_FOR_CITIZEN when the office did. */
  closed: boolean;
  /** The conversation’s global ID. */
  conversationId: string | number;
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

export type OfficeAppointmentsQueryVariables = Exact<{
  officeId: string | number;
  from: string;
  to: string;
  reason: AccessReason;
}>;


export type OfficeAppointmentsQuery = { officeAppointments: Array<{ id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, name: string, email: string, phone: string | null, service: { id: string, name: string } }> };

export type OfficeAppointmentsChangedSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type OfficeAppointmentsChangedSubscription = { officeAppointmentsChanged: { startsAt: string, endsAt: string } };

export type InboxQueryVariables = Exact<{
  officeId: string | number;
  status?: ConversationStatus | null | undefined;
  assignee: InboxAssignee;
  excludeClosed: boolean;
}>;


export type InboxQuery = { inbox: { unreadConversations: number, colleagues: Array<{ id: string, name: string }>, conversations: { totalCount: number, edges: Array<{ node: { id: string, subject: string, status: ConversationStatus, citizenName: string, unreadCount: number, lastMessageAt: string, assignee: { id: string, name: string } | null } }> } } };

export type InboxEventsSubscriptionVariables = Exact<{
  officeId: string | number;
}>;


export type InboxEventsSubscription = { inboxEvents: { reason: string, conversation: { id: string } } };

export type InboxMessageFragment = { id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string };

export type InboxConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type InboxConversationQuery = { conversation: { id: string, subject: string, status: ConversationStatus, citizenName: string, lastSeq: number, citizenLastReadSeq: number, officeLastReadSeq: number, office: { id: string }, assignee: { id: string, name: string } | null, appointment: { id: string, code: string, status: AppointmentStatus, startsAt: string, endsAt: string, service: { id: string, name: string } } | null, messages: { edges: Array<{ node: { id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } }>, pageInfo: { hasPreviousPage: boolean } } } | null };

export type InboxSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type InboxSendMessageMutation = { sendMessage: { message: { id: string, seq: number, body: string, authorRole: MessageAuthorRole, authorName: string | null, createdAt: string } | null, userErrors: Array<{ code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type InboxMarkReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type InboxMarkReadMutation = { markConversationRead: { conversation: { id: string, officeLastReadSeq: number } | null, userErrors: Array<{ code: MessagingErrorCode, message: string }> } };

export type InboxTypingMutationVariables = Exact<{
  input: ConversationInput;
}>;


export type InboxTypingMutation = { sendTypingIndicator: { sent: boolean } };

export type AssignConversationMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type AssignConversationMutation = { assignConversation: { conversation: { id: string, assignee: { id: string, name: string } | null } | null, userErrors: Array<{ code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type SetConversationStatusMutationVariables = Exact<{
  input: SetConversationStatusInput;
}>;


export type SetConversationStatusMutation = { setConversationStatus: { conversation: { id: string, status: ConversationStatus } | null, userErrors: Array<{ code: MessagingErrorCode, field: Array<string> | null, message: string }> } };

export type AnswerTemplatesQueryVariables = Exact<{
  officeId: string | number;
}>;


export type AnswerTemplatesQuery = { answerTemplates: Array<{ id: string, name: string, body: string, updatedAt: string, updatedBy: { id: string, name: string } | null }> };

export type CreateAnswerTemplateMutationVariables = Exact<{
  input: CreateAnswerTemplateInput;
}>;


export type CreateAnswerTemplateMutation = { createAnswerTemplate: { answerTemplate: { id: string } | null, userErrors: Array<{ code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateAnswerTemplateMutationVariables = Exact<{
  input: UpdateAnswerTemplateInput;
}>;


export type UpdateAnswerTemplateMutation = { updateAnswerTemplate: { answerTemplate: { id: string } | null, userErrors: Array<{ code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteAnswerTemplateMutationVariables = Exact<{
  input: DeleteAnswerTemplateInput;
}>;


export type DeleteAnswerTemplateMutation = { deleteAnswerTemplate: { deletedAnswerTemplateId: string | null, userErrors: Array<{ code: AnswerTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type StaffQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type StaffQuery = { me: { id: string, name: string, roles: Array<Role>, offices: Array<{ id: string, name: string }> } | null, offices: Array<{ id: string, name: string }> };

export const InboxMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InboxMessageFragment, unknown>;
export const OfficeAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsQuery, OfficeAppointmentsQueryVariables>;
export const OfficeAppointmentsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfficeAppointmentsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeAppointmentsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<OfficeAppointmentsChangedSubscription, OfficeAppointmentsChangedSubscriptionVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InboxAssignee"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeClosed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadConversations"}},{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const InboxEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboxEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const InboxConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"citizenLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"officeLastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InboxConversationQuery, InboxConversationQueryVariables>;
export const InboxSendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxSendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InboxSendMessageMutation, InboxSendMessageMutationVariables>;
export const InboxMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officeLastReadSeq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InboxMarkReadMutation, InboxMarkReadMutationVariables>;
export const InboxTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTypingIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}}]}}]}}]} as unknown as DocumentNode<InboxTypingMutation, InboxTypingMutationVariables>;
export const AssignConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignConversationMutation, AssignConversationMutationVariables>;
export const SetConversationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConversationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConversationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetConversationStatusMutation, SetConversationStatusMutationVariables>;
export const AnswerTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnswerTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerTemplatesQuery, AnswerTemplatesQueryVariables>;
export const CreateAnswerTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAnswerTemplateMutation, CreateAnswerTemplateMutationVariables>;
export const UpdateAnswerTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAnswerTemplateMutation, UpdateAnswerTemplateMutationVariables>;
export const DeleteAnswerTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAnswerTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAnswerTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnswerTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAnswerTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAnswerTemplateMutation, DeleteAnswerTemplateMutationVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;