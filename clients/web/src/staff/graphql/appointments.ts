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
