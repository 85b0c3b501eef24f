import { graphql } from '../gql';

/** Checks the kiosk's token and tells its office; asked at set-up and on every start. */
export const ThisKioskQuery = graphql(`
  query ThisKiosk {
    kiosk {
      id
      name
      office {
        id
        name
        slug
      }
    }
  }
`);

export const KioskCategoriesQuery = graphql(`
  query KioskCategories($lang: Language) {
    categories(lang: $lang) {
      id
      name
    }
  }
`);

/** What can be drawn at this office, with what to bring; at most 100 (an office has fewer). */
export const KioskServicesQuery = graphql(`
  query KioskServices($officeId: ID!, $lang: Language) {
    services(officeId: $officeId, first: 100, lang: $lang) {
      edges {
        node {
          id
          name
          documents
          category {
            id
          }
        }
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation KioskCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      ticket {
        ...KioskTicket
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
  mutation KioskDrawTicket($input: DrawTicketInput!) {
    drawTicket(input: $input) {
      ticket {
        ...KioskTicket
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const KioskTicketFragment = graphql(`
  fragment KioskTicket on Ticket {
    id
    number
    kind
    position
    estimatedWaitMinutes
    service {
      id
      name
    }
  }
`);

export const KioskEmergenciesQuery = graphql(`
  query KioskEmergencies($officeId: ID, $lang: Language) {
    announcements(severity: EMERGENCY, officeId: $officeId, first: 3, lang: $lang) {
      edges {
        node {
          id
          title
          language
        }
      }
    }
  }
`);

export const KioskAnnouncementWithdrawnSubscription = graphql(`
  subscription KioskAnnouncementWithdrawn($officeId: ID) {
    announcementWithdrawn(officeId: $officeId)
  }
`);

export const KioskAnnouncementPublishedSubscription = graphql(`
  subscription KioskAnnouncementPublished($officeId: ID, $lang: Language) {
    announcementPublished(officeId: $officeId, lang: $lang) {
      id
      title
      language
      emergency
    }
  }
`);
