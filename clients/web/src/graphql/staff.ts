import { graphql } from '../gql';

export const StaffQuery = graphql(`
  query Staff($lang: Language) {
    me {
      id
      name
      roles
      offices {
        id
        name
      }
    }
    offices(lang: $lang) {
      id
      name
    }
  }
`);

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
