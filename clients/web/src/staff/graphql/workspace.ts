import { graphql } from '../gql';

/** Who is signed in, with their roles and offices: what the workspace shows them. */
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
