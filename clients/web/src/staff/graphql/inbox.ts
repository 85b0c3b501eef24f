import { graphql } from '../gql';

/** One page of an office's inbox, filtered, with the office's staff to assign to. */
export const InboxQuery = graphql(`
  query Inbox(
    $officeId: ID!
    $status: ConversationStatus
    $assignee: InboxAssignee!
    $excludeClosed: Boolean!
  ) {
    inbox(
      officeId: $officeId
      first: 50
      status: $status
      assignee: $assignee
      excludeClosed: $excludeClosed
    ) {
      unreadConversations
      colleagues {
        id
        name
      }
      conversations {
        totalCount
        edges {
          node {
            id
            subject
            status
            citizenName
            unreadCount
            lastMessageAt
            assignee {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Any change of the office's conversations: the inbox reads its page again. */
export const InboxEventsSubscription = graphql(`
  subscription InboxEvents($officeId: ID!) {
    inboxEvents(officeId: $officeId) {
      reason
      conversation {
        id
      }
    }
  }
`);

export const InboxMessageFragment = graphql(`
  fragment InboxMessage on Message {
    id
    seq
    body
    authorRole
    authorName
    createdAt
  }
`);

/** One conversation of the office with its latest messages and the appointment it is about. */
export const InboxConversationQuery = graphql(`
  query InboxConversation($id: ID!) {
    conversation(id: $id) {
      id
      subject
      status
      citizenName
      lastSeq
      citizenLastReadSeq
      officeLastReadSeq
      office {
        id
      }
      assignee {
        id
        name
      }
      appointment {
        id
        code
        status
        startsAt
        endsAt
        service {
          id
          name
        }
      }
      messages(last: 100) {
        edges {
          node {
            ...InboxMessage
          }
        }
        pageInfo {
          hasPreviousPage
        }
      }
    }
  }
`);

export const InboxSendMessageMutation = graphql(`
  mutation InboxSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...InboxMessage
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const InboxMarkReadMutation = graphql(`
  mutation InboxMarkRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) {
      conversation {
        id
        officeLastReadSeq
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const InboxTypingMutation = graphql(`
  mutation InboxTyping($input: ConversationInput!) {
    sendTypingIndicator(input: $input) {
      sent
    }
  }
`);

export const AssignConversationMutation = graphql(`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      conversation {
        id
        assignee {
          id
          name
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SetConversationStatusMutation = graphql(`
  mutation SetConversationStatus($input: SetConversationStatusInput!) {
    setConversationStatus(input: $input) {
      conversation {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const AnswerTemplatesQuery = graphql(`
  query AnswerTemplates($officeId: ID!) {
    answerTemplates(officeId: $officeId) {
      id
      name
      body
      updatedAt
      updatedBy {
        id
        name
      }
    }
  }
`);

export const CreateAnswerTemplateMutation = graphql(`
  mutation CreateAnswerTemplate($input: CreateAnswerTemplateInput!) {
    createAnswerTemplate(input: $input) {
      answerTemplate {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateAnswerTemplateMutation = graphql(`
  mutation UpdateAnswerTemplate($input: UpdateAnswerTemplateInput!) {
    updateAnswerTemplate(input: $input) {
      answerTemplate {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteAnswerTemplateMutation = graphql(`
  mutation DeleteAnswerTemplate($input: DeleteAnswerTemplateInput!) {
    deleteAnswerTemplate(input: $input) {
      deletedAnswerTemplateId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
