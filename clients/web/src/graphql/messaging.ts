import { graphql } from '../gql';

/** "My conversations": the signed-in citizen's conversations, latest activity first. */
export const MyConversationsQuery = graphql(`
  query MyConversations($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        node {
          id
          subject
          status
          lastMessageAt
          unreadCount
          office {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The unread messages for the header's badge. The list is by latest activity, and an unread
 * answer makes a conversation recent: its first page holds every conversation with unread ones.
 */
export const UnreadConversationsQuery = graphql(`
  query UnreadConversations {
    conversations(first: 100) {
      edges {
        node {
          id
          unreadCount
        }
      }
    }
  }
`);

/** What "write to the office" offers: the offices, and the citizen's appointments at them. */
export const WriteToOfficeQuery = graphql(`
  query WriteToOffice {
    offices {
      id
      name
    }
    me {
      id
      appointments(first: 100) {
        edges {
          node {
            id
            status
            startsAt
            endsAt
            service {
              id
              name
            }
            office {
              id
            }
          }
        }
      }
    }
  }
`);

export const StartConversationMutation = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      conversation {
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

export const MessagePartsFragment = graphql(`
  fragment MessageParts on Message {
    id
    seq
    body
    authorRole
    authorName
    createdAt
  }
`);

/** A conversation with its latest messages (at most 100; the API's largest page). */
export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      id
      subject
      status
      lastSeq
      citizenLastReadSeq
      officeLastReadSeq
      office {
        id
        name
      }
      application {
        id
      }
      messages(last: 100) {
        edges {
          node {
            ...MessageParts
          }
        }
        pageInfo {
          hasPreviousPage
        }
      }
    }
  }
`);

export const ConversationEventsSubscription = graphql(`
  subscription ConversationEvents(
    $conversationId: ID!
    $afterSeq: Int
    $shownStatus: ConversationStatus
  ) {
    conversationEvents(
      conversationId: $conversationId
      afterSeq: $afterSeq
      shownStatus: $shownStatus
    ) {
      type
      side
      seq
      status
      message {
        ...MessageParts
      }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...MessageParts
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) {
      conversation {
        id
        citizenLastReadSeq
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SendTypingIndicatorMutation = graphql(`
  mutation SendTypingIndicator($input: ConversationInput!) {
    sendTypingIndicator(input: $input) {
      sent
      userErrors {
        code
        field
        message
      }
    }
  }
`);
