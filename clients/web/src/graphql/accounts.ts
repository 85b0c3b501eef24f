import { graphql } from '../gql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      account {
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
