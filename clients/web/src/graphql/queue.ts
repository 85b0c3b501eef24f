import { graphql } from '../gql';

/** What the citizen's ticket page shows, from the query and from each live frame. */
export const TicketDetailsFragment = graphql(`
  fragment TicketDetails on Ticket {
    id
    number
    state
    kind
    position
    estimatedWaitMinutes
    counterName
    recalls
    calledAt
    service {
      id
      name
    }
    office {
      id
      name
    }
  }
`);

export const TicketQuery = graphql(`
  query Ticket($ticketId: ID!) {
    ticket(ticketId: $ticketId) {
      ...TicketDetails
    }
  }
`);

export const MyTicketSubscription = graphql(`
  subscription MyTicket($ticketId: ID!) {
    myTicket(ticketId: $ticketId) {
      ...TicketDetails
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      ticket {
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

export const DrawTicketMutation = graphql(`
  mutation DrawTicket($input: DrawTicketInput!) {
    drawTicket(input: $input) {
      ticket {
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
