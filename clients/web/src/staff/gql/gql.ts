/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OfficeAppointmentsChangedDocument,
    "\n  query Inbox(\n    $officeId: ID!\n    $status: ConversationStatus\n    $assignee: InboxAssignee!\n    $excludeClosed: Boolean!\n  ) {\n    inbox(\n      officeId: $officeId\n      first: 50\n      status: $status\n      assignee: $assignee\n      excludeClosed: $excludeClosed\n    ) {\n      unreadConversations\n      colleagues {\n        id\n        name\n      }\n      conversations {\n        totalCount\n        edges {\n          node {\n            id\n            subject\n            status\n            citizenName\n            unreadCount\n            lastMessageAt\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  subscription InboxEvents($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n      conversation {\n        id\n      }\n    }\n  }\n": typeof types.InboxEventsDocument,
    "\n  fragment InboxMessage on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n": typeof types.InboxMessageFragmentDoc,
    "\n  query InboxConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      citizenName\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n      }\n      assignee {\n        id\n        name\n      }\n      appointment {\n        id\n        code\n        status\n        startsAt\n        endsAt\n        service {\n          id\n          name\n        }\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...InboxMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": typeof types.InboxConversationDocument,
    "\n  mutation InboxSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...InboxMessage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InboxSendMessageDocument,
    "\n  mutation InboxMarkRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        officeLastReadSeq\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.InboxMarkReadDocument,
    "\n  mutation InboxTyping($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n    }\n  }\n": typeof types.InboxTypingDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      conversation {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      conversation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetConversationStatusDocument,
    "\n  query AnswerTemplates($officeId: ID!) {\n    answerTemplates(officeId: $officeId) {\n      id\n      name\n      body\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnswerTemplatesDocument,
    "\n  mutation CreateAnswerTemplate($input: CreateAnswerTemplateInput!) {\n    createAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateAnswerTemplateDocument,
    "\n  mutation UpdateAnswerTemplate($input: UpdateAnswerTemplateInput!) {\n    updateAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateAnswerTemplateDocument,
    "\n  mutation DeleteAnswerTemplate($input: DeleteAnswerTemplateInput!) {\n    deleteAnswerTemplate(input: $input) {\n      deletedAnswerTemplateId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteAnswerTemplateDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": typeof types.StaffDocument,
};
const documents: Documents = {
    "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n": types.OfficeAppointmentsDocument,
    "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n": types.OfficeAppointmentsChangedDocument,
    "\n  query Inbox(\n    $officeId: ID!\n    $status: ConversationStatus\n    $assignee: InboxAssignee!\n    $excludeClosed: Boolean!\n  ) {\n    inbox(\n      officeId: $officeId\n      first: 50\n      status: $status\n      assignee: $assignee\n      excludeClosed: $excludeClosed\n    ) {\n      unreadConversations\n      colleagues {\n        id\n        name\n      }\n      conversations {\n        totalCount\n        edges {\n          node {\n            id\n            subject\n            status\n            citizenName\n            unreadCount\n            lastMessageAt\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  subscription InboxEvents($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n      conversation {\n        id\n      }\n    }\n  }\n": types.InboxEventsDocument,
    "\n  fragment InboxMessage on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n": types.InboxMessageFragmentDoc,
    "\n  query InboxConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      citizenName\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n      }\n      assignee {\n        id\n        name\n      }\n      appointment {\n        id\n        code\n        status\n        startsAt\n        endsAt\n        service {\n          id\n          name\n        }\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...InboxMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": types.InboxConversationDocument,
    "\n  mutation InboxSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...InboxMessage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InboxSendMessageDocument,
    "\n  mutation InboxMarkRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        officeLastReadSeq\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.InboxMarkReadDocument,
    "\n  mutation InboxTyping($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n    }\n  }\n": types.InboxTypingDocument,
    "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      conversation {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AssignConversationDocument,
    "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      conversation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetConversationStatusDocument,
    "\n  query AnswerTemplates($officeId: ID!) {\n    answerTemplates(officeId: $officeId) {\n      id\n      name\n      body\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n": types.AnswerTemplatesDocument,
    "\n  mutation CreateAnswerTemplate($input: CreateAnswerTemplateInput!) {\n    createAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateAnswerTemplateDocument,
    "\n  mutation UpdateAnswerTemplate($input: UpdateAnswerTemplateInput!) {\n    updateAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateAnswerTemplateDocument,
    "\n  mutation DeleteAnswerTemplate($input: DeleteAnswerTemplateInput!) {\n    deleteAnswerTemplate(input: $input) {\n      deletedAnswerTemplateId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteAnswerTemplateDocument,
    "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n": types.StaffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeAppointments(\n    $officeId: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $reason: AccessReason!\n  ) {\n    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {\n      id\n      code\n      status\n      startsAt\n      endsAt\n      name\n      email\n      phone\n      service {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  subscription OfficeAppointmentsChanged($officeId: ID!) {\n    officeAppointmentsChanged(officeId: $officeId) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox(\n    $officeId: ID!\n    $status: ConversationStatus\n    $assignee: InboxAssignee!\n    $excludeClosed: Boolean!\n  ) {\n    inbox(\n      officeId: $officeId\n      first: 50\n      status: $status\n      assignee: $assignee\n      excludeClosed: $excludeClosed\n    ) {\n      unreadConversations\n      colleagues {\n        id\n        name\n      }\n      conversations {\n        totalCount\n        edges {\n          node {\n            id\n            subject\n            status\n            citizenName\n            unreadCount\n            lastMessageAt\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox(\n    $officeId: ID!\n    $status: ConversationStatus\n    $assignee: InboxAssignee!\n    $excludeClosed: Boolean!\n  ) {\n    inbox(\n      officeId: $officeId\n      first: 50\n      status: $status\n      assignee: $assignee\n      excludeClosed: $excludeClosed\n    ) {\n      unreadConversations\n      colleagues {\n        id\n        name\n      }\n      conversations {\n        totalCount\n        edges {\n          node {\n            id\n            subject\n            status\n            citizenName\n            unreadCount\n            lastMessageAt\n            assignee {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxEvents($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n      conversation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxEvents($officeId: ID!) {\n    inboxEvents(officeId: $officeId) {\n      reason\n      conversation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxMessage on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InboxMessage on Message {\n    id\n    seq\n    body\n    authorRole\n    authorName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      citizenName\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n      }\n      assignee {\n        id\n        name\n      }\n      appointment {\n        id\n        code\n        status\n        startsAt\n        endsAt\n        service {\n          id\n          name\n        }\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...InboxMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      subject\n      status\n      citizenName\n      lastSeq\n      citizenLastReadSeq\n      officeLastReadSeq\n      office {\n        id\n      }\n      assignee {\n        id\n        name\n      }\n      appointment {\n        id\n        code\n        status\n        startsAt\n        endsAt\n        service {\n          id\n          name\n        }\n      }\n      messages(last: 100) {\n        edges {\n          node {\n            ...InboxMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...InboxMessage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InboxSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...InboxMessage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxMarkRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        officeLastReadSeq\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InboxMarkRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      conversation {\n        id\n        officeLastReadSeq\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxTyping($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n    }\n  }\n"): (typeof documents)["\n  mutation InboxTyping($input: ConversationInput!) {\n    sendTypingIndicator(input: $input) {\n      sent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      conversation {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      conversation {\n        id\n        assignee {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      conversation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      conversation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerTemplates($officeId: ID!) {\n    answerTemplates(officeId: $officeId) {\n      id\n      name\n      body\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerTemplates($officeId: ID!) {\n    answerTemplates(officeId: $officeId) {\n      id\n      name\n      body\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnswerTemplate($input: CreateAnswerTemplateInput!) {\n    createAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnswerTemplate($input: CreateAnswerTemplateInput!) {\n    createAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnswerTemplate($input: UpdateAnswerTemplateInput!) {\n    updateAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnswerTemplate($input: UpdateAnswerTemplateInput!) {\n    updateAnswerTemplate(input: $input) {\n      answerTemplate {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswerTemplate($input: DeleteAnswerTemplateInput!) {\n    deleteAnswerTemplate(input: $input) {\n      deletedAnswerTemplateId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAnswerTemplate($input: DeleteAnswerTemplateInput!) {\n    deleteAnswerTemplate(input: $input) {\n      deletedAnswerTemplateId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Staff($lang: Language) {\n    me {\n      id\n      name\n      roles\n      offices {\n        id\n        name\n      }\n    }\n    offices(lang: $lang) {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;