import { graphql } from '../gql';

/** Adds an office (admins). */
export const CreateOfficeMutation = graphql(`
  mutation CreateOffice($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      office {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Closes an office for good; without a choice it tells how many appointments are affected. */
export const RetireOfficeMutation = graphql(`
  mutation RetireOffice($input: RetireOfficeInput!) {
    retireOffice(input: $input) {
      office {
        id
      }
      futureAppointments
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** An office's counters and the services it offers. */
export const AdminOfficeQuery = graphql(`
  query AdminOffice($officeId: ID!, $lang: Language) {
    counters(officeId: $officeId) {
      id
      name
      active
      retiredAt
      services {
        id
        name
      }
    }
    services(officeId: $officeId, first: 100, lang: $lang) {
      edges {
        node {
          id
          name
          durationMinutes
        }
      }
    }
  }
`);

/** Adds a service to the catalogue (admins). */
export const CreateServiceMutation = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      service {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Adds a counter to an office (admins). */
export const CreateCounterMutation = graphql(`
  mutation CreateCounter($input: CreateCounterInput!) {
    createCounter(input: $input) {
      counter {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Sets a counter's weekly hours from a day on (admins). */
export const SetCounterScheduleMutation = graphql(`
  mutation SetCounterSchedule($input: SetCounterScheduleInput!) {
    setCounterSchedule(input: $input) {
      counter {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Stops offering a service everywhere (admins). */
export const RetireServiceMutation = graphql(`
  mutation RetireService($input: RetireServiceInput!) {
    retireService(input: $input) {
      service {
        id
      }
      futureAppointments
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Takes a counter out of service for good (admins). */
export const RetireCounterMutation = graphql(`
  mutation RetireCounter($input: RetireCounterInput!) {
    retireCounter(input: $input) {
      counter {
        id
        retiredAt
      }
      futureAppointments
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Every office, retired ones included, for the administration's list (admins). */
export const AdminOfficesQuery = graphql(`
  query AdminOffices($lang: Language) {
    allOffices(lang: $lang) {
      id
      name
      retiredAt
    }
  }
`);

/** An office's data as updateOffice takes it, to edit it (admins). */
export const OfficeDetailsQuery = graphql(`
  query OfficeDetails($officeId: ID!) {
    node(id: $officeId) {
      __typename
      ... on Office {
        id
        slug
        names {
          de
          en
          deLs
        }
        address {
          street
          postalCode
          city
        }
        phone
        email
        website
      }
    }
  }
`);

/** Replaces an office's data (admins). */
export const UpdateOfficeMutation = graphql(`
  mutation UpdateOffice($input: UpdateOfficeInput!) {
    updateOffice(input: $input) {
      office {
        id
        name
        slug
        names {
          de
          en
          deLs
        }
        address {
          street
          postalCode
          city
        }
        phone
        email
        website
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** An office's closures from a day on, and its counters to close one of them (admins). */
export const OfficeClosuresQuery = graphql(`
  query OfficeClosures($officeId: ID!, $from: DateTime!, $to: DateTime!) {
    closures(officeId: $officeId, from: $from, to: $to) {
      id
      startsAt
      endsAt
      reason
      counter {
        id
        name
      }
    }
    counters(officeId: $officeId) {
      id
      name
      retiredAt
    }
  }
`);

/** Closes an office or one of its counters for a period (admins). */
export const CreateClosureMutation = graphql(`
  mutation CreateClosure($input: CreateClosureInput!) {
    createClosure(input: $input) {
      closure {
        id
      }
      bookedAppointments
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Deletes a closure; its times can be booked again (admins). */
export const DeleteClosureMutation = graphql(`
  mutation DeleteClosure($input: DeleteClosureInput!) {
    deleteClosure(input: $input) {
      removedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
