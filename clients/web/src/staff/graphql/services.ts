import { graphql } from '../gql';

/** A page of the catalogue for the administration, retired services included (admins). */
export const AdminServicesQuery = graphql(`
  query AdminServices($query: String, $after: String, $lang: Language) {
    services(query: $query, first: 50, after: $after, includeRetired: true, lang: $lang) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          retiredAt
          category {
            id
            name
          }
          offices {
            id
            name
          }
        }
      }
    }
  }
`);

/** One service with its texts in every language, as the edit form needs them. */
export const AdminServiceQuery = graphql(`
  query AdminService($id: ID!, $lang: Language) {
    service(id: $id, lang: $lang) {
      id
      slug
      leikaKey
      name
      keywords
      legalBasis
      durationMinutes
      bookingWindow {
        earliestDaysAhead
        latestDaysAhead
        minimumNoticeMinutes
        bufferMinutes
        dailyLimit
      }
      scarce
      retiredAt
      fee {
        amountCents
      }
      texts {
        name {
          de
          en
          deLs
        }
        description {
          de
          en
          deLs
        }
        documents {
          de
          en
          deLs
        }
        processingTime {
          de
          en
          deLs
        }
      }
      category {
        id
      }
      offices {
        id
      }
    }
  }
`);

/** The categories a service may belong to, with their names in every language. */
export const AdminCategoriesQuery = graphql(`
  query AdminCategories($lang: Language) {
    categories(lang: $lang) {
      id
      slug
      name
      names {
        de
        en
        deLs
      }
    }
  }
`);

/** Replaces a service's data and its offices (admins). */
export const UpdateServiceMutation = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
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

/** Adds a category (admins). */
export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
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

/** Renames a category (admins). */
export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
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
