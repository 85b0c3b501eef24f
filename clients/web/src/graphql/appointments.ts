import { graphql } from '../gql';

export const FreeSlotsQuery = graphql(`
  query FreeSlots($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
    freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {
      startsAt
      endsAt
      available
    }
  }
`);

export const SlotAvailabilitySubscription = graphql(`
  subscription SlotAvailability($serviceId: ID!, $officeId: ID!) {
    slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) {
      startsAt
      endsAt
      available
    }
  }
`);

/** Confirms a guest's booking of a scarce service by the link in its e-mail. */
export const ConfirmBookingMutation = graphql(`
  mutation ConfirmBooking($input: ConfirmBookingInput!) {
    confirmBooking(input: $input) {
      appointment {
        ...AppointmentDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Holds the chosen time for the citizen while they enter their details (10 minutes). */
export const HoldSlotMutation = graphql(`
  mutation HoldSlot($input: HoldSlotInput!) {
    holdSlot(input: $input) {
      hold {
        token
        startsAt
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Gives a held time back at once, so that others can take it. */
export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($input: ReleaseHoldInput!) {
    releaseHold(input: $input) {
      released
    }
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      appointment {
        ...AppointmentDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** What the appointment's page shows, whichever way it was reached. */
export const AppointmentDetailsFragment = graphql(`
  fragment AppointmentDetails on Appointment {
    id
    code
    status
    startsAt
    endsAt
    email
    calendarUrl
    service {
      id
      name
      documents
    }
    office {
      id
      name
      address {
        street
        postalCode
        city
      }
    }
  }
`);

export const AppointmentQuery = graphql(`
  query Appointment($code: String!, $email: String!, $lang: Language) {
    appointment(code: $code, email: $email, lang: $lang) {
      ...AppointmentDetails
    }
  }
`);

export const AppointmentByTokenQuery = graphql(`
  query AppointmentByToken($token: String!, $lang: Language) {
    appointmentByToken(token: $token, lang: $lang) {
      ...AppointmentDetails
    }
  }
`);

export const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) {
      appointment {
        id
        status
        cancelledAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RebookOfferQuery = graphql(`
  query RebookOffer($token: String!, $lang: Language) {
    rebookOffer(token: $token, lang: $lang) {
      cancelledAppointment {
        ...AppointmentDetails
      }
      message
      times {
        startsAt
        endsAt
      }
      rebookedAppointment {
        ...AppointmentDetails
      }
    }
  }
`);

export const RebookAppointmentMutation = graphql(`
  mutation RebookAppointment($input: RebookAppointmentInput!) {
    rebookAppointment(input: $input) {
      appointment {
        ...AppointmentDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      appointment {
        ...AppointmentDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
