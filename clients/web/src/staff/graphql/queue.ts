import { graphql } from '../gql';

/** A ticket as the counter workstation lists and serves it. */
export const DeskTicketFragment = graphql(`
  fragment DeskTicket on Ticket {
    id
    number
    state
    kind
    position
    estimatedWaitMinutes
    counterName
    recalls
    createdAt
    calledAt
    service {
      id
      name
    }
  }
`);

/**
 * The office's queue as a clerk works it: its counters (what each handles, which are open), the
 * open tickets, and the number of the last event they reflect (to follow on from).
 */
export const CounterDeskQuery = graphql(`
  query CounterDesk($officeId: ID!) {
    counters(officeId: $officeId) {
      id
      name
      active
      services {
        id
        name
      }
    }
    queueCounters(officeId: $officeId) {
      id
      name
      open
    }
    officeQueue(officeId: $officeId) {
      ...DeskTicket
    }
    queueBoard(officeId: $officeId) {
      seq
    }
  }
`);

export const QueueEventsSubscription = graphql(`
  subscription QueueEvents($officeId: ID!, $afterSeq: Int) {
    queueEvents(officeId: $officeId, afterSeq: $afterSeq) {
      seq
      kind
    }
  }
`);

/** The booking behind an appointment ticket; the server logs the read for the citizen. */
export const TicketAppointmentQuery = graphql(`
  query TicketAppointment($ticketId: ID!, $reason: AccessReason!) {
    ticketAppointment(ticketId: $ticketId, reason: $reason) {
      id
      code
      name
      email
      phone
      startsAt
      endsAt
    }
  }
`);

export const OpenCounterMutation = graphql(`
  mutation OpenCounter($input: QueueCounterInput!) {
    openCounter(input: $input) {
      counter {
        id
        open
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CloseCounterMutation = graphql(`
  mutation CloseCounter($input: QueueCounterInput!) {
    closeCounter(input: $input) {
      counter {
        id
        open
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CallNextTicketMutation = graphql(`
  mutation CallNextTicket($input: QueueCounterInput!) {
    callNextTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CallTicketMutation = graphql(`
  mutation CallTicket($input: CallTicketInput!) {
    callTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RecallTicketMutation = graphql(`
  mutation RecallTicket($input: TicketInput!) {
    recallTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const MarkTicketNoShowMutation = graphql(`
  mutation MarkTicketNoShow($input: TicketInput!) {
    markTicketNoShow(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const FinishTicketMutation = graphql(`
  mutation FinishTicket($input: TicketInput!) {
    finishTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ParkTicketMutation = graphql(`
  mutation ParkTicket($input: TicketInput!) {
    parkTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const TransferTicketMutation = graphql(`
  mutation TransferTicket($input: TransferTicketInput!) {
    transferTicket(input: $input) {
      ticket {
        ...DeskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
