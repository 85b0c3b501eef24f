import { graphql } from '../gql';

// A service's online application form in the administration (admins).

/** The service and its current form version, with everything the editor prefills. */
export const AdminApplicationFormQuery = graphql(`
  query AdminApplicationForm($id: ID!, $lang: Language) {
    service(id: $id, lang: $lang) {
      id
      name
      retiredAt
      onlineApplication {
        id
        version
        definition
        fee {
          amountCents
        }
        processingDays
        retentionYears
      }
    }
  }
`);

/** Publishes the next version of a service's form. */
export const SaveApplicationFormMutation = graphql(`
  mutation SaveApplicationForm($input: SaveApplicationFormInput!) {
    saveApplicationForm(input: $input) {
      applicationForm {
        id
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Switches a service's online application off. */
export const RemoveApplicationFormMutation = graphql(`
  mutation RemoveApplicationForm($input: RemoveApplicationFormInput!) {
    removeApplicationForm(input: $input) {
      applicationForm {
        id
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
