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
