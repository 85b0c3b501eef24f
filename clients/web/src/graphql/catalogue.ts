import { graphql } from '../gql';

export const CategoriesQuery = graphql(`
  query Categories($lang: Language) {
    categories(lang: $lang) {
      id
      name
    }
  }
`);

export const SearchServicesQuery = graphql(`
  query SearchServices(
    $query: String
    $categoryId: ID
    $first: Int
    $after: String
    $lang: Language
  ) {
    services(query: $query, categoryId: $categoryId, first: $first, after: $after, lang: $lang) {
      totalCount
      edges {
        node {
          id
          name
          description
          fee {
            amountCents
            currency
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

export const ServiceQuery = graphql(`
  query Service($id: ID!, $lang: Language) {
    service(id: $id, lang: $lang) {
      id
      name
      description
      fee {
        amountCents
        currency
      }
      documents
      durationMinutes
      bookingWindow {
        earliestDaysAhead
        latestDaysAhead
      }
      processingTime
      legalBasis
      category {
        id
        name
      }
      onlineApplication {
        id
        processingDays
      }
      upcomingRelease {
        id
        state
        startsAt
        opensAt
        closesAt
      }
      offices {
        id
        name
        address {
          street
          postalCode
          city
        }
        phone
        email
        openingHours {
          weekday
          opens
          closes
        }
      }
    }
  }
`);
