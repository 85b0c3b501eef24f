import { graphql } from '../gql';

export const OfficeAppointmentsQuery = graphql(`
  query OfficeAppointments(
    $officeId: ID!
    $from: DateTime!
    $to: DateTime!
    $reason: AccessReason!
  ) {
    officeAppointments(officeId: $officeId, from: $from, to: $to, reason: $reason) {
      id
      code
      status
      startsAt
      endsAt
      name
      email
      phone
      counterName
      ticket {
        number
        state
      }
      service {
        id
        name
      }
    }
  }
`);

export const OfficeAppointmentsChangedSubscription = graphql(`
  subscription OfficeAppointmentsChanged($officeId: ID!) {
    officeAppointmentsChanged(officeId: $officeId) {
      startsAt
      endsAt
    }
  }
`);

/** The office's lobby queue as it changes: check-ins, calls and what the clerks did. */
export const PlanQueueEventsSubscription = graphql(`
  subscription PlanQueueEvents($officeId: ID!) {
    queueEvents(officeId: $officeId) {
      seq
      kind
    }
  }
`);

/** The counters of an office, to cancel the appointments of one of them. */
export const CancelDayCountersQuery = graphql(`
  query CancelDayCounters($officeId: ID!) {
    counters(officeId: $officeId) {
      id
      name
      retiredAt
    }
  }
`);

/** Cancels a period's appointments of an office or a counter; every citizen is told by e-mail. */
export const CancelOfficeAppointmentsMutation = graphql(`
  mutation CancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {
    cancelOfficeAppointments(input: $input) {
      cancelledCount
      userErrors {
        code
        field
        message
      }
    }
  }
`);
